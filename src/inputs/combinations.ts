import { ADMIN_ROLES } from '../domain.js'
import { InputError, printable } from '../errors.js'
import type { Inputs } from '../inputs.js'
import { validateScopes } from './values.js'

/**
 * The checks that need several inputs at once (scopes by mode, admin roles, the request
 * options), after each input has been read on its own by parseInputs.
 */
export function checkModeCombinations(inputs: Inputs): void {
  if (inputs.mode === 'token' || inputs.mode === 'request') validateScopes(inputs.scopes)
  if (inputs.mode === 'rotate') {
    validateScopes(inputs.scopes)
    // The app's okta.* grants (the default proof scopes) only apply to the org server.
    if (inputs.scopes.length === 0 && (inputs.authorizationServer || inputs.tokenEndpoint)) {
      throw new InputError(
        'scopes',
        'Input scopes is required in rotate mode with a custom authorization server: name a scope that server grants the app, for the token that proves the new key.'
      )
    }
  }
  if (inputs.mode === 'provision') {
    validateScopes(inputs.scopes)
    // Only okta.* scopes can be granted to an app (they come from the org authorization
    // server); a typo would otherwise surface as an Okta 400 after the app was created.
    const notOkta = inputs.scopes.filter(scope => !/^okta\.[A-Za-z]+\.[A-Za-z]+$/.test(scope))
    if (notOkta.length) {
      throw new InputError(
        'scopes',
        `Input scopes in provision mode takes Okta API scopes such as okta.users.read; not: ${notOkta.map(printable).join(', ')}.`
      )
    }
    const unknownRoles = inputs.adminRoles.filter(role => !ADMIN_ROLES.includes(role))
    if (unknownRoles.length) {
      throw new InputError(
        'admin-roles',
        `Input admin-roles has unknown role type${unknownRoles.length > 1 ? 's' : ''} ${unknownRoles.map(printable).join(', ')}; allowed values: ${ADMIN_ROLES.join(', ')}.`
      )
    }
  }
  if (inputs.requestBody && inputs.requestMethod === 'GET') {
    throw new InputError(
      'request-body',
      'Input request-body cannot be sent with request-method GET; use POST, PUT, PATCH or DELETE.'
    )
  }
  if (inputs.requestPaginate && inputs.requestMethod !== 'GET') {
    throw new InputError(
      'request-paginate',
      'Input request-paginate only works with request-method GET.'
    )
  }
}
