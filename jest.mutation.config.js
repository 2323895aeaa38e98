// Jest as StrykerJS runs it (npm run mutation): only the in-process `unit` and `integration`
// tests, because the emulator and e2e projects do not run src/ in the jest process (e2e
// spawns dist/), so they cannot kill a mutant in src/ and would only make each run slower. No coverage
// collection or threshold: Stryker measures per-test coverage itself.
import base from './jest.config.js'

const unit = base.projects.find(p => p.displayName === 'unit')
const integration = base.projects.find(p => p.displayName === 'integration')

// MUTATION_TESTS=<file>,<file>: only these test files. A folder whose code runs while
// modules load has mostly "static" mutants, which Stryker cannot map to the tests that cover
// them and runs against every unit test: ~1.5 min each here, hours per folder. With a folder's
// own tests the run fits; the score can only be lower than with every test (fewer tests kill
// fewer mutants), so it is a lower bound. docs/mutation.md records which files each run used.
const only = process.env.MUTATION_TESTS?.split(',').filter(Boolean)

/** @type {import('jest').Config} */
export default {
  ...unit,
  testMatch: only?.length
    ? only.map(file => `<rootDir>/${file.trim()}`)
    : [...unit.testMatch, ...integration.testMatch],
  testTimeout: base.testTimeout,
  maxWorkers: 1,
  // Stryker's instrumented copy of every mutated file reads process.env (to pick the active
  // mutant) and is longer than its source, so the source scans fail in the sandbox: the one in
  // runtime-env.test.ts and the house rules (house-rules.test.ts: file lengths, imports). They
  // read files and run no src/ code, so they could not kill a mutant anyway.
  testNamePattern: '^(?!.*(reads process\\.env|^house rules )).*$'
}
