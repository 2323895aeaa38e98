// Jest's global setup: compiles the TypeScript programs tests start as child processes (the
// emulator, oidc-provider's server) to JavaScript once per run, so each start is plain `node`
// instead of `node --import tsx`: about 0.7 s of CPU less per child (testkit/child-script.ts),
// for 0.5 s here. esbuild is the compiler tsx itself runs on; each program becomes one file,
// its packages (jose, oidc-provider) left to resolve from the project's node_modules, which is
// why the folder sits under node_modules/ (with its own {"type":"module"}). esbuild is a
// devDependency at the version tsx uses.
import { build } from 'esbuild'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
// The variable testkit/child-script.ts reads (named there too: it cannot import this file).
export const COMPILED_CHILDREN = 'OKTA_TEST_COMPILED_CHILDREN'
const CHILD_PROGRAMS = ['emulator/cli.ts', 'testkit/oidc-provider-server.ts']

export default async function compileChildren() {
  const cache = join(ROOT, 'node_modules', '.cache')
  mkdirSync(cache, { recursive: true })
  const out = mkdtempSync(join(cache, 'test-children-'))
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n')
  await build({
    absWorkingDir: ROOT,
    entryPoints: CHILD_PROGRAMS,
    outbase: '.',
    outdir: out,
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning'
  })
  // Read by testkit/child-script.ts in the workers, which inherit this environment.
  process.env[COMPILED_CHILDREN] = out
}
