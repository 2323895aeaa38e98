import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import { generateSigningKey } from '../keys/generate.js'
import { maskKeyText, publicJwkOf } from '../keys/signing-key.js'
import { signWithLocalKey } from '../signing/local-signer.js'
import type { Signer } from '../signing/signer.js'
import { loadKeyFromInputs } from './load-key.js'

/** The key rotate moves to (given, remote or generated), and storing it as a repository secret. */

export interface NewKey {
  signing: Signer
  /** PKCS#8 PEM when this run generated the key (masked already, output once proven). */
  generatedPem?: string
  /** What goes to the repository secret: the generated PEM, or private-key as given; none for a
   *  remote key (new-signing-key), which stays in its KMS. */
  secretValue?: string
}

/**
 * The new key: private-key when given, else a new pair per key-type whose kid is its RFC 7638
 * thumbprint (unique per key, so a later rotation never collides with it). A generated PEM is
 * masked line by line the moment it exists; it is output only once proven.
 */
export async function rotationKey(
  ctx: ModeContext,
  inputs: Inputs,
  self: boolean
): Promise<NewKey> {
  const remote = remoteNewKey(inputs, self)
  // In self-rotation key-id and algorithm describe the app's current key; the new one takes its
  // thumbprint and its own algorithm.
  const keyInputs = self ? { ...inputs, keyId: '', algorithm: undefined } : inputs
  if (remote) return { signing: await loadKeyFromInputs(ctx, keyInputs, remote) }
  if (inputs.privateKey && !self) {
    const signing = await loadKeyFromInputs(ctx, inputs)
    return { signing, secretValue: inputs.privateKey }
  }
  const fresh = await generateSigningKey(inputs.keyType)
  maskKeyText(fresh.pkcs8Pem, ctx.mask)
  const { jwk, algorithm, description } = await publicJwkOf(fresh.privateKey)
  ctx.log.info(
    `Key: generated a new ${description} key pair (${inputs.keyType}), kid ${jwk.kid} (RFC 7638 thumbprint), algorithm ${algorithm}`
  )
  return {
    signing: {
      privateKey: fresh.privateKey,
      algorithm,
      kid: jwk.kid,
      kidSource: 'thumbprint',
      publicJwk: jwk,
      format: 'generated PKCS#8',
      description,
      sign: signWithLocalKey(fresh.privateKey, algorithm)
    },
    generatedPem: fresh.pkcs8Pem,
    secretValue: fresh.pkcs8Pem
  }
}

/**
 * The remote key to rotate to: new-signing-key, or signing-key as rotate reads private-key (the
 * key to rotate to). In self-rotation signing-key is the app's current key, so only
 * new-signing-key names a new one.
 */
export function remoteNewKey(inputs: Inputs, self: boolean) {
  return inputs.newSigningKey ?? (self ? undefined : inputs.signingKey)
}

/** The GitHub modules load only here, when github-token is set. */
export async function storeNewKey(
  ctx: ModeContext,
  inputs: Inputs,
  value: string
): Promise<string> {
  const { openRepositoryStore } = await import('../github/repository-secrets.js')
  const store = await openRepositoryStore(inputs.githubToken, ctx.http, ctx.env)
  const outcome = await store.storeSecret(inputs.privateKeySecret, value)
  ctx.log.info(
    `Stored the new private key as repository secret ${inputs.privateKeySecret} in ${store.repository} (${outcome})`
  )
  return `secret ${inputs.privateKeySecret} in ${store.repository}`
}
