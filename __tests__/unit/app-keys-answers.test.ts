// What provision and rotate say and do when Okta's keys API answers something other than the
// plain case (docs/okta-behaviour.md, "App keys"): a key list in none of the three documented
// shapes, a key without an id, a write refused for lack of privilege (the message names the
// call and the privilege), an empty answer to a lifecycle call (the key is read back), a
// registered kid whose key differs in one member (or a different key registered under our kid
// while the run was writing), and a key add or role assignment whose answer was lost (the
// retry finds the earlier write done instead of failing on the duplicate).
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import type { NewAppInput, PublicJwk } from '../../emulator/state.js'
import { managementErrorBody } from '../../emulator/errors.js'
import { apiToken, github, useApiTokenAndGithub, jwkOf } from '../use-admin-writes.js'
import { testKey } from '../../testkit/keys.js'
import { noWaitClock, runAction } from '../../testkit/in-process.js'
import { createTransport } from '../../src/http/transport.js'
import { generateKeyPairSync } from 'node:crypto'

type Transport = ReturnType<typeof createTransport>

useEmulator()

const GITHUB_TOKEN = 'ghs_app_keys_answers_write_token_012'
const LABEL = 'keys-app'

useApiTokenAndGithub('app-keys-answers', GITHUB_TOKEN)

function provision(extra: Record<string, string>, maxAttempts = '1') {
  return runAction(
    'main',
    {
      mode: 'provision',
      'okta-domain': url,
      'api-token': apiToken,
      'app-label': LABEL,
      'max-attempts': maxAttempts,
      ...extra
    },
    { env: { GITHUB_API_URL: github.url }, clock: noWaitClock }
  )
}

const existingApp = (extra: NewAppInput = {}) =>
  emulator.control.createApp({ label: LABEL, keys: [jwkOf('rsa', 'old')], ...extra })

const keysPath = (appId: string) => `/api/v1/apps/${appId}/credentials/jwks`

/** The 403 Okta sends to an admin without the privilege (E0000006). */
const forbidden = { kind: 'status' as const, status: 403, body: managementErrorBody('E0000006') }

const denied = (what: string, privilege: string) =>
  new RegExp(
    `^${what} failed: HTTP 403 E0000006: You do not have permission to perform the requested action \\(X-Okta-Request-Id: [\\w-]+\\)\\. This needs ${privilege};`
  )

const KEY_PRIVILEGE =
  'a Super Administrator once the app has okta\\.\\* scopes granted \\(otherwise an Application Administrator\\)'

describe('a key list Okta answers', () => {
  it.each([
    ['an empty body', undefined],
    ['null', 'null'],
    ['an object without keys', {}],
    ['keys that are not an array', { keys: {} }],
    ['jwks without keys', { jwks: {} }]
  ])('in none of the three shapes (%s) is an error, never "no keys"', async (_, body) => {
    const app = await existingApp()
    await emulator.control.addFault({
      match: { method: 'GET', path: keysPath(app.id) },
      kind: 'status',
      status: 200,
      body,
      headers: { 'Content-Type': 'application/json' }
    })
    const run = await provision({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      'Listing the app keys failed: Okta answered neither a key array nor {keys} nor {jwks: {keys}}.'
    ])
    expect(await emulator.control.app(app.id)).toEqual(app)
  })

  it('refused names the listing and the app', async () => {
    const app = await existingApp()
    await emulator.control.addFault({
      match: { method: 'GET', path: keysPath(app.id) },
      ...forbidden
    })
    const run = await provision({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(new RegExp(`^Listing the keys of app ${app.id} failed: HTTP 403`))
  })
})

describe('a key Okta answers', () => {
  it.each([
    ['without an id', { kid: 'given', kty: 'EC', status: 'ACTIVE' }],
    ['with an id that is not a string', { id: 12, kid: 'given', kty: 'EC', status: 'ACTIVE' }],
    ['without a kty', { id: 'pks1', kid: 'given', status: 'ACTIVE' }]
  ])('%s cannot be managed: the run says so', async (_, key) => {
    const app = await existingApp()
    await emulator.control.addFault({
      match: { method: 'POST', path: keysPath(app.id) },
      kind: 'status',
      status: 200,
      body: key
    })
    const run = await provision({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      /^Okta answered a key without "id" or "kty"; cannot manage it\. Nothing was changed/
    )
  })
})

describe('activating a registered INACTIVE key', () => {
  const inactiveGiven = () =>
    existingApp({ keys: [jwkOf('rsa', 'old'), { ...jwkOf('p256', 'given'), status: 'INACTIVE' }] })

  it('posts the activation and takes the key from its answer (no read-back)', async () => {
    const app = await inactiveGiven()
    const run = await provision({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.errors).toEqual([])
    expect(run.outputs['key-changed']).toBe('true')
    const given = (await emulator.control.app(app.id)).keys.find(k => k.kid === 'given')!
    expect(given.status).toBe('ACTIVE')
    const keyCalls = (await emulator.control.requests())
      .filter(e => e.path.startsWith(keysPath(app.id)))
      .map(e => `${e.method} ${e.path.slice(keysPath(app.id).length)}`)
    expect(keyCalls).toEqual(['GET ', `POST /${given.id}/lifecycle/activate`])
  })

  it.each([
    ['an empty body', 204, undefined],
    ['a JSON string', 200, '"done"']
  ])('answered with %s reads the key back', async (_, status, body) => {
    const app = await inactiveGiven()
    const given = app.keys.find(k => k.kid === 'given')!
    await emulator.control.addFault({
      match: { method: 'POST', path: `${keysPath(app.id)}/${given.id}/lifecycle/activate` },
      kind: 'status',
      status,
      body,
      headers: { 'Content-Type': 'application/json' }
    })
    const run = await provision({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.errors).toEqual([])
    const keyCalls = (await emulator.control.requests())
      .filter(e => e.path.startsWith(keysPath(app.id)))
      .map(e => `${e.method} ${e.path.slice(keysPath(app.id).length)}`)
    expect(keyCalls).toEqual(['GET ', `POST /${given.id}/lifecycle/activate`, `GET /${given.id}`])
  })

  it('answered empty and then refused on the read-back names the activation', async () => {
    const app = await inactiveGiven()
    const given = app.keys.find(k => k.kid === 'given')!
    const keyPath = `${keysPath(app.id)}/${given.id}`
    await emulator.control.addFault({
      match: { method: 'POST', path: `${keyPath}/lifecycle/activate` },
      kind: 'status',
      status: 204
    })
    await emulator.control.addFault({ match: { method: 'GET', path: keyPath }, ...forbidden })
    const run = await provision({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      denied(`Activating key ${given.id} of app ${app.id}`, KEY_PRIVILEGE)
    )
  })

  it('refused names the activation, the key, the app and the privilege', async () => {
    const app = await inactiveGiven()
    const given = app.keys.find(k => k.kid === 'given')!
    await emulator.control.addFault({
      match: { method: 'POST', path: `${keysPath(app.id)}/${given.id}/lifecycle/activate` },
      ...forbidden
    })
    const run = await provision({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      denied(`Activating key ${given.id} of app ${app.id}`, KEY_PRIVILEGE)
    )
  })
})

describe('a rotation refused for lack of privilege', () => {
  function rotate(clientId: string, extra: Record<string, string> = {}) {
    return runAction(
      'main',
      {
        mode: 'rotate',
        'okta-domain': url,
        'client-id': clientId,
        'api-token': apiToken,
        'max-attempts': '1',
        'private-key': testKey('p384').pkcs8,
        'key-id': 'new-key',
        ...extra
      },
      { env: { GITHUB_API_URL: github.url }, clock: noWaitClock }
    )
  }

  it('at the deactivation names it, the key, the app and the privilege', async () => {
    const app = await emulator.control.createApp({
      label: 'rotating',
      keys: [jwkOf('rsa', 'old')],
      grantedScopes: ['okta.users.read']
    })
    const old = app.keys[0]
    await emulator.control.addFault({
      match: { method: 'POST', path: `${keysPath(app.id)}/${old.id}/lifecycle/deactivate` },
      ...forbidden
    })
    const run = await rotate(app.clientId)
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      new RegExp(
        `^Retiring the old keys failed: Deactivating key ${old.id} of app ${app.id} failed: HTTP 403 E0000006: .*This needs ${KEY_PRIVILEGE};`
      )
    )
  })

  it('at the deletion names it, the key, the app and the privilege', async () => {
    const app = await emulator.control.createApp({
      label: 'rotating',
      keys: [jwkOf('rsa', 'old')],
      grantedScopes: ['okta.users.read']
    })
    const old = app.keys[0]
    await emulator.control.addFault({
      match: { method: 'DELETE', path: `${keysPath(app.id)}/${old.id}` },
      ...forbidden
    })
    const run = await rotate(app.clientId, { 'retire-old-keys': 'delete' })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      new RegExp(
        `^Retiring the old keys failed: Deleting key ${old.id} of app ${app.id} failed: HTTP 403 E0000006: .*This needs ${KEY_PRIVILEGE};`
      )
    )
  })
})

describe('a registered kid whose key differs in one member', () => {
  /** Base64url of the big-endian bytes of an integer, `bytes` long (RFC 7518 §6.2.1.2). */
  const b64u = (n: bigint, bytes = 0) => {
    const hex = n.toString(16)
    const width = Math.max(bytes * 2, hex.length + (hex.length % 2))
    return Buffer.from(hex.padStart(width, '0'), 'hex').toString('base64url')
  }
  const fromB64u = (s: string) => BigInt(`0x${Buffer.from(s, 'base64url').toString('hex')}`)
  /** P-256's prime: (x, p - y) is the point's negation, a different public key with the same x. */
  const P256 = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n

  const ours = (kind: 'rsa' | 'p256') => jwkOf(kind, 'given') as unknown as Record<string, string>

  it.each([
    [
      'an RSA modulus',
      'rsa' as const,
      () => ({ ...ours('rsa'), n: b64u(fromB64u(ours('rsa').n) + 2n) })
    ],
    ['an RSA exponent', 'rsa' as const, () => ({ ...ours('rsa'), e: 'Aw' })],
    [
      'an EC y (the negated point)',
      'p256' as const,
      () => ({ ...ours('p256'), y: b64u(P256 - fromB64u(ours('p256').y), 32) })
    ]
  ])('(%s) is refused before any change', async (_, kind, registered) => {
    const app = await existingApp({ keys: [jwkOf('rsa', 'old'), registered() as PublicJwk] })
    const run = await provision({ 'private-key': testKey(kind).pkcs8, 'key-id': 'given' })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `App "${LABEL}" (${app.id}) already has a different public key with kid given: set key-id to a new kid, or give the private key that belongs to the registered one.`
    ])
    expect(await emulator.control.app(app.id)).toEqual(app)
  })
})

describe('a write whose answer was lost', () => {
  /** The write is carried out at once; its answer comes after the run's 1 s timeout. */
  const lateAnswer = { kind: 'delay' as const, delayMs: 2500 }

  it('adding a key: the retry finds the key registered and the run goes on', async () => {
    const app = await existingApp()
    await emulator.control.addFault({
      match: { method: 'POST', path: keysPath(app.id) },
      ...lateAnswer
    })
    const run = await provision(
      { 'private-key': testKey('p256').pkcs8, 'key-id': 'given', timeout: '1' },
      '3'
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['key-changed']).toBe('true')
    expect((await emulator.control.app(app.id)).keys.map(k => `${k.kid} ${k.status}`)).toEqual([
      'old ACTIVE',
      'given ACTIVE'
    ])
  })

  it('assigning a role: the retry finds the role assigned and the run goes on', async () => {
    const app = await existingApp({ keys: [jwkOf('p256', 'given')] })
    await emulator.control.addFault({
      match: { method: 'POST', path: `/oauth2/v1/clients/${app.clientId}/roles` },
      ...lateAnswer
    })
    const run = await provision(
      {
        'private-key': testKey('p256').pkcs8,
        'key-id': 'given',
        'admin-roles': 'READ_ONLY_ADMIN',
        timeout: '1'
      },
      '3'
    )
    expect(run.errors).toEqual([])
    expect((await emulator.control.app(app.id)).roles.map(r => r.type)).toEqual(['READ_ONLY_ADMIN'])
  })
})

describe('a registered kid on the same curve row (same y, another x)', () => {
  // P-256 (SEC 2 §2.4.2): y² = x³ - 3x + b over p. For one y the cubic x³ - 3x + b - y² has
  // our x as a root; the other roots solve x² + x·x₁ + x₁² - 3 = 0, real when 12 - 3x₁² is a
  // square mod p (about every second key). Such a point is a different public key with our y.
  const p = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n
  const b = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn
  const mod = (v: bigint) => ((v % p) + p) % p
  const pow = (base: bigint, exp: bigint) => {
    let result = 1n
    for (base = mod(base); exp > 0n; exp >>= 1n, base = mod(base * base)) {
      if (exp & 1n) result = mod(result * base)
    }
    return result
  }
  const int = (s: string) => BigInt(`0x${Buffer.from(s, 'base64url').toString('hex')}`)
  const b64u = (v: bigint) =>
    Buffer.from(v.toString(16).padStart(64, '0'), 'hex').toString('base64url')

  /** A fresh P-256 key and another point with its y: keys are drawn until the point exists. */
  function keyWithSiblingPoint() {
    for (;;) {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
      const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>
      const [x1, y] = [int(jwk.x), int(jwk.y)]
      const d = mod(12n - 3n * x1 * x1)
      if (pow(d, (p - 1n) / 2n) !== 1n) continue
      const x2 = mod((mod(-x1) + pow(d, (p + 1n) / 4n)) * pow(2n, p - 2n))
      // Both are points of the curve: same y², so the same row, and x2 is not ours.
      expect(mod(x2 ** 3n - 3n * x2 + b)).toBe(mod(y * y))
      expect(x2).not.toBe(x1)
      return { privateKey, jwk, x2: b64u(x2) }
    }
  }

  it('is a different key: refused before any change', async () => {
    const { privateKey, jwk, x2 } = keyWithSiblingPoint()
    const registered = { ...jwk, kid: 'given', alg: 'ES256', use: 'sig', x: x2 }
    const app = await existingApp({ keys: [jwkOf('rsa', 'old'), registered as PublicJwk] })
    const pkcs8 = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string
    const run = await provision({ 'private-key': pkcs8, 'key-id': 'given' })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `App "${LABEL}" (${app.id}) already has a different public key with kid given: set key-id to a new kid, or give the private key that belongs to the registered one.`
    ])
    expect(await emulator.control.app(app.id)).toEqual(app)
  })
})

describe('a key of the same kid registered by someone else between the plan and the add', () => {
  it("is not taken for ours: the add fails on Okta's refusal", async () => {
    const app = await existingApp()
    const network = createTransport({})
    let raced = false
    // Another run registers a different key as `given` just before our add reaches Okta.
    const racing: Transport = async (request, timeoutMs) => {
      if (!raced && request.method === 'POST' && request.url.endsWith(keysPath(app.id))) {
        raced = true
        await emulator.control.addKey(app.id, jwkOf('rsa', 'given'))
      }
      return network(request, timeoutMs)
    }
    const run = await runAction(
      'main',
      {
        mode: 'provision',
        'okta-domain': url,
        'api-token': apiToken,
        'app-label': LABEL,
        'max-attempts': '1',
        'private-key': testKey('p256').pkcs8,
        'key-id': 'given'
      },
      { env: { GITHUB_API_URL: github.url }, clock: noWaitClock, transport: racing }
    )
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      new RegExp(`^Adding key given to app ${app.id} failed: HTTP 400 `)
    )
    expect(run.outputs['key-changed']).toBeUndefined()
  })
})

describe('admin roles', () => {
  it('a duplicate refusal with only another role assigned is not taken for done', async () => {
    const app = await existingApp({ keys: [jwkOf('p256', 'given')], roles: ['APP_ADMIN'] })
    // Okta's 409 for an assignment (E0000090), though READ_ONLY_ADMIN is not assigned.
    await emulator.control.addFault({
      match: { method: 'POST', path: `/oauth2/v1/clients/${app.clientId}/roles` },
      kind: 'status',
      status: 409,
      body: managementErrorBody('E0000090')
    })
    const run = await provision({
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      new RegExp(
        `^Assigning role READ_ONLY_ADMIN to client ${app.clientId} failed: HTTP 409 E0000090`
      )
    )
    expect((await emulator.control.app(app.id)).roles.map(r => r.type)).toEqual(['APP_ADMIN'])
  })

  it('a listing answered with something other than a list is an error, never "no roles"', async () => {
    const app = await existingApp({ keys: [jwkOf('p256', 'given')], roles: ['READ_ONLY_ADMIN'] })
    await emulator.control.addFault({
      match: { method: 'GET', path: `/oauth2/v1/clients/${app.clientId}/roles` },
      kind: 'status',
      status: 200,
      body: { type: 'READ_ONLY_ADMIN' },
      headers: { 'Content-Type': 'application/json' }
    })
    const run = await provision({
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `Listing the admin roles of client ${app.clientId} failed: Okta answered a list call with something else.`
    ])
    expect((await emulator.control.app(app.id)).roles.map(r => r.type)).toEqual(['READ_ONLY_ADMIN'])
  })

  it('a refused listing names the listing and the client', async () => {
    const app = await existingApp({ keys: [jwkOf('p256', 'given')] })
    await emulator.control.addFault({
      match: { method: 'GET', path: `/oauth2/v1/clients/${app.clientId}/roles` },
      ...forbidden
    })
    const run = await provision({
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      new RegExp(`^Listing the admin roles of client ${app.clientId} failed: HTTP 403 E0000006`)
    )
  })
})
