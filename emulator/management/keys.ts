// Okta's application JWKS API: list, add, get, activate/deactivate and delete the public keys
// of a private_key_jwt client
// (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/ApplicationSSOCredentialOAuth2ClientAuth/).
// Changing the keys of an app with okta.* grants needs a Super Admin (common.ts). The list
// answers a JSON array, or `{keys}` / `{jwks:{keys}}` when a test sets
// /__control/jwks-list-shape: the documented shape has varied (docs/emulator.md, "Choices").
import { managementError } from '../errors.js'
import type { EmulatorRequest, EmulatorRuntime, Router } from '../router.js'
import type { App, AppKey, KeyStatus, PublicJwk } from '../state.js'
import { guardedApp, jsonBody, keyNeed, read, validation } from './common.js'
import { JWK_CAUSES, keyCauses, keyMembers, withCurve } from './jwk-rules.js'

const JWKS = /^\/api\/v1\/apps\/(?<appId>[^/]+)\/credentials\/jwks$/
const JWK = /^\/api\/v1\/apps\/(?<appId>[^/]+)\/credentials\/jwks\/(?<keyId>[^/]+)$/
const JWK_LIFECYCLE =
  /^\/api\/v1\/apps\/(?<appId>[^/]+)\/credentials\/jwks\/(?<keyId>[^/]+)\/lifecycle\/(?<action>activate|deactivate)$/

export function registerKeyRoutes(router: Router, runtime: EmulatorRuntime): void {
  const { state } = runtime
  const group = 'management'

  router.add({
    name: 'management.jwks.list',
    methods: ['GET'],
    pattern: JWKS,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, read('apps'))
      const keys = app.keys.map(k => keyJson(k, app, req.baseUrl))
      const body =
        state.jwksListShape === 'array'
          ? keys
          : state.jwksListShape === 'keys'
            ? { keys }
            : { jwks: { keys } }
      return { status: 200, body }
    }
  })
  router.add({
    name: 'management.jwks.add',
    methods: ['POST'],
    pattern: JWKS,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, keyNeed)
      const body = jsonBody(req)
      const status = body.status ?? 'ACTIVE'
      const causes = [...keyCauses([body], app.keys)]
      if (status !== 'ACTIVE' && status !== 'INACTIVE') causes.push('status: ACTIVE or INACTIVE.')
      if (causes.length) throw validation('JsonWebKey', causes)
      const jwk = withCurve(body as unknown as PublicJwk)
      const key = state.addKey(app, { ...jwk, status: status as KeyStatus })
      return { status: 201, body: keyJson(key, app, req.baseUrl) }
    }
  })
  router.add({
    name: 'management.jwks.get',
    methods: ['GET'],
    pattern: JWK,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, read('apps'))
      return { status: 200, body: keyJson(keyOf(req, app), app, req.baseUrl) }
    }
  })
  router.add({
    name: 'management.jwks.lifecycle',
    methods: ['POST'],
    pattern: JWK_LIFECYCLE,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, keyNeed)
      const key = keyOf(req, app)
      if (req.params.action === 'deactivate' && key.status === 'ACTIVE') {
        const active = app.keys.filter(k => k.status === 'ACTIVE')
        if (active.length === 1 && app.tokenEndpointAuthMethod === 'private_key_jwt') {
          throw validation('JsonWebKey', [JWK_CAUSES.onlyActive])
        }
      }
      key.status = req.params.action === 'activate' ? 'ACTIVE' : 'INACTIVE'
      key.lastUpdated = app.lastUpdated = state.clock.iso()
      return { status: 200, body: keyJson(key, app, req.baseUrl) }
    }
  })
  router.add({
    name: 'management.jwks.delete',
    methods: ['DELETE'],
    pattern: JWK,
    group,
    handler: async req => {
      const app = await guardedApp(req, runtime, keyNeed)
      const key = keyOf(req, app)
      if (key.status === 'ACTIVE') throw validation('JsonWebKey', [JWK_CAUSES.deleteActive])
      app.keys = app.keys.filter(k => k !== key)
      app.lastUpdated = state.clock.iso()
      return { status: 204 }
    }
  })
}

function keyOf(req: EmulatorRequest, app: App): AppKey {
  const id = decodeURIComponent(req.params.keyId)
  const key = app.keys.find(k => k.id === id)
  if (!key) throw managementError('E0000007', `Resource not found: ${id} (JsonWebKey)`)
  return key
}

function keyJson(key: AppKey, app: App, baseUrl: string): Record<string, unknown> {
  const self = `${baseUrl}/api/v1/apps/${app.id}/credentials/jwks/${key.id}`
  const post = { hints: { allow: ['POST'] } }
  const links: Record<string, unknown> = { self: { href: self, hints: { allow: ['GET'] } } }
  if (key.status === 'ACTIVE') links.deactivate = { href: `${self}/lifecycle/deactivate`, ...post }
  else {
    links.activate = { href: `${self}/lifecycle/activate`, ...post }
    links.delete = { href: self, hints: { allow: ['DELETE'] } }
  }
  return { ...keyMembers(key), _links: links }
}
