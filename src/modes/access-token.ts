import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import type { Signer } from '../signing/signer.js'
import { revokeEndpointFor, tokenEndpointFor } from '../okta/endpoints.js'
import { sealForPostStep } from '../oauth/sealed-state.js'
import { requestAccessToken, type TokenResult } from '../oauth/token-request.js'

/**
 * Minting and publishing a token: shared by token and request modes (rotate mints one too,
 * to prove a new key). The token URL is decided once here and used as aud and htu.
 */
export interface MintedToken extends TokenResult {
  tokenEndpoint: string
  expiresAt: string
  missingScopes: string[]
}

export function tokenEndpointOf(inputs: Inputs): { url: string; kind: string } {
  if (inputs.tokenEndpoint) return { url: inputs.tokenEndpoint, kind: 'token-endpoint input' }
  const url = tokenEndpointFor(inputs.oktaDomain, inputs.authorizationServer)
  const kind = inputs.authorizationServer
    ? `custom authorization server ${inputs.authorizationServer}`
    : 'org authorization server'
  return { url, kind }
}

export async function mintToken(
  ctx: ModeContext,
  inputs: Inputs,
  key: Signer,
  scopes: string[] = inputs.scopes
): Promise<MintedToken> {
  const endpoint = tokenEndpointOf(inputs)
  const audience = inputs.audience || endpoint.url
  ctx.log.info(
    `Token endpoint: ${endpoint.url} (${endpoint.kind})${audience !== endpoint.url ? `, audience ${audience}` : ''}`
  )
  ctx.log.info(
    `DPoP: ${{ auto: 'auto (used only if the app requires it)', true: 'on', false: 'off' }[inputs.dpop]}`
  )
  const result = await requestAccessToken({
    http: ctx.http,
    log: ctx.log,
    mask: ctx.mask,
    skew: ctx.skew,
    key,
    clientId: inputs.clientId,
    tokenEndpoint: endpoint.url,
    audience,
    scopes,
    lifetimeSeconds: inputs.assertionLifetime,
    dpop: inputs.dpop
  })
  const granted = new Set(result.scope.split(' ').filter(Boolean))
  // Okta returns only the granted subset when some scopes are not granted (docs/okta-behaviour.md,
  // "Token endpoint").
  const missingScopes = result.scope ? scopes.filter(s => !granted.has(s)) : []
  const expiresAt = new Date(ctx.clock.now() + result.expiresIn * 1000).toISOString()
  ctx.log.info(
    `Access token: ${result.tokenType}, expires in ${result.expiresIn} s (${expiresAt}), scopes: ${result.scope || '(none listed)'}, DPoP ${result.tokenType === 'DPoP' ? 'on' : 'off'}, ${result.requests} request${result.requests > 1 ? 's' : ''}`
  )
  if (missingScopes.length) {
    ctx.log.warning(
      `The token lacks requested scope${missingScopes.length > 1 ? 's' : ''} ${missingScopes.join(', ')}: grant ${missingScopes.length > 1 ? 'them' : 'it'} to the app (Okta API Scopes tab, or mode: provision).`
    )
  }
  return { ...result, tokenEndpoint: endpoint.url, expiresAt, missingScopes }
}

/**
 * Outputs (masked first), optional env export, and the sealed state the post step revokes.
 * Returns whether the post step will revoke the token (the job summary says so).
 */
export function publishToken(
  ctx: ModeContext,
  inputs: Inputs,
  key: Signer,
  token: MintedToken,
  /** Where the post step revokes; default: beside an Okta token URL (findRevokeEndpoint). */
  revokeEndpoint = revokeEndpointFor(token.tokenEndpoint)
): boolean {
  ctx.secretOutput('access-token', token.accessToken)
  ctx.output('token-type', token.tokenType)
  ctx.output('expires-in', token.expiresIn)
  ctx.output('expires-at', token.expiresAt)
  ctx.output('scope', token.scope)
  if (token.dpopKey) {
    const jwk = JSON.parse(token.dpopKey.privateJwkJson) as { d: string }
    ctx.mask(jwk.d)
    ctx.secretOutput('dpop-key', token.dpopKey.privateJwkJson)
  }
  if (inputs.exportEnv && inputs.mode === 'token') {
    ctx.core.exportVariable('OKTA_ACCESS_TOKEN', token.accessToken)
    ctx.core.exportVariable('OKTA_TOKEN_TYPE', token.tokenType)
    ctx.log.info('Exported OKTA_ACCESS_TOKEN and OKTA_TOKEN_TYPE to later steps of this job')
  }
  if (!inputs.revoke) {
    ctx.log.info('revoke is false: the token stays valid until it expires')
    return false
  }
  if (!revokeEndpoint) {
    ctx.log.info(
      `No revoke endpoint is known for ${token.tokenEndpoint}; the post step will not revoke`
    )
    return false
  }
  if (!key.privateKey) {
    // The state file is plain text on the runner, so the token is saved only sealed under the
    // local private key (src/oauth/sealed-state.ts). A remote key has no material to seal with,
    // and an ECDSA signature in a KMS is not deterministic, so no sealing key can be derived
    // from it either: rather than write the token in the clear, the post step does not revoke.
    ctx.log.info(
      `With a remote signing-key the post step cannot revoke (no local key to seal the token for it); the token stays valid until ${token.expiresAt}`
    )
    return false
  }
  ctx.core.saveState('revoke-endpoint', revokeEndpoint)
  ctx.core.saveState('client-id', inputs.clientId)
  ctx.core.saveState('expires-at', token.expiresAt)
  ctx.core.saveState('sealed-token', sealForPostStep(token.accessToken, key.privateKey))
  return true
}
