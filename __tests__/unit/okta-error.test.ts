// The one line a user reads when Okta (or GitHub, for the secrets calls) answers with an error:
// which body shapes are read, what is ignored, where the WWW-Authenticate challenge fills in,
// and how echoed text is kept to one bounded line (docs/okta-behaviour.md, "Error responses").
import { describe, expect, it } from '@jest/globals'
import type { HttpResponse } from '../../src/http/transport.js'
import { OktaError, parseChallenge, parseOktaError } from '../../src/okta/okta-error.js'

interface Answer {
  status: number
  body?: unknown
  text?: string
  headers?: Record<string, string>
}

function response({ status, body, text, headers = {} }: Answer): HttpResponse {
  return {
    status,
    headers: new Headers(headers),
    text: text ?? (body === undefined ? '' : JSON.stringify(body)),
    receivedAt: 0
  }
}

const messageFor = (what: string, answer: Answer) =>
  new OktaError(what, parseOktaError(response(answer))).message

describe('the message of an error answer', () => {
  it.each<[string, string, Answer, string]>([
    [
      'OAuth shape: error and error_description; a stray message is not read',
      'Token request',
      {
        status: 401,
        body: {
          error: 'invalid_client',
          error_description: 'Client authentication failed.',
          message: 'not read'
        },
        headers: { 'X-Okta-Request-Id': 'req-1' }
      },
      'Token request failed: HTTP 401 invalid_client: Client authentication failed. (X-Okta-Request-Id: req-1)'
    ],
    [
      'management shape: errorCode, errorSummary and every errorCause with a text',
      'Creating the app',
      {
        status: 400,
        body: {
          errorCode: 'E0000001',
          errorSummary: 'Api validation failed: label',
          errorCauses: [
            { errorSummary: 'label: An object with this field already exists.' },
            null,
            { errorSummary: 5 },
            'not a cause',
            { errorSummary: 'name: too long' }
          ],
          message: 'not read'
        }
      },
      'Creating the app failed: HTTP 400 E0000001: Api validation failed: label label: An object with this field already exists. name: too long'
    ],
    [
      "GitHub's shape: message alone",
      'Storing the secret',
      { status: 401, body: { message: 'Bad credentials' } },
      'Storing the secret failed: HTTP 401: Bad credentials'
    ],
    [
      'a summary wins over a message',
      'Listing apps',
      { status: 400, body: { errorSummary: 'Bad request.', message: 'not read' } },
      'Listing apps failed: HTTP 400: Bad request.'
    ],
    [
      "a proxy's HTML page: the status alone",
      'Listing apps',
      { status: 400, text: '<html><body>Bad Request</body></html>' },
      'Listing apps failed: HTTP 400'
    ],
    [
      'a JSON null body: the status alone',
      'Listing apps',
      { status: 400, text: 'null' },
      'Listing apps failed: HTTP 400'
    ],
    [
      'fields of the wrong type are ignored',
      'Listing apps',
      {
        status: 400,
        body: {
          error: 42,
          error_description: { text: 'x' },
          errorCode: 7,
          errorSummary: ['x'],
          errorCauses: 'x',
          message: false
        }
      },
      'Listing apps failed: HTTP 400'
    ],
    [
      'an empty body with a WWW-Authenticate challenge: its error, description and scope',
      'Listing users',
      {
        status: 403,
        headers: {
          'WWW-Authenticate':
            'Bearer authorization_uri="https://acme.okta.com/oauth2/v1/authorize", realm="IdpMyAccountAPI", scope="okta.users.read", error="insufficient_scope", error_description="The access token provided does not contain the required scopes."',
          'X-Okta-Request-Id': 'req-2'
        }
      },
      'Listing users failed: HTTP 403 insufficient_scope: The access token provided does not contain the required scopes. (required scope: okta.users.read) (X-Okta-Request-Id: req-2). Request the needed scope in scopes and make sure it is granted to the app (Okta API Scopes tab).'
    ],
    [
      "the body's error and description win over the challenge's",
      'Calling the API',
      {
        status: 401,
        body: { error: 'invalid_client', error_description: 'Words from the body.' },
        headers: {
          'WWW-Authenticate':
            'DPoP algs="ES256", error="invalid_token", error_description="Words from the header."'
        }
      },
      'Calling the API failed: HTTP 401 invalid_client: Words from the body.'
    ],
    [
      // A line break would let an echoed value start a line of its own, which the runner
      // would read as a workflow command.
      'control characters become one space each run, and the text is trimmed',
      'Creating the app',
      { status: 400, body: { errorSummary: '\n  Name taken\r\n::warning::injected\t' } },
      'Creating the app failed: HTTP 400: Name taken ::warning::injected'
    ],
    [
      'a text of 500 characters is kept whole',
      'Creating the app',
      { status: 400, body: { errorSummary: 'x'.repeat(500) } },
      `Creating the app failed: HTTP 400: ${'x'.repeat(500)}`
    ],
    [
      'a longer text is cut at 500 characters',
      'Creating the app',
      { status: 400, body: { errorSummary: 'y'.repeat(501) } },
      `Creating the app failed: HTTP 400: ${'y'.repeat(500)}…`
    ]
  ])('%s', (_name, what, answer, message) => {
    expect(messageFor(what, answer)).toBe(message)
  })
})

describe('parseChallenge', () => {
  it('reads every quoted parameter of a WWW-Authenticate challenge', () => {
    expect(
      parseChallenge(
        'DPoP algs="ES256 PS256", error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"'
      )
    ).toEqual({
      algs: 'ES256 PS256',
      error: 'use_dpop_nonce',
      error_description: 'Resource server requires nonce in DPoP proof'
    })
  })
})
