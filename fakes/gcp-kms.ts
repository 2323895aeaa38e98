import { createHash, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { jwtVerify } from 'jose'
import { signDigest } from './digest-signer.js'

/**
 * A small Cloud KMS v1 REST fake on 127.0.0.1 (port 0), signing with real keys, for the gcpkms:
 * provider driven by the real google-auth-library. It serves
 *  - GET  /v1/{cryptoKeyVersion}/publicKey      (cloud.google.com/kms/docs/reference/rest/v1/projects.locations.keyRings.cryptoKeys.cryptoKeyVersions/getPublicKey)
 *  - POST /v1/{cryptoKeyVersion}:asymmetricSign (.../asymmetricSign; a digest, never data)
 *  - POST /v1/token: an STS token exchange (RFC 8693) for external_account credentials, what
 *    google-github-actions/auth writes for workload identity federation.
 * It authenticates the caller as Google does: a service-account key's self-signed JWT
 * (developers.google.com/identity/protocols/oauth2/service-account, "Addendum: Service account
 * authorization without OAuth"), verified against that key, or an access token it issued.
 * Errors use Google's JSON shape {"error":{"code","message","status"}}.
 */

export type GcpKeyAlgorithm =
  | 'RSA_SIGN_PKCS1_2048_SHA256'
  | 'EC_SIGN_P256_SHA256'
  | 'EC_SIGN_P384_SHA384'
  | 'RSA_SIGN_PSS_2048_SHA256'
  | 'EC_SIGN_SECP256K1_SHA256'
  | 'GOOGLE_SYMMETRIC_ENCRYPTION'
  | 'RSA_DECRYPT_OAEP_2048_SHA256'

export type GcpPermission =
  'cloudkms.cryptoKeyVersions.useToSign' | 'cloudkms.cryptoKeyVersions.viewPublicKey'

const KEY_PAIRS: Record<
  GcpKeyAlgorithm,
  (() => { privateKey: KeyObject; publicKey: KeyObject }) | null
> = {
  RSA_SIGN_PKCS1_2048_SHA256: () => generateKeyPairSync('rsa', { modulusLength: 2048 }),
  RSA_SIGN_PSS_2048_SHA256: () => generateKeyPairSync('rsa', { modulusLength: 2048 }),
  RSA_DECRYPT_OAEP_2048_SHA256: () => generateKeyPairSync('rsa', { modulusLength: 2048 }),
  EC_SIGN_P256_SHA256: () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' }),
  EC_SIGN_P384_SHA384: () => generateKeyPairSync('ec', { namedCurve: 'secp384r1' }),
  EC_SIGN_SECP256K1_SHA256: () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' }),
  GOOGLE_SYMMETRIC_ENCRYPTION: null
}

/** The digest each signing algorithm takes (asymmetricSign's `digest` member). */
const DIGEST_OF: Partial<Record<GcpKeyAlgorithm, 'sha256' | 'sha384'>> = {
  RSA_SIGN_PKCS1_2048_SHA256: 'sha256',
  RSA_SIGN_PSS_2048_SHA256: 'sha256',
  EC_SIGN_P256_SHA256: 'sha256',
  EC_SIGN_P384_SHA384: 'sha384',
  EC_SIGN_SECP256K1_SHA256: 'sha256'
}

interface FakeKey {
  algorithm: GcpKeyAlgorithm
  privateKey?: KeyObject
  publicKey?: KeyObject
  denied: Set<GcpPermission>
}

export interface GcpKmsFake {
  /** http://127.0.0.1:PORT: the provider's `endpoint`, and the credentials' token URL host. */
  url: string
  /** Creates a key version with a fresh key pair; returns its public key (none for symmetric). */
  addKey(name: string, algorithm: GcpKeyAlgorithm): KeyObject | undefined
  /** Takes a permission on one key version away from every caller. */
  deny(name: string, permission: GcpPermission): void
  /** A service-account key file's JSON (a real RSA key the fake trusts). */
  serviceAccountKey(): Record<string, string>
  /** An external_account (workload identity federation) credentials JSON reading `subjectTokenFile`. */
  externalAccount(subjectTokenFile: string): Record<string, unknown>
  /** Calls per route, for "exactly one remote call per signature". */
  calls: { publicKey: number; asymmetricSign: number; token: number }
  /** The next asymmetricSign answers this error instead (e.g. 503 UNAVAILABLE). */
  failNextSign(code: number, status: string, message: string): void
  /** The last asymmetricSign request body. */
  lastSignRequest?: Record<string, unknown>
  close(): Promise<void>
}

function googleError(res: ServerResponse, code: number, status: string, message: string): void {
  res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' })
  res.end(JSON.stringify({ error: { code, message, status } }))
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startGcpKmsFake(): Promise<GcpKmsFake> {
  const keys = new Map<string, FakeKey>()
  const serviceAccounts = new Map<string, { email: string; publicKey: KeyObject }>()
  const accessTokens = new Set<string>()
  const calls = { publicKey: 0, asymmetricSign: 0, token: 0 }
  let url = ''
  let nextSignFailure: { code: number; status: string; message: string } | undefined

  /** The caller, from a self-signed service-account JWT or an access token this fake issued. */
  async function authenticated(req: IncomingMessage): Promise<boolean> {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!bearer) return false
    if (accessTokens.has(bearer)) return true
    const [encodedHeader] = bearer.split('.')
    try {
      const header = JSON.parse(Buffer.from(encodedHeader ?? '', 'base64url').toString()) as {
        kid?: string
      }
      const account = serviceAccounts.get(header.kid ?? '')
      if (!account) return false
      const { payload } = await jwtVerify(bearer, account.publicKey, { issuer: account.email })
      // The audience is the service, whichever endpoint carries the call.
      return payload.sub === account.email && payload.aud === 'https://cloudkms.googleapis.com/'
    } catch {
      return false
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(req.url ?? '/', url).pathname)
    if (req.method === 'POST' && path === '/v1/token') {
      calls.token++
      const form = new URLSearchParams(await body(req))
      if (
        form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange' ||
        !form.get('subject_token')
      ) {
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: 'invalid_request', error_description: 'bad exchange' }))
        return
      }
      const token = `ya29.fake-${randomUUID()}`
      accessTokens.add(token)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          access_token: token,
          issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
          token_type: 'Bearer',
          expires_in: 3600
        })
      )
      return
    }
    const route =
      /^\/v1\/(projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+\/cryptoKeyVersions\/[^/:]+)(\/publicKey|:asymmetricSign)$/.exec(
        path
      )
    if (!route) {
      googleError(res, 404, 'NOT_FOUND', `The requested URL ${path} was not found on this server.`)
      return
    }
    const [, name = '', action] = route
    const isSign = action === ':asymmetricSign'
    if (isSign) calls.asymmetricSign++
    else calls.publicKey++
    if (isSign && nextSignFailure) {
      const { code, status, message } = nextSignFailure
      nextSignFailure = undefined
      googleError(res, code, status, message)
      return
    }
    if (!(await authenticated(req))) {
      googleError(
        res,
        401,
        'UNAUTHENTICATED',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.'
      )
      return
    }
    const permission: GcpPermission = isSign
      ? 'cloudkms.cryptoKeyVersions.useToSign'
      : 'cloudkms.cryptoKeyVersions.viewPublicKey'
    const key = keys.get(name)
    // Google answers 403 for a missing resource the caller may not see, as the message says.
    if (!key || key.denied.has(permission)) {
      googleError(
        res,
        403,
        'PERMISSION_DENIED',
        `Permission '${permission}' denied on resource '${name}' (or it may not exist).`
      )
      return
    }
    if (!key.publicKey || !key.privateKey) {
      googleError(
        res,
        400,
        'FAILED_PRECONDITION',
        `${name} has algorithm ${key.algorithm}, which is not asymmetric.`
      )
      return
    }
    if (!isSign) {
      const pem = key.publicKey.export({ format: 'pem', type: 'spki' }).toString()
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' })
      res.end(JSON.stringify({ pem, algorithm: key.algorithm, name, protectionLevel: 'HSM' }))
      return
    }
    const digestName = DIGEST_OF[key.algorithm]
    if (!digestName) {
      googleError(
        res,
        400,
        'FAILED_PRECONDITION',
        `${name} has purpose ASYMMETRIC_DECRYPT (algorithm ${key.algorithm}), which does not allow AsymmetricSign.`
      )
      return
    }
    const request = JSON.parse(await body(req)) as { digest?: Record<string, string> }
    fake.lastSignRequest = request
    const digest = request.digest?.[digestName]
    if (!digest || Object.keys(request.digest ?? {}).length !== 1) {
      googleError(
        res,
        400,
        'INVALID_ARGUMENT',
        `The request digest has the wrong algorithm for ${key.algorithm}: expected digest.${digestName}.`
      )
      return
    }
    if (key.algorithm === 'RSA_SIGN_PSS_2048_SHA256') {
      googleError(res, 501, 'UNIMPLEMENTED', 'The fake does not sign with RSA-PSS.')
      return
    }
    // Cloud KMS returns ECDSA signatures DER-encoded (its docs verify them with openssl dgst).
    const signature = signDigest(key.privateKey, Buffer.from(digest, 'base64'), 'der')
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' })
    res.end(
      JSON.stringify({
        signature: signature.toString('base64'),
        verifiedDigestCrc32c: false,
        name,
        protectionLevel: 'HSM'
      })
    )
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      googleError(res, 500, 'INTERNAL', String(error))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const fake: GcpKmsFake = {
    url,
    calls,
    addKey(name, algorithm) {
      const pair = KEY_PAIRS[algorithm]?.()
      keys.set(name, { algorithm, ...pair, denied: new Set() })
      return pair?.publicKey
    },
    failNextSign(code, status, message) {
      nextSignFailure = { code, status, message }
    },
    deny(name, permission) {
      keys.get(name)?.denied.add(permission)
    },
    serviceAccountKey() {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
      const kid = createHash('sha1').update(randomUUID()).digest('hex')
      const email = `okta-ci-${kid.slice(0, 6)}@fake-project.iam.gserviceaccount.com`
      serviceAccounts.set(kid, { email, publicKey })
      return {
        type: 'service_account',
        project_id: 'fake-project',
        private_key_id: kid,
        private_key: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
        client_email: email,
        client_id: '100000000000000000001',
        token_uri: `${url}/v1/token`
      }
    },
    externalAccount(subjectTokenFile) {
      return {
        type: 'external_account',
        audience:
          '//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/github/providers/github',
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${url}/v1/token`,
        credential_source: { file: subjectTokenFile }
      }
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
  return fake
}
