// The gcpkms: provider on the wire: the key version names it takes, the endpoint forms it
// accepts, the requests Cloud KMS receives (one per call, no library retry) and the one line for
// an answer that is not Google's JSON or a wrong endpoint. The provider is opened directly with
// a service-account key (google-auth-library signs its own JWT, no token call) against the Cloud
// KMS fake (fakes/gcp-kms.ts); a recording front on loopback stands in for a proxy in between.
import { describe, expect, it } from '@jest/globals'
import { createHash, generateKeyPairSync } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startFake, type FakeServer } from '../../fakes/http.js'
import type { RemoteKeyProvider } from '../../src/signing/provider.js'
import { oneLineFailure } from '../one-line-failure.js'
import { dir, fake, openGcpKms, useGcpKms } from '../use-gcp-kms.js'

const ring = 'projects/fake-project/locations/europe-west1/keyRings/okta'
const version = (key: string): string => `${ring}/cryptoKeys/${key}/cryptoKeyVersions/1`

useGcpKms('gcpkms-wire-')

const open = (path: string, endpoint?: string, credentials?: string): Promise<RemoteKeyProvider> =>
  openGcpKms(path, { endpoint, credentials })

interface Received {
  method: string
  url: string
  body: string
}

/** A loopback server that records each request and answers it with `answer`'s reply. */
async function startFront(
  answer: () => { status: number; body: unknown }
): Promise<FakeServer & { received: Received[] }> {
  const received: Received[] = []
  const server = await startFake(
    (req, body) => {
      received.push({ method: req.method ?? '', url: req.url ?? '', body: body.toString('utf8') })
      return Promise.resolve(answer())
    },
    () => 0
  )
  return { ...server, received }
}

describe('gcpkms: key version names and endpoints', () => {
  it.each([
    ['with a segment after the version', `${version('extra')}/more`],
    ['under another resource', `organizations/o/${version('nested')}`]
  ])('a path %s is not a key version name, before the network', async (_name, path) => {
    const calls = { ...fake.calls }
    expect(await oneLineFailure(open(path))).toBe(
      `signing-key: gcpkms://${path}?endpoint=${fake.url} must name a key version: gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K/cryptoKeyVersions/V.`
    )
    expect(fake.calls).toEqual(calls)
  })

  it('an endpoint with a trailing slash reaches the same API paths', async () => {
    fake.addKey(version('slash'), 'EC_SIGN_P256_SHA256')
    const provider = await open(version('slash'), `${fake.url}/`)
    expect((await provider.getPublicKey()).algorithms).toEqual(['ES256'])
  })

  it('an endpoint with a path in front of /v1: the 404 is one line naming the key version', async () => {
    fake.addKey(version('prefixed'), 'EC_SIGN_P256_SHA256')
    const provider = await open(version('prefixed'), `${fake.url}/kms`)
    expect(await oneLineFailure(provider.getPublicKey())).toBe(
      `Google Cloud KMS: getPublicKey failed: The requested URL /kms/v1/${version('prefixed')}/publicKey was not found on this server. Check the key version name ${version('prefixed')}.`
    )
  })
})

describe('gcpkms: the RSA key versions the fake does not hold, as Cloud KMS answers them', () => {
  // Cloud KMS's getPublicKey names the algorithm beside the PEM; the key size is not checked here.
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .publicKey.export({ format: 'pem', type: 'spki' })
    .toString()
  const input = new TextEncoder().encode('eyJhbGciOiJSUzUxMiJ9.eyJzdWIiOiIwb2ExIn0')

  it.each([
    ['RSA_SIGN_PKCS1_3072_SHA256', 'RS256', 'sha256'],
    ['RSA_SIGN_PKCS1_4096_SHA256', 'RS256', 'sha256'],
    ['RSA_SIGN_PKCS1_4096_SHA512', 'RS512', 'sha512']
  ] as const)(
    '%s offers %s, and asymmetricSign gets the %s digest',
    async (algorithm, alg, hash) => {
      const front = await startFront(() => ({
        status: 200,
        body: { pem, algorithm, signature: Buffer.from('signature').toString('base64') }
      }))
      try {
        const provider = await open(version(algorithm.toLowerCase()), front.url)
        const remote = await provider.getPublicKey()
        expect(remote.serviceKeyType).toBe(algorithm)
        expect(remote.algorithms).toEqual([alg])
        const { encoding } = await provider.sign(input, alg)
        expect(encoding).toBe('jose')
        const sign = front.received[1]
        expect(sign.method).toBe('POST')
        expect(sign.url).toBe(`/v1/${version(algorithm.toLowerCase())}:asymmetricSign`)
        expect(JSON.parse(sign.body)).toEqual({
          digest: { [hash]: createHash(hash).update(input).digest('base64') }
        })
      } finally {
        await front.close()
      }
    }
  )
})

describe('gcpkms: credentials', () => {
  it('workload identity federation asks STS for the cloudkms scope', async () => {
    fake.addKey(version('federated'), 'EC_SIGN_P256_SHA256')
    const forms: URLSearchParams[] = []
    const sts = await startFake(
      async (_req, body) => {
        forms.push(new URLSearchParams(body.toString('utf8')))
        const response = await fetch(`${fake.url}/v1/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body
        })
        return { status: response.status, body: await response.json() }
      },
      () => 0
    )
    try {
      const subjectToken = join(dir, 'github-oidc-token')
      writeFileSync(subjectToken, 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9yZy9yZXBvIn0.c2ln')
      const file = join(dir, 'external-account-via-front.json')
      writeFileSync(
        file,
        JSON.stringify({ ...fake.externalAccount(subjectToken), token_url: `${sts.url}/v1/token` })
      )
      const provider = await open(version('federated'), fake.url, file)
      expect((await provider.getPublicKey()).algorithms).toEqual(['ES256'])
      expect(forms.map(form => form.get('scope'))).toEqual([
        'https://www.googleapis.com/auth/cloudkms'
      ])
    } finally {
      await sts.close()
    }
  })
})

describe('gcpkms: answers that are not Cloud KMS JSON', () => {
  it('a 503 page from something in between: one GET, one line with the HTTP status', async () => {
    const front = await startFront(() => ({ status: 503, body: 'Service Unavailable' }))
    try {
      const provider = await open(version('behind-proxy'), front.url)
      const message = await oneLineFailure(provider.getPublicKey())
      expect(front.received).toEqual([
        { method: 'GET', url: `/v1/${version('behind-proxy')}/publicKey`, body: '' }
      ])
      expect(message).toMatch(
        new RegExp(
          `^Google Cloud KMS: getPublicKey failed: [^\\n]+\\. Check the key version ${version('behind-proxy')} \\(HTTP 503\\)\\.$`
        )
      )
    } finally {
      await front.close()
    }
  })

  it('a credentials file that is not there: one line in Node\'s words (not "Error: …"), and no unhandled rejection while the provider waits', async () => {
    const missing = join(dir, 'missing.json')
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => rejections.push(reason)
    process.on('unhandledRejection', onRejection)
    try {
      const provider = await open(version('no-file'), fake.url, missing)
      // The credentials are read while nothing awaits them yet: no unhandled rejection meanwhile.
      await new Promise(resolve => setTimeout(resolve, 100))
      const message = await oneLineFailure(provider.getPublicKey())
      // google-auth-library adds its words only where the fs error is an Error of its own realm
      // (plain Node, the bundle); under jest's VM it is not.
      expect(message).toMatch(
        /^Google Cloud KMS: getPublicKey failed: (Unable to read the credential file[^\n]*: )?ENOENT: no such file or directory, lstat '[^\n]*missing\.json'\. Give the job Application Default Credentials \(google-github-actions\/auth before this step, or GOOGLE_APPLICATION_CREDENTIALS\)\.$/
      )
      expect(rejections).toEqual([])
    } finally {
      process.off('unhandledRejection', onRejection)
    }
  })
})
