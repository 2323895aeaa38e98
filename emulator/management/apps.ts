// Okta's Applications API for an OIDC service app
// (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Application/):
// create, list (with `q`), get, full replace, lifecycle and delete. It writes the same `App`
// records the OAuth endpoints read, so a key registered here verifies the next client
// assertion at once.
//
// Where Okta's behaviour is not documented the emulator chooses, and tests pin the choice
// (docs/emulator.md, "Choices"): deleting an ACTIVE app answers 403 E0000056; duplicate labels
// are allowed, which is why clients match labels exactly.
import { managementError } from '../errors.js'
import { paginate } from '../pagination.js'
import type { EmulatorRuntime, Router } from '../router.js'
import type { App } from '../state.js'
import { validateApp } from './app-body.js'
import {
  appOf,
  authorizeManagement,
  jsonBody,
  keyNeed,
  manage,
  read,
  validation
} from './common.js'
import { keyMembers, keySetChanges, sameMaterial } from './jwk-rules.js'

/** Applications: 20 per page by default, at most 200 (List all applications). */
const APP_PAGES = { defaultLimit: 20, maxLimit: 200 }
const APPS = /^\/api\/v1\/apps$/
const APP = /^\/api\/v1\/apps\/(?<appId>[^/]+)$/

export function registerAppRoutes(router: Router, runtime: EmulatorRuntime): void {
  const { state } = runtime
  const group = 'management'

  router.add({
    name: 'management.apps.list',
    methods: ['GET'],
    pattern: APPS,
    group,
    handler: async req => {
      await authorizeManagement(req, runtime, read('apps'))
      const q = (req.query.get('q') ?? '').toLowerCase()
      // Okta's q: name or label starts with the value, case-insensitively.
      const apps = [...state.apps.values()].filter(
        app => !q || app.label.toLowerCase().startsWith(q) || 'oidc_client'.startsWith(q)
      )
      return paginate(
        req,
        apps.map(app => appJson(app, req.baseUrl)),
        APP_PAGES
      )
    }
  })
  router.add({
    name: 'management.apps.create',
    methods: ['POST'],
    pattern: APPS,
    group,
    handler: async req => {
      await authorizeManagement(req, runtime, manage('apps'))
      const input = validateApp(jsonBody(req))
      if (input.clientId && state.appByClientId(input.clientId)) {
        throw validation('client_id', [`client_id: ${input.clientId} is already in use.`])
      }
      const app = state.createApp({
        clientId: input.clientId,
        label: input.label,
        dpopRequired: input.dpop,
        applicationType: input.applicationType,
        tokenEndpointAuthMethod: input.authMethod,
        // activate defaults to true at Okta.
        status: req.query.get('activate') === 'false' ? 'INACTIVE' : 'ACTIVE',
        keys: input.keys
      })
      app.grantTypes = input.grantTypes
      app.responseTypes = input.responseTypes
      return { status: 200, body: appJson(app, req.baseUrl) }
    }
  })
  router.add({
    name: 'management.apps.get',
    methods: ['GET'],
    pattern: APP,
    group,
    handler: async req => {
      await authorizeManagement(req, runtime, read('apps'))
      return { status: 200, body: appJson(appOf(runtime, req), req.baseUrl) }
    }
  })
  router.add({
    name: 'management.apps.replace',
    methods: ['PUT'],
    pattern: APP,
    group,
    handler: async req => {
      await authorizeManagement(req, runtime, manage('apps'))
      const app = appOf(runtime, req)
      const input = validateApp(jsonBody(req))
      // A replace that changes the key set (a key added, removed, or activated/deactivated) is
      // a key rotation: Super Admin only once the app holds okta.* grants (common.ts).
      if (keySetChanges(input.keys, app.keys)) {
        await authorizeManagement(req, runtime, keyNeed(app))
      }
      if (input.clientId && input.clientId !== app.clientId) {
        throw validation('client_id', ['client_id: The client_id of an app cannot be changed.'])
      }
      app.label = input.label
      app.dpopRequired = input.dpop
      app.applicationType = input.applicationType
      app.tokenEndpointAuthMethod = input.authMethod
      app.grantTypes = input.grantTypes
      app.responseTypes = input.responseTypes
      // The JWKS is replaced wholesale; a key sent again (same kid and material) keeps its id.
      const previous = app.keys
      app.keys = []
      for (const key of input.keys) {
        const kept = previous.find(k => k.kid === (key.kid ?? null) && sameMaterial(k, key))
        if (kept) {
          if (key.status) kept.status = key.status
          app.keys.push(kept)
        } else {
          state.addKey(app, key)
        }
      }
      app.lastUpdated = state.clock.iso()
      // Changing a client revokes the tokens issued to it (docs/emulator.md, "Choices").
      state.revokeTokensOf(app.clientId)
      return { status: 200, body: appJson(app, req.baseUrl) }
    }
  })
  router.add({
    name: 'management.apps.lifecycle',
    methods: ['POST'],
    pattern: /^\/api\/v1\/apps\/(?<appId>[^/]+)\/lifecycle\/(?<action>activate|deactivate)$/,
    group,
    handler: async req => {
      await authorizeManagement(req, runtime, manage('apps'))
      const app = appOf(runtime, req)
      app.status = req.params.action === 'activate' ? 'ACTIVE' : 'INACTIVE'
      app.lastUpdated = state.clock.iso()
      if (app.status === 'INACTIVE') state.revokeTokensOf(app.clientId)
      return { status: 200 }
    }
  })
  router.add({
    name: 'management.apps.delete',
    methods: ['DELETE'],
    pattern: APP,
    group,
    handler: async req => {
      await authorizeManagement(req, runtime, manage('apps'))
      const app = appOf(runtime, req)
      // Okta deletes only INACTIVE apps ("Deactivate the app before deleting it").
      if (app.status === 'ACTIVE') throw managementError('E0000056')
      state.apps.delete(app.id)
      state.revokeTokensOf(app.clientId)
      return { status: 204 }
    }
  })
}

/** An app as Okta answers it: the OIDC app object of the Applications API. */
export function appJson(app: App, baseUrl: string): Record<string, unknown> {
  const self = `${baseUrl}/api/v1/apps/${app.id}`
  if (app.signOnMode === 'BOOKMARK') return bookmarkJson(app, self)
  const service = app.applicationType === 'service'
  return {
    id: app.id,
    name: 'oidc_client',
    label: app.label,
    status: app.status,
    created: app.created,
    lastUpdated: app.lastUpdated,
    signOnMode: 'OPENID_CONNECT',
    features: [],
    credentials: {
      userNameTemplate: { template: '${source.login}', type: 'BUILT_IN' },
      signing: {},
      oauthClient: {
        autoKeyRotation: true,
        client_id: app.clientId,
        token_endpoint_auth_method: app.tokenEndpointAuthMethod
      }
    },
    settings: {
      app: {},
      oauthClient: {
        application_type: app.applicationType,
        consent_method: 'TRUSTED',
        grant_types: app.grantTypes ?? (service ? ['client_credentials'] : ['authorization_code']),
        response_types: app.responseTypes ?? (service ? ['token'] : ['code']),
        issuer_mode: 'DYNAMIC',
        dpop_bound_access_tokens: app.dpopRequired,
        jwks: { keys: app.keys.map(k => keyMembers(k)) }
      }
    },
    _links: {
      self: { href: self },
      appLinks: [],
      [app.status === 'ACTIVE' ? 'deactivate' : 'activate']: {
        href: `${self}/lifecycle/${app.status === 'ACTIVE' ? 'deactivate' : 'activate'}`
      }
    }
  }
}

/** A bookmark app as Okta answers it: no OAuth client in credentials or settings. */
function bookmarkJson(app: App, self: string): Record<string, unknown> {
  return {
    id: app.id,
    name: 'bookmark',
    label: app.label,
    status: app.status,
    created: app.created,
    lastUpdated: app.lastUpdated,
    signOnMode: 'BOOKMARK',
    features: [],
    credentials: {
      userNameTemplate: { template: '${source.login}', type: 'BUILT_IN' },
      signing: {}
    },
    settings: { app: { requestIntegration: false, url: 'https://example.com/bookmark.htm' } },
    _links: { self: { href: self }, appLinks: [] }
  }
}
