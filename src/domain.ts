/**
 * The action's vocabulary: the values an input may take, as types. Inputs are parsed into
 * these (inputs.ts); keys, modes and the Okta clients speak them without depending on how
 * inputs are read.
 */

export const MODES = ['token', 'provision', 'rotate', 'jwk', 'assertion', 'request'] as const
export type Mode = (typeof MODES)[number]

export const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'] as const
export type Algorithm = (typeof ALGORITHMS)[number]

export const KEY_TYPES = [
  'RSA-2048',
  'RSA-3072',
  'RSA-4096',
  'EC-P256',
  'EC-P384',
  'EC-P521'
] as const
export type KeyType = (typeof KEY_TYPES)[number]

export const DPOP_MODES = ['auto', 'true', 'false'] as const
export type DpopMode = (typeof DPOP_MODES)[number]

export const RETIRE_MODES = ['deactivate', 'delete', 'keep'] as const
export type RetireMode = (typeof RETIRE_MODES)[number]

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/** Okta's standard admin role types (docs/okta-behaviour.md, "Admin roles"). */
export const ADMIN_ROLES = [
  'SUPER_ADMIN',
  'ORG_ADMIN',
  'APP_ADMIN',
  'USER_ADMIN',
  'GROUP_MEMBERSHIP_ADMIN',
  'HELP_DESK_ADMIN',
  'READ_ONLY_ADMIN',
  'REPORT_ADMIN',
  'API_ACCESS_MANAGEMENT_ADMIN',
  'WORKFLOWS_ADMIN',
  'ACCESS_CERTIFICATIONS_ADMIN',
  'ACCESS_REQUESTS_ADMIN'
]
