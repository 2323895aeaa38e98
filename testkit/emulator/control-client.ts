// Typed fetch client for the emulator's control API, for tests and scripts.
import type { AppPatch, TokenView } from '../../emulator/control.js'
import type { Fault, FaultSpec } from '../../emulator/faults.js'
import type { RequestLogEntry } from '../../emulator/router.js'
import type {
  ApiToken,
  ApiTokenRole,
  App,
  AppKey,
  AuthServer,
  JwksListShape,
  KeyStatus,
  NewAppInput,
  PublicJwk
} from '../../emulator/state.js'

export type { AppPatch, TokenView, Fault, FaultSpec, RequestLogEntry, App, AppKey, AuthServer }

export interface ClockView {
  offsetSeconds: number
  /** Epoch seconds by the emulator clock. */
  now: number
  /** The emulator clock as an HTTP date. */
  date: string
}

export interface RateLimitView {
  group: string
  limit: number
  windowSeconds: number
}

export class EmulatorControl {
  constructor(readonly baseUrl: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/__control${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`emulator control ${method} ${path}: ${response.status} ${text}`)
    }
    return (text === '' ? undefined : JSON.parse(text)) as T
  }

  health(): Promise<{ ok: boolean; url: string }> {
    return this.call('GET', '/health')
  }

  createApp(input: NewAppInput): Promise<App> {
    return this.call('POST', '/apps', input)
  }

  apps(): Promise<App[]> {
    return this.call('GET', '/apps')
  }

  /** By app id or client id. */
  app(id: string): Promise<App> {
    return this.call('GET', `/apps/${encodeURIComponent(id)}`)
  }

  updateApp(id: string, patch: AppPatch): Promise<App> {
    return this.call('PATCH', `/apps/${encodeURIComponent(id)}`, patch)
  }

  deleteApp(id: string): Promise<void> {
    return this.call('DELETE', `/apps/${encodeURIComponent(id)}`)
  }

  addKey(appId: string, key: PublicJwk & { status?: KeyStatus }): Promise<AppKey> {
    return this.call('POST', `/apps/${encodeURIComponent(appId)}/keys`, key)
  }

  /** keyId: Okta's `pks…` id or the JWK kid. */
  setKeyStatus(appId: string, keyId: string, status: KeyStatus): Promise<AppKey> {
    return this.call(
      'PATCH',
      `/apps/${encodeURIComponent(appId)}/keys/${encodeURIComponent(keyId)}`,
      { status }
    )
  }

  createAuthServer(input: {
    id: string
    scopes: string[]
    allowedClients: string[]
  }): Promise<AuthServer> {
    return this.call('POST', '/auth-servers', input)
  }

  authServers(): Promise<AuthServer[]> {
    return this.call('GET', '/auth-servers')
  }

  tokens(): Promise<TokenView[]> {
    return this.call('GET', '/tokens')
  }

  expireToken(accessToken: string): Promise<TokenView> {
    return this.call('POST', `/tokens/${encodeURIComponent(accessToken)}/expire`)
  }

  addFault(fault: FaultSpec): Promise<Fault> {
    return this.call('POST', '/faults', fault)
  }

  faults(): Promise<Fault[]> {
    return this.call('GET', '/faults')
  }

  clearFaults(): Promise<void> {
    return this.call('DELETE', '/faults')
  }

  clock(): Promise<ClockView> {
    return this.call('GET', '/clock')
  }

  setClock(offsetSeconds: number): Promise<ClockView> {
    return this.call('POST', '/clock', { offsetSeconds })
  }

  setLatency(ms: number): Promise<{ ms: number }> {
    return this.call('POST', '/latency', { ms })
  }

  setRateLimit(input: RateLimitView): Promise<RateLimitView> {
    return this.call('POST', '/rate-limits', input)
  }

  dpopNonce(): Promise<string> {
    return this.call<{ nonce: string }>('GET', '/dpop-nonce').then(r => r.nonce)
  }

  rotateDpopNonce(): Promise<string> {
    return this.call<{ nonce: string }>('POST', '/dpop-nonce/rotate').then(r => r.nonce)
  }

  /** An SSWS token; `role` is its admin's privilege level, always named. */
  createApiToken(input: { token?: string; name?: string; role: ApiTokenRole }): Promise<ApiToken> {
    return this.call('POST', '/api-tokens', input)
  }

  /** The shape GET /api/v1/apps/{id}/credentials/jwks answers in (default: array). */
  setJwksListShape(shape: JwksListShape): Promise<{ shape: JwksListShape }> {
    return this.call('POST', '/jwks-list-shape', { shape })
  }

  requests(): Promise<RequestLogEntry[]> {
    return this.call('GET', '/requests')
  }

  clearRequests(): Promise<void> {
    return this.call('DELETE', '/requests')
  }

  reset(): Promise<void> {
    return this.call('POST', '/reset')
  }
}
