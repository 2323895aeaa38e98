import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import type { Signer } from '../signing/signer.js'
import { revokeToken } from '../oauth/revoke.js'
import { requestAccessToken, type TokenResult } from '../oauth/token-request.js'
import { revokeEndpointFor, tokenEndpointFor } from '../okta/endpoints.js'
import { accessTokenAuthorizer } from '../okta/management-auth.js'
import { ManagementClient } from '../okta/management-client.js'
import { loadAdminKeyFromInputs } from './load-admin-key.js'
import { loadKeyFromInputs } from './load-key.js'

/**
 * The management client of a provision or rotate run, with the credential the inputs chose
 * (inputs/admin-credential.ts): the API token as before, or an access token the admin app (or,
 * in self-rotation, the app itself) mints at the org authorization server for exactly the
 * scopes this run asks for. That token is masked the moment it exists, never an output, and
 * revoked by `end()`, which the mode calls whether it succeeded or failed.
 */
export interface AdminSession {
  client: ManagementClient
  credential: Inputs['adminCredential']
  /** The client id of the app whose token calls Okta (OAuth only). */
  callerClientId?: string
  /** What Okta granted of the requested scopes (OAuth only). */
  granted?: Set<string>
  /** Self-rotation: once the new key is proven, revocation must sign with it (the old one retires). */
  revokeWith(key: Signer): void
  end(): Promise<void>
}

/** The admin credential, checked and loaded (a bad key is an input error before the network). */
export interface AdminCredentialLoaded {
  open(scopes: string[], options?: { readOnly?: boolean }): Promise<AdminSession>
}

export async function loadAdminCredential(
  ctx: ModeContext,
  inputs: Inputs
): Promise<AdminCredentialLoaded> {
  const self = inputs.adminCredential === 'self'
  const key =
    inputs.adminCredential === 'api-token'
      ? undefined
      : self
        ? await loadKeyFromInputs(ctx, inputs)
        : await loadAdminKeyFromInputs(ctx, inputs)
  return { open: (scopes, options) => openAdminSession(ctx, inputs, key, scopes, options) }
}

async function openAdminSession(
  ctx: ModeContext,
  inputs: Inputs,
  loaded: Signer | undefined,
  scopes: string[],
  options: { readOnly?: boolean } = {}
): Promise<AdminSession> {
  const base = {
    http: ctx.http,
    log: ctx.log,
    orgUrl: inputs.oktaDomain,
    readOnly: options.readOnly
  }
  if (!loaded) {
    return {
      client: new ManagementClient({ ...base, apiToken: inputs.apiToken }),
      credential: 'api-token',
      revokeWith: () => undefined,
      end: () => Promise.resolve()
    }
  }
  const self = inputs.adminCredential === 'self'
  let key = loaded
  const clientId = self ? inputs.clientId : inputs.adminClientId
  const who = self ? `app ${clientId} (its own key: self-rotation)` : `admin app ${clientId}`
  // Only the org authorization server mints okta.* scopes (docs/okta-behaviour.md, "Token endpoint").
  const tokenEndpoint = tokenEndpointFor(inputs.oktaDomain, '')
  ctx.log.info(`Admin credential: an access token of ${who}, scopes ${scopes.join(' ')}`)
  const token: TokenResult = await requestAccessToken({
    http: ctx.http,
    log: ctx.log,
    mask: ctx.mask,
    skew: ctx.skew,
    key,
    clientId,
    tokenEndpoint,
    audience: tokenEndpoint,
    scopes,
    lifetimeSeconds: inputs.assertionLifetime,
    // The admin app's DPoP setting is its own: auto follows it. Self-rotation uses dpop.
    dpop: self ? inputs.dpop : 'auto'
  })
  const granted = new Set(token.scope.split(' ').filter(Boolean))
  ctx.log.info(
    `Admin token: ${token.tokenType}, expires in ${token.expiresIn} s, scopes granted: ${token.scope || '(none listed)'}`
  )
  const authorizer = accessTokenAuthorizer(token, {
    skew: ctx.skew,
    mask: ctx.mask,
    holder: self ? `app ${clientId}` : `admin app ${clientId}`
  })
  let ended = false
  return {
    client: new ManagementClient({ ...base, authorizer }),
    credential: inputs.adminCredential,
    callerClientId: clientId,
    granted,
    revokeWith: next => {
      key = next
    },
    async end() {
      if (ended) return
      ended = true
      try {
        await revokeToken({
          http: ctx.http,
          mask: ctx.mask,
          skew: ctx.skew,
          key,
          clientId,
          revokeEndpoint: revokeEndpointFor(tokenEndpoint)!,
          token: token.accessToken,
          lifetimeSeconds: inputs.assertionLifetime,
          log: ctx.log
        })
        ctx.log.info('Admin token revoked')
      } catch (error) {
        // The run's own outcome stands; the token expires by itself within the hour.
        ctx.log.warning(
          `Could not revoke the admin token (it expires in ${token.expiresIn} s): ${error instanceof Error ? error.message : String(error)}`
        )
      }
    }
  }
}
