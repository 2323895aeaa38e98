// Helpers for the emulator's own OAuth, resource and pipeline tests: keys, client assertions
// and DPoP proofs signed by hand (jose + node:crypto), so the tests prove the emulator itself,
// independently of the action's code.
import { expect } from '@jest/globals'
import { createHash, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto'
import { SignJWT, type JWK } from 'jose'
import type { EmulatorHandle } from '../../testkit/emulator/process.js'
import type { App, PublicJwk } from '../../emulator/state.js'
import { emulator, url } from './fixture.js'

export const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

export interface TestKey {
  privateKey: KeyObject
  jwk: PublicJwk
}

export function rsaKey(kid?: string): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return { privateKey, jwk: { ...(publicKey.export({ format: 'jwk' }) as PublicJwk), kid } }
}

export function ecKey(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  return { privateKey, jwk: publicKey.export({ format: 'jwk' }) as PublicJwk }
}

export const nowSeconds = () => Math.floor(Date.now() / 1000)

export const keyA = rsaKey('key-a')
export const keyB = rsaKey('key-b')
export const dpopKey = ecKey()

export interface AssertionOptions {
  app: App
  key?: TestKey
  aud?: string
  kid?: string | null
  alg?: string
  jti?: string
  iss?: string
  sub?: string
  exp?: number | null
  iat?: number
}

export function signAssertion(o: AssertionOptions): Promise<string> {
  const key = o.key ?? keyA
  const kid = o.kid === undefined ? key.jwk.kid : o.kid
  const claims: Record<string, unknown> = {
    iss: o.iss ?? o.app.clientId,
    sub: o.sub ?? o.app.clientId,
    aud: o.aud ?? `${url}/oauth2/v1/token`,
    jti: o.jti ?? randomUUID(),
    iat: o.iat ?? nowSeconds()
  }
  if (o.exp !== null) claims.exp = o.exp ?? nowSeconds() + 300
  return new SignJWT(claims)
    .setProtectedHeader({ alg: o.alg ?? 'RS256', ...(kid ? { kid } : {}) })
    .sign(key.privateKey)
}

export interface ProofOptions {
  htm?: string
  htu: string
  nonce?: string
  accessToken?: string
  jti?: string
  iat?: number
  key?: TestKey
}

export function signProof(o: ProofOptions): Promise<string> {
  const key = o.key ?? dpopKey
  const claims: Record<string, unknown> = {
    htm: o.htm ?? 'POST',
    htu: o.htu,
    iat: o.iat ?? nowSeconds(),
    jti: o.jti ?? randomUUID()
  }
  if (o.nonce) claims.nonce = o.nonce
  if (o.accessToken) {
    claims.ath = createHash('sha256').update(o.accessToken).digest('base64url')
  }
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: key.jwk as JWK })
    .sign(key.privateKey)
}

export async function postForm(
  path: string,
  form: Record<string, string>,
  headers: Record<string, string> = {}
): Promise<{ status: number; headers: Headers; body: Record<string, unknown>; text: string }> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form)
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : {},
    text
  }
}

export async function requestToken(
  app: App,
  overrides: Partial<AssertionOptions> = {},
  extra: { scope?: string; headers?: Record<string, string>; path?: string } = {}
) {
  const path = extra.path ?? '/oauth2/v1/token'
  const assertion = await signAssertion({ app, aud: `${url}${path}`, ...overrides })
  return postForm(
    path,
    {
      grant_type: 'client_credentials',
      scope: extra.scope ?? 'okta.users.read',
      client_assertion_type: ASSERTION_TYPE,
      client_assertion: assertion
    },
    extra.headers
  )
}

export function serviceApp(
  extra: Partial<Parameters<EmulatorHandle['control']['createApp']>[0]> = {}
) {
  return emulator.control.createApp({
    label: 'ci',
    keys: [keyA.jwk],
    grantedScopes: ['okta.users.read', 'okta.groups.read'],
    ...extra
  })
}

/** Gets a DPoP-bound token through the nonce challenge. */
export async function dpopToken(app: App): Promise<string> {
  const htu = `${url}/oauth2/v1/token`
  const first = await requestToken(app, {}, { headers: { DPoP: await signProof({ htu }) } })
  const nonce = first.headers.get('dpop-nonce') ?? ''
  const second = await requestToken(app, {}, { headers: { DPoP: await signProof({ htu, nonce }) } })
  expect(second.body.token_type).toBe('DPoP')
  return second.body.access_token as string
}

export function getUsers(path: string, headers: Record<string, string>) {
  return fetch(`${url}${path}`, { headers: { Accept: 'application/json', ...headers } })
}
