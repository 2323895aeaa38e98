import { calculateJwkThumbprint, decodeJwt, decodeProtectedHeader, type JWK } from 'jose'
import { startEmulator, type EmulatorHandle } from './emulator/process.js'
import type { App, EmulatorControl, RequestLogEntry } from './emulator/control-client.js'
import { testKey, type TestKey } from './keys.js'

/**
 * One emulator per test file and a freshly seeded service app per test: the app's public key
 * is registered under its RFC 7638 thumbprint, the kid the action sends by default, so a
 * plain `inputs()` run exercises the whole default path.
 */
export type KeyKind = Parameters<typeof testKey>[0]

export interface SeedOptions {
  key?: KeyKind
  /** Scopes granted to the app (org authorization server); default okta.users.read. */
  granted?: string[]
  dpopRequired?: boolean
  networkZoneBlocked?: boolean
  /** settings.oauthClient.grant_types; default: client_credentials only. */
  grantTypes?: string[]
  /** Registers the public key under this kid instead of the thumbprint. */
  kid?: string
}

export interface SeededApp {
  app: App
  clientId: string
  key: TestKey
  kid: string
  /** Inputs of a token-mode run for this app; `extra` overrides or adds. */
  inputs(extra?: Record<string, string>): Record<string, string>
}

export interface TokenFixture {
  emulator: EmulatorHandle
  control: EmulatorControl
  url: string
  seedApp(options?: SeedOptions): Promise<SeededApp>
  stop(): Promise<void>
}

export async function startTokenFixture(): Promise<TokenFixture> {
  const emulator = await startEmulator()
  const { control, url } = emulator
  return {
    emulator,
    control,
    url,
    async seedApp(options = {}) {
      const key = testKey(options.key ?? 'rsa')
      const kid = options.kid ?? (await thumbprint(key))
      const app = await control.createApp({
        keys: [{ ...(key.publicJwk as { kty: string }), kid }],
        grantedScopes: options.granted ?? ['okta.users.read'],
        dpopRequired: options.dpopRequired,
        networkZoneBlocked: options.networkZoneBlocked,
        grantTypes: options.grantTypes
      })
      return {
        app,
        clientId: app.clientId,
        key,
        kid,
        inputs: extra => ({
          'okta-domain': url,
          'client-id': app.clientId,
          'private-key': key.pkcs8,
          scopes: 'okta.users.read',
          ...extra
        })
      }
    },
    stop: () => emulator.stop()
  }
}

export function thumbprint(key: TestKey): Promise<string> {
  return calculateJwkThumbprint(key.publicJwk as JWK, 'sha256')
}

/** A logged request with its client assertion decoded from the form (faulted ones too). */
export interface Attempt {
  entry: RequestLogEntry
  header: Record<string, unknown>
  claims: Record<string, unknown>
  dpop?: { header: Record<string, unknown>; claims: Record<string, unknown> }
}

/** The requests to `path` in the emulator's log, in order, assertions decoded. */
export async function attemptsAt(control: EmulatorControl, path: string): Promise<Attempt[]> {
  const entries = (await control.requests()).filter(e => e.path === path)
  return entries.map(entry => {
    const assertion = entry.form?.client_assertion ?? ''
    const proof = entry.headers.dpop
    return {
      entry,
      header: assertion ? decodeProtectedHeader(assertion) : {},
      claims: assertion ? (decodeJwt(assertion) as Record<string, unknown>) : {},
      dpop: proof
        ? {
            header: decodeProtectedHeader(proof),
            claims: decodeJwt(proof) as Record<string, unknown>
          }
        : undefined
    }
  })
}

/** Lines of a run's stdout that are not workflow commands (what the log shows). */
export function logLines(stdout: string): string[] {
  return stdout.split('\n').filter(line => line && !line.startsWith('::'))
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
