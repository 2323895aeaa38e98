// Starts the emulator as a child process (`node --import tsx emulator/cli.ts`, or its compiled
// form in a jest run: testkit/child-script.ts) and hands back its URL and a control client. A child process keeps the server out of jest's VM and lets a
// test kill it like any real service.
import { spawn } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeArgsFor } from '../child-script.js'
import { EmulatorControl } from './control-client.js'

export interface EmulatorHandle {
  url: string
  control: EmulatorControl
  stop(): Promise<void>
}

export interface StartEmulatorOptions {
  latencyMs?: number
  clockOffsetSeconds?: number
  env?: NodeJS.ProcessEnv
  /** How long to wait for the EMULATOR_URL line (default 30 s: tsx compiles on first run). */
  startTimeoutMs?: number
}

const here = dirname(fileURLToPath(import.meta.url))
const PROJECT_ROOT = resolve(here, '..', '..')
const CLI = resolve(PROJECT_ROOT, 'emulator', 'cli.ts')

export async function startEmulator(opts: StartEmulatorOptions = {}): Promise<EmulatorHandle> {
  const args = nodeArgsFor(CLI)
  if (opts.latencyMs !== undefined) args.push('--latency-ms', String(opts.latencyMs))
  if (opts.clockOffsetSeconds !== undefined) {
    args.push('--clock-offset-s', String(opts.clockOffsetSeconds))
  }
  // cwd at the project root so that `--import tsx` resolves from its node_modules.
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk
  })
  const exited = new Promise<void>(resolveExit => child.once('exit', () => resolveExit()))

  const url = await new Promise<string>((resolveUrl, reject) => {
    let stdout = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(`emulator did not start within ${opts.startTimeoutMs ?? 30000} ms\n${stderr}`)
      )
    }, opts.startTimeoutMs ?? 30000)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
      const match = /^EMULATOR_URL=(\S+)$/m.exec(stdout)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    })
    child.once('exit', code => {
      clearTimeout(timer)
      reject(new Error(`emulator exited with code ${code} before listening\n${stderr}`))
    })
    child.once('error', err => {
      clearTimeout(timer)
      reject(err)
    })
  })

  return {
    url,
    control: new EmulatorControl(url),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000)
      child.kill('SIGTERM')
      await exited
      clearTimeout(killer)
    }
  }
}
