import { generateKeyPairSync, type KeyObject } from 'node:crypto'

/** Test key pairs, made once per process (RSA generation is slow). */
export interface TestKey {
  privateKey: KeyObject
  pkcs8: string
  /** Public JWK for registering in the emulator. */
  publicJwk: { kty: string; [member: string]: unknown }
}

const cache = new Map<string, TestKey>()

export function testKey(kind: 'rsa' | 'rsa3072' | 'p256' | 'p384' | 'p521' = 'rsa'): TestKey {
  let key = cache.get(kind)
  if (!key) {
    const pair =
      kind === 'rsa' || kind === 'rsa3072'
        ? generateKeyPairSync('rsa', { modulusLength: kind === 'rsa' ? 2048 : 3072 })
        : generateKeyPairSync('ec', {
            namedCurve: { p256: 'prime256v1', p384: 'secp384r1', p521: 'secp521r1' }[kind]
          })
    key = {
      privateKey: pair.privateKey,
      pkcs8: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      publicJwk: pair.publicKey.export({ format: 'jwk' }) as TestKey['publicJwk']
    }
    cache.set(kind, key)
  }
  return key
}
