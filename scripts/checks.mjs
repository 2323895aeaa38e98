// The static checks of `npm test`, run at the same time: type-check, eslint and prettier each
// read the tree on their own, so on two cores they overlap instead of queueing. Each check's
// output is printed in one piece when it ends (never interleaved), with its time; exits 1 when
// any check failed, naming which.
import { spawn } from 'node:child_process'

const CHECKS = [
  ['typecheck', 'node_modules/typescript/bin/tsc', ['-p', 'tsconfig.json']],
  ['eslint', 'node_modules/eslint/bin/eslint.js', ['.']],
  ['prettier', 'node_modules/prettier/bin/prettier.cjs', ['--check', '.']]
]

function check([name, bin, args]) {
  const started = Date.now()
  return new Promise(resolve => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', chunk => (output += chunk))
    child.stderr.on('data', chunk => (output += chunk))
    child.on('error', error => resolve({ name, code: 1, output: `${error.message}\n`, started }))
    child.on('close', code => resolve({ name, code, output, started }))
  }).then(result => {
    const seconds = ((Date.now() - result.started) / 1000).toFixed(1)
    const verdict = result.code === 0 ? 'ok' : `FAILED (exit ${result.code})`
    if (result.output) console.log(result.output.trimEnd())
    console.log(`${name}: ${verdict} in ${seconds} s`)
    return result
  })
}

const results = await Promise.all(CHECKS.map(check))
const failed = results.filter(result => result.code !== 0).map(result => result.name)
if (failed.length > 0) {
  console.error(`checks failed: ${failed.join(', ')}`)
  process.exit(1)
}
