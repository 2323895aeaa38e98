// The built dist/ signs with AWS KMS: the provider and @aws-sdk/client-kms are in a chunk of
// their own that the bundle loads only for awskms://, and that chunk works as the runner runs it
// (spawned node, no node_modules beside dist/). The KMS fake and the emulator are real servers.
import { expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { importJWK, jwtVerify } from 'jose'
import { emulator, kms, useEmulatorAndKms } from '../use-emulator-and-kms.js'
import { kmsStep, kmsUri, registrableJwk } from '../../testkit/remote-keys.js'
import { distFilesLoaded, TRACE_LOADS_HOOK } from '../../testkit/dist-loads.js'
import { testKey } from '../../testkit/keys.js'
import { ROOT, runAction } from '../../testkit/run-action.js'

useEmulatorAndKms()

it('dist/ mints a token with an assertion signed by AWS KMS (EC P-256, DER converted)', async () => {
  const key = kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/bundle' })
  const jwk = await registrableJwk(key.publicKey!)
  const app = await emulator.control.createApp({
    keys: [jwk as never],
    grantedScopes: ['okta.users.read']
  })
  const run = await runAction(
    'main',
    {
      'okta-domain': emulator.url,
      'client-id': app.clientId,
      'signing-key': kmsUri(kms, 'alias/bundle'),
      scopes: 'okta.users.read',
      revoke: 'false'
    },
    kmsStep(kms)
  )
  expect(run.errors).toEqual([])
  expect(run.code).toBe(0)
  expect(run.outputs['token-type']).toBe('Bearer')
  expect(kms.signCount).toBe(1)
  const token = (await emulator.control.requests()).find(e => e.route === 'oauth.token')!
  await jwtVerify(token.form!.client_assertion, await importJWK(jwk, 'ES256'))

  // The SDK is in a chunk, not in the entry every run loads.
  const dist = join(ROOT, 'dist')
  expect(readFileSync(join(dist, 'index.js'), 'utf8')).not.toContain('TrentService')
  const chunks = readdirSync(dist).filter(f => /^\d+\.index\.js$/.test(f))
  expect(
    chunks.filter(f => readFileSync(join(dist, f), 'utf8').includes('TrentService'))
  ).toHaveLength(1)
})

it('a token run with a PEM key loads no key-URI, remote-signing or DPoP code from dist/', async () => {
  const key = testKey('p256')
  const app = await emulator.control.createApp({
    keys: [{ ...key.publicJwk, kid: 'pem-loads' } as never],
    grantedScopes: ['okta.users.read']
  })
  const dir = mkdtempSync(join(tmpdir(), 'okta-pem-loads-'))
  const trace = join(dir, 'loads')
  try {
    // testkit/trace-loads.mjs (what bench:signing adds up) lists every module Node loads.
    const run = await runAction(
      'main',
      {
        'okta-domain': emulator.url,
        'client-id': app.clientId,
        'private-key': key.pkcs8,
        'key-id': 'pem-loads',
        scopes: 'okta.users.read',
        revoke: 'false'
      },
      { env: { NODE_OPTIONS: `--import ${TRACE_LOADS_HOOK}`, TRACE_LOADS: trace } }
    )
    expect(run.errors).toEqual([])
    const dist = join(ROOT, 'dist')
    const loaded = distFilesLoaded(trace, dist)
    expect(loaded).toContain(join(dist, 'index.js'))
    const code = loaded.map(file => readFileSync(file, 'utf8')).join('\n')
    // Markers of key-uri.ts, remote-signer.ts and jwt/dpop.ts as the bundle keeps them.
    for (const marker of ['must be a key URI', 'does not verify as', 'dpop+jwt']) {
      expect(code).not.toContain(marker)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
