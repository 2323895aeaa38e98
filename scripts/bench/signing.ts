// `npm run bench:signing` (issue 13): what remote signing costs.
//  1. The bytes of dist/ a token run with a PEM key loads: BENCH_DIST_BEFORE (main's dist/,
//     default .bench/dist-before) against this dist/. A PEM run must load none of the providers.
//  2. A token run with awskms:// at 50 ms latency on the KMS fake and on the emulator, against
//     the PEM run at 50 ms on the emulator: medians, the paired ratio and the overhead, for the
//     default (GetPublicKey, then Sign) and with key-id + algorithm (Sign beside GetPublicKey).
//  3. The size of each provider's chunk files in dist/.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { startFakeKms } from '../../fakes/aws-kms.js'
import { distFilesLoaded, TRACE_LOADS_HOOK } from '../../testkit/dist-loads.js'
import { startEmulator } from '../../testkit/emulator/process.js'
import { ROOT } from '../../testkit/run-action.js'
import { kmsStep, kmsUri, registrableJwk } from '../../testkit/remote-keys.js'
import { canMeasureRss, runChildOk, type ChildOptions } from './child.js'
import { createServiceApp } from './fixtures.js'
import { compare, interleave, median, round } from './stats.js'

const runs = Number(process.env.BENCH_RUNS ?? 15)
const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 50)
const DIST = resolve(ROOT, 'dist')
const BEFORE = resolve(ROOT, process.env.BENCH_DIST_BEFORE ?? '.bench/dist-before')

/** Runs dist/index.js (of `dist`) once with the tracer and sums the sizes of its files it loaded. */
async function loadedBytes(dist: string, inputs: Record<string, string>, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'okta-bench-loads-'))
  const trace = join(dir, 'loads')
  try {
    await runChildOk(
      {
        node: process.execPath,
        args: ['--import', TRACE_LOADS_HOOK, join(dist, 'index.js')],
        inputs: { ...inputs, revoke: 'false' },
        env: { ...env, TRACE_LOADS: trace }
      },
      `token run of ${dist}`
    )
    const files = distFilesLoaded(trace, dist)
    return {
      files: files.map(f => f.slice(dist.length + 1)).sort(),
      bytes: files.reduce((sum, f) => sum + statSync(f).size, 0)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Chunk files each provider's import() loads, read from the compiled registry in dist/. */
function providerChunks(): Record<string, { files: string[]; bytes: number }> {
  const out: Record<string, { files: string[]; bytes: number }> = {}
  for (const file of ['index.js', ...readdirChunks()]) {
    const source = readFileSync(join(DIST, file), 'utf8')
    if (source.includes('awskms: () =>')) {
      out['shared remote-signing code (key URI to Signer, loaded for any scheme)'] = {
        files: [file],
        bytes: statSync(join(DIST, file)).size
      }
    }
    for (const match of source.matchAll(
      /(awskms|gcpkms|azurekms|hashivault|pkcs11): \(\) =>([^\n]*)/g
    )) {
      const files = [
        ...match[2].matchAll(/__(?:nccwpck|webpack)_require__\.e\((?:\/\*[^*]*\*\/\s*)?(\d+)\)/g)
      ].map(m => `${m[1]}.index.js`)
      out[match[1]] = {
        files,
        bytes: files.reduce((sum, f) => sum + statSync(join(DIST, f)).size, 0)
      }
    }
  }
  return out
}

function readdirChunks(): string[] {
  return readdirSync(DIST).filter(f => /^\d+\.index\.js$/.test(f))
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const emulator = await startEmulator({ latencyMs })
const kms = await startFakeKms({ latencyMs })
try {
  const pemApp = await createServiceApp(emulator)
  const key = kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/bench' })
  const KID = 'bench-kms'
  const kmsApp = await emulator.control.createApp({
    keys: [
      (await registrableJwk(key.publicKey!)) as never,
      (await registrableJwk(key.publicKey!, KID)) as never
    ],
    grantedScopes: ['okta.users.read']
  })
  const step = kmsStep(kms)
  const kmsInputs = {
    'okta-domain': emulator.url,
    'client-id': kmsApp.clientId,
    'signing-key': kmsUri(kms, 'alias/bench'),
    scopes: 'okta.users.read',
    revoke: 'false'
  }
  const earlyInputs = { ...kmsInputs, 'key-id': KID, algorithm: 'ES256' }

  console.log('1. dist/ bytes a PEM token run loads')
  if (existsSync(join(BEFORE, 'index.js'))) {
    const before = await loadedBytes(BEFORE, pemApp.inputs)
    console.log(
      `   before (${relative(ROOT, BEFORE)}): ${before.bytes} bytes (${kb(before.bytes)}) in ${before.files.join(', ')}`
    )
  } else {
    console.log(
      `   before: no ${BEFORE}/index.js (copy main's dist/ there, or set BENCH_DIST_BEFORE)`
    )
  }
  const after = await loadedBytes(DIST, pemApp.inputs)
  console.log(
    `   after  (dist/): ${after.bytes} bytes (${kb(after.bytes)}) in ${after.files.join(', ')}`
  )
  const remote = await loadedBytes(DIST, kmsInputs, step.env)
  console.log(
    `   an awskms run loads ${remote.bytes} bytes (${kb(remote.bytes)}) in ${remote.files.join(', ')}`
  )

  console.log(
    `2. token run, ${latencyMs} ms latency on the emulator and the KMS fake, ${runs} interleaved runs`
  )
  kms.signCount = 0
  const tokenRun =
    (what: string, inputs: Record<string, string>, env = {}) =>
    async () =>
      (
        await runChildOk(
          { node: process.execPath, args: [join(DIST, 'index.js')], inputs, env },
          what
        )
      ).ms
  const samples = await interleave(runs, {
    pem: tokenRun('PEM run', { ...pemApp.inputs, revoke: 'false' }),
    awskms: tokenRun('awskms run', kmsInputs, step.env),
    early: tokenRun('awskms run with key-id and algorithm', earlyInputs, step.env),
    // The same with no latency on the KMS fake: what is left is the run's own cost of the AWS
    // SDK (loading its chunk, building the client, signing the requests), not the network.
    local: async () => {
      kms.latencyMs = 0
      try {
        return await tokenRun('awskms run at 0 ms KMS latency', earlyInputs, step.env)()
      } finally {
        kms.latencyMs = latencyMs
      }
    },
    // Node's own start in the same loop: how loaded the machine was while the two were timed.
    bare: async () =>
      (await runChildOk({ node: process.execPath, args: ['-e', '0'], inputs: {} }, 'node -e 0')).ms
  })
  const bare = compare(samples.bare, samples.bare).baseline
  const target = latencyMs + 40
  for (const [name, subject, trips] of [
    ['awskms, default (GetPublicKey, then Sign)', samples.awskms, 2],
    ['awskms, key-id + algorithm (Sign beside GetPublicKey)', samples.early, 1]
  ] as const) {
    const c = compare(subject, samples.pem)
    console.log(
      `   ${name}: PEM ${c.baseline.median} ms (${c.baseline.min}–${c.baseline.max}); awskms ${c.subject.median} ms (${c.subject.min}–${c.subject.max}); ratio ${c.ratio}×, overhead ${c.overheadMs} ms; KMS round trips in sequence ${trips} (${trips * latencyMs} ms of fake latency); target overhead ≤ ${target} ms: ${c.overheadMs <= target ? 'met' : 'not met'}`
    )
  }
  const local = compare(samples.local, samples.pem)
  console.log(
    `   awskms, key-id + algorithm, 0 ms on the KMS fake (the SDK's own cost): awskms ${local.subject.median} ms (${local.subject.min}–${local.subject.max}); overhead ${local.overheadMs} ms over the PEM run`
  )
  console.log(
    `   node -e 0 ${bare.median} ms; Sign calls seen ${kms.signCount} for ${3 * runs} awskms runs`
  )

  // CPU time is far less sensitive than wall time to other work on the machine: what the
  // run itself computes (the SDK's load and set-up), whatever the network's latency.
  if (canMeasureRss()) {
    const cpuRuns = Math.min(runs, 7)
    const cpuMs = async (options: ChildOptions, what: string) => {
      const { stderr } = await runChildOk({ ...options, measureRss: true }, what)
      const seconds = (name: string) =>
        Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN)
      return (seconds('User') + seconds('System')) * 1000
    }
    const node = process.execPath
    const cpu = await interleave(cpuRuns, {
      pem: () =>
        cpuMs(
          { node, args: [join(DIST, 'index.js')], inputs: { ...pemApp.inputs, revoke: 'false' } },
          'PEM run'
        ),
      awskms: () =>
        cpuMs({ node, args: [join(DIST, 'index.js')], inputs: kmsInputs, env: step.env }, 'awskms'),
      early: () =>
        cpuMs(
          { node, args: [join(DIST, 'index.js')], inputs: earlyInputs, env: step.env },
          'awskms with key-id and algorithm'
        )
    })
    const pem = median(cpu.pem)
    console.log(
      `   CPU time (user+sys, /usr/bin/time), median of ${cpuRuns}: PEM ${round(pem)} ms; awskms default ${round(median(cpu.awskms))} ms (+${round(median(cpu.awskms) - pem)}); with key-id + algorithm ${round(median(cpu.early))} ms (+${round(median(cpu.early) - pem)})`
    )
  }

  console.log('3. provider chunks in dist/')
  for (const [scheme, chunk] of Object.entries(providerChunks())) {
    console.log(`   ${scheme}: ${kb(chunk.bytes)} in ${chunk.files.join(', ')}`)
  }
} finally {
  await Promise.all([emulator.stop(), kms.close()])
}
