import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { COMPILED_CHILDREN } from './child-script.js'

/**
 * Test key pairs, made once per process (RSA generation is slow: 0.1-1 s of CPU a key). Under
 * jest they are made once per run: each test file is a fresh module registry, so the first
 * file to need a kind writes its PKCS#8 PEM into the run's scratch folder (the one jest's global
 * setup made, removed by its teardown) and the others read it. Two files that race both
 * generate; each keeps its own key, which is as valid.
 */
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
    const privateKey = sharedKey(kind)
    key = {
      privateKey,
      pkcs8: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      publicJwk: createPublicKey(privateKey).export({ format: 'jwk' }) as TestKey['publicJwk']
    }
    cache.set(kind, key)
  }
  return key
}

type Kind = Parameters<typeof testKey>[0] & string

function generate(kind: Kind): KeyObject {
  return kind === 'rsa' || kind === 'rsa3072'
    ? generateKeyPairSync('rsa', { modulusLength: kind === 'rsa' ? 2048 : 3072 }).privateKey
    : generateKeyPairSync('ec', {
        namedCurve: { p256: 'prime256v1', p384: 'secp384r1', p521: 'secp521r1' }[kind]
      }).privateKey
}

/** The run's key of this kind (see above), or a new one outside jest. */
function sharedKey(kind: Kind): KeyObject {
  const scratch = process.env[COMPILED_CHILDREN]
  if (!scratch) return generate(kind)
  const file = join(scratch, `test-key-${kind}.pem`)
  try {
    return createPrivateKey(readFileSync(file, 'utf8'))
  } catch {
    const privateKey = generate(kind)
    // Written whole under another name, then renamed: a reader never sees half a key.
    const partial = `${file}.${process.pid}`
    writeFileSync(partial, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 })
    renameSync(partial, file)
    return privateKey
  }
}
