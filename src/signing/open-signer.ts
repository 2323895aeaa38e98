import type { Logger } from '../http/retrying-client.js'
import type { KeyUri, ProviderContext } from './provider.js'
import { closeWhenDone } from './opened.js'
import { PROVIDERS } from './registry.js'
import { remoteSigner, type RemoteSignerOptions } from './remote-signer.js'
import type { Signer } from './signer.js'

/** The Signer for a signing-key / new-signing-key URI: loads its provider and reads its public key. */
export async function openRemoteSigner(
  uri: KeyUri,
  ctx: ProviderContext & { log: Logger },
  options: RemoteSignerOptions & { what?: string } = {}
): Promise<Signer> {
  const factory = (await PROVIDERS[uri.scheme]()).default
  const provider = await factory(uri, {
    env: ctx.env,
    mask: ctx.mask,
    transport: ctx.transport,
    timeoutMs: ctx.timeoutMs
  })
  if (provider.close) closeWhenDone(() => provider.close!())
  const signer = await remoteSigner(uri, provider, options)
  const describe = () =>
    ctx.log.info(
      `${options.what ?? 'Key'}: ${signer.format} (${uri.display}), ${signer.description}, kid ${signer.kid} (${signer.kidSource === 'input' ? 'key-id input' : 'RFC 7638 thumbprint'}), algorithm ${signer.algorithm}`
    )
  // A signer handed out early is described once its public key has arrived and been checked;
  // a failure there is the run's failure, reported by the signature that waits for it.
  if (signer.ready) signer.ready.then(describe, () => undefined)
  else describe()
  return signer
}
