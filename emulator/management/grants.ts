// Okta's application grants API: the okta.* scopes an app may request from the org
// authorization server (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/ApplicationGrants/).
// Only a Super Admin can grant or revoke them (common.ts). Granting a scope that is already
// granted answers 400 E0000001 "Api validation failed: scopeId" with the cause "The scope
// <scope> is already granted to this app." (a choice, docs/emulator.md).
import { managementError } from '../errors.js'
import { OKTA_SCOPES } from '../oauth.js'
import type { EmulatorRequest, EmulatorRuntime, Router } from '../router.js'
import type { App, AppGrant } from '../state.js'
import { guardedApp, jsonBody, manage, read, validation } from './common.js'

const GRANTS = /^\/api\/v1\/apps\/(?<appId>[^/]+)\/grants$/
const GRANT = /^\/api\/v1\/apps\/(?<appId>[^/]+)\/grants\/(?<grantId>[^/]+)$/

export function registerGrantRoutes(router: Router, runtime: EmulatorRuntime): void {
  const { state } = runtime
  const group = 'management'
  const grantNeed = manage('appGrants', 'SUPER_ADMIN')

  router.add({
    name: 'management.grants.list',
    methods: ['GET'],
    pattern: GRANTS,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, read('appGrants'))
      return { status: 200, body: app.grants.map(g => grantJson(g, app, req.baseUrl)) }
    }
  })
  router.add({
    name: 'management.grants.create',
    methods: ['POST'],
    pattern: GRANTS,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, grantNeed)
      const body = jsonBody(req)
      const issuer = typeof body.issuer === 'string' ? body.issuer : ''
      const scopeId = typeof body.scopeId === 'string' ? body.scopeId : ''
      // The org authorization server's issuer is the org URL, without a trailing slash.
      if (issuer !== state.orgIssuer()) {
        throw validation('issuer', [`issuer: The issuer must be the org URL ${state.orgIssuer()}.`])
      }
      if (!OKTA_SCOPES.has(scopeId)) {
        throw validation('scopeId', [`scopeId: ${scopeId || '(empty)'} is not an Okta API scope.`])
      }
      if (app.grants.some(g => g.scopeId === scopeId && g.issuer === issuer)) {
        throw validation('scopeId', [`The scope ${scopeId} is already granted to this app.`])
      }
      const grant = state.addGrant(app, scopeId, issuer)
      return { status: 201, body: grantJson(grant, app, req.baseUrl) }
    }
  })
  router.add({
    name: 'management.grants.get',
    methods: ['GET'],
    pattern: GRANT,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, read('appGrants'))
      return { status: 200, body: grantJson(grantOf(req, app), app, req.baseUrl) }
    }
  })
  router.add({
    name: 'management.grants.delete',
    methods: ['DELETE'],
    pattern: GRANT,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, grantNeed)
      const grant = grantOf(req, app)
      app.grants = app.grants.filter(g => g !== grant)
      return { status: 204 }
    }
  })
}

function grantOf(req: EmulatorRequest, app: App): AppGrant {
  const id = decodeURIComponent(req.params.grantId)
  const grant = app.grants.find(g => g.id === id)
  if (!grant)
    throw managementError('E0000007', `Resource not found: ${id} (OAuth2ScopeConsentGrant)`)
  return grant
}

function grantJson(grant: AppGrant, app: App, baseUrl: string): Record<string, unknown> {
  const self = `${baseUrl}/api/v1/apps/${app.id}/grants/${grant.id}`
  return {
    id: grant.id,
    status: grant.status,
    created: grant.created,
    createdBy: { id: '00uemulatoradmin0001', type: 'User' },
    lastUpdated: grant.created,
    issuer: grant.issuer,
    clientId: grant.clientId,
    scopeId: grant.scopeId,
    source: grant.source,
    _links: {
      app: { href: `${baseUrl}/api/v1/apps/${app.id}`, title: app.label },
      self: { href: self, hints: { allow: ['GET', 'DELETE'] } },
      client: { href: `${baseUrl}/oauth2/v1/clients/${app.clientId}`, title: app.label }
    }
  }
}
