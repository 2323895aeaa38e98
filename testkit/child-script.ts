// How a test starts one of the project's TypeScript programs as a child process (the Okta
// emulator, oidc-provider's server). By default `node --import tsx <file>.ts`; but tsx costs
// every start about half a second of CPU to load and hook the loader, and a jest run starts
// some thirty such children. So jest's global setup (testkit/jest-global-setup.mjs) compiles
// them once per run and names the folder in COMPILED_CHILDREN; a child then starts with plain
// `node`. Scripts (demo, bench, reliability) and any run without that folder keep tsx.
import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const COMPILED_CHILDREN = 'OKTA_TEST_COMPILED_CHILDREN'
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))

/**
 * The node arguments that run `script` (a .ts file of this repository): its compiled .js when
 * jest's global setup made one, else the .ts through tsx (run with cwd at the repository root,
 * so that `--import tsx` resolves from its node_modules).
 */
export function nodeArgsFor(script: string): string[] {
  const compiledDir = process.env[COMPILED_CHILDREN]
  if (compiledDir) {
    const compiled = join(compiledDir, relative(ROOT, script)).replace(/\.ts$/, '.js')
    if (existsSync(compiled)) return [compiled]
  }
  return ['--import', 'tsx', script]
}
