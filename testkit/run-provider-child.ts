// Runs one remote-key provider in a fresh Node process, as the action's process would: it opens
// the key URI given as JSON in argv[2], reads the public key, signs argv[3] with argv[4], and
// prints {jwk, serviceKeyType, signature} as one JSON line, or {error} with the one-line message.
// For what a jest process cannot set up: NODE_EXTRA_CA_CERTS is read only at start-up.
import type { Algorithm } from '../src/domain.js'
import type { KeyUri, ProviderFactory } from '../src/signing/provider.js'

const [uriJson = '{}', input = '', algorithm = 'RS256'] = process.argv.slice(2)
const uri = JSON.parse(uriJson) as KeyUri
try {
  const factory = (
    (await import(`../src/signing/providers/${uri.scheme}.js`)) as { default: ProviderFactory }
  ).default
  const provider = await factory(uri, { env: process.env, mask: () => undefined })
  const remote = await provider.getPublicKey()
  const { signature } = await provider.sign(new TextEncoder().encode(input), algorithm as Algorithm)
  await provider.close?.()
  console.log(
    JSON.stringify({
      jwk: remote.key.export({ format: 'jwk' }),
      serviceKeyType: remote.serviceKeyType,
      signature: Buffer.from(signature).toString('base64url')
    })
  )
} catch (error) {
  console.log(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }))
}
