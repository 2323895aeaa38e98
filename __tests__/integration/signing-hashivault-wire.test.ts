// The hashivault: provider on the wire: the requests Vault receives (path, headers, body), the
// key version it pins, the mount and address forms it accepts, and the one line it gives for
// each answer Vault (or something in front of it) can send. The provider is opened directly, as
// the action opens it, against the Vault transit fake (fakes/vault-transit.ts); a recording front
// on loopback forwards to the fake or answers for it where Vault's own answers are needed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { verify } from 'node:crypto'
import { startFake, type FakeServer } from '../../fakes/http.js'
import { startFakeVault, type FakeVault, type VaultKeyType } from '../../fakes/vault-transit.js'
import type { Algorithm } from '../../src/domain.js'
import type { KeyUri, RemoteKeyProvider } from '../../src/signing/provider.js'
import hashiVault from '../../src/signing/providers/hashivault.js'
import { oneLineFailure } from '../one-line-failure.js'

let vault: FakeVault

beforeAll(async () => {
  vault = await startFakeVault()
})
afterAll(async () => {
  await vault.close()
})

function keyUri(name: string): KeyUri {
  return {
    scheme: 'hashivault',
    input: 'signing-key',
    display: `hashivault://${name}`,
    path: name,
    authority: '',
    query: {}
  }
}

/** The provider as the action opens it, with the step's env; what it masked is collected. */
async function open(
  name: string,
  env: Record<string, string> = {}
): Promise<{ provider: RemoteKeyProvider; masked: string[] }> {
  const masked: string[] = []
  const provider = await hashiVault(keyUri(name), {
    env: { VAULT_ADDR: vault.url, VAULT_TOKEN: vault.token, ...env },
    mask: secret => masked.push(secret)
  })
  return { provider, masked }
}

interface Received {
  method: string
  url: string
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * A loopback server in front of the fake: it records each request, then answers with `answer`'s
 * reply or, when that gives none, with the fake's own answer.
 */
async function startFront(
  answer: (received: Received) => { status: number; body: unknown } | undefined = () => undefined
): Promise<FakeServer & { received: Received[] }> {
  const received: Received[] = []
  const server = await startFake(
    async (req, body) => {
      const entry = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: body.toString('utf8')
      }
      received.push(entry)
      const scripted = answer(entry)
      if (scripted) return scripted
      const headers: Record<string, string> = {}
      for (const name of ['x-vault-token', 'content-type']) {
        const value = req.headers[name]
        if (typeof value === 'string') headers[name] = value
      }
      const response = await fetch(`${vault.url}${entry.url}`, {
        method: entry.method,
        headers,
        ...(entry.method === 'POST' ? { body: entry.body } : {})
      })
      return { status: response.status, body: await response.json() }
    },
    () => 0
  )
  return { ...server, received }
}

const input = new TextEncoder().encode('eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIwb2ExIn0')

describe('Vault transit: what the provider sends', () => {
  it('reads then signs with the token and namespace headers, a JSON body, and pins the version it read', async () => {
    vault.addKey('wire-ec', 'ecdsa-p256')
    const front = await startFront()
    try {
      const { provider } = await open('wire-ec', {
        VAULT_ADDR: front.url,
        VAULT_NAMESPACE: 'admin/ci'
      })
      await provider.getPublicKey()
      await provider.sign(input, 'ES256')
      const [read, sign, ...more] = front.received
      expect(more).toEqual([])
      expect(read).toMatchObject({ method: 'GET', url: '/v1/transit/keys/wire-ec', body: '' })
      expect(read.headers['x-vault-token']).toBe(vault.token)
      expect(read.headers['x-vault-namespace']).toBe('admin/ci')
      expect(read.headers['content-type']).toBeUndefined()
      expect(sign).toMatchObject({ method: 'POST', url: '/v1/transit/sign/wire-ec' })
      expect(sign.headers['x-vault-token']).toBe(vault.token)
      expect(sign.headers['x-vault-namespace']).toBe('admin/ci')
      expect(sign.headers['content-type']).toBe('application/json')
      expect(JSON.parse(sign.body)).toEqual({
        input: Buffer.from(input).toString('base64'),
        hash_algorithm: 'sha2-256',
        key_version: 1,
        marshaling_algorithm: 'jws'
      })
    } finally {
      await front.close()
    }
  })

  it('a key name that is not path-safe goes out percent-encoded, in both calls', async () => {
    const name = 'okta ci#2'
    vault.addKey(name, 'ecdsa-p256')
    const front = await startFront()
    try {
      const { provider } = await open(name, { VAULT_ADDR: front.url })
      await provider.getPublicKey()
      await provider.sign(input, 'ES256')
      expect(front.received.map(r => r.url)).toEqual([
        '/v1/transit/keys/okta%20ci%232',
        '/v1/transit/sign/okta%20ci%232'
      ])
    } finally {
      await front.close()
    }
  })

  it('without VAULT_NAMESPACE no namespace header is sent', async () => {
    vault.addKey('wire-no-ns', 'ecdsa-p256')
    const front = await startFront()
    try {
      const { provider } = await open('wire-no-ns', { VAULT_ADDR: front.url })
      await provider.getPublicKey()
      expect(front.received[0].headers).not.toHaveProperty('x-vault-namespace')
    } finally {
      await front.close()
    }
  })

  it('a rotation between reading the key and signing: the signature is by the version that was read', async () => {
    const key = vault.addKey('wire-rotated', 'ecdsa-p256')
    const { provider } = await open('wire-rotated')
    const remote = await provider.getPublicKey()
    vault.rotateKey('wire-rotated')
    const { signature, encoding } = await provider.sign(input, 'ES256')
    expect(encoding).toBe('jose')
    const v1 = key.versions[0].publicKey!
    expect(remote.key.export({ format: 'jwk' })).toEqual(v1.export({ format: 'jwk' }))
    expect(verify('sha256', input, { key: v1, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true)
  })

  it('a key rotated to version 10 reads and signs with version 10 (vault:v10:)', async () => {
    const key = vault.addKey('wire-v10', 'ecdsa-p256')
    for (let i = 0; i < 9; i++) vault.rotateKey('wire-v10')
    const { provider } = await open('wire-v10')
    const remote = await provider.getPublicKey()
    const v10 = key.versions[9].publicKey!
    expect(remote.key.export({ format: 'jwk' })).toEqual(v10.export({ format: 'jwk' }))
    const { signature } = await provider.sign(input, 'ES256')
    expect(verify('sha256', input, { key: v10, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true)
  })

  it.each([
    ['rsa-2048', ['RS256', 'RS384', 'RS512']],
    ['rsa-3072', ['RS256', 'RS384', 'RS512']],
    ['ecdsa-p256', ['ES256']],
    ['ecdsa-p384', ['ES384']],
    ['ecdsa-p521', ['ES512']],
    ['ed25519', []]
  ] as const)('a %s key offers %j', async (type, algorithms) => {
    vault.addKey(`offers-${type}`, type as VaultKeyType)
    const { provider } = await open(`offers-${type}`)
    const remote = await provider.getPublicKey()
    expect(remote.serviceKeyType).toBe(type)
    expect(remote.algorithms).toEqual(algorithms)
  })

  it('an rsa-4096 key offers RS256/384/512 (read answered as Vault does; the PEM size is not checked)', async () => {
    const pem = vault
      .addKey('rsa-4096-pem', 'ecdsa-p256')
      .versions[0].publicKey!.export({ format: 'pem', type: 'spki' })
      .toString()
    const front = await startFront(() => ({
      status: 200,
      body: {
        data: {
          type: 'rsa-4096',
          latest_version: 1,
          supports_signing: true,
          keys: { '1': { public_key: pem } }
        }
      }
    }))
    try {
      const { provider } = await open('rsa-4096-pem', { VAULT_ADDR: front.url })
      expect((await provider.getPublicKey()).algorithms).toEqual(['RS256', 'RS384', 'RS512'])
    } finally {
      await front.close()
    }
  })

  it.each([
    ['RS384', 'sha384'],
    ['RS512', 'sha512']
  ] as const)(
    'an RSA key signs %s: PKCS#1 v1.5 over %s, standard base64 decoded',
    async (alg, hash) => {
      const key = vault.addKey(`rsa-${alg}`, 'rsa-2048')
      const { provider } = await open(`rsa-${alg}`)
      await provider.getPublicKey()
      const { signature, encoding } = await provider.sign(input, alg as Algorithm)
      expect(encoding).toBe('jose')
      expect(verify(hash, input, key.versions[0].publicKey!, signature)).toBe(true)
    }
  )
})

describe('Vault transit: address, mount and token from the step', () => {
  it('VAULT_ADDR with a trailing slash and VAULT_TRANSIT_MOUNT with slashes around it still reach the key', async () => {
    const other = await startFakeVault({ mount: 'okta-signing' })
    try {
      other.addKey('slashes', 'ecdsa-p256')
      const masked: string[] = []
      const provider = await hashiVault(keyUri('slashes'), {
        env: {
          VAULT_ADDR: `${other.url}//`,
          VAULT_TOKEN: other.token,
          VAULT_TRANSIT_MOUNT: '//okta-signing//'
        },
        mask: secret => masked.push(secret)
      })
      expect(provider.keyLabel).toBe('okta-signing/keys/slashes')
      await provider.getPublicKey()
      await provider.sign(input, 'ES256')
      expect(other.signCount).toBe(1)
      expect(masked).toStrictEqual([other.token])
    } finally {
      await other.close()
    }
  })

  it('no VAULT_TOKEN: one line naming VAULT_TOKEN, before any request', async () => {
    const front = await startFront()
    try {
      const masked: string[] = []
      const message = await oneLineFailure(
        Promise.resolve().then(() =>
          hashiVault(keyUri('any'), { env: { VAULT_ADDR: front.url }, mask: s => masked.push(s) })
        )
      )
      expect(message).toBe(
        'Vault transit: VAULT_TOKEN is not set for signing-key hashivault://any. Log in to Vault in an earlier step (hashicorp/vault-action with method: jwt exports VAULT_ADDR and VAULT_TOKEN).'
      )
      expect(masked).toStrictEqual([])
      expect(front.received).toEqual([])
    } finally {
      await front.close()
    }
  })
})

describe("Vault transit: each answer that is not a signature is one line with Vault's words", () => {
  it('a proxy page answered with 200: not Vault JSON, named with the status and the call', async () => {
    vault.addKey('html-200', 'ecdsa-p256')
    const front = await startFront(() => ({ status: 200, body: '<html>login</html>' }))
    try {
      const { provider } = await open('html-200', { VAULT_ADDR: front.url })
      expect(await oneLineFailure(provider.getPublicKey())).toBe(
        `Vault transit: an answer that is not Vault JSON (HTTP 200 on GET transit/keys/html-200). Check the transit key html-200 at ${front.url}.`
      )
    } finally {
      await front.close()
    }
  })

  it("Vault's multi-line errors are joined into one line", async () => {
    vault.addKey('multi-error', 'ecdsa-p256')
    const front = await startFront(({ method }) =>
      method === 'POST'
        ? {
            status: 400,
            body: {
              errors: ['1 error occurred:\n\t* invalid key version\n\n']
            }
          }
        : undefined
    )
    try {
      const { provider } = await open('multi-error', { VAULT_ADDR: front.url })
      await provider.getPublicKey()
      expect(await oneLineFailure(provider.sign(input, 'ES256'))).toBe(
        `Vault transit: 1 error occurred: * invalid key version (HTTP 400 on POST transit/sign/multi-error). Check the transit key multi-error at ${front.url}.`
      )
    } finally {
      await front.close()
    }
  })

  it('a sign for a key Vault does not have (deleted after the read): names the key and the mount', async () => {
    const { provider } = await open('never-there')
    expect(await oneLineFailure(provider.sign(input, 'ES256'))).toBe(
      'Vault transit: signing key not found (HTTP 400 on POST transit/sign/never-there). Check the key name never-there and the mount (VAULT_TRANSIT_MOUNT, now transit).'
    )
  })

  it('several errors are joined with "; ", each on one line first', async () => {
    vault.addKey('two-errors', 'ecdsa-p256')
    const front = await startFront(() => ({
      status: 500,
      body: { errors: ['1 error occurred:\n\t* internal error\n\n', 'storage unavailable'] }
    }))
    try {
      const { provider } = await open('two-errors', { VAULT_ADDR: front.url })
      expect(await oneLineFailure(provider.getPublicKey())).toBe(
        `Vault transit: 1 error occurred: * internal error; storage unavailable (HTTP 500 on GET transit/keys/two-errors). Check the transit key two-errors at ${front.url}.`
      )
    } finally {
      await front.close()
    }
  })

  it('a sign answer without a vault:v<N>: signature', async () => {
    vault.addKey('no-signature', 'ecdsa-p256')
    const front = await startFront(({ method }) =>
      method === 'POST' ? { status: 200, body: { data: { signature: 'MEUCIQ' } } } : undefined
    )
    try {
      const { provider } = await open('no-signature', { VAULT_ADDR: front.url })
      await provider.getPublicKey()
      expect(await oneLineFailure(provider.sign(input, 'ES256'))).toBe(
        'Vault transit: sign for no-signature returned no vault:v<N>: signature.'
      )
    } finally {
      await front.close()
    }
  })
})
