// okta-api (issue 11's targets), run as a later step runs it: the token step (dist/) puts the
// launcher on PATH, then the launcher is timed from spawn to exit.
//  1. One GET vs a bare Node script doing the same GET with fetch (same Node, same emulator).
//  2. --batch of 1,000 creates vs the same calls one after another (--concurrency 1).
//  3. --batch of 300 creates against a bucket of 100 per 5 s: time vs the bucket's minimum,
//     429s spent, and every user written exactly once.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { EmulatorHandle } from '../../testkit/emulator/process.js'
import { ROOT } from '../../testkit/run-action.js'
import { Job } from '../../testkit/okta-api-job.js'
import { createServiceApp } from './fixtures.js'
import { compare, interleave, type Comparison, type Summary, summarize } from './stats.js'
import type { NodeBinary } from './token.js'

const BARE = resolve(ROOT, 'scripts/bench/bare-get.mjs')

export interface OktaApiGet extends Comparison {
  node: string
}

function timed(command: string, args: string[], cwd: string): Promise<number> {
  const started = process.hrtime.bigint()
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', chunk => (err += chunk))
    child.on('error', fail)
    child.on('exit', code => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      if (code === 0) done(ms)
      else fail(new Error(`${command} ${args.join(' ')} exited with ${code}: ${err.slice(-500)}`))
    })
  })
}

async function tokenJob(emulator: EmulatorHandle, node: string, scopes: string) {
  const app = await createServiceApp(emulator, { grantedScopes: scopes.split(' ') })
  const job = new Job()
  const step = await job.action({ ...app.inputs, scopes }, 'okta', node)
  if (step.code !== 0) throw new Error(`token step failed: ${step.stdout.slice(-500)}`)
  return { job, launcher: join(job.paths[0], 'okta-api'), token: step.outputs['access-token'] }
}

export async function benchOktaApiGet(
  emulator: EmulatorHandle,
  node: NodeBinary,
  runs: number
): Promise<OktaApiGet> {
  const { job, launcher, token } = await tokenJob(emulator, node.path, 'okta.users.read')
  const url = `${emulator.url}/api/v1/users?limit=1`
  try {
    const samples = await interleave(runs, {
      oktaApi: () => timed(launcher, ['/api/v1/users?limit=1'], job.dir),
      bare: () => timed(node.path, [BARE, url, token], job.dir)
    })
    return { node: node.label, ...compare(samples.oktaApi, samples.bare) }
  } finally {
    job.cleanup()
  }
}

function createsFile(dir: string, count: number, tag: string): string {
  const file = join(dir, `${tag}.ndjson`)
  const lines = Array.from({ length: count }, (_, i) => {
    const login = `${tag}.${i}@example.com`
    const profile = { login, email: login, firstName: 'Bench', lastName: String(i) }
    return JSON.stringify({ method: 'POST', path: '/api/v1/users', body: { profile } })
  })
  writeFileSync(file, `${lines.join('\n')}\n`)
  return file
}

export interface OktaApiBatch {
  concurrent: Summary
  sequential: Summary
  speedup: number
}

export async function benchOktaApiBatch(
  emulator: EmulatorHandle,
  count: number,
  runs: number
): Promise<OktaApiBatch> {
  await emulator.control.setRateLimit({ group: 'users', limit: 1_000_000, windowSeconds: 60 })
  const { job, launcher } = await tokenJob(emulator, process.execPath, 'okta.users.manage')
  let n = 0
  const batch = (concurrency: number) => () =>
    timed(
      launcher,
      [
        '--batch',
        createsFile(job.dir, count, `b${Date.now()}-${n++}`),
        '--concurrency',
        String(concurrency)
      ],
      job.dir
    )
  try {
    const samples = await interleave(runs, { concurrent: batch(10), sequential: batch(1) })
    const concurrent = summarize(samples.concurrent)
    const sequential = summarize(samples.sequential)
    return {
      concurrent,
      sequential,
      speedup: Math.round((sequential.median / concurrent.median) * 100) / 100
    }
  } finally {
    job.cleanup()
    await emulator.control.reset()
  }
}

export interface OktaApiPaced {
  ms: number
  minimumMs: number
  ratio: number
  tooMany: number
  written: number
  duplicates: number
}

export async function benchOktaApiPaced(emulator: EmulatorHandle): Promise<OktaApiPaced> {
  const { job, launcher } = await tokenJob(emulator, process.execPath, 'okta.users.manage')
  const [count, limit, windowSeconds] = [300, 100, 5]
  await emulator.control.setRateLimit({ group: 'users', limit, windowSeconds })
  await emulator.control.clearRequests()
  const tag = `paced${Date.now()}`
  try {
    const ms = await timed(launcher, ['--batch', createsFile(job.dir, count, tag)], job.dir)
    const log = await emulator.control.requests()
    const { users } = (await fetch(`${emulator.url}/__control/directory`).then(r => r.json())) as {
      users: Array<{ profile: { login: string } }>
    }
    const logins = users.map(u => u.profile.login).filter(l => l.startsWith(`${tag}.`))
    // The bucket admits `limit` calls per window: the last window opens after count/limit − 1 resets.
    const minimumMs = (Math.ceil(count / limit) - 1) * windowSeconds * 1000
    return {
      ms: Math.round(ms),
      minimumMs,
      ratio: Math.round((ms / minimumMs) * 100) / 100,
      tooMany: log.filter(e => e.status === 429).length,
      written: new Set(logins).size,
      duplicates: logins.length - new Set(logins).size
    }
  } finally {
    job.cleanup()
    await emulator.control.reset()
  }
}
