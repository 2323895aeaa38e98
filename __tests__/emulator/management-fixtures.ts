// Helpers for the emulator's management API tests: plain fetch with SSWS or OAuth credentials,
// Okta app bodies, and hand-signed assertions, independent of the action's code. API tokens
// always name their admin role.
import { expect } from '@jest/globals'
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto'
import { SignJWT } from 'jose'
import type { ApiTokenRole } from '../../emulator/state.js'
import { emulator, url } from './fixture.js'

export interface Pair {
  privateKey: KeyObject
  jwk: Record<string, unknown>
}

export function rsa(kid: string, bits = 2048): Pair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits })
  const jwk = publicKey.export({ format: 'jwk' })
  return { privateKey, jwk: { ...jwk, kid, alg: 'RS256', use: 'sig' } }
}

export function ec(kid: string): Pair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const jwk = publicKey.export({ format: 'jwk' })
  return { privateKey, jwk: { ...jwk, kid, alg: 'ES256', use: 'sig' } }
}

export const keyA = rsa('key-a')
export const keyB = rsa('key-b')

export interface Answer {
  status: number
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers
}

export async function api(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; accept?: string; scheme?: string } = {}
): Promise<Answer> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' }
  if (options.token) headers.Authorization = `${options.scheme ?? 'SSWS'} ${options.token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(path.startsWith('http') ? path : `${url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body)
  })
  const text = await response.text()
  return {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    headers: response.headers
  }
}

export async function tokenOf(role: ApiTokenRole): Promise<string> {
  return (await emulator.control.createApiToken({ role })).token
}

export function serviceApp(label: string, keys: Record<string, unknown>[] = [keyA.jwk]) {
  return {
    name: 'oidc_client',
    label,
    signOnMode: 'OPENID_CONNECT',
    credentials: { oauthClient: { token_endpoint_auth_method: 'private_key_jwt' } },
    settings: {
      oauthClient: {
        application_type: 'service',
        grant_types: ['client_credentials'],
        response_types: ['token'],
        jwks: { keys }
      }
    }
  }
}

export async function createApp(token: string, label = `app-${randomUUID().slice(0, 8)}`) {
  const answer = await api('POST', '/api/v1/apps?activate=true', {
    token,
    body: serviceApp(label)
  })
  expect(answer.status).toBe(200)
  return answer.body as {
    id: string
    label: string
    credentials: { oauthClient: { client_id: string } }
  }
}

export async function mintToken(clientId: string, key: Pair, scope = 'okta.users.read') {
  const assertion = await new SignJWT({
    iss: clientId,
    sub: clientId,
    aud: `${url}/oauth2/v1/token`,
    jti: randomUUID()
  })
    .setProtectedHeader({ alg: String(key.jwk.alg), kid: String(key.jwk.kid) })
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key.privateKey)
  const response = await fetch(`${url}/oauth2/v1/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      scope,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion
    })
  })
  return { status: response.status, body: (await response.json()) as Record<string, string> }
}
