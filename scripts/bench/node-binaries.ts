// The Node versions the action is measured on: the one running the benchmark (Node 20 here),
// and Node 24, what `using: node24` runs, fetched from the npm registry through npx
// (`npx -y node@24`; the first call downloads about 126 MB). Node 24 missing is reported, not
// fatal.
import { execFileSync } from 'node:child_process'
import type { NodeBinary } from './token.js'

export function currentNode(): NodeBinary {
  return {
    label: `Node ${process.versions.node}`,
    path: process.execPath,
    version: process.version
  }
}

export function node24(): NodeBinary | { unavailable: string } {
  try {
    const path = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 300_000
    }).trim()
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()
    return { label: `Node ${version.slice(1)}`, path, version }
  } catch (error) {
    const err = error as { stderr?: string; message: string }
    const reason = (err.stderr || err.message).trim().split('\n').slice(-1)[0]
    return { unavailable: `npx -y node@24 failed: ${reason}` }
  }
}
