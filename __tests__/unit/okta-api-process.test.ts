// src/okta-api/process-entry.ts, what okta-api's entry (src/okta-api/main.ts) runs with its
// process: the arguments after node and the script, the exit code returned, and a bug reported
// as one line, with its stack only when the runner's debug logging is on.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFake } from '../../fakes/http.js'
import { startHttpProxy } from '../../testkit/http-proxy.js'
import { writeCredentials } from '../../src/okta-api/credentials.js'
import { runOktaApiProcess, type OktaApiProcess } from '../../src/okta-api/process-entry.js'
import { USAGE } from '../../src/okta-api/usage.js'

function proc(argv: string[], env: NodeJS.ProcessEnv = {}, stdoutFails = false) {
  const out = { stdout: '', stderr: '' }
  const process: OktaApiProcess = {
    argv: ['/usr/bin/node', '/runner/okta-api/index.js', ...argv],
    env,
    stdout: {
      write(text: string) {
        if (stdoutFails) throw new Error('write EPIPE')
        out.stdout += text
      }
    },
    stderr: { write: (text: string) => (out.stderr += text) }
  }
  return { process, out }
}

describe('okta-api as a process', () => {
  it('reads the arguments after node and the script, and returns the exit code', async () => {
    const { process, out } = proc(['--help'])
    expect(await runOktaApiProcess(process)).toBe(0)
    expect(out).toEqual({ stdout: USAGE, stderr: '' })
    const bad = proc(['--no-such-flag'])
    expect(await runOktaApiProcess(bad.process)).toBe(2)
    expect(bad.out.stderr).toMatch(/^okta-api: .*--no-such-flag.*; see okta-api --help\n$/)
  })

  it('a bug: one line asking for a report, exit 1, the stack only with RUNNER_DEBUG=1', async () => {
    const quiet = proc(['--help'], {}, true)
    expect(await runOktaApiProcess(quiet.process)).toBe(1)
    expect(quiet.out.stderr).toBe('okta-api: unexpected error (please report it): write EPIPE\n')

    const debug = proc(['--help'], { RUNNER_DEBUG: '1' }, true)
    expect(await runOktaApiProcess(debug.process)).toBe(1)
    const [line, stack] = debug.out.stderr.split(/\n(?=Error: write EPIPE\n)/)
    expect(line).toBe('okta-api: unexpected error (please report it): write EPIPE')
    expect(stack).toMatch(/^Error: write EPIPE\n {4}at /)
  })

  it('reads a file a flag names from disk by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okta-api-process-'))
    writeCredentials(dir, {
      version: 1,
      step: 'mint',
      // Nothing is sent: the batch is refused for what it holds before any call.
      orgUrl: 'http://127.0.0.1:9',
      accessToken: 'eyJ0eXAiOiJKV1QifQ.process-entry.signature',
      tokenType: 'Bearer',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      scope: 'okta.users.read'
    })
    const env = { OKTA_API_CREDENTIALS_DIR: dir }
    const file = join(dir, 'calls.jsonl')
    writeFileSync(file, '\n')
    const empty = proc(['--batch', file], env)
    expect(await runOktaApiProcess(empty.process)).toBe(2)
    expect(empty.out.stderr).toBe(
      'okta-api: --batch has no calls (one JSON object per line); see okta-api --help\n'
    )
    const missing = proc(['--batch', join(dir, 'missing.jsonl')], env)
    expect(await runOktaApiProcess(missing.process)).toBe(2)
    expect(missing.out.stderr).toContain('cannot read')
  })

  it("calls Okta through the process's own environment: its proxy, its credentials folder", async () => {
    const okta = await startFake(
      async () => ({ status: 200, body: [{ id: '00u1' }] }),
      () => 0
    )
    const proxy = await startHttpProxy()
    const dir = mkdtempSync(join(tmpdir(), 'okta-api-process-'))
    try {
      writeCredentials(dir, {
        version: 1,
        step: 'mint',
        orgUrl: okta.url,
        accessToken: 'eyJ0eXAiOiJKV1QifQ.process-entry-call.signature',
        tokenType: 'Bearer',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        scope: 'okta.users.read'
      })
      const call = proc(['/api/v1/users'], { OKTA_API_CREDENTIALS_DIR: dir, HTTP_PROXY: proxy.url })
      expect(await runOktaApiProcess(call.process)).toBe(0)
      expect(call.out).toEqual({ stdout: '[{"id":"00u1"}]', stderr: '' })
      // undici's proxy agent tunnels every request, http included, with CONNECT.
      expect(proxy.log).toEqual([
        { method: 'CONNECT', target: new URL(okta.url).host, status: 200 }
      ])
    } finally {
      await proxy.stop()
      await okta.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
