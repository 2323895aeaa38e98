// Okta's client role assignment API: admin roles assigned to a service app, which decide what
// its access tokens may do in the management API
// (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/RoleAssignmentClient/).
// Only a Super Admin can assign or unassign them (common.ts).
import { managementError } from '../errors.js'
import type { EmulatorRequest, EmulatorRuntime, Router } from '../router.js'
import { ROLE_LABELS, type App, type RoleAssignment } from '../state.js'
import { guardedApp, jsonBody, manage, read, validation } from './common.js'

const ROLES = /^\/oauth2\/v1\/clients\/(?<clientId>[^/]+)\/roles$/
const ROLE = /^\/oauth2\/v1\/clients\/(?<clientId>[^/]+)\/roles\/(?<roleId>[^/]+)$/

export function registerRoleRoutes(router: Router, runtime: EmulatorRuntime): void {
  const { state } = runtime
  const group = 'management'
  const roleNeed = manage('roles', 'SUPER_ADMIN')
  const clientOf = (req: EmulatorRequest): App => {
    const id = decodeURIComponent(req.params.clientId)
    const app = state.appByClientId(id)
    if (!app) throw managementError('E0000007', `Resource not found: ${id} (Client)`)
    return app
  }

  router.add({
    name: 'management.roles.list',
    methods: ['GET'],
    pattern: ROLES,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, read('roles'), clientOf)
      return { status: 200, body: app.roles.map(r => roleJson(r, app, req.baseUrl)) }
    }
  })
  router.add({
    name: 'management.roles.create',
    methods: ['POST'],
    pattern: ROLES,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, roleNeed, clientOf)
      const type = jsonBody(req).type
      if (typeof type !== 'string' || !(type in ROLE_LABELS)) {
        throw validation('type', [
          `type: Use a standard role type: ${Object.keys(ROLE_LABELS).join(', ')}.`
        ])
      }
      if (app.applicationType !== 'service') throw managementError('E0000227')
      if (app.roles.some(r => r.type === type)) throw managementError('E0000090')
      const role = state.addRole(app, type)
      return { status: 200, body: roleJson(role, app, req.baseUrl) }
    }
  })
  router.add({
    name: 'management.roles.get',
    methods: ['GET'],
    pattern: ROLE,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, read('roles'), clientOf)
      return { status: 200, body: roleJson(roleOf(req, app), app, req.baseUrl) }
    }
  })
  router.add({
    name: 'management.roles.delete',
    methods: ['DELETE'],
    pattern: ROLE,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, roleNeed, clientOf)
      const role = roleOf(req, app)
      app.roles = app.roles.filter(r => r !== role)
      return { status: 204 }
    }
  })
}

function roleOf(req: EmulatorRequest, app: App): RoleAssignment {
  const id = decodeURIComponent(req.params.roleId)
  const role = app.roles.find(r => r.id === id)
  if (!role) throw managementError('E0000007', `Resource not found: ${id} (Role)`)
  return role
}

function roleJson(role: RoleAssignment, app: App, baseUrl: string): Record<string, unknown> {
  return {
    ...role,
    _links: { assignee: { href: `${baseUrl}/oauth2/v1/clients/${app.clientId}` } }
  }
}
