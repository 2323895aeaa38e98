import type { HttpResponse } from '../http/transport.js'
import { describeOktaError, OktaError, parseOktaError } from './okta-error.js'

/**
 * The OktaError of a failed call. A 403 (E0000006, or an empty body from a scope check)
 * names the privilege the call needs in place of the generic hint, because "You do not have
 * permission" alone does not say which admin role to ask for.
 */
export function managementError(
  what: string,
  response: HttpResponse,
  privilege?: string,
  holder = 'the admin who created api-token'
): OktaError {
  const info = parseOktaError(response)
  const error = new OktaError(what, info)
  if (response.status === 403 && privilege) {
    error.message = describeOktaError(
      what,
      info,
      `This needs ${privilege}; ${holder} lacks that privilege.`
    )
  }
  return error
}
