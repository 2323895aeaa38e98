// The awskms: provider on the wire: the region it picks (the key ARN's, AWS_REGION,
// AWS_DEFAULT_REGION), the credentials it hands the SDK and masks, the calls AWS KMS receives
// (one per operation, no SDK retry), the algorithms it offers, and the one line for each KMS
// answer the action names a fix for. The provider is opened directly, as the action opens it,
// and the real @aws-sdk/client-kms talks to the KMS fake (fakes/aws-kms.ts); a recording front on
// loopback forwards to the fake or answers for it where a KMS answer the fake never gives is needed.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { verify } from 'node:crypto'
import { startFakeKms, type FakeKms } from '../../fakes/aws-kms.js'
import { startFake, type FakeServer } from '../../fakes/http.js'
import type { Algorithm } from '../../src/domain.js'
import type { KeyUri, RemoteKeyProvider } from '../../src/signing/provider.js'
import awsKms from '../../src/signing/providers/awskms.js'
import { oneLineFailure } from '../one-line-failure.js'

let kms: FakeKms

beforeAll(async () => {
  kms = await startFakeKms()
})
afterAll(async () => {
  await kms.close()
})

// The SDK's default credential chain reads the process environment and files: for the tests
// that reach it, nothing is there and the instance metadata service is not probed.
const CHAIN_ENV = {
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
  AWS_CONFIG_FILE: '/nonexistent/aws-config'
}
const CHAIN_VARS = [
  ...Object.keys(CHAIN_ENV),
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI'
]
let saved: Record<string, string | undefined>
beforeEach(() => {
  saved = Object.fromEntries(CHAIN_VARS.map(name => [name, process.env[name]]))
  for (const name of CHAIN_VARS) delete process.env[name]
  Object.assign(process.env, CHAIN_ENV)
})
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

function keyUri(keyId: string, endpoint = kms.url): KeyUri {
  return {
    scheme: 'awskms',
    input: 'signing-key',
    display: `awskms:///${keyId}?endpoint=${endpoint}`,
    path: keyId,
    authority: '',
    query: { endpoint },
    endpoint
  }
}

/** The fake's static keys and region, as aws-actions/configure-aws-credentials leaves them. */
const stepEnv = (): Record<string, string> => ({
  AWS_ACCESS_KEY_ID: kms.credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: kms.credentials.secretAccessKey,
  AWS_REGION: kms.region
})

/** The step's keys with no AWS_REGION. */
function withoutRegion(): Record<string, string> {
  const env = stepEnv()
  delete env.AWS_REGION
  return env
}

async function open(
  keyId: string,
  env: Record<string, string> = stepEnv(),
  endpoint = kms.url
): Promise<{ provider: RemoteKeyProvider; masked: string[] }> {
  const masked: string[] = []
  const provider = await awsKms(keyUri(keyId, endpoint), { env, mask: s => masked.push(s) })
  return { provider, masked }
}

interface Received {
  operation: string
  headers: Record<string, string | string[] | undefined>
  body: Record<string, unknown>
}

/**
 * A loopback server in front of the fake: it records each call, then answers with `answer`'s
 * reply or, when that gives none, with the fake's own answer.
 */
async function startFront(
  answer: (received: Received) => { status: number; body: unknown } | undefined = () => undefined
): Promise<FakeServer & { received: Received[] }> {
  const received: Received[] = []
  const server = await startFake(
    async (req, body) => {
      const entry = {
        operation: String(req.headers['x-amz-target'] ?? '').replace(/^TrentService\./, ''),
        headers: req.headers,
        body: JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
      }
      received.push(entry)
      const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'front' }
      const scripted = answer(entry)
      if (scripted) return { ...scripted, headers }
      const forwarded: Record<string, string> = {}
      for (const name of ['authorization', 'x-amz-target', 'content-type']) {
        forwarded[name] = String(req.headers[name])
      }
      const response = await fetch(kms.url, { method: 'POST', headers: forwarded, body })
      return { status: response.status, headers, body: await response.json() }
    },
    () => 0
  )
  return { ...server, received }
}

const input = new TextEncoder().encode('eyJhbGciOiJSUzM4NCJ9.eyJzdWIiOiIwb2ExIn0')
const RSA_OFFERED =
  'RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512'

describe('AWS KMS: the region', () => {
  it("a key ARN's region is used when the step sets none", async () => {
    const key = kms.addKey({ spec: 'ECC_NIST_P256' })
    const env = withoutRegion()
    const { provider } = await open(key.arn, env)
    expect((await provider.getPublicKey()).algorithms).toEqual(['ES256'])
  })

  it("a key ARN's region wins over AWS_REGION (the request is signed for the ARN's region)", async () => {
    const key = kms.addKey({ spec: 'ECC_NIST_P256' })
    const { provider } = await open(key.arn, { ...stepEnv(), AWS_REGION: 'eu-west-1' })
    expect((await provider.getPublicKey()).algorithms).toEqual(['ES256'])
  })

  it('an alias with only AWS_DEFAULT_REGION set uses it', async () => {
    kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/default-region' })
    const env = withoutRegion()
    const { provider } = await open('alias/default-region', {
      ...env,
      AWS_DEFAULT_REGION: kms.region
    })
    expect((await provider.getPublicKey()).algorithms).toEqual(['ES256'])
  })

  it('a GovCloud ARN carries its region too: KMS is asked, and answers that it has no such key', async () => {
    const arn = `arn:aws-us-gov:kms:${kms.region}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    const env = withoutRegion()
    const { provider } = await open(arn, env)
    expect(await oneLineFailure(provider.getPublicKey())).toBe(
      `AWS KMS: Key '${arn}' does not exist (NotFoundException for ${arn}). Check the key id or alias and the region (AWS_REGION).`
    )
  })
})

describe('AWS KMS: credentials', () => {
  it('a session token is masked with the secret key and sent as X-Amz-Security-Token', async () => {
    kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/session' })
    const front = await startFront()
    try {
      const session = 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN'
      const { provider, masked } = await open(
        'alias/session',
        { ...stepEnv(), AWS_SESSION_TOKEN: session },
        front.url
      )
      await provider.getPublicKey()
      expect(masked).toStrictEqual([kms.credentials.secretAccessKey, session])
      expect(front.received.map(r => r.headers['x-amz-security-token'])).toEqual([session])
    } finally {
      await front.close()
    }
  })

  it('static keys without a session token: only the secret key is masked, no security token is sent', async () => {
    kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/no-session' })
    const front = await startFront()
    try {
      const { provider, masked } = await open('alias/no-session', stepEnv(), front.url)
      await provider.getPublicKey()
      expect(masked).toStrictEqual([kms.credentials.secretAccessKey])
      expect(front.received[0].headers).not.toHaveProperty('x-amz-security-token')
    } finally {
      await front.close()
    }
  })

  it.each([
    ['no static keys', {}],
    ['an access key id without its secret', { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEEXAMPLE00' }]
  ])(
    '%s: the default chain finds nothing, one line naming configure-aws-credentials, nothing sent',
    async (_name, keys) => {
      kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/no-credentials' })
      const calls = kms.calls.length
      const { provider, masked } = await open('alias/no-credentials', {
        AWS_REGION: kms.region,
        ...keys
      })
      expect(await oneLineFailure(provider.getPublicKey())).toMatch(
        /^AWS KMS: .+ \(CredentialsProviderError for alias\/no-credentials\)\. Configure AWS credentials in an earlier step, e\.g\. aws-actions\/configure-aws-credentials with role-to-assume \(GitHub OIDC\)\.$/
      )
      expect(masked).toStrictEqual([])
      expect(kms.calls).toHaveLength(calls)
    }
  )
})

describe('AWS KMS: the calls KMS receives', () => {
  it.each([
    ['RS384', 'RSASSA_PKCS1_V1_5_SHA_384', 'sha384'],
    ['RS512', 'RSASSA_PKCS1_V1_5_SHA_512', 'sha512']
  ] as const)(
    'an RSA key offers RS256/384/512; %s is one Sign with %s over the RAW input',
    async (alg, kmsAlgorithm, hash) => {
      const key = kms.addKey({ spec: 'RSA_2048', alias: `alias/rsa-${alg}` })
      const front = await startFront()
      try {
        const { provider } = await open(`alias/rsa-${alg}`, stepEnv(), front.url)
        const remote = await provider.getPublicKey()
        expect(remote.algorithms).toEqual(['RS256', 'RS384', 'RS512'])
        expect(remote.serviceKeyType).toBe(`RSA_2048 SIGN_VERIFY (${RSA_OFFERED})`)
        const { signature, encoding } = await provider.sign(input, alg as Algorithm)
        expect(encoding).toBe('jose')
        expect(verify(hash, input, key.publicKey!, signature)).toBe(true)
        expect(front.received.map(r => [r.operation, r.body])).toEqual([
          ['GetPublicKey', { KeyId: `alias/rsa-${alg}` }],
          [
            'Sign',
            {
              KeyId: `alias/rsa-${alg}`,
              Message: Buffer.from(input).toString('base64'),
              MessageType: 'RAW',
              SigningAlgorithm: kmsAlgorithm
            }
          ]
        ])
      } finally {
        await front.close()
      }
    }
  )

  it('a 500 from KMS is one call and one line: the action, not the SDK, decides about another attempt', async () => {
    kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/internal' })
    const front = await startFront(() => ({
      status: 500,
      body: { __type: 'KMSInternalException', message: 'An internal error occurred.' }
    }))
    try {
      const { provider } = await open('alias/internal', stepEnv(), front.url)
      expect(await oneLineFailure(provider.getPublicKey())).toBe(
        "AWS KMS: An internal error occurred (KMSInternalException for alias/internal). Check that the job's role may call kms:GetPublicKey on the key."
      )
      expect(front.received).toHaveLength(1)
    } finally {
      await front.close()
    }
  })

  it('Sign with an algorithm the key does not have: KMS refuses, one line naming the key usage', async () => {
    const key = kms.addKey({ spec: 'RSA_2048', alias: 'alias/wrong-algorithm' })
    const { provider } = await open('alias/wrong-algorithm')
    expect(await oneLineFailure(provider.sign(input, 'ES256'))).toBe(
      `AWS KMS: You cannot use ECDSA_SHA_256 with ${key.arn}: its KeyUsage is SIGN_VERIFY and KeySpec RSA_2048 (InvalidKeyUsageException for alias/wrong-algorithm). Use a key whose KeyUsage is SIGN_VERIFY.`
    )
  })
})

describe('AWS KMS: answers the fake never gives, as KMS documents them', () => {
  it('a key pending deletion (KMSInvalidStateException), its multi-line message on one line', async () => {
    kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/pending' })
    const front = await startFront(() => ({
      status: 400,
      body: {
        __type: 'KMSInvalidStateException',
        message: '  arn:aws:kms:us-east-1:111122223333:key/k is pending\n  deletion.  '
      }
    }))
    try {
      const { provider } = await open('alias/pending', stepEnv(), front.url)
      expect(await oneLineFailure(provider.getPublicKey())).toBe(
        'AWS KMS: arn:aws:kms:us-east-1:111122223333:key/k is pending deletion (KMSInvalidStateException for alias/pending). The key must be Enabled, not pending deletion or import.'
      )
    } finally {
      await front.close()
    }
  })

  it('a GetPublicKey answer with only a public key: its type reads "unknown unknown", no algorithm offered', async () => {
    const key = kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/bare-answer' })
    const front = await startFront(() => ({
      status: 200,
      body: {
        KeyId: key.arn,
        PublicKey: key.publicKey!.export({ format: 'der', type: 'spki' }).toString('base64')
      }
    }))
    try {
      const { provider } = await open('alias/bare-answer', stepEnv(), front.url)
      const remote = await provider.getPublicKey()
      expect(remote.serviceKeyType).toBe('unknown unknown')
      expect(remote.algorithms).toEqual([])
    } finally {
      await front.close()
    }
  })

  it('a GetPublicKey answer without PublicKey, and a Sign answer without Signature', async () => {
    kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/empty-answers' })
    const front = await startFront(({ operation }) => ({
      status: 200,
      body:
        operation === 'Sign'
          ? { KeyId: 'alias/empty-answers', SigningAlgorithm: 'ECDSA_SHA_256' }
          : {
              KeyId: 'alias/empty-answers',
              KeySpec: 'ECC_NIST_P256',
              KeyUsage: 'SIGN_VERIFY',
              SigningAlgorithms: ['ECDSA_SHA_256']
            }
    }))
    try {
      const { provider } = await open('alias/empty-answers', stepEnv(), front.url)
      expect(await oneLineFailure(provider.getPublicKey())).toBe(
        'AWS KMS: GetPublicKey for alias/empty-answers returned no public key.'
      )
      expect(await oneLineFailure(provider.sign(input, 'ES256'))).toBe(
        'AWS KMS: Sign for alias/empty-answers returned no signature.'
      )
    } finally {
      await front.close()
    }
  })
})
