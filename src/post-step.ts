import { createModeContext, runtimeOrDefault, type Runtime } from './context.js'
import { readInputs } from './inputs.js'
import { maskSecretInputs } from './secret-inputs.js'
import { loadSigningKey } from './keys/signing-key.js'
import { openFromMainStep } from './oauth/sealed-state.js'
import { revokeToken } from './oauth/revoke.js'
import { removeOktaApiCredentials } from './okta-api/uninstall.js'

/**
 * The post step (runs at job end, even after a failure): revokes the token the main step
 * minted, with a fresh assertion whose aud is the revoke URL. A token already expired is
 * skipped; any failure is a warning, never a failed job. Named `run` like the main entry's, as
 * actions/typescript-action does, so that `local-action ... --post src/post-step.ts` finds it.
 */
export async function run(given?: Runtime): Promise<void> {
  const runtime = await runtimeOrDefault(given)
  const { core } = runtime
  try {
    const mask = maskSecretInputs(runtime)
    const sealed = core.getState('sealed-token')
    if (!sealed) {
      core.info('No token to revoke.')
      return
    }
    const expiresAt = Date.parse(core.getState('expires-at'))
    if (!Number.isNaN(expiresAt) && expiresAt <= runtime.clock.now()) {
      core.info('The access token has already expired; nothing to revoke.')
      return
    }
    const inputs = await readInputs(name => core.getInput(name))
    const ctx = createModeContext(runtime, inputs, mask)
    const key = await loadSigningKey(inputs.privateKey, {
      passphrase: inputs.privateKeyPassphrase,
      keyId: inputs.keyId,
      algorithm: inputs.algorithm,
      mask: ctx.mask
    })
    const token = openFromMainStep(sealed, key.privateKey)
    if (!token) {
      core.warning(
        'Could not revoke the access token: its saved state does not open with this private-key.'
      )
      return
    }
    ctx.mask(token)
    const revokeEndpoint = core.getState('revoke-endpoint')
    await revokeToken({
      http: ctx.http,
      mask: ctx.mask,
      skew: ctx.skew,
      key,
      clientId: core.getState('client-id'),
      revokeEndpoint,
      token,
      lifetimeSeconds: inputs.assertionLifetime,
      log: ctx.log
    })
    core.info(`Revoked the access token at ${revokeEndpoint}.`)
  } catch (error) {
    core.warning(`Could not revoke the access token: ${(error as Error).message}`)
  } finally {
    // After the revoke (or its warning), and also with revoke: false or an expired token:
    // okta-api's credentials file goes in every case.
    removeOktaApiCredentials(core)
  }
}
