import { ActionError } from '../errors.js'
import type { PublicJwk } from '../keys/signing-key.js'
import { publicMembers, sameKeyMaterial } from './app-keys.js'
import type { ManagementClient } from './management-client.js'

/**
 * OIDC service apps through `/api/v1/apps` (docs/okta-behaviour.md, "Apps"): find by exact label,
 * create, get, replace (PUT is a full replace), activate, and tear down (deactivate, then
 * delete: Okta deletes only INACTIVE apps).
 */

/** The members of an Okta OIDC app this action reads; the rest is kept as is for PUT. */
export interface OktaApp {
  id: string
  label: string
  name: string
  status: 'ACTIVE' | 'INACTIVE'
  signOnMode?: string
  credentials: {
    oauthClient: { client_id: string; token_endpoint_auth_method?: string; [k: string]: unknown }
    [k: string]: unknown
  }
  settings: {
    oauthClient: {
      application_type?: string
      grant_types?: string[]
      response_types?: string[]
      dpop_bound_access_tokens?: boolean
      jwks?: { keys: Record<string, unknown>[] }
      [k: string]: unknown
    }
    [k: string]: unknown
  }
  [k: string]: unknown
}

export const APP_PRIVILEGE = 'an Application Administrator or a Super Administrator'

/** Okta's maximum page size for apps. */
const PAGE_SIZE = 200

/**
 * The apps whose label is exactly `label`. Okta's `q` matches label (and name) prefixes, case
 * insensitively, so "CI" also finds "CI staging": the exact match is done here, over every
 * page.
 */
export async function findAppsByLabel(client: ManagementClient, label: string): Promise<OktaApp[]> {
  const path = `/api/v1/apps?q=${encodeURIComponent(label)}&limit=${PAGE_SIZE}`
  const apps = await client.listAll<OktaApp>(`Looking up app "${label}"`, path)
  return apps.filter(app => app.label === label)
}

export interface NewServiceApp {
  label: string
  jwk: PublicJwk
  /** settings.oauthClient.dpop_bound_access_tokens (require-dpop). */
  requireDpop: boolean
}

/**
 * The body of an API Services app with private_key_jwt and the key inline (docs/okta-behaviour.md,
 * "Apps").
 */
export function serviceAppBody(app: NewServiceApp): Record<string, unknown> {
  return {
    name: 'oidc_client',
    label: app.label,
    signOnMode: 'OPENID_CONNECT',
    credentials: { oauthClient: { token_endpoint_auth_method: 'private_key_jwt' } },
    settings: {
      oauthClient: {
        application_type: 'service',
        grant_types: ['client_credentials'],
        response_types: ['token'],
        dpop_bound_access_tokens: app.requireDpop,
        jwks: { keys: [{ ...publicMembers(app.jwk), status: 'ACTIVE' }] }
      }
    }
  }
}

/** Creates and activates the app (`activate=true`). */
export async function createServiceApp(
  client: ManagementClient,
  app: NewServiceApp
): Promise<OktaApp> {
  // This run's app: the label and our new key, material included (another run with the same
  // label and kid but another key is not ours).
  const withOurKey = async (): Promise<OktaApp[]> =>
    (await findAppsByLabel(client, app.label)).filter(found =>
      found.settings?.oauthClient?.jwks?.keys?.some(key => sameKeyMaterial(key, app.jwk))
    )
  const response = await client.request<OktaApp>(
    'POST',
    `Creating app "${app.label}"`,
    '/api/v1/apps?activate=true',
    serviceAppBody(app),
    {
      privilege: APP_PRIVILEGE,
      // A create whose answer was lost may have made the app: reuse it, never a second one.
      findExisting: async () => (await withOurKey())[0]
    }
  )
  const created = checked(response.body)
  if (response.afterLostAnswer) await removeTwins(client, created, withOurKey)
  return created
}

/**
 * Okta allows duplicate labels, so a lost create that landed only after the lookup leaves a
 * twin with our new key: this run made it, so this run removes it. Best effort: the app the run
 * goes on with is sound, so a failure here is a warning naming the twin to delete by hand.
 */
async function removeTwins(
  client: ManagementClient,
  created: OktaApp,
  withOurKey: () => Promise<OktaApp[]>
): Promise<void> {
  let twins: OktaApp[]
  try {
    twins = (await withOurKey()).filter(found => found.id !== created.id)
  } catch (error) {
    client.log.warning(
      `Could not check for a second app "${created.label}" left by a create whose answer was lost (${(error as Error).message}); if there is one besides ${created.id}, delete it.`
    )
    return
  }
  for (const twin of twins) {
    try {
      await deactivateAndDeleteApp(client, twin.id)
      client.log.info(
        `Deleted app ${twin.id}, a second "${created.label}" made by a create whose answer was lost`
      )
    } catch (error) {
      client.log.warning(
        `App ${twin.id} is a second "${created.label}" made by a create whose answer was lost, and deleting it failed (${(error as Error).message}): deactivate and delete it by hand.`
      )
    }
  }
}

export async function getApp(client: ManagementClient, appId: string): Promise<OktaApp> {
  return checked(await client.get<OktaApp>(`Reading app ${appId}`, appPath(appId)))
}

/**
 * PUT the complete app: Okta has no partial update, omitted members are reset
 * (docs/okta-behaviour.md, "Management API").
 */
export async function replaceApp(client: ManagementClient, app: OktaApp): Promise<OktaApp> {
  return checked(
    await client.put<OktaApp>(`Updating app ${app.id}`, appPath(app.id), writableApp(app), {
      privilege: APP_PRIVILEGE
    })
  )
}

/** Members of an app that Okta sets itself (readOnly in Okta's management OpenAPI, Application). */
const READ_ONLY_APP = ['id', 'created', 'lastUpdated', 'status', '_links', '_embedded']
/** Members of an inline JWK that Okta sets (readOnly in the OpenAPI's OAuth2ClientJsonSigningKey…). */
const READ_ONLY_KEY = ['id', 'created', 'lastUpdated', '_links']

/**
 * The body of a full-replace PUT: what was read, without what the spec marks read-only (a
 * key keeps its kid and status). Sending read-only members back is what clients must not do
 * (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Application/#tag/Application/operation/replaceApplication).
 */
export function writableApp(app: OktaApp): Record<string, unknown> {
  const body: Record<string, unknown> = without(app, READ_ONLY_APP)
  const oauthClient = app.settings?.oauthClient
  const keys = oauthClient?.jwks?.keys
  if (keys) {
    body.settings = {
      ...app.settings,
      oauthClient: {
        ...oauthClient,
        jwks: { ...oauthClient.jwks, keys: keys.map(key => without(key, READ_ONLY_KEY)) }
      }
    }
  }
  return body
}

function without<T extends object>(value: T, names: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => !names.includes(name)))
}

export async function activateApp(client: ManagementClient, appId: string): Promise<void> {
  await client.post(`Activating app ${appId}`, `${appPath(appId)}/lifecycle/activate`, undefined, {
    privilege: APP_PRIVILEGE
  })
}

export async function deactivateApp(client: ManagementClient, appId: string): Promise<void> {
  await client.post(
    `Deactivating app ${appId}`,
    `${appPath(appId)}/lifecycle/deactivate`,
    undefined,
    { privilege: APP_PRIVILEGE }
  )
}

/** Deactivate, then delete: Okta deletes only INACTIVE apps (docs/okta-behaviour.md, "Apps"). */
export async function deactivateAndDeleteApp(
  client: ManagementClient,
  appId: string
): Promise<void> {
  await deactivateApp(client, appId)
  await client.delete(`Deleting app ${appId}`, appPath(appId), { privilege: APP_PRIVILEGE })
}

/** The OAuth client id (JWT iss/sub, roles path), which by default equals the app id. */
export function clientIdOf(app: OktaApp): string {
  return app.credentials?.oauthClient?.client_id || app.id
}

const appPath = (appId: string) => `/api/v1/apps/${encodeURIComponent(appId)}`

function checked(app: OktaApp | undefined): OktaApp {
  if (!app || typeof app.id !== 'string' || !app.settings?.oauthClient) {
    throw new ActionError('Okta answered an app call without the app (no id or settings).')
  }
  return app
}
