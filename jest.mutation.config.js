// Jest as StrykerJS runs it (npm run mutation): only the in-process `unit` project, because
// the emulator and e2e projects do not run src/ in the jest process (e2e spawns dist/), so
// they cannot kill a mutant in src/ and would only make each run slower. No coverage
// collection or threshold: Stryker measures per-test coverage itself.
import base from './jest.config.js'

const unit = base.projects.find(p => p.displayName === 'unit')

/** @type {import('jest').Config} */
export default {
  ...unit,
  testTimeout: base.testTimeout,
  maxWorkers: 1,
  // Stryker's instrumented copy of every mutated file reads process.env (to pick the active
  // mutant), so this one source scan in runtime-env.test.ts fails in the sandbox. It reads
  // files and runs no src/ code, so it could not kill a mutant anyway.
  testNamePattern: '^(?!.*reads process\\.env).*$'
}
