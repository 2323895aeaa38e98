import type { ActionCore } from '../context.js'
import { removeCredentials } from './credentials.js'
import { CREDENTIALS_STATE } from './install.js'

/** Post step: deletes the credentials file the token step wrote for okta-api, if any. */
export function removeOktaApiCredentials(
  core: Pick<ActionCore, 'getState' | 'info' | 'warning'>
): void {
  const file = core.getState(CREDENTIALS_STATE)
  if (!file) return
  try {
    removeCredentials(file)
    core.info('Deleted the okta-api credentials file.')
  } catch (error) {
    core.warning(`Could not delete the okta-api credentials file: ${(error as Error).message}`)
  }
}
