// Okta-style object identifiers. Okta's ids are 20 characters: a three-character prefix that
// names the object type (`0oa` app, `pks` JWK, `oag` grant, `irb` role assignment, `oae`
// error) and base62 characters, as the examples of https://developer.okta.com/docs/api/ show.
import { randomBytes } from 'node:crypto'

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** An Okta-style identifier: `prefix` followed by random base62 characters up to `length`. */
export function oktaId(prefix: string, length = 20): string {
  const bytes = randomBytes(length)
  let id = prefix
  for (let i = id.length; i < length; i++) id += ID_ALPHABET[bytes[i] % ID_ALPHABET.length]
  return id
}
