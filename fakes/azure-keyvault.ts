import { execFileSync } from 'node:child_process'
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signDigest } from './digest-signer.js'

/**
 * Azure Key Vault and Microsoft Entra ID, faked on loopback for the azurekms: provider driven by
 * the real @azure/keyvault-keys and @azure/identity. The SDKs only talk TLS to the real host
 * names (Key Vault checks that the challenge's resource matches the vault's domain), so the fake
 * is what a runner's network would be: an HTTP proxy (HTTPS_PROXY, which the Azure SDK honours)
 * whose CONNECT tunnels end in one TLS server holding a certificate for *.vault.azure.net and
 * login.microsoftonline.com, from a CA made for the run with the openssl CLI.
 *
 * Key Vault (learn.microsoft.com/en-us/rest/api/keyvault/keys): the 401 challenge naming the
 * authority and resource, GET keys/NAME[/VERSION] (a JWK with key_ops), POST .../sign
 * {alg, value: base64url digest} answering {kid, value}, errors {"error":{"code","message"}}.
 * Entra: the tenant's OpenID configuration and the v2.0 token endpoint (client credentials).
 */

export type AzureKeyKind =
  'RSA-2048' | 'RSA-1024' | 'EC-P-256' | 'EC-P-384' | 'EC-P-521' | 'EC-P-256K'
export type AzurePermission = 'get' | 'sign'

const PAIRS: Record<AzureKeyKind, () => { privateKey: KeyObject; publicKey: KeyObject }> = {
  'RSA-2048': () => generateKeyPairSync('rsa', { modulusLength: 2048 }),
  'RSA-1024': () => generateKeyPairSync('rsa', { modulusLength: 1024 }),
  'EC-P-256': () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' }),
  'EC-P-384': () => generateKeyPairSync('ec', { namedCurve: 'secp384r1' }),
  'EC-P-521': () => generateKeyPairSync('ec', { namedCurve: 'secp521r1' }),
  'EC-P-256K': () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
}
// learn.microsoft.com/en-us/rest/api/keyvault/keys/sign/sign#jsonwebkeysignaturealgorithm
const DIGEST_LENGTH: Record<string, number> = {
  RS256: 32,
  RS384: 48,
  RS512: 64,
  ES256: 32,
  ES384: 48,
  ES512: 64
}

interface FakeKey {
  name: string
  version: string
  kind: AzureKeyKind
  privateKey: KeyObject
  publicKey: KeyObject
  keyOps: string[]
  denied: Set<AzurePermission>
}

export interface AzureKeyVaultFake {
  /** The vault's real-looking URL, reached through the proxy: https://okta-ci.vault.azure.net. */
  vaultUrl: string
  /** HTTPS_PROXY for the SDKs. */
  proxyUrl: string
  tenantId: string
  clientId: string
  clientSecret: string
  /** The CA the TLS server's certificate chains to (PEM). */
  caPem: string
  /** Creates a key (one version); returns its version and public key. */
  addKey(
    name: string,
    kind: AzureKeyKind,
    keyOps?: string[]
  ): { version: string; publicKey: KeyObject }
  deny(name: string, permission: AzurePermission): void
  /** The next `permission` request (after the challenge) is answered 503, as Key Vault throttles. */
  failNext(permission: AzurePermission): void
  /** Requests by kind: `challenge` counts the SDK's first, unauthenticated request. */
  calls: { challenge: number; getKey: number; sign: number; token: number }
  /** Host:port of every CONNECT tunnel asked for. */
  tunnels: string[]
  close(): Promise<void>
}

function vaultError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify({ error: { code, message } }))
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** A CA and a server certificate for the hosts, made with the openssl CLI. */
function mintCertificates(hosts: string[]): { ca: string; key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'azure-fake-tls-'))
  const file = (name: string): string => join(dir, name)
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { stdio: 'pipe' })
  }
  try {
    openssl(
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      file('ca.key'),
      '-out',
      file('ca.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=fake Azure test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign'
    )
    openssl(
      'req',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      file('server.key'),
      '-out',
      file('server.csr'),
      '-subj',
      '/CN=fake Azure'
    )
    const extensions = file('server.ext')
    writeFileSync(extensions, `subjectAltName=${hosts.map(host => `DNS:${host}`).join(',')}\n`)
    openssl(
      'x509',
      '-req',
      '-in',
      file('server.csr'),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-out',
      file('server.pem'),
      '-days',
      '1',
      '-extfile',
      extensions
    )
    return {
      ca: readFileSync(file('ca.pem'), 'utf8'),
      key: readFileSync(file('server.key'), 'utf8'),
      cert: readFileSync(file('server.pem'), 'utf8')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function startAzureKeyVaultFake(vaultName = 'okta-ci'): Promise<AzureKeyVaultFake> {
  const vaultHost = `${vaultName}.vault.azure.net`
  const authorityHost = 'login.microsoftonline.com'
  const tls = mintCertificates([vaultHost, authorityHost])
  const tenantId = randomUUID()
  const clientId = randomUUID()
  const clientSecret = `secret-${randomUUID()}`
  const keys = new Map<string, FakeKey[]>()
  const accessTokens = new Set<string>()
  const calls = { challenge: 0, getKey: 0, sign: 0, token: 0 }
  const failing = new Set<AzurePermission>()
  const tunnels: string[] = []
  const vaultUrl = `https://${vaultHost}`

  function entraAnswer(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    form: string
  ): void {
    const json = (status: number, value: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(value))
    }
    const authority = `https://${authorityHost}/${tenantId}`
    if (path === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      json(200, {
        issuer: `${authority}/v2.0`,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        token_endpoint: `${authority}/oauth2/v2.0/token`,
        jwks_uri: `https://${authorityHost}/${tenantId}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'token'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256']
      })
      return
    }
    if (path === '/common/discovery/instance') {
      json(200, {
        tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [
          {
            preferred_network: authorityHost,
            preferred_cache: 'login.windows.net',
            aliases: [authorityHost, 'login.windows.net', 'login.microsoft.com', 'sts.windows.net']
          }
        ]
      })
      return
    }
    if (req.method === 'POST' && path === `/${tenantId}/oauth2/v2.0/token`) {
      calls.token++
      const params = new URLSearchParams(form)
      if (
        params.get('grant_type') !== 'client_credentials' ||
        params.get('client_id') !== clientId ||
        params.get('client_secret') !== clientSecret
      ) {
        json(401, {
          error: 'invalid_client',
          error_description: `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${params.get('client_id') ?? ''}'.`,
          error_codes: [7000215]
        })
        return
      }
      if (params.get('scope') !== 'https://vault.azure.net/.default') {
        json(400, {
          error: 'invalid_scope',
          error_description: `AADSTS70011: bad scope ${params.get('scope') ?? ''}`
        })
        return
      }
      const token = `eyJ0eXAiOiJKV1QifQ.${Buffer.from(randomUUID()).toString('base64url')}.fake`
      accessTokens.add(token)
      json(200, {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: token
      })
      return
    }
    json(404, {
      error: 'not_found',
      error_description: `fake Entra has no ${req.method ?? ''} ${path}`
    })
  }

  function vaultAnswer(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    text: string
  ): void {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!bearer || !accessTokens.has(bearer)) {
      calls.challenge++
      // learn.microsoft.com/en-us/azure/key-vault/general/authentication-requests-and-responses
      res.writeHead(401, {
        'www-authenticate': `Bearer authorization="https://${authorityHost}/${tenantId}", resource="https://vault.azure.net"`,
        'content-type': 'application/json; charset=utf-8'
      })
      res.end(
        JSON.stringify({
          error: {
            code: 'Unauthorized',
            message: 'AKV10000: Request is missing a Bearer or PoP token.'
          }
        })
      )
      return
    }
    const route = /^\/keys\/([^/]+)(?:\/([^/]*))?(\/sign)?$/.exec(path)
    if (!route) {
      vaultError(res, 404, 'NotFound', `fake Key Vault has no ${req.method ?? ''} ${path}`)
      return
    }
    const [, name = '', versionPart, signPart] = route
    const isSign = req.method === 'POST' && signPart !== undefined
    if (isSign) calls.sign++
    else calls.getKey++
    const versions = keys.get(name) ?? []
    const key = versionPart ? versions.find(k => k.version === versionPart) : versions.at(-1)
    const permission: AzurePermission = isSign ? 'sign' : 'get'
    if (failing.delete(permission)) {
      // learn.microsoft.com/en-us/azure/key-vault/general/overview-throttling: 429 or 503.
      vaultError(res, 503, 'ServiceUnavailable', 'The service is temporarily unavailable.')
      return
    }
    if (key?.denied.has(permission)) {
      // The access-policy wording (learn.microsoft.com/en-us/azure/key-vault/general/troubleshooting-access-issues).
      vaultError(
        res,
        403,
        'Forbidden',
        `The user, group or application 'appid=${clientId};oid=${tenantId};iss=https://sts.windows.net/${tenantId}/' does not have keys ${permission} permission on key vault '${vaultName};location=westeurope'. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287`
      )
      return
    }
    if (!key) {
      vaultError(
        res,
        404,
        'KeyNotFound',
        `A key with (name/id) ${name}${versionPart ? `/${versionPart}` : ''} was not found in this key vault. If you recently deleted this key you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182`
      )
      return
    }
    const kid = `${vaultUrl}/keys/${key.name}/${key.version}`
    if (!isSign) {
      const jwk = key.publicKey.export({ format: 'jwk' })
      const kty = jwk.kty === 'RSA' ? 'RSA-HSM' : 'EC-HSM'
      const crv = jwk.crv === 'secp256k1' ? 'P-256K' : jwk.crv
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.end(
        JSON.stringify({
          key: { ...jwk, ...(crv ? { crv } : {}), kid, kty, key_ops: key.keyOps },
          attributes: {
            enabled: true,
            created: 1767225600,
            updated: 1767225600,
            recoveryLevel: 'Recoverable+Purgeable',
            exportable: false
          }
        })
      )
      return
    }
    const request = JSON.parse(text) as { alg?: string; value?: string }
    const digest = Buffer.from(request.value ?? '', 'base64url')
    const expected = DIGEST_LENGTH[request.alg ?? '']
    const isRsa = key.kind.startsWith('RSA')
    if (!expected || isRsa !== (request.alg ?? '').startsWith('RS') || digest.length !== expected) {
      vaultError(
        res,
        400,
        'BadParameter',
        `Invalid algorithm ${request.alg ?? ''} or digest length ${digest.length} for key ${kid}.`
      )
      return
    }
    if (!key.keyOps.includes('sign')) {
      vaultError(res, 403, 'Forbidden', `Operation "sign" is not allowed on key ${kid}.`)
      return
    }
    // Key Vault returns ECDSA as r||s (JWA, RFC 7518 section 3.4).
    const signature = signDigest(key.privateKey, digest, 'compact')
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify({ kid, value: signature.toString('base64url') }))
  }

  const tlsServer = createHttpsServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? vaultHost}`)
    body(req)
      .then(text => {
        if (url.hostname === authorityHost) entraAnswer(req, res, url.pathname, text)
        else if (url.hostname === vaultHost) vaultAnswer(req, res, url.pathname, text)
        else vaultError(res, 421, 'MisdirectedRequest', `no such host ${url.hostname}`)
      })
      .catch((error: unknown) => vaultError(res, 500, 'InternalError', String(error)))
  })

  const sockets = new Set<Socket>()
  // The proxy: every CONNECT to a host this fake serves ends in the TLS server; others are refused.
  const proxy = createHttpServer((_req, res) => {
    res.writeHead(405).end()
  })
  proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const target = req.url ?? ''
    tunnels.push(target)
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    const host = target.replace(/:\d+$/, '')
    if (host !== vaultHost && host !== authorityHost) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    if (head.length > 0) socket.unshift(head)
    tlsServer.emit('connection', socket)
  })
  await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))

  return {
    vaultUrl,
    proxyUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    tenantId,
    clientId,
    clientSecret,
    caPem: tls.ca,
    calls,
    tunnels,
    addKey(name, kind, keyOps = ['sign', 'verify']) {
      const version = randomUUID().replace(/-/g, '')
      const pair = PAIRS[kind]()
      const versions = keys.get(name) ?? []
      versions.push({ name, version, kind, ...pair, keyOps, denied: new Set() })
      keys.set(name, versions)
      return { version, publicKey: pair.publicKey }
    },
    deny(name, permission) {
      for (const key of keys.get(name) ?? []) key.denied.add(permission)
    },
    failNext(permission) {
      failing.add(permission)
    },
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        tlsServer.close()
        proxy.closeAllConnections()
        proxy.close(() => resolve())
      })
  }
}
