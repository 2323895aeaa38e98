// Okta's error answers in one place: the exact texts keyed by catalogue code (Okta's error
// code reference, https://developer.okta.com/docs/reference/error-codes/, and the OAuth error
// responses of https://developer.okta.com/docs/reference/api/oidc/), their two body shapes,
// and `ResponseError`, the throwable answer every route module uses. The emulator answers
// with these bodies so the action's error parsing and hints are tested against the real
// wording. Branching in the emulator itself is on the catalogue code, never the text.
import { oktaId } from './ids.js'
import type { EmulatorResponse } from './response.js'

export interface OAuthErrorSpec {
  status: number
  error: string
  description: string
}

function oauth(status: number, error: string, description: string): OAuthErrorSpec {
  return { status, error, description }
}

/** OAuth endpoint and resource-server errors: `{"error", "error_description"}`. */
export const OAUTH_ERRORS = {
  invalid_client: oauth(
    401,
    'invalid_client',
    'Client authentication failed. Either the client or the client credentials are invalid.'
  ),
  missing_client_credentials: oauth(401, 'invalid_client', 'No client credentials found.'),
  unsupported_auth_method_client_creds: oauth(
    401,
    'invalid_client',
    'Client Credentials requests to the Org Authorization Server must use the private_key_jwt token_endpoint_auth_method.'
  ),
  invalid_application_type_client_credentials: oauth(
    401,
    'invalid_client',
    "Only clients with 'application_type' of 'service' may use the client_credentials 'grant_type' with the Org Authorization Server."
  ),
  client_assertion_invalid_issuer: oauth(
    401,
    'invalid_client',
    'The issuer claim for client_assertion is not a valid client_id.'
  ),
  client_assertion_invalid_subject: oauth(
    401,
    'invalid_client',
    'The subject claim for client_assertion is not a valid client_id.'
  ),
  client_assertion_invalid_audience: oauth(
    401,
    'invalid_client',
    'The audience claim for client_assertion must be the endpoint invoked for the request.'
  ),
  client_assertion_expiration_required: oauth(
    401,
    'invalid_client',
    "The client_assertion must contain the 'exp' claim as seconds since epoch."
  ),
  client_assertion_expired_token: oauth(
    401,
    'invalid_client',
    'The client_assertion token is expired.'
  ),
  client_assertion_expires_too_far_in_future: oauth(
    401,
    'invalid_client',
    'The client_assertion token has an expiration too far into the future.'
  ),
  client_assertion_issued_at_in_future: oauth(
    401,
    'invalid_client',
    'The client_assertion token must be issued before the current time.'
  ),
  client_assertion_already_used: oauth(
    401,
    'invalid_client',
    'The client_assertion token has already been used.'
  ),
  client_assertion_invalid_signature: oauth(
    401,
    'invalid_client',
    'The client_assertion signature is invalid.'
  ),
  client_assertion_invalid_jwt: oauth(
    401,
    'invalid_client',
    'The parsing of the client_assertion failed.'
  ),
  client_assertion_invalid_kid: oauth(
    401,
    'invalid_client',
    'The client_assertion JWT kid is invalid.'
  ),
  client_assertion_invalid_jwks: oauth(401, 'invalid_client', 'The client JWKSet is invalid.'),
  client_assertion_invalid_signature_algorithm: oauth(
    401,
    'invalid_client',
    'The client_assertion JWT signature algorithm is invalid.'
  ),
  client_assertion_jwks_not_configured: oauth(
    401,
    'invalid_client',
    'The client does not have a JWKSet configured, but the client_assertion requires one.'
  ),
  client_assertion_invalid_key_use: oauth(
    401,
    'invalid_client',
    "The public key being used for client assertion has an invalid 'use' parameter. Valid values for the 'use' parameter are [sig]."
  ),
  // The error code reference says 401; an example in Okta's OpenAPI spec says 400. The
  // emulator follows the reference.
  multiple_client_credentials: oauth(
    401,
    'invalid_request',
    'Cannot supply multiple client credentials. Use one of the following: credentials in the Authorization header, credentials in the post body, or a client_assertion in the post body.'
  ),
  client_credentials_in_query: oauth(
    400,
    'invalid_request',
    'Client credentials cannot be supplied via query parameters.'
  ),
  client_assertion_type_invalid: oauth(
    400,
    'invalid_request',
    'The client_assertion_type is invalid.'
  ),
  invalid_request: oauth(400, 'invalid_request', 'Invalid request'),
  token_request_missing_grant_type: oauth(
    400,
    'invalid_request',
    "The token request must specify a 'grant_type'. Valid values: [client_credentials]"
  ),
  request_missing_token: oauth(400, 'invalid_request', "The 'token' parameter is required."),
  unauthorized_client: oauth(
    400,
    'unauthorized_client',
    'The client is not authorized to use the provided grant type. Configured grant types: [client_credentials].'
  ),
  unsupported_grant_type: oauth(
    400,
    'unsupported_grant_type',
    'The authorization grant type is not supported by the authorization server. Configured grant types: [client_credentials].'
  ),
  invalid_scope: oauth(
    400,
    'invalid_scope',
    'The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.'
  ),
  missing_scopes: oauth(400, 'invalid_scope', 'No scopes were requested.'),
  openid_not_allowed_client_creds: oauth(
    400,
    'invalid_scope',
    "Cannot request 'openid' scopes using client credentials."
  ),
  client_credentials_self_scope_requested: oauth(
    400,
    'client_credentials_self_scope_requested',
    "The 'client_credentials' grant type may not request .self scopes."
  ),
  no_org_scopes_granted: oauth(
    400,
    'consent_required',
    'You are not allowed any of the requested scopes.'
  ),
  // A custom authorization server whose access policy does not match the client
  // (https://developer.okta.com/docs/concepts/auth-servers/).
  no_matching_policy: oauth(
    401,
    'access_denied',
    'Policy evaluation failed for this request, please check the policy configurations.'
  ),
  invalid_dpop_proof: oauth(400, 'invalid_dpop_proof', 'The DPoP proof JWT is invalid.'),
  invalid_dpop_proof_missing_header: oauth(
    400,
    'invalid_dpop_proof',
    'The DPoP proof JWT header is missing.'
  ),
  invalid_dpop_proof_multiple_headers_not_allowed: oauth(
    400,
    'invalid_dpop_proof',
    'Multiple DPoP proof JWT headers are not allowed.'
  ),
  invalid_dpop_proof_invalid_type: oauth(
    400,
    'invalid_dpop_proof',
    "'typ' must be 'dpop+jwt' in the DPoP proof JWT."
  ),
  invalid_dpop_proof_invalid_signature_algorithm: oauth(
    400,
    'invalid_dpop_proof',
    'The DPoP proof JWT signature algorithm is invalid.'
  ),
  invalid_dpop_proof_invalid_jwt: oauth(
    400,
    'invalid_dpop_proof',
    'The DPoP proof JWT cannot be parsed.'
  ),
  invalid_dpop_proof_invalid_signature: oauth(
    400,
    'invalid_dpop_proof',
    'The DPoP proof JWT signature is invalid.'
  ),
  invalid_dpop_proof_invalid_htm: oauth(
    400,
    'invalid_dpop_proof',
    "'htm' claim in the DPoP proof JWT is invalid."
  ),
  invalid_dpop_proof_invalid_htu: oauth(
    400,
    'invalid_dpop_proof',
    "'htu' claim in the DPoP proof JWT is invalid."
  ),
  invalid_dpop_proof_invalid_iat: oauth(
    400,
    'invalid_dpop_proof',
    "'iat' claim in the DPoP proof JWT is invalid."
  ),
  invalid_dpop_proof_jwt_issued_in_future: oauth(
    400,
    'invalid_dpop_proof',
    'The DPoP proof JWT is issued in the future.'
  ),
  invalid_dpop_proof_jwt_too_old: oauth(
    400,
    'invalid_dpop_proof',
    'The DPoP proof JWT is issued more than five minutes in the past.'
  ),
  invalid_dpop_proof_invalid_jti: oauth(
    400,
    'invalid_dpop_proof',
    "'jti' claim in the DPoP proof JWT is invalid."
  ),
  dpop_proof_already_used: oauth(
    400,
    'invalid_dpop_proof',
    'The DPoP proof JWT has already been used.'
  ),
  dpop_proof_invalid_ath: oauth(
    400,
    'invalid_dpop_proof',
    "'ath' claim in the DPoP proof does not match the presented access_token."
  ),
  invalid_access_token_dpop_binding: oauth(
    400,
    'invalid_dpop_proof',
    'The access_token is not bound to the provided DPoP proof.'
  ),
  dpop_proof_required_for_token: oauth(
    400,
    'invalid_request',
    'The resource request requires a DPoP proof.'
  ),
  // The catalogue lists 400; RFC 9449 §7.2 says 401 for a bound token presented as Bearer.
  dpop_authentication_scheme_required: oauth(
    401,
    'invalid_request',
    'The resource request must use the DPoP authentication scheme when using a DPoP bound token.'
  ),
  access_token_not_dpop_bound: oauth(
    401,
    'invalid_token',
    'The presented access_token is not DPoP bound.'
  ),
  use_dpop_nonce: oauth(
    400,
    'use_dpop_nonce',
    'Authorization server requires nonce in DPoP proof.'
  ),
  access_token_insufficient_scopes: oauth(
    403,
    'insufficient_scope',
    'The access token provided does not contain the required scopes.'
  ),
  invalid_token: oauth(401, 'invalid_token', 'The token is invalid.'),
  access_token_invalid_audience: oauth(
    401,
    'invalid_token',
    'The access token provided is not intended for Okta.'
  ),
  token_expired: oauth(401, 'invalid_token', 'The token has expired.'),
  access_token_revoked: oauth(401, 'invalid_token', 'The access token has been revoked.'),
  server_error: oauth(
    500,
    'server_error',
    'The authorization server encountered an unexpected condition that prevented it from fulfilling the request.'
  ),
  temporarily_unavailable: oauth(
    400,
    'temporarily_unavailable',
    'The authorization server is currently unable to handle the request due to a temporary overloading or maintenance of the server.'
  ),
  disallowed_network_zone: oauth(
    403,
    'access_denied',
    "The request is made from outside the client's permitted network zones."
  )
} as const satisfies Record<string, OAuthErrorSpec>

export type OAuthErrorCode = keyof typeof OAUTH_ERRORS

export interface ManagementErrorSpec {
  status: number
  summary: string
}

/** Management API errors: `{"errorCode", "errorSummary", ...}`. `{0}` stands for a detail. */
export const MANAGEMENT_ERRORS = {
  E0000001: { status: 400, summary: 'Api validation failed: {0}' },
  E0000003: { status: 400, summary: 'The request body was not well-formed.' },
  E0000004: { status: 401, summary: 'Authentication failed' },
  E0000005: { status: 403, summary: 'Invalid session' },
  E0000006: { status: 403, summary: 'You do not have permission to perform the requested action' },
  E0000007: { status: 404, summary: 'Not found: {0}' },
  // Okta's generic internal error, used only by the 500 fault on /api/v1 routes so that a
  // management client sees the management shape.
  E0000009: { status: 500, summary: 'Internal Server Error' },
  E0000011: { status: 401, summary: 'Invalid token provided' },
  E0000022: { status: 405, summary: 'The endpoint does not support the provided HTTP method' },
  E0000047: { status: 429, summary: 'API call exceeded rate limit due to too many requests.' },
  E0000056: { status: 403, summary: 'Delete application forbidden.' },
  E0000090: { status: 409, summary: 'The role specified is already assigned to the user.' },
  E0000122: {
    status: 406,
    summary: "Accept Header did not contain supported media type 'application/json'"
  },
  E0000227: { status: 400, summary: 'Roles can only be granted to service application type' }
} as const satisfies Record<string, ManagementErrorSpec>

export type ManagementErrorCode = keyof typeof MANAGEMENT_ERRORS

export interface ManagementErrorBody {
  errorCode: string
  errorSummary: string
  errorLink: string
  errorId: string
  errorCauses: { errorSummary: string }[]
}

export function oauthErrorBody(code: OAuthErrorCode): { error: string; error_description: string } {
  const spec = OAUTH_ERRORS[code]
  return { error: spec.error, error_description: spec.description }
}

export function managementErrorBody(
  code: ManagementErrorCode,
  detail?: string,
  causes: string[] = []
): ManagementErrorBody {
  const spec: ManagementErrorSpec = MANAGEMENT_ERRORS[code]
  return {
    errorCode: code,
    errorSummary: spec.summary.replace('{0}', detail ?? ''),
    // errorLink equals errorCode in Okta's answers (see the examples of the error code reference).
    errorLink: code,
    errorId: oktaId('oae', 23),
    errorCauses: causes.map(errorSummary => ({ errorSummary }))
  }
}

/** A response that ends handling early; `code` goes to the request log as `error`. */
export class ResponseError extends Error {
  constructor(
    readonly response: EmulatorResponse,
    readonly code: string
  ) {
    super(code)
  }
}

/** An OAuth error with Okta's exact body and the catalogue's status. */
export function oauthError(code: OAuthErrorCode, headers?: Record<string, string>): ResponseError {
  return new ResponseError(
    {
      status: OAUTH_ERRORS[code].status,
      headers: { 'Cache-Control': 'no-store', ...headers },
      body: oauthErrorBody(code)
    },
    code
  )
}

/** A management API error (`E0000xxx`) with Okta's body and the catalogue's status. */
export function managementError(
  code: ManagementErrorCode,
  detail?: string,
  causes?: string[],
  headers?: Record<string, string>
): ResponseError {
  const body = managementErrorBody(code, detail, causes)
  return new ResponseError({ status: MANAGEMENT_ERRORS[code].status, headers, body }, code)
}
