// The emulator's data model: apps (with keys, grants, roles), custom authorization servers,
// issued tokens, burnt jtis, the DPoP nonce, seeded users and groups, and the clock. Plain
// data plus small helpers, so the OAuth, resource, control and (later) management modules
// all read and write the same records.
import { createHash, randomBytes } from 'node:crypto'
import { oktaId } from './ids.js'

export type AppStatus = 'ACTIVE' | 'INACTIVE'
export type KeyStatus = 'ACTIVE' | 'INACTIVE'
export type ApplicationType = 'service' | 'web'
export type TokenEndpointAuthMethod = 'private_key_jwt' | 'client_secret_basic'

/** Public JWK members a registered client key may carry (RSA or EC). */
export interface PublicJwk {
  kty: string
  kid?: string | null
  use?: string
  alg?: string
  e?: string
  n?: string
  crv?: string
  x?: string
  y?: string
}

/** A key in `settings.oauthClient.jwks.keys`, as Okta returns it: the JWK plus Okta's `id`. */
export interface AppKey extends PublicJwk {
  id: string // pks…: Okta's key id, used in /credentials/jwks/{keyId}; not the JWK kid
  kid: string | null
  status: KeyStatus
  created: string
  lastUpdated: string
}

export interface AppGrant {
  id: string // oag…
  status: 'ACTIVE'
  scopeId: string
  issuer: string
  clientId: string
  source: 'ADMIN'
  created: string
}

export interface RoleAssignment {
  id: string // irb…
  type: string
  label: string
  status: 'ACTIVE'
  assignmentType: 'CLIENT'
  created: string
  lastUpdated: string
}

export interface App {
  id: string // 0oa…
  clientId: string
  label: string
  /** A bookmark app (a link on the dashboard, no OAuth client); unset: an OIDC app. */
  signOnMode?: 'BOOKMARK'
  status: AppStatus
  applicationType: ApplicationType
  tokenEndpointAuthMethod: TokenEndpointAuthMethod
  /** settings.oauthClient.dpop_bound_access_tokens */
  dpopRequired: boolean
  /** Simulates settings.oauthClient.network restrictions that exclude the caller. */
  networkZoneBlocked: boolean
  /** settings.oauthClient.grant_types / response_types as the management API set them. */
  grantTypes?: string[]
  responseTypes?: string[]
  keys: AppKey[]
  grants: AppGrant[]
  roles: RoleAssignment[]
  created: string
  lastUpdated: string
}

export interface AuthServer {
  id: string
  scopes: string[]
  /** Client ids that the access policy's rule allows (client_credentials). */
  allowedClients: string[]
}

export interface IssuedToken {
  accessToken: string
  jti: string
  clientId: string
  scopes: string[]
  tokenType: 'Bearer' | 'DPoP'
  /** RFC 7638 thumbprint of the DPoP key the token is bound to. */
  jkt: string | null
  revoked: boolean
  /** Epoch seconds, emulator clock. */
  issuedAt: number
  expiresAt: number
  /** null for the org authorization server. */
  authServerId: string | null
  issuer: string
}

export interface UserProfile {
  firstName: string
  lastName: string
  email: string
  login: string
}

export interface User {
  id: string
  status: 'ACTIVE'
  created: string
  activated: string
  lastUpdated: string
  profile: UserProfile
}

export interface Group {
  id: string
  created: string
  lastUpdated: string
  type: 'OKTA_GROUP'
  profile: { name: string; description: string }
}

/**
 * What the admin behind an API token may do on the management API (emulator/management.ts):
 * SUPER_ADMIN everything; APP_ADMIN apps and their keys, but not grants, roles, or the keys
 * of an app that has okta.* grants; READ_ONLY reads only.
 */
export const API_TOKEN_ROLES = ['SUPER_ADMIN', 'APP_ADMIN', 'READ_ONLY'] as const
export type ApiTokenRole = (typeof API_TOKEN_ROLES)[number]

/** An Okta API token (`SSWS`); it carries the privileges of the admin who created it. */
export interface ApiToken {
  token: string
  name: string
  createdAt: number
  role: ApiTokenRole
}

/** Shapes of GET /api/v1/apps/{id}/credentials/jwks (which one Okta sends is not settled: docs/emulator.md). */
export const JWKS_LIST_SHAPES = ['array', 'keys', 'jwks'] as const
export type JwksListShape = (typeof JWKS_LIST_SHAPES)[number]

/** Real time plus a configurable offset: what the emulator believes "now" is. */
export class Clock {
  constructor(public offsetSeconds = 0) {}

  nowMs(): number {
    return Date.now() + this.offsetSeconds * 1000
  }

  nowSeconds(): number {
    return Math.floor(this.nowMs() / 1000)
  }

  iso(): string {
    return new Date(this.nowMs()).toISOString()
  }
}

export const SEEDED_USER_COUNT = 450

const FIRST_NAMES = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken']
const LAST_NAMES = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen']
const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** Deterministic Okta-style id, so seeded users keep their ids across runs and resets. */
function stableId(prefix: string, seed: string): string {
  const digest = createHash('sha256').update(seed).digest()
  let id = prefix
  for (let i = 0; id.length < 20; i++) id += ID_ALPHABET[digest[i] % ID_ALPHABET.length]
  return id
}

function seedUsers(): User[] {
  const base = Date.UTC(2024, 0, 1)
  return Array.from({ length: SEEDED_USER_COUNT }, (_, i) => {
    const firstName = FIRST_NAMES[i % FIRST_NAMES.length]
    const lastName = LAST_NAMES[i % LAST_NAMES.length]
    const login = `${firstName}.${lastName}.${i + 1}@example.com`.toLowerCase()
    const created = new Date(base + i * 3_600_000).toISOString()
    return {
      id: stableId('00u', `user:${i}`),
      status: 'ACTIVE' as const,
      created,
      activated: created,
      lastUpdated: created,
      profile: { firstName, lastName, email: login, login }
    }
  })
}

function seedGroups(): Group[] {
  const created = new Date(Date.UTC(2024, 0, 1)).toISOString()
  return [
    ['Everyone', 'All users in your organization'],
    ['Engineering', 'Engineers'],
    ['Operations', 'Operations staff'],
    ['Finance', 'Finance team'],
    ['Contractors', 'External contractors']
  ].map(([name, description]) => ({
    id: stableId('00g', `group:${name}`),
    created,
    lastUpdated: created,
    type: 'OKTA_GROUP' as const,
    profile: { name, description }
  }))
}

export function newNonce(): string {
  return randomBytes(24).toString('base64url')
}

export interface NewAppInput {
  clientId?: string
  label?: string
  keys?: (PublicJwk & { status?: KeyStatus })[]
  grantedScopes?: string[]
  roles?: string[]
  dpopRequired?: boolean
  applicationType?: ApplicationType
  tokenEndpointAuthMethod?: TokenEndpointAuthMethod
  status?: AppStatus
  networkZoneBlocked?: boolean
  /** settings.oauthClient.grant_types; unset: client_credentials only. */
  grantTypes?: string[]
  signOnMode?: 'BOOKMARK'
}

/** Labels of the standard admin role types (https://developer.okta.com/docs/concepts/role-assignment/). */
export const ROLE_LABELS: Record<string, string> = {
  SUPER_ADMIN: 'Super Administrator',
  ORG_ADMIN: 'Organizational Administrator',
  APP_ADMIN: 'Application Administrator',
  USER_ADMIN: 'Group Administrator',
  GROUP_MEMBERSHIP_ADMIN: 'Group Membership Administrator',
  HELP_DESK_ADMIN: 'Help Desk Administrator',
  READ_ONLY_ADMIN: 'Read Only Administrator',
  REPORT_ADMIN: 'Report Administrator',
  API_ACCESS_MANAGEMENT_ADMIN: 'API Access Management Administrator',
  WORKFLOWS_ADMIN: 'Workflows Administrator',
  ACCESS_CERTIFICATIONS_ADMIN: 'Access Certifications Administrator',
  ACCESS_REQUESTS_ADMIN: 'Access Requests Administrator'
}

export class EmulatorState {
  readonly clock: Clock
  /** Set by the server once it listens: `http://127.0.0.1:<port>`. */
  baseUrl = ''
  apps = new Map<string, App>() // by app id
  authServers = new Map<string, AuthServer>()
  tokens = new Map<string, IssuedToken>() // by access token
  /** Assertion jtis seen, per client id. Okta remembers them; for how long is UNCONFIRMED. */
  usedAssertionJtis = new Map<string, Set<string>>()
  usedDpopJtis = new Set<string>()
  dpopNonce = newNonce()
  apiTokens = new Map<string, ApiToken>()
  /** How the JWKS credentials list answers: the spec's array unless a test picks another. */
  jwksListShape: JwksListShape = 'array'
  readonly users: User[] = seedUsers()
  readonly groups: Group[] = seedGroups()

  constructor(clockOffsetSeconds = 0) {
    this.clock = new Clock(clockOffsetSeconds)
  }

  /** The org authorization server's issuer: the org URL itself. */
  orgIssuer(): string {
    return this.baseUrl
  }

  /** Back to empty, except the seeded users and groups. */
  reset(clockOffsetSeconds: number): void {
    this.clock.offsetSeconds = clockOffsetSeconds
    this.apps.clear()
    this.authServers.clear()
    this.tokens.clear()
    this.usedAssertionJtis.clear()
    this.usedDpopJtis.clear()
    this.apiTokens.clear()
    this.jwksListShape = 'array'
    this.dpopNonce = newNonce()
  }

  appByClientId(clientId: string): App | undefined {
    for (const app of this.apps.values())
      if (app.clientId === clientId && !app.signOnMode) return app
    return undefined
  }

  createApp(input: NewAppInput): App {
    const now = this.clock.iso()
    const id = oktaId('0oa')
    const clientId = input.clientId ?? id
    if (this.appByClientId(clientId)) throw new Error(`client id ${clientId} already exists`)
    const app: App = {
      id,
      clientId,
      label: input.label ?? `Service app ${id}`,
      status: input.status ?? 'ACTIVE',
      applicationType: input.applicationType ?? 'service',
      tokenEndpointAuthMethod: input.tokenEndpointAuthMethod ?? 'private_key_jwt',
      dpopRequired: input.dpopRequired ?? false,
      networkZoneBlocked: input.networkZoneBlocked ?? false,
      ...(input.grantTypes ? { grantTypes: input.grantTypes } : {}),
      ...(input.signOnMode ? { signOnMode: input.signOnMode } : {}),
      keys: [],
      grants: [],
      roles: [],
      created: now,
      lastUpdated: now
    }
    for (const key of input.keys ?? []) this.addKey(app, key)
    for (const scopeId of input.grantedScopes ?? []) this.addGrant(app, scopeId)
    for (const type of input.roles ?? []) this.addRole(app, type)
    this.apps.set(id, app)
    return app
  }

  addKey(app: App, input: PublicJwk & { status?: KeyStatus }): AppKey {
    if ('d' in input) throw new Error('a client key must be a public JWK (it has "d")')
    if (input.kty !== 'RSA' && input.kty !== 'EC') throw new Error('kty must be RSA or EC')
    const kid = input.kid ?? null
    // Okta: every key has a unique kid; a kid may be null only if it is the sole key.
    if (kid !== null && app.keys.some(k => k.kid === kid)) throw new Error(`duplicate kid ${kid}`)
    if (app.keys.length > 0 && (kid === null || app.keys.some(k => k.kid === null))) {
      throw new Error('each key needs a unique kid when an app has several keys')
    }
    const now = this.clock.iso()
    const key: AppKey = {
      ...pickPublicJwk(input),
      kid,
      use: input.use ?? 'sig',
      id: oktaId('pks'),
      status: input.status ?? 'ACTIVE',
      created: now,
      lastUpdated: now
    }
    app.keys.push(key)
    app.lastUpdated = now
    return key
  }

  addGrant(app: App, scopeId: string, issuer = this.orgIssuer()): AppGrant {
    const grant: AppGrant = {
      id: oktaId('oag'),
      status: 'ACTIVE',
      scopeId,
      issuer,
      clientId: app.clientId,
      source: 'ADMIN',
      created: this.clock.iso()
    }
    app.grants.push(grant)
    return grant
  }

  addRole(app: App, type: string): RoleAssignment {
    const now = this.clock.iso()
    const role: RoleAssignment = {
      id: oktaId('irb'),
      type,
      label: ROLE_LABELS[type] ?? type,
      status: 'ACTIVE',
      assignmentType: 'CLIENT',
      created: now,
      lastUpdated: now
    }
    app.roles.push(role)
    return role
  }

  /** Okta revokes a client's tokens when the client is deactivated, changed or deleted
   * (docs/emulator.md, "Choices"). */
  revokeTokensOf(clientId: string): void {
    for (const token of this.tokens.values()) if (token.clientId === clientId) token.revoked = true
  }

  /** Records an assertion jti for a client; false when it was already used. */
  burnAssertionJti(clientId: string, jti: string): boolean {
    let used = this.usedAssertionJtis.get(clientId)
    if (!used) this.usedAssertionJtis.set(clientId, (used = new Set()))
    if (used.has(jti)) return false
    used.add(jti)
    return true
  }

  /** Records a DPoP proof jti; false when it was already used. */
  burnDpopJti(jti: string): boolean {
    if (this.usedDpopJtis.has(jti)) return false
    this.usedDpopJtis.add(jti)
    return true
  }

  issueToken(input: {
    clientId: string
    scopes: string[]
    jkt: string | null
    authServerId: string | null
    lifetimeSeconds: number
  }): IssuedToken {
    const now = this.clock.nowSeconds()
    const token: IssuedToken = {
      // Opaque on purpose: org-AS token contents "are subject to change at any time"
      // (https://developer.okta.com/docs/concepts/auth-servers/),
      // so a client must never parse them.
      accessToken: randomBytes(32).toString('base64url'),
      jti: `AT.${randomBytes(16).toString('base64url')}`,
      clientId: input.clientId,
      scopes: input.scopes,
      tokenType: input.jkt ? 'DPoP' : 'Bearer',
      jkt: input.jkt,
      revoked: false,
      issuedAt: now,
      expiresAt: now + input.lifetimeSeconds,
      authServerId: input.authServerId,
      issuer:
        input.authServerId === null
          ? this.orgIssuer()
          : `${this.baseUrl}/oauth2/${input.authServerId}`
    }
    this.tokens.set(token.accessToken, token)
    return token
  }
}

function pickPublicJwk(input: PublicJwk): PublicJwk {
  const out: PublicJwk = { kty: input.kty }
  for (const name of ['alg', 'e', 'n', 'crv', 'x', 'y'] as const) {
    if (typeof input[name] === 'string') out[name] = input[name]
  }
  return out
}
