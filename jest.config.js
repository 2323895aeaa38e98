// Five projects, by what a test runs: `unit` calls src/ in-process (no build needed; with
// `integration`, the source of the coverage figure), `integration` calls src/ in-process too,
// against heavy real parts (the AWS, Google and Azure SDKs with their wire fakes, SoftHSM2,
// oidc-provider: loading them is most of its time), `faults` runs in-process what waits for
// real: the fault matrices (every fault on every call) and the waits after a 429 until its reset,
// `emulator` tests the Okta emulator, `e2e` spawns the committed dist/ as the runner does.
// `--selectProjects unit` is the fast edit-test loop (`npm run test:unit`), run without
// coverage. `npm test` runs every project, measures coverage and enforces the thresholds below.
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // swc strips the types; tsc in `npm run checks` type-checks. With no transform cache (a
  // fresh clone, CI) the unit project took 57 CPU-s with ts-jest and 47 with swc.
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022', keepClassNames: true } }
    ]
  }
}

/** @type {import('jest').Config} */
export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts']
    },
    { ...shared, displayName: 'faults', testMatch: ['<rootDir>/__tests__/faults/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'emulator',
      testMatch: [
        '<rootDir>/__tests__/emulator*.test.ts',
        '<rootDir>/__tests__/emulator/**/*.test.ts'
      ]
    },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'] }
  ],
  testTimeout: 60000,
  // The emulator and oidc-provider's server, compiled once per run so that the tests' children
  // start without tsx (testkit/child-script.ts).
  globalSetup: '<rootDir>/testkit/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/testkit/jest-global-teardown.mjs',
  // Three workers on two cores: many tests wait for real (a 429's reset, a timeout, a burst's
  // rate limit, a child's start), and with two workers a waiting one left a core idle. On the
  // 2-core machine, back to back under the same load, the whole run took 112 s with three
  // workers and 147 s with two, for about the same CPU.
  maxWorkers: 3,
  // Only the in-process tests can count: spawned dist/ runs are other processes.
  collectCoverageFrom: ['src/**/*.ts', '!src/index.ts', '!src/post.ts'],
  // Istanbul's counters, put into src/ files only as they are transformed (and cached), rather
  // than V8's block coverage: V8 counts every script in the worker (jest, the SDKs, undici) and
  // hands all of it over after each test file, which added half to the unit project's CPU
  // (48.7 -> 74 s); istanbul adds 2 s with jest's transform cache, 12 s on a fresh clone. Its counts are
  // also stricter: statements and each branch of a condition, not lines V8 saw run.
  coverageProvider: 'babel',
  coverageReporters: ['text-summary', 'lcov'],
  // The level npm test reached (97.08 % lines, 96.67 % statements, 98.1 % functions, 89.91 %
  // branches on 2026-12-06, after the tests for the mutation survivors), kept with a little
  // room for the branches that only timing takes.
  coverageThreshold: { global: { lines: 96.5, statements: 96, functions: 97.5, branches: 89 } }
}
