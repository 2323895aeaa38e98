import type { OktaErrorInfo } from './okta-error.js'

/**
 * What to do about the known causes (docs/okta-behaviour.md, "Error responses"). Matched on Okta's
 * code first and on its wording second, since Okta may reword descriptions.
 */
const HINTS: Array<[RegExp, string]> = [
  [
    /kid is invalid|client_assertion_invalid_kid/,
    "The assertion's kid matches no ACTIVE key of the app: set key-id to the kid shown for the key in Okta (app > General > Public keys), or register this key's public JWK (mode: jwk prints it)."
  ],
  [
    /signature is invalid|invalid_signature\b/,
    'The key in private-key is not the one registered for this kid: check that private-key and key-id belong together and the public key in Okta matches.'
  ],
  [
    /audience claim|invalid_audience/,
    "The assertion's aud must be the exact token URL: do not set audience for Okta, and use the same host (org or custom domain) in okta-domain as the one the app was set up with."
  ],
  [
    /issued before the current time|issued_at_in_future|expiration too far|expires_too_far|token is expired|expired_token/,
    "The runner's clock and Okta's disagree: check the runner's time (NTP) or lower assertion-lifetime."
  ],
  [
    /already been used|already_used/,
    'An assertion or DPoP proof was sent twice; this action signs a new one per request, so check for another tool replaying it.'
  ],
  [
    /issuer claim|subject claim|invalid_issuer|invalid_subject/,
    "client-id does not name an app in this org: check client-id (the app's Client ID) and okta-domain."
  ],
  [
    /not allowed any of the requested scopes|no_org_scopes_granted|consent_required/,
    'Grant the scopes to the app first (app > Okta API Scopes, or mode: provision); only a Super Admin can grant them.'
  ],
  [
    /insufficient_scope|does not contain the required scopes/,
    'Request the needed scope in scopes and make sure it is granted to the app (Okta API Scopes tab).'
  ],
  [
    /requested scope is invalid|invalid_scope/,
    'Check scopes: okta.* scopes come only from the org authorization server (leave authorization-server empty); custom scopes only from a custom one.'
  ],
  [
    // Reaches a message only once the action has answered a challenge with the nonce offered
    // (token-request.ts, api-request.ts) and the server asks again, or offers no nonce.
    /use_dpop_nonce/,
    'The server asked for a DPoP nonce again after the action had answered with the one it offered (or offered none); the action answers each new nonce once and does not loop: re-run the step, and if it persists, the server changes its nonce on every request (RFC 9449 §8).'
  ],
  [
    /DPoP proof JWT header is missing/,
    'The app requires DPoP (app > General > "Require Demonstrating Proof of Possession"): set dpop to auto or true, or untick that setting.'
  ],
  [
    /DPoP authentication scheme|dpop_authentication_scheme_required/,
    'The token is DPoP-bound: send it as "Authorization: DPoP" with a fresh proof (mode: request does this), or untick "Require DPoP" on the app to get Bearer tokens.'
  ],
  [
    /permitted network zones|disallowed_network_zone/,
    "The app only accepts requests from its network zones; GitHub-hosted runners' addresses change: allow them or use a self-hosted runner in the zone."
  ],
  [
    /Policy evaluation failed|no_matching_policy|access_denied/,
    'The custom authorization server has no access policy rule for this client, grant type and scopes: add one.'
  ],
  [
    /not authorized to use the provided grant type|unauthorized_client/,
    'The app does not have the Client Credentials grant: tick it (app > General > Grant type), or use an API Services app.'
  ],
  [
    /must use the private_key_jwt|unsupported_auth_method/,
    "Set the app's client authentication to Public key / Private key."
  ],
  [
    /application_type' of 'service'|invalid_application_type/,
    'Only API Services apps can use client_credentials with the org authorization server: create an API Services app (mode: provision).'
  ],
  [
    /E0000047|rate limit/i,
    "Okta rate limit reached: raise max-attempts, spread the jobs out, or raise the app's rate-limit share (Applications > app > Application rate limits)."
  ],
  [
    /E0000006|do not have permission/,
    "The admin credential lacks the privilege (the api-token's admin, or the admin app's roles): granting scopes, assigning roles and rotating keys of a scoped app need a Super Admin."
  ],
  [
    /E0000011|Invalid token provided/,
    'The token is invalid, expired or revoked: create a new API token (Security > API > Tokens) or mint a new access token.'
  ]
]

export function hintFor(info: OktaErrorInfo): string | undefined {
  const keys = [info.error, info.errorCode, info.description, info.summary, ...info.causes]
    .filter(Boolean)
    .join(' | ')
  const known = keys ? HINTS.find(([pattern]) => pattern.test(keys))?.[1] : undefined
  // A 5xx reaches the message only once max-attempts are spent, and often from a proxy or
  // load balancer with an HTML page that names nothing: say what it means.
  if (!known && info.status >= 500) {
    return 'Okta, or a proxy between the runner and Okta, answered with a server error on every attempt: try again later, or raise max-attempts.'
  }
  return known
}
