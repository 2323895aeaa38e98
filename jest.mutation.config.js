// Jest as StrykerJS runs it (npm run mutation): only the in-process `unit` project, because
// the emulator and e2e projects do not run src/ in the jest process (e2e spawns dist/), so
// they cannot kill a mutant in src/ and would only make each run slower. No coverage
// collection or threshold: Stryker measures per-test coverage itself.
import base from './jest.config.js'

const unit = base.projects.find(p => p.displayName === 'unit')

/** @type {import('jest').Config} */
export default { ...unit, testTimeout: base.testTimeout, maxWorkers: 1 }
