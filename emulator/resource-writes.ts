// Okta's write endpoints for users and groups, as a sync writes them: create a user
// (POST /api/v1/users, https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser),
// update a user's profile partially (POST /api/v1/users/{id}), and create a group
// (POST /api/v1/groups). Bodies are checked the way Okta checks them: a failure is a 400
// E0000001 "Api validation failed" whose errorCauses name each field
// (https://developer.okta.com/docs/reference/error-codes/#E0000001), and nothing is written.
import { managementError } from './errors.js'
import { oktaId } from './ids.js'
import { authorizeApiRequest } from './resources.js'
import type { EmulatorRequest, EmulatorRuntime, Router } from './router.js'
import type { Group, User, UserProfile } from './state.js'

const PROFILE_FIELDS = ['login', 'email', 'firstName', 'lastName'] as const
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const TAKEN = 'An object with this field already exists in the current organization'

export function registerResourceWriteRoutes(router: Router, runtime: EmulatorRuntime): void {
  const { state } = runtime
  const manageUsers = { anyOf: ['okta.users.manage'] }
  const manageGroups = { anyOf: ['okta.groups.manage'] }
  router.add({
    name: 'users.create',
    methods: ['POST'],
    pattern: /^\/api\/v1\/users$/,
    // Okta's /api/v1/users bucket covers list and create alike.
    group: 'users',
    handler: async req => {
      await authorizeApiRequest(req, runtime, manageUsers)
      const profile = profileOf(req, true) as unknown as UserProfile
      const login = profile.login.toLowerCase()
      if (state.users.some(u => u.profile.login.toLowerCase() === login)) {
        throw validation('login', [`login: ${TAKEN}`])
      }
      const now = state.clock.iso()
      // ?activate=false leaves the user STAGED (Okta's default is to activate).
      const status = req.query.get('activate') === 'false' ? 'STAGED' : 'ACTIVE'
      const user = {
        id: oktaId('00u'),
        status,
        created: now,
        activated: now,
        lastUpdated: now,
        profile
      }
      state.users.push(user as User)
      return { status: 200, body: userBody(user as User, req.baseUrl) }
    }
  })
  router.add({
    name: 'users.update',
    methods: ['POST'],
    pattern: /^\/api\/v1\/users\/(?<id>[^/]+)$/,
    group: 'users.id',
    handler: async req => {
      await authorizeApiRequest(req, runtime, manageUsers)
      const id = decodeURIComponent(req.params.id)
      const user = state.users.find(u => u.id === id || u.profile.login === id)
      if (!user) throw managementError('E0000007', `Resource not found: ${id} (User)`)
      const changes = profileOf(req, false)
      const login = typeof changes.login === 'string' ? changes.login.toLowerCase() : undefined
      if (login && state.users.some(u => u !== user && u.profile.login.toLowerCase() === login)) {
        throw validation('login', [`login: ${TAKEN}`])
      }
      Object.assign(user.profile, changes)
      user.lastUpdated = state.clock.iso()
      return { status: 200, body: userBody(user, req.baseUrl) }
    }
  })
  // For tests that compare what a sync wrote: every user and group, as the state holds them.
  router.add({
    name: 'control.directory',
    methods: ['GET'],
    pattern: /^\/__control\/directory$/,
    control: true,
    handler: () => ({ status: 200, body: { users: state.users, groups: state.groups } })
  })
  router.add({
    name: 'groups.create',
    methods: ['POST'],
    pattern: /^\/api\/v1\/groups$/,
    group: 'groups',
    handler: async req => {
      await authorizeApiRequest(req, runtime, manageGroups)
      const profile = objectBody(req).profile as Record<string, unknown> | undefined
      const name = typeof profile?.name === 'string' ? profile.name.trim() : ''
      if (!name) throw validation('name', ['name: The field cannot be left blank'])
      if (state.groups.some(g => g.profile.name.toLowerCase() === name.toLowerCase())) {
        throw validation('name', [`name: ${TAKEN}`])
      }
      const now = state.clock.iso()
      const description = typeof profile?.description === 'string' ? profile.description : ''
      const group: Group = {
        id: oktaId('00g'),
        created: now,
        lastUpdated: now,
        type: 'OKTA_GROUP',
        profile: { name, description }
      }
      state.groups.push(group)
      return { status: 200, body: { ...group, objectClass: ['okta:user_group'] } }
    }
  })
}

function validation(field: string, causes: string[]) {
  return managementError('E0000001', field, causes)
}

function objectBody(req: EmulatorRequest): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(req.rawBody.toString('utf8'))
  } catch {
    throw managementError('E0000003')
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw managementError('E0000003')
  return value as Record<string, unknown>
}

/** The body's profile: on create every base field is required; on update only what is given. */
function profileOf(req: EmulatorRequest, create: boolean): Record<string, string> {
  const profile = objectBody(req).profile
  if (!profile || typeof profile !== 'object' || Array.isArray(profile)) {
    throw validation('profile', ['profile: The field cannot be left blank'])
  }
  const given = profile as Record<string, unknown>
  const causes: string[] = []
  for (const field of PROFILE_FIELDS) {
    const value = given[field]
    if (value === undefined && !create) continue
    if (typeof value !== 'string' || !value.trim()) {
      causes.push(`${field}: The field cannot be left blank`)
    } else if (field === 'email' && !EMAIL.test(value)) {
      causes.push('email: Does not match required pattern')
    } else if (field === 'login' && !EMAIL.test(value)) {
      causes.push('login: Username must be in the form of an email address')
    }
  }
  if (causes.length) throw validation(causes.map(c => c.split(':')[0]).join(', '), causes)
  return Object.fromEntries(
    Object.entries(given).filter(([, v]) => typeof v === 'string')
  ) as Record<string, string>
}

function userBody(user: User, baseUrl: string): Record<string, unknown> {
  return {
    id: user.id,
    status: user.status,
    created: user.created,
    activated: user.status === 'ACTIVE' ? user.activated : null,
    lastUpdated: user.lastUpdated,
    type: { id: 'oty1emulatoruser0000' },
    profile: user.profile,
    _links: { self: { href: `${baseUrl}/api/v1/users/${user.id}` } }
  }
}
