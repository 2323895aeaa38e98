// Jest's global setup: compiles the TypeScript programs tests start as child processes (the
// emulator, oidc-provider's server) to JavaScript once per run, so each start is plain `node`
// instead of `node --import tsx`: about 0.7 s of CPU less per child (testkit/child-script.ts),
// for 0.5 s here. esbuild is the compiler tsx itself runs on; each program becomes one file.
// The emulator's one package (jose) is bundled in: resolving and loading jose's hundred-odd
// modules was a quarter of each emulator start (210 -> 155 ms of CPU, of which node itself is
// 100), and a run starts about a hundred emulators. oidc-provider's server leaves its packages
// to resolve from the project's node_modules (oidc-provider loads some of its own at run time),
// which is why the folder sits under node_modules/ (with its own {"type":"module"}). esbuild is
// a devDependency at the version tsx uses.
import { build } from 'esbuild'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
// The variable testkit/child-script.ts reads (named there too: it cannot import this file).
export const COMPILED_CHILDREN = 'OKTA_TEST_COMPILED_CHILDREN'
/** Each program, and whether its packages are bundled in (see above). */
const CHILD_PROGRAMS = [
  ['emulator/cli.ts', 'bundle'],
  ['testkit/oidc-provider-server.ts', 'external']
]

export default async function compileChildren() {
  const cache = join(ROOT, 'node_modules', '.cache')
  mkdirSync(cache, { recursive: true })
  const out = mkdtempSync(join(cache, 'test-children-'))
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n')
  await Promise.all(
    CHILD_PROGRAMS.map(([program, packages]) =>
      build({
        absWorkingDir: ROOT,
        entryPoints: [program],
        outbase: '.',
        outdir: out,
        bundle: true,
        packages,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        logLevel: 'warning'
      })
    )
  )
  // Read by testkit/child-script.ts in the workers, which inherit this environment. The
  // folder is also the run's scratch space: testkit/keys.ts keeps one key of each kind there.
  process.env[COMPILED_CHILDREN] = out
}
