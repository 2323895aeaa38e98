// Mutation testing over src/ (npm run mutation). Not part of npm test: it runs the in-process
// unit suite once per mutant, which takes a long time. scripts/mutation.mjs prints the survivors
// and the final `mutation score: NN.N%` line. docs/mutation.md explains the choices and lists
// the mutants that are equivalent.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.js',
    enableFindRelatedTests: true
  },
  // No TypeScript checker: see docs/mutation.md ("Why no type checker").
  checkers: [],
  // The entry files only hand the process to run() (main.ts, post-step.ts) or to
  // runOktaApiProcess (okta-api/process-entry.ts), which the tests call in-process.
  mutate: ['src/**/*.ts', '!src/index.ts', '!src/post.ts', '!src/okta-api/main.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  concurrency: 2,
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
