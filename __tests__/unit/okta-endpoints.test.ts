// The token URL is also the assertion's aud and the DPoP proof's htu, compared byte for byte
// by Okta (docs/okta-behaviour.md, "Client assertion"): which server each authorization-server
// value names.
import { describe, expect, it } from '@jest/globals'
import { tokenEndpointFor } from '../../src/okta/endpoints.js'

const ORG = 'https://acme.okta.com'

describe('tokenEndpointFor', () => {
  it.each([
    ['', `${ORG}/oauth2/v1/token`],
    [' ', `${ORG}/oauth2/v1/token`],
    ['org', `${ORG}/oauth2/v1/token`],
    ['default', `${ORG}/oauth2/default/v1/token`],
    [' aus1a2b3c4d5e6f7g8h9 ', `${ORG}/oauth2/aus1a2b3c4d5e6f7g8h9/v1/token`],
    ['a/b', `${ORG}/oauth2/a%2Fb/v1/token`]
  ])('authorization server "%s" → %s', (server, url) => {
    expect(tokenEndpointFor(ORG, server)).toBe(url)
  })
})
