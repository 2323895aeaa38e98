// A resource server that demands a DPoP nonce (RFC 9449 §9): it answers 401 with
// `WWW-Authenticate: DPoP error="use_dpop_nonce"` and a `DPoP-Nonce` header, and the client
// must sign a new proof that carries that nonce. Okta's resource server does not ask for one
// today ("The nonce parameter isn't currently required",
// https://developer.okta.com/docs/guides/dpop/oktaresourceserver/main/), but RFC 9449 lets it,
// so clients must cope: `POST /__control/resource-nonce {"required":true}` turns it on.
import { randomBytes } from 'node:crypto'
import { DPOP_ALGS } from './dpop.js'
import { ResponseError } from './errors.js'
import type { EmulatorRuntime, Router } from './router.js'

interface NonceDemand {
  required: boolean
  nonce: string
}

const demands = new WeakMap<EmulatorRuntime, NonceDemand>()
const fresh = (): NonceDemand => ({ required: false, nonce: randomBytes(16).toString('base64url') })

export function registerResourceNonceRoutes(router: Router, runtime: EmulatorRuntime): void {
  demands.set(runtime, fresh())
  const reset = runtime.reset.bind(runtime)
  runtime.reset = () => {
    reset()
    demands.set(runtime, fresh())
  }
  router.add({
    name: 'control.resourceNonce.set',
    methods: ['POST'],
    pattern: /^\/__control\/resource-nonce$/,
    control: true,
    handler: req => {
      const body = JSON.parse(req.rawBody.toString('utf8') || '{}') as { required?: unknown }
      const demand = { ...fresh(), required: body.required === true }
      demands.set(runtime, demand)
      return { status: 200, body: demand }
    }
  })
}

/** Throws the nonce challenge when the demand is on and the proof lacks the current nonce. */
export function checkResourceNonce(
  runtime: EmulatorRuntime,
  proofNonce: string | undefined,
  resource: string
): void {
  const demand = demands.get(runtime)
  if (!demand?.required || proofNonce === demand.nonce) return
  const challenge = [
    `DPoP algs="${DPOP_ALGS.join(' ')}"`,
    'error="use_dpop_nonce"',
    'error_description="Resource server requires nonce in DPoP proof"',
    `resource="${resource}"`
  ].join(', ')
  throw new ResponseError(
    { status: 401, headers: { 'WWW-Authenticate': challenge, 'DPoP-Nonce': demand.nonce } },
    'use_dpop_nonce'
  )
}
