// `npm run emulator -- --seed` is the first thing README's "Try it on your machine" runs: it must
// leave two apps that really mint tokens (one Bearer, one that requires DPoP), env files that
// the action accepts as they are, and a terminal that shows client ids but never a private key.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runJob } from '../../testkit/run-action.js'

let dir: string
let child: ChildProcessWithoutNullStreams
let printed = ''

/** Inputs from a seeded env file, by input name (INPUT_OKTA-DOMAIN → okta-domain). */
function inputsOf(path: string): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^INPUT_([A-Z0-9_-]+)=(.*)$/.exec(line)
    if (match) inputs[match[1].toLowerCase()] = match[2]
  }
  return inputs
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'emulator-seed-'))
  child = spawn(
    process.execPath,
    ['--import', 'tsx', 'emulator/cli.ts', '--seed', '--env-path', join(dir, '.env')],
    { cwd: ROOT }
  )
  child.stderr.on('data', chunk => (printed += chunk))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no seed summary within 30 s:\n${printed}`)),
      30_000
    )
    child.stdout.on('data', chunk => {
      printed += chunk
      if (printed.includes('Stop with Ctrl-C')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', code => reject(new Error(`emulator exited with ${code}:\n${printed}`)))
  })
}, 40_000)

afterAll(() => {
  child?.kill('SIGTERM')
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('npm run emulator -- --seed', () => {
  it('prints the URL first, then each client id, and no key material', () => {
    expect(printed).toMatch(/^EMULATOR_URL=http:\/\/127\.0\.0\.1:\d+\n/)
    for (const file of ['.env', '.env.dpop']) {
      const inputs = inputsOf(join(dir, file))
      expect(printed).toContain(`client id ${inputs['client-id']}`)
      const pem = Buffer.from(inputs['private-key'], 'base64').toString()
      expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/)
      expect(printed).not.toContain(inputs['private-key'].slice(0, 40))
      expect(printed).not.toContain(pem.split('\n')[1])
    }
    expect(printed).not.toMatch(/PRIVATE KEY-----/)
  })

  it('writes the env files for the owner only', () => {
    for (const file of ['.env', '.env.dpop']) {
      expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600)
    }
  })

  it.each([
    ['.env', 'Bearer'],
    ['.env.dpop', 'DPoP']
  ])('%s mints a %s token as it is, and the post step revokes it', async (file, tokenType) => {
    const inputs = inputsOf(join(dir, file))
    const { main, post } = await runJob(inputs)
    expect(main.errors).toEqual([])
    expect(main.code).toBe(0)
    expect(main.outputs['token-type']).toBe(tokenType)
    expect(main.outputs.scope).toBe('okta.users.read okta.groups.read')
    expect(post.warnings).toEqual([])
    expect(post.stdout).toContain('Revoked the access token')
  })
})
