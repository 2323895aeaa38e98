// signing-key with awskms://: the action runs in-process from src/, the real @aws-sdk/client-kms
// talks to the KMS fake (fakes/aws-kms.ts, real keys, SigV4 checked), and the Okta emulator checks
// every assertion against the key registered for the app. Each assertion is also verified here
// with jose against the public key KMS returned.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { importJWK, jwtVerify, type JWK } from 'jose'
import {
  startFakeKms,
  type FakeKeySpec,
  type FakeKms,
  type FakeKmsKeyOptions
} from '../../fakes/aws-kms.js'
import { runAction } from '../../testkit/in-process.js'
import { kmsStep, kmsUri, registrableJwk } from '../../testkit/remote-keys.js'
import {
  attemptsAt,
  logLines,
  startTokenFixture,
  type TokenFixture
} from '../../testkit/token-fixtures.js'

let fx: TokenFixture
let kms: FakeKms
const ORG_TOKEN = '/oauth2/v1/token'

beforeAll(async () => {
  ;[fx, kms] = await Promise.all([startTokenFixture(), startFakeKms()])
})
afterAll(async () => {
  await Promise.all([fx?.stop(), kms?.close()])
})
beforeEach(async () => {
  kms.signCount = 0
  await fx.control.clearFaults()
  await fx.control.clearRequests()
})

/** A KMS key and an Okta app that has its public key registered. */
async function kmsApp(spec: FakeKeySpec, app: { dpopRequired?: boolean } = {}) {
  const key = kms.addKey({ spec, alias: `alias/okta-${Math.random().toString(36).slice(2)}` })
  const jwk = await registrableJwk(key.publicKey!)
  const created = await fx.control.createApp({
    keys: [jwk as never],
    grantedScopes: ['okta.users.read'],
    ...app
  })
  const step = kmsStep(kms)
  return {
    key,
    jwk,
    clientId: created.clientId,
    run: (extra: Record<string, string> = {}, uri = kmsUri(kms, key.alias!)) =>
      runAction(
        'main',
        {
          'okta-domain': fx.url,
          'client-id': created.clientId,
          'signing-key': uri,
          scopes: 'okta.users.read',
          ...extra
        },
        { env: step.env, secrets: step.secrets }
      )
  }
}

async function verifyAssertion(assertion: string, jwk: JWK, alg: string) {
  return jwtVerify(assertion, await importJWK(jwk, alg))
}

describe('token mode signed by AWS KMS', () => {
  it.each([
    ['RSA_2048', 'RS256', 256],
    ['ECC_NIST_P256', 'ES256', 64],
    ['ECC_NIST_P384', 'ES384', 96],
    ['ECC_NIST_P521', 'ES512', 132]
  ] as const)(
    '%s: one Sign call, a %s assertion Okta accepts (%i-byte signature)',
    async (spec, alg, bytes) => {
      const app = await kmsApp(spec)
      const run = await app.run({ revoke: 'false' })
      expect(run.errors).toEqual([])
      expect(run.code).toBe(0)
      expect(run.outputs['access-token']).toBeTruthy()
      const [attempt, ...more] = await attemptsAt(fx.control, ORG_TOKEN)
      expect(more).toHaveLength(0)
      expect(attempt.entry.status).toBe(200)
      expect(attempt.header).toEqual({ alg, kid: app.jwk.kid, typ: 'JWT' })
      const assertion = attempt.entry.form!.client_assertion
      expect(Buffer.from(assertion.split('.')[2], 'base64url')).toHaveLength(bytes)
      const verified = await verifyAssertion(assertion, app.jwk, alg)
      expect(verified.payload.iss).toBe(app.clientId)
      expect(kms.signCount).toBe(1)
      expect(logLines(run.stdout)).toContain(
        `Key: AWS KMS key ${app.key.alias} (${kmsUri(kms, app.key.alias!)}), ${spec.startsWith('RSA') ? 'RSA 2048 bits' : `EC P-${spec.slice(-3)}`}, kid ${app.jwk.kid} (RFC 7638 thumbprint), algorithm ${alg}`
      )
      // No sealed state for the post step: there is no local key to seal the token under.
      expect(run.state['sealed-token']).toBeUndefined()
    }
  )

  it('by key ARN with ?endpoint=, revoke on: says the post step cannot revoke and saves no token', async () => {
    const app = await kmsApp('ECC_NIST_P256')
    const run = await app.run({}, `awskms:///${app.key.arn}?endpoint=${kms.url}`)
    expect(run.code).toBe(0)
    expect(Object.keys(run.state).filter(name => name !== 'okta-api-credentials')).toEqual([])
    expect(logLines(run.stdout).join('\n')).toContain(
      'With a remote signing-key the post step cannot revoke'
    )
    expect(run.summary).toMatch(/Revoked at job end<\/td><td>no</)
    expect(run.summary).toContain(`(AWS KMS key ${app.key.arn})`)
    expect(kms.signCount).toBe(1)
  })

  it('DPoP: the proofs are signed locally, KMS signs once per assertion', async () => {
    const app = await kmsApp('ECC_NIST_P256', { dpopRequired: true })
    const run = await app.run({ dpop: 'true', revoke: 'false' })
    expect(run.errors).toEqual([])
    expect(run.outputs['token-type']).toBe('DPoP')
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    // Okta answers use_dpop_nonce first: two token requests, two assertions, two Sign calls.
    expect(attempts.length).toBeGreaterThanOrEqual(2)
    expect(kms.signCount).toBe(attempts.length)
    for (const attempt of attempts) {
      expect(attempt.dpop?.header.jwk).toBeDefined()
      expect((attempt.dpop!.header.jwk as JWK).x).not.toBe(app.jwk.x)
      await verifyAssertion(attempt.entry.form!.client_assertion, app.jwk, 'ES256')
    }
  })

  it('a retry after a 503 gets a new remote signature and a new jti', async () => {
    const app = await kmsApp('RSA_2048')
    await fx.control.addFault({ match: { path: ORG_TOKEN }, kind: '503', times: 1 })
    const run = await app.run({ revoke: 'false' })
    expect(run.code).toBe(0)
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts.map(a => a.entry.status)).toEqual([503, 200])
    const [first, second] = attempts.map(a => a.entry.form!.client_assertion)
    expect(first.split('.')[2]).not.toBe(second.split('.')[2])
    expect(attempts[0].claims.jti).not.toBe(attempts[1].claims.jti)
    expect(kms.signCount).toBe(2)
    for (const assertion of [first, second]) await verifyAssertion(assertion, app.jwk, 'RS256')
  })
})

describe('key-id and algorithm given: Sign goes out beside GetPublicKey', () => {
  const KID = 'okta-ci-kms'
  // Long enough that only a client which waits for GetPublicKey's answer sees it run out.
  const HOLD_MS = 10_000

  beforeEach(() => {
    kms.events.length = 0
  })
  afterEach(() => {
    kms.holdPublicKeyForSignMs = 0
  })

  /** A KMS key registered under KID, and a token run that names KID and the algorithm. */
  async function earlyRun(
    options: Omit<FakeKmsKeyOptions, 'alias'>,
    algorithm: string,
    extra: Record<string, string> = {}
  ) {
    const alias = `alias/early-${Math.random().toString(36).slice(2)}`
    const key = kms.addKey({ ...options, alias })
    const jwk = await registrableJwk(key.publicKey!, KID)
    const app = await fx.control.createApp({
      keys: [jwk as never],
      grantedScopes: ['okta.users.read']
    })
    const run = await runAction(
      'main',
      {
        'okta-domain': fx.url,
        'client-id': app.clientId,
        'signing-key': kmsUri(kms, alias),
        'key-id': KID,
        algorithm,
        scopes: 'okta.users.read',
        revoke: 'false',
        ...extra
      },
      kmsStep(kms)
    )
    return { alias, jwk, run }
  }

  const order = () => ({
    signReceived: kms.events.indexOf('Sign received'),
    publicKeyAnswered: kms.events.indexOf('GetPublicKey answered')
  })

  it('Sign is received before GetPublicKey is answered; Okta accepts the verified assertion', async () => {
    kms.holdPublicKeyForSignMs = HOLD_MS
    const { alias, jwk, run } = await earlyRun({ spec: 'ECC_NIST_P256' }, 'ES256')
    expect(run.errors).toEqual([])
    const { signReceived, publicKeyAnswered } = order()
    expect(signReceived).toBeGreaterThanOrEqual(0)
    expect(signReceived).toBeLessThan(publicKeyAnswered)
    expect(kms.signCount).toBe(1)
    const [attempt, ...more] = await attemptsAt(fx.control, ORG_TOKEN)
    expect(more).toEqual([])
    expect(attempt.entry.status).toBe(200)
    expect(attempt.header).toEqual({ alg: 'ES256', kid: KID, typ: 'JWT' })
    await verifyAssertion(attempt.entry.form!.client_assertion, jwk, 'ES256')
    expect(logLines(run.stdout).join('\n')).toContain(
      `Key: AWS KMS key ${alias} (${kmsUri(kms, alias)}), EC P-256, kid ${KID} (key-id input), algorithm ES256`
    )
  })

  it('mode: request signs early too: Sign is received before GetPublicKey is answered', async () => {
    kms.holdPublicKeyForSignMs = HOLD_MS
    const { run } = await earlyRun({ spec: 'ECC_NIST_P256' }, 'ES256', {
      mode: 'request',
      'request-path': '/api/v1/users'
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const { signReceived, publicKeyAnswered } = order()
    expect(signReceived).toBeGreaterThanOrEqual(0)
    expect(signReceived).toBeLessThan(publicKeyAnswered)
  })

  it('without key-id and algorithm, Sign waits for the public key that decides them', async () => {
    const app = await kmsApp('ECC_NIST_P256')
    const run = await app.run({ revoke: 'false' })
    expect(run.errors).toEqual([])
    const { signReceived, publicKeyAnswered } = order()
    expect(publicKeyAnswered).toBeGreaterThanOrEqual(0)
    expect(publicKeyAnswered).toBeLessThan(signReceived)
  })

  it('a signature that does not verify still stops the run before Okta sees a request', async () => {
    kms.holdPublicKeyForSignMs = HOLD_MS
    const { alias, run } = await earlyRun({ spec: 'RSA_2048', misbehave: 'pss-for-pkcs1' }, 'RS256')
    expect(run.errors).toEqual([
      `AWS KMS: the signature of key ${alias} does not verify as RS256 against its public key; nothing was sent to Okta. Check that the key is the one the URI names and signs with RS256.`
    ])
    expect(run.code).toBe(1)
    const { signReceived, publicKeyAnswered } = order()
    expect(signReceived).toBeLessThan(publicKeyAnswered)
    expect(await attemptsAt(fx.control, ORG_TOKEN)).toEqual([])
  })

  it('a key Okta cannot use is refused with its type, though its Sign went out', async () => {
    kms.holdPublicKeyForSignMs = HOLD_MS
    const { alias, run } = await earlyRun({ spec: 'ECC_SECG_P256K1' }, 'ES256')
    expect(run.errors).toEqual([
      `AWS KMS: key ${alias} (input signing-key) is ECC_SECG_P256K1 SIGN_VERIFY (ECDSA_SHA_256), which cannot sign for Okta; Okta accepts RSA 2048+ signing keys with PKCS#1 v1.5 (RS256/384/512) and EC P-256/P-384/P-521 signing keys.`
    ])
    expect(await attemptsAt(fx.control, ORG_TOKEN)).toEqual([])
  })
})

describe('jwk and assertion modes with an AWS KMS key', () => {
  it('jwk prints the KMS public key; nothing signed, no private key, key-changed false', async () => {
    const key = kms.addKey({ spec: 'ECC_NIST_P384', alias: 'alias/jwk-mode' })
    const step = kmsStep(kms)
    const run = await runAction(
      'main',
      { mode: 'jwk', 'signing-key': kmsUri(kms, 'alias/jwk-mode') },
      step
    )
    expect(run.code).toBe(0)
    const expected = await registrableJwk(key.publicKey!)
    expect(JSON.parse(run.outputs.jwk)).toEqual({ ...expected, alg: 'ES384', use: 'sig' })
    expect(run.outputs['key-id']).toBe(expected.kid)
    expect(run.outputs['key-changed']).toBe('false')
    expect(run.outputs['private-key']).toBeUndefined()
    expect(kms.signCount).toBe(0)
  })

  it('jwk with key-id and algorithm prints the KMS public key under that kid', async () => {
    const key = kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/jwk-mode-kid' })
    const run = await runAction(
      'main',
      {
        mode: 'jwk',
        'signing-key': kmsUri(kms, 'alias/jwk-mode-kid'),
        'key-id': 'kms-jwk-kid',
        algorithm: 'ES256'
      },
      kmsStep(kms)
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const expected = await registrableJwk(key.publicKey!, 'kms-jwk-kid')
    expect(JSON.parse(run.outputs.jwk)).toEqual({ ...expected, alg: 'ES256', use: 'sig' })
  })

  it('assertion mode outputs an assertion that verifies against the KMS key', async () => {
    const key = kms.addKey({ spec: 'RSA_2048', alias: 'alias/assertion-mode' })
    const run = await runAction(
      'main',
      {
        mode: 'assertion',
        'client-id': '0oaAssertionMode',
        audience: 'https://example.okta.com/oauth2/v1/token',
        'signing-key': kmsUri(kms, 'alias/assertion-mode')
      },
      kmsStep(kms)
    )
    expect(run.code).toBe(0)
    const jwk = await registrableJwk(key.publicKey!)
    const verified = await verifyAssertion(run.outputs['client-assertion'], jwk, 'RS256')
    expect(verified.payload.sub).toBe('0oaAssertionMode')
    expect(kms.signCount).toBe(1)
  })
})

describe('AWS KMS refusals and errors: one line, before anything is sent to Okta', () => {
  const grantHint = (permission: string) =>
    `Grant ${permission} on the key to the job's role (its key policy or IAM policy).`

  it.each([
    [
      'Sign denied',
      { spec: 'RSA_2048', deny: ['kms:Sign'] },
      (arn: string) =>
        `AWS KMS: User: arn:aws:sts::111122223333:assumed-role/github-ci/GitHubActions is not authorized to perform: kms:Sign on resource: ${arn} because no identity-based policy allows the kms:Sign action (AccessDeniedException for ALIAS). ${grantHint('kms:Sign')}`
    ],
    [
      'GetPublicKey denied',
      { spec: 'ECC_NIST_P256', deny: ['kms:GetPublicKey'] },
      (arn: string) =>
        `AWS KMS: User: arn:aws:sts::111122223333:assumed-role/github-ci/GitHubActions is not authorized to perform: kms:GetPublicKey on resource: ${arn} because no identity-based policy allows the kms:GetPublicKey action (AccessDeniedException for ALIAS). ${grantHint('kms:GetPublicKey')}`
    ],
    [
      'a disabled key',
      { spec: 'RSA_2048', enabled: false },
      (arn: string) =>
        `AWS KMS: ${arn} is disabled (DisabledException for ALIAS). Enable the key (aws kms enable-key).`
    ],
    [
      'a secp256k1 key',
      { spec: 'ECC_SECG_P256K1' },
      () =>
        'AWS KMS: key ALIAS (input signing-key) is ECC_SECG_P256K1 SIGN_VERIFY (ECDSA_SHA_256), which cannot sign for Okta; Okta accepts RSA 2048+ signing keys with PKCS#1 v1.5 (RS256/384/512) and EC P-256/P-384/P-521 signing keys.'
    ],
    [
      'an encryption key',
      { spec: 'RSA_2048', usage: 'ENCRYPT_DECRYPT' },
      () =>
        'AWS KMS: key ALIAS (input signing-key) is RSA_2048 ENCRYPT_DECRYPT, which cannot sign for Okta; Okta accepts RSA 2048+ signing keys with PKCS#1 v1.5 (RS256/384/512) and EC P-256/P-384/P-521 signing keys.'
    ],
    [
      'a symmetric key',
      { spec: 'SYMMETRIC_DEFAULT' },
      (arn: string) =>
        `AWS KMS: ${arn} key usage is ENCRYPT_DECRYPT and key spec is SYMMETRIC_DEFAULT, which is not valid for GetPublicKey (UnsupportedOperationException for ALIAS). Use an asymmetric SIGN_VERIFY key (RSA_2048+ or ECC_NIST_P256/P384/P521).`
    ],
    [
      'ECDSA answered raw instead of DER',
      { spec: 'ECC_NIST_P256', misbehave: 'raw-ecdsa' },
      () =>
        'AWS KMS: the ES256 signature of key ALIAS is not the DER ECDSA-Sig-Value (an ASN.1 SEQUENCE of two INTEGERs, RFC 3279 §2.2.3) the service documents; nothing was sent to Okta.'
    ],
    [
      'a PSS signature under RS256',
      { spec: 'RSA_2048', misbehave: 'pss-for-pkcs1' },
      () =>
        'AWS KMS: the signature of key ALIAS does not verify as RS256 against its public key; nothing was sent to Okta. Check that the key is the one the URI names and signs with RS256.'
    ]
  ] as const)('%s', async (_name, options, message) => {
    const alias = `alias/refused-${Math.random().toString(36).slice(2)}`
    const key = kms.addKey({ ...(options as object), alias } as FakeKmsKeyOptions)
    const run = await runAction(
      'main',
      {
        'okta-domain': fx.url,
        'client-id': '0oaRefused',
        'signing-key': kmsUri(kms, alias),
        scopes: 'okta.users.read'
      },
      kmsStep(kms)
    )
    expect(run.errors).toEqual([message(key.arn).replace(/ALIAS/g, alias)])
    expect(run.code).toBe(1)
    expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/)
    expect(await attemptsAt(fx.control, ORG_TOKEN)).toEqual([])
  })

  it('an unknown alias', async () => {
    const run = await runAction(
      'main',
      {
        'okta-domain': fx.url,
        'client-id': '0oaRefused',
        'signing-key': kmsUri(kms, 'alias/nope'),
        scopes: 'okta.users.read'
      },
      kmsStep(kms)
    )
    expect(run.errors).toEqual([
      'AWS KMS: Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found (NotFoundException for alias/nope). Check the key id or alias and the region (AWS_REGION).'
    ])
  })

  it('no region: named before any call', async () => {
    const { env, secrets } = kmsStep(kms)
    const callsBefore = kms.calls.length
    const run = await runAction(
      'main',
      {
        'okta-domain': fx.url,
        'client-id': '0oaRefused',
        'signing-key': kmsUri(kms, 'alias/any'),
        scopes: 'okta.users.read'
      },
      { env: { ...env, AWS_REGION: '' }, secrets }
    )
    expect(run.errors).toEqual([
      "AWS KMS: no region for key alias/any: set AWS_REGION (aws-actions/configure-aws-credentials sets it with aws-region), or give the key's ARN."
    ])
    expect(kms.calls).toHaveLength(callsBefore)
  })

  it('wrong credentials, and the secret key never printed', async () => {
    const key = kms.addKey({ spec: 'RSA_2048', alias: 'alias/wrong-creds' })
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    const run = await runAction(
      'main',
      {
        'okta-domain': fx.url,
        'client-id': '0oaRefused',
        'signing-key': kmsUri(kms, key.alias!),
        scopes: 'okta.users.read'
      },
      {
        env: {
          AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEEXAMPLE00',
          AWS_SECRET_ACCESS_KEY: secret,
          AWS_REGION: 'us-east-1'
        },
        secrets: [secret]
      }
    )
    expect(run.errors).toEqual([
      "AWS KMS: The security token included in the request is invalid (UnrecognizedClientException for alias/wrong-creds). Check that the job's role may call kms:GetPublicKey on the key."
    ])
    expect(run.masked).toContain(secret)
  })
})
