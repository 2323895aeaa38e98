// The OIDC app body the management API accepts on create and full replace, validated as Okta
// validates it (Applications API, https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Application/,
// and the service app guide,
// https://developer.okta.com/docs/guides/implement-oauth-for-okta-serviceapp/main/): an
// oidc_client with OPENID_CONNECT sign-on, a label, grant types fitting the application type,
// and public keys in settings.oauthClient.jwks for private_key_jwt.
import { validation } from './common.js'
import { keyCauses, withCurve, type KeyInput } from './jwk-rules.js'

export interface AppInput {
  label: string
  clientId?: string
  authMethod: 'private_key_jwt' | 'client_secret_basic'
  applicationType: 'service' | 'web'
  grantTypes: string[]
  responseTypes: string[]
  dpop: boolean
  keys: KeyInput[]
}

export function validateApp(body: Record<string, unknown>): AppInput {
  const causes: string[] = []
  let detail = ''
  const fail = (field: string, cause: string) => {
    detail ||= field
    causes.push(`${field}: ${cause}`)
  }
  const obj = (value: unknown) =>
    (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<
      string,
      unknown
    >
  const credentials = obj(obj(body.credentials).oauthClient)
  const settings = obj(obj(body.settings).oauthClient)

  if (body.name !== 'oidc_client') fail('name', 'The emulator supports only oidc_client apps.')
  const label = typeof body.label === 'string' ? body.label.trim() : ''
  if (!label) fail('label', 'The field cannot be left blank.')
  if (body.signOnMode !== 'OPENID_CONNECT') fail('signOnMode', 'Must be OPENID_CONNECT.')
  const authMethod = credentials.token_endpoint_auth_method ?? 'client_secret_basic'
  if (authMethod !== 'private_key_jwt' && authMethod !== 'client_secret_basic') {
    fail('token_endpoint_auth_method', 'Use private_key_jwt or client_secret_basic.')
  }
  const clientId = credentials.client_id
  if (clientId !== undefined && (typeof clientId !== 'string' || !clientId)) {
    fail('client_id', 'Must be a non-empty string.')
  }
  const applicationType = settings.application_type ?? 'web'
  if (applicationType !== 'service' && applicationType !== 'web') {
    fail('application_type', 'Use service or web.')
  }
  const strings = (value: unknown) =>
    Array.isArray(value) && value.every(v => typeof v === 'string') ? (value as string[]) : null
  const grantTypes = strings(settings.grant_types)
  if (!grantTypes?.length) fail('grant_types', 'The field cannot be left blank.')
  else if (applicationType === 'service' && !grantTypes.includes('client_credentials')) {
    fail('grant_types', 'A service app must use the client_credentials grant type.')
  }
  const responseTypes =
    settings.response_types === undefined ? [] : strings(settings.response_types)
  if (responseTypes === null) fail('response_types', 'Must be a list of response types.')
  const dpop = settings.dpop_bound_access_tokens ?? false
  if (typeof dpop !== 'boolean') fail('dpop_bound_access_tokens', 'Must be true or false.')

  let keys: KeyInput[] = []
  if (settings.jwks_uri !== undefined) {
    fail('jwks_uri', 'The emulator does not fetch jwks_uri; send the keys in jwks.')
  }
  const jwks = obj(settings.jwks).keys
  if (settings.jwks !== undefined && !Array.isArray(jwks)) fail('jwks', 'Must hold a keys array.')
  if (Array.isArray(jwks)) {
    const keyProblems = keyCauses(jwks, [])
    if (keyProblems.length) {
      detail ||= 'JsonWebKey'
      causes.push(...keyProblems)
    }
    keys = (jwks as KeyInput[]).map(withCurve)
  }
  if (authMethod === 'private_key_jwt' && keys.length === 0) {
    fail('jwks', 'private_key_jwt needs at least one public key in settings.oauthClient.jwks.')
  }
  if (causes.length) throw validation(detail, causes)
  return {
    label,
    clientId: clientId as string | undefined,
    authMethod: authMethod as AppInput['authMethod'],
    applicationType: applicationType as AppInput['applicationType'],
    grantTypes: grantTypes!,
    responseTypes: responseTypes ?? [],
    dpop: dpop as boolean,
    keys
  }
}
