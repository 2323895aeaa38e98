import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import type { Signer } from '../signing/signer.js'
import type { MintedToken } from './access-token.js'

/** Job summary of a minted token: facts only, never the token, assertion or keys. */
export async function writeTokenSummary(
  ctx: ModeContext,
  inputs: Inputs,
  key: Signer,
  token: MintedToken,
  /** What publishToken decided: revoke on, a revoke endpoint known, a local key to seal with. */
  revokedAtJobEnd: boolean
): Promise<void> {
  await ctx.writeSummary(summary => {
    summary.addHeading('Okta access token', 3).addTable([
      [
        { data: 'Fact', header: true },
        { data: 'Value', header: true }
      ],
      ['Client id', inputs.clientId],
      ['Token endpoint', token.tokenEndpoint],
      [
        'Key',
        `${key.description}, kid ${key.kid}, ${key.algorithm}${key.privateKey ? '' : ` (${key.format})`}`
      ],
      ['Token type', token.tokenType],
      ['Scopes granted', token.scope || '(none listed)'],
      ['Scopes missing', token.missingScopes.join(' ') || 'none'],
      ['Expires at', token.expiresAt],
      ['Revoked at job end', revokedAtJobEnd ? 'yes' : 'no']
    ])
    if (token.tokenType === 'DPoP') {
      summary.addRaw(
        '\nThe token is DPoP-bound: every API call needs `Authorization: DPoP <token>` and a fresh proof signed with the `dpop-key` output (or use `mode: request`).\n',
        true
      )
    }
  })
}
