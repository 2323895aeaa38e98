// What every benchmark needs: the built action and the floor as scripts, one RSA key, and
// emulator service apps registered with it (a Bearer app and one that requires DPoP).
import { resolve } from 'node:path'
import type { EmulatorHandle } from '../../testkit/emulator/process.js'
import type { RequestLogEntry } from '../../testkit/emulator/control-client.js'
import type { PublicJwk } from '../../emulator/state.js'
import { ROOT } from '../../testkit/run-action.js'
import { testKey } from '../../testkit/keys.js'

export const ACTION_MAIN = resolve(ROOT, 'dist/index.js')
export const FLOOR = resolve(ROOT, 'scripts/bench/floor.mjs')
export const KID = 'bench-key'
export const SCOPES = 'okta.users.read'

export interface BenchApp {
  clientId: string
  /** Inputs of a token-mode run for this app (the floor reads the same ones). */
  inputs: Record<string, string>
}

export async function createServiceApp(
  emulator: EmulatorHandle,
  options: { dpopRequired?: boolean; grantedScopes?: string[] } = {}
): Promise<BenchApp> {
  const key = testKey('rsa')
  const app = await emulator.control.createApp({
    keys: [{ ...(key.publicJwk as PublicJwk), kid: KID }],
    grantedScopes: options.grantedScopes ?? [SCOPES],
    dpopRequired: options.dpopRequired ?? false
  })
  return {
    clientId: app.clientId,
    inputs: {
      'okta-domain': emulator.url,
      'client-id': app.clientId,
      'private-key': key.pkcs8,
      'key-id': KID,
      scopes: SCOPES
    }
  }
}

/** The floor signs with the same kid the app registered. */
export const floorEnv = { FLOOR_KID: KID }

export const isTokenRequest = (entry: RequestLogEntry): boolean =>
  entry.route === 'oauth.token' || entry.route === 'oauth.custom.token'
