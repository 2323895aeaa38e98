// The hint that ends an error line for the causes Okta names (src/okta/hints.ts): matched on
// Okta's code or its wording, in whichever field it comes, and the fallback for a server
// error that names nothing (docs/okta-behaviour.md, "Error responses"). The hints other tests
// already read whole (token-retries-and-errors, token-mode, okta-error, promises-dpop-nonce)
// are not repeated here.
import { describe, expect, it } from '@jest/globals'
import type { HttpResponse } from '../../src/http/transport.js'
import { managementError } from '../../src/okta/management-error.js'
import { OktaError, parseOktaError } from '../../src/okta/okta-error.js'

interface Answer {
  status: number
  body?: unknown
  text?: string
}

function messageFor(what: string, { status, body, text }: Answer): string {
  const response: HttpResponse = {
    status,
    headers: new Headers(),
    text: text ?? (body === undefined ? '' : JSON.stringify(body)),
    receivedAt: 0
  }
  return new OktaError(what, parseOktaError(response)).message
}

const SERVER_ERROR =
  'Okta, or a proxy between the runner and Okta, answered with a server error on every attempt: try again later, or raise max-attempts.'
const RATE_LIMIT =
  "Okta rate limit reached: raise max-attempts, spread the jobs out, or raise the app's rate-limit share (Applications > app > Application rate limits)."

describe('the hint for a cause Okta names', () => {
  it.each<[string, Answer, string]>([
    [
      'an expired assertion',
      {
        status: 401,
        body: {
          error: 'invalid_client',
          error_description: 'The client_assertion token is expired.'
        }
      },
      "The runner's clock and Okta's disagree: check the runner's time (NTP) or lower assertion-lifetime."
    ],
    [
      'a replayed assertion',
      {
        status: 401,
        body: {
          error: 'invalid_client',
          error_description: 'The client_assertion token has already been used.'
        }
      },
      'An assertion or DPoP proof was sent twice; this action signs a new one per request, so check for another tool replaying it.'
    ],
    [
      'a DPoP app asked without a proof',
      {
        status: 400,
        body: {
          error: 'invalid_dpop_proof',
          error_description: 'The DPoP proof JWT header is missing.'
        }
      },
      'The app requires DPoP (app > General > "Require Demonstrating Proof of Possession"): set dpop to auto or true, or untick that setting.'
    ],
    [
      'a DPoP-bound token sent as Bearer',
      {
        status: 400,
        body: {
          error: 'invalid_request',
          error_description: 'The DPoP authentication scheme is required for this token.'
        }
      },
      'The token is DPoP-bound: send it as "Authorization: DPoP" with a fresh proof (mode: request does this), or untick "Require DPoP" on the app to get Bearer tokens.'
    ],
    [
      'no access policy rule on a custom authorization server',
      {
        status: 400,
        body: {
          error: 'access_denied',
          error_description:
            'Policy evaluation failed for this request, please check the policy configurations.'
        }
      },
      'The custom authorization server has no access policy rule for this client, grant type and scopes: add one.'
    ],
    [
      'an app that authenticates with a client secret',
      {
        status: 401,
        body: {
          error: 'invalid_client',
          error_description: 'Client must use the private_key_jwt token_endpoint_auth_method.'
        }
      },
      "Set the app's client authentication to Public key / Private key."
    ],
    [
      'a web app at the org authorization server',
      {
        status: 400,
        body: {
          error: 'invalid_client',
          error_description:
            "The client_credentials grant type is only valid for clients with 'application_type' of 'service'."
        }
      },
      'Only API Services apps can use client_credentials with the org authorization server: create an API Services app (mode: provision).'
    ],
    [
      'a rate limit, by its code',
      { status: 429, body: { errorCode: 'E0000047', errorSummary: 'Too many requests.' } },
      RATE_LIMIT
    ],
    [
      'a missing admin privilege, by its code',
      {
        status: 403,
        body: {
          errorCode: 'E0000006',
          errorSummary: 'You do not have permission to perform the requested action'
        }
      },
      "The admin credential lacks the privilege (the api-token's admin, or the admin app's roles): granting scopes, assigning roles and rotating keys of a scoped app need a Super Admin."
    ],
    [
      'a revoked token, by its code',
      { status: 401, body: { errorCode: 'E0000011', errorSummary: 'Invalid token provided' } },
      'The token is invalid, expired or revoked: create a new API token (Security > API > Tokens) or mint a new access token.'
    ],
    [
      // The fields are read apart: a code is a whole word even when words follow it.
      'a code followed by words that do not name the cause',
      { status: 401, body: { error: 'invalid_signature', error_description: 'Bad signature.' } },
      'The key in private-key is not the one registered for this kid: check that private-key and key-id belong together and the public key in Okta matches.'
    ],
    [
      "a server error whose body names a known cause: that cause's hint",
      {
        status: 503,
        body: { errorSummary: 'API call exceeded rate limit due to too many requests.' }
      },
      RATE_LIMIT
    ]
  ])('%s', (_name, answer, hint) => {
    const message = messageFor('Calling Okta', answer)
    expect(message.slice(-(hint.length + 2))).toBe(`. ${hint}`)
  })
})

describe('a server error that names nothing, and a client error Okta does not explain', () => {
  it.each<[string, Answer, string]>([
    [
      "a proxy's HTML page for HTTP 500",
      { status: 500, text: '<html><body>Internal Server Error</body></html>' },
      `Listing apps failed: HTTP 500. ${SERVER_ERROR}`
    ],
    ['an empty 503', { status: 503 }, `Listing apps failed: HTTP 503. ${SERVER_ERROR}`],
    [
      'a 404 with an unknown code: Okta says it, no hint added',
      {
        status: 404,
        body: {
          errorCode: 'E0000007',
          errorSummary: 'Not found: Resource not found: x (AppInstance)'
        }
      },
      'Listing apps failed: HTTP 404 E0000007: Not found: Resource not found: x (AppInstance)'
    ]
  ])('%s', (_name, answer, message) => {
    expect(messageFor('Listing apps', answer)).toBe(message)
  })
})

describe("Okta's words that end a sentence take no second period", () => {
  it('before the hint', () => {
    expect(
      messageFor('Getting a token', {
        status: 401,
        body: {
          error: 'invalid_client',
          error_description: 'The client_assertion token is expired.'
        }
      })
    ).toBe(
      "Getting a token failed: HTTP 401 invalid_client: The client_assertion token is expired. The runner's clock and Okta's disagree: check the runner's time (NTP) or lower assertion-lifetime."
    )
  })

  it('before the privilege a management call needs', () => {
    const response: HttpResponse = {
      status: 403,
      headers: new Headers(),
      text: JSON.stringify({
        errorCode: 'E0000006',
        errorSummary: 'You do not have permission to perform the requested action.'
      }),
      receivedAt: 0
    }
    expect(
      managementError('Granting okta.apps.read', response, 'a Super Administrator').message
    ).toBe(
      'Granting okta.apps.read failed: HTTP 403 E0000006: You do not have permission to perform the requested action. This needs a Super Administrator; the admin who created api-token lacks that privilege.'
    )
  })
})
