import {
  constants,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  type KeyObject
} from 'node:crypto'
import { startFake, type FakeServer } from './http.js'

/**
 * A fake of HashiCorp Vault's transit engine HTTP API (developer.hashicorp.com/vault/api-docs/
 * secret/transit, "Read key" and "Sign data"; errors as developer.hashicorp.com/vault/api-docs
 * describes them: a JSON `{"errors": [...]}` with 403 for a token or policy that does not
 * allow the call). Real keys; its defaults are Vault's, so a client that forgets
 * signature_algorithm=pkcs1v15 gets a PSS signature and one that forgets marshaling_algorithm=jws
 * gets ASN.1, exactly the traps the docs describe.
 */

export type VaultKeyType =
  | 'rsa-2048'
  | 'rsa-3072'
  | 'rsa-4096'
  | 'ecdsa-p256'
  | 'ecdsa-p384'
  | 'ecdsa-p521'
  | 'ed25519'
  | 'aes256-gcm96'

export interface FakeVaultKey {
  name: string
  type: VaultKeyType
  /** Policy of the test token on this key: which of read (GET keys/NAME) and update (POST sign/NAME) it lacks. */
  deny: ('read' | 'update')[]
  versions: { privateKey?: KeyObject; publicKey?: KeyObject }[]
}

export interface FakeVault extends FakeServer {
  token: string
  mount: string
  addKey(name: string, type: VaultKeyType, options?: { deny?: FakeVaultKey['deny'] }): FakeVaultKey
  /** Adds a version to a key, as `transit/keys/NAME/rotate` does. */
  rotateKey(name: string): void
  signCount: number
  latencyMs: number
}

const CURVES: Record<string, string> = {
  'ecdsa-p256': 'prime256v1',
  'ecdsa-p384': 'secp384r1',
  'ecdsa-p521': 'secp521r1'
}

class VaultError extends Error {
  constructor(
    readonly status: number,
    readonly errors: string[]
  ) {
    super(errors.join('; '))
  }
}

export async function startFakeVault(
  options: { mount?: string; latencyMs?: number } = {}
): Promise<FakeVault> {
  const token = `hvs.${randomBytes(18).toString('base64url')}`
  const mount = options.mount ?? 'transit'
  const keys = new Map<string, FakeVaultKey>()
  const state = { signCount: 0, latencyMs: options.latencyMs ?? 0 }
  const denied = () => new VaultError(403, ['permission denied'])

  const readKey = (key: FakeVaultKey) => {
    const asymmetric = !key.type.startsWith('aes')
    return {
      name: key.name,
      type: key.type,
      latest_version: key.versions.length,
      min_decryption_version: 1,
      supports_signing: asymmetric,
      supports_encryption: !asymmetric || key.type.startsWith('rsa'),
      keys: Object.fromEntries(
        key.versions.map((version, i) => [
          String(i + 1),
          asymmetric
            ? {
                creation_time: new Date().toISOString(),
                name: key.type.startsWith('rsa') ? 'rsa' : key.type,
                public_key: version.publicKey!.export({ format: 'pem', type: 'spki' }).toString()
              }
            : Math.floor(Date.now() / 1000)
        ])
      )
    }
  }

  const signWith = (
    key: FakeVaultKey,
    hashPath: string | undefined,
    input: Record<string, unknown>
  ) => {
    if (!key.type.startsWith('rsa') && !key.type.startsWith('ecdsa')) {
      throw new VaultError(400, [`key type ${key.type} does not support signing`])
    }
    const hashName = String(hashPath ?? input.hash_algorithm ?? 'sha2-256')
    const hash = { 'sha2-256': 'sha256', 'sha2-384': 'sha384', 'sha2-512': 'sha512' }[hashName]
    if (!hash) throw new VaultError(400, [`unsupported hash algorithm ${hashName}`])
    const versionNumber = Number(input.key_version ?? 0) || key.versions.length
    const version = key.versions[versionNumber - 1]
    if (!version) throw new VaultError(400, ['requested version for signing does not exist'])
    const data = Buffer.from(String(input.input ?? ''), 'base64')
    let signature: Buffer
    let jws = false
    if (key.type.startsWith('rsa')) {
      // Vault's documented default is pss; only pkcs1v15 gives PKCS#1 v1.5 (RS256 for JOSE).
      const algorithm = String(input.signature_algorithm || 'pss')
      if (algorithm !== 'pss' && algorithm !== 'pkcs1v15') {
        throw new VaultError(400, [`unsupported rsa signature algorithm ${algorithm}`])
      }
      const pss = algorithm === 'pss'
      signature = sign(
        hash,
        data,
        pss
          ? {
              key: version.privateKey!,
              padding: constants.RSA_PKCS1_PSS_PADDING,
              saltLength: constants.RSA_PSS_SALTLEN_AUTO
            }
          : version.privateKey!
      )
    } else {
      jws = input.marshaling_algorithm === 'jws'
      signature = sign(hash, data, {
        key: version.privateKey!,
        dsaEncoding: jws ? 'ieee-p1363' : 'der'
      })
    }
    state.signCount += 1
    return {
      signature: `vault:v${versionNumber}:${signature.toString(jws ? 'base64url' : 'base64')}`,
      key_version: versionNumber
    }
  }

  const server = await startFake(
    (req, body) => {
      try {
        if (req.headers['x-vault-token'] !== token) throw denied()
        const url = new URL(req.url ?? '/', 'http://vault')
        const prefix = `/v1/${mount}/`
        if (!url.pathname.startsWith(prefix))
          throw new VaultError(404, [`no handler for route "${url.pathname.slice(4)}"`])
        const [action, name, hashPath] = url.pathname
          .slice(prefix.length)
          .split('/')
          .map(decodeURIComponent)
        const key = keys.get(name)
        if (action === 'keys' && req.method === 'GET') {
          if (key?.deny.includes('read')) throw denied()
          if (!key) throw new VaultError(404, [])
          return Promise.resolve({ status: 200, body: { data: readKey(key) } })
        }
        if (action === 'sign' && req.method === 'POST') {
          if (key?.deny.includes('update')) throw denied()
          if (!key) throw new VaultError(400, ['signing key not found'])
          const input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
          return Promise.resolve({ status: 200, body: { data: signWith(key, hashPath, input) } })
        }
        throw new VaultError(405, ['unsupported operation'])
      } catch (error) {
        if (!(error instanceof VaultError)) throw error
        return Promise.resolve({ status: error.status, body: { errors: error.errors } })
      }
    },
    () => state.latencyMs
  )

  const newVersion = (type: VaultKeyType): FakeVaultKey['versions'][number] => {
    if (type.startsWith('aes')) return {}
    const { privateKey } = type.startsWith('rsa')
      ? generateKeyPairSync('rsa', { modulusLength: Number(type.slice(4)) })
      : type === 'ed25519'
        ? generateKeyPairSync('ed25519')
        : generateKeyPairSync('ec', { namedCurve: CURVES[type] })
    return { privateKey, publicKey: createPublicKey(privateKey) }
  }

  return {
    url: server.url,
    close: () => server.close(),
    token,
    mount,
    get signCount() {
      return state.signCount
    },
    set signCount(value: number) {
      state.signCount = value
    },
    get latencyMs() {
      return state.latencyMs
    },
    set latencyMs(value: number) {
      state.latencyMs = value
    },
    addKey(name, type, keyOptions = {}) {
      const key: FakeVaultKey = {
        name,
        type,
        deny: keyOptions.deny ?? [],
        versions: [newVersion(type)]
      }
      keys.set(name, key)
      return key
    },
    rotateKey(name) {
      const key = keys.get(name)!
      key.versions.push(newVersion(key.type))
    }
  }
}
