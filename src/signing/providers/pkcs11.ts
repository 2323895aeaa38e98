import { createHash } from 'node:crypto'
import type * as Pkcs11Module from 'pkcs11js'
import type { Algorithm } from '../../domain.js'
import {
  RemoteKeyError,
  type KeyUri,
  type ProviderContext,
  type ProviderFactory,
  type RemoteKeyProvider,
  type RemotePublicKey
} from '../provider.js'
import { publicKeyFromAttributes, type Pkcs11PublicAttributes } from './pkcs11-public-key.js'
import {
  ckr,
  describe,
  fail,
  findObjects,
  findSlot,
  readUlong,
  SERVICE,
  type Pkcs11Api,
  type Session
} from './pkcs11-lookup.js'
import { parsePkcs11Target, type Pkcs11Target } from './pkcs11-uri.js'

/**
 * `pkcs11:` keys (RFC 7512) on an HSM or a SoftHSM2 token, through pkcs11js, a native addon.
 * dist/ carries the addon built on Linux x64 (N-API, so one build serves Node 20 and 24); on any
 * other runner it cannot load, so the provider says so before trying.
 */

/** Where the committed native addon runs. */
export function pkcs11PlatformSupported(platform: string, arch: string): boolean {
  return platform === 'linux' && arch === 'x64'
}

// PKCS#11 v2.40 section 2.1.7 (RSA PKCS#1 v1.5 with hashing) and 2.3.6 (ECDSA over a digest the
// caller computed): the token hashes for RS*, we hash for ES*.
const RSA_MECHANISMS = {
  RS256: 'CKM_SHA256_RSA_PKCS',
  RS384: 'CKM_SHA384_RSA_PKCS',
  RS512: 'CKM_SHA512_RSA_PKCS'
} as const
const EC_HASHES = { ES256: 'sha256', ES384: 'sha384', ES512: 'sha512' } as const

class Pkcs11Provider implements RemoteKeyProvider {
  readonly service = SERVICE
  readonly keyLabel: string
  private publicKey?: RemotePublicKey

  constructor(
    private readonly api: Pkcs11Api,
    private readonly module: Pkcs11Module.PKCS11,
    private readonly session: Session,
    private readonly privateKey: Buffer,
    private readonly publicObject: Buffer,
    keyLabel: string
  ) {
    this.keyLabel = keyLabel
  }

  getPublicKey(): Promise<RemotePublicKey> {
    return settled(() => (this.publicKey ??= this.readPublicKey()))
  }

  private readPublicKey(): RemotePublicKey {
    const { api, module, session } = this
    const attribute = (handle: Buffer, type: number): Buffer => {
      const [result] = module.C_GetAttributeValue(session, handle, [{ type }])
      return result?.value
    }
    const keyType = readUlong(attribute(this.publicObject, api.CKA_KEY_TYPE))
    let attributes: Pkcs11PublicAttributes
    if (keyType === BigInt(api.CKK_RSA)) {
      attributes = {
        keyType: 'rsa',
        modulus: attribute(this.publicObject, api.CKA_MODULUS),
        publicExponent: attribute(this.publicObject, api.CKA_PUBLIC_EXPONENT)
      }
    } else if (keyType === BigInt(api.CKK_EC)) {
      attributes = {
        keyType: 'ec',
        ecParams: attribute(this.publicObject, api.CKA_EC_PARAMS),
        ecPoint: attribute(this.publicObject, api.CKA_EC_POINT)
      }
    } else {
      attributes = { keyType: 'other', name: `CKA_KEY_TYPE 0x${keyType.toString(16)}` }
    }
    const canSign = attribute(this.privateKey, api.CKA_SIGN)[0] === 1
    const result = publicKeyFromAttributes(attributes, canSign)
    if ('unusable' in result) {
      throw fail(
        `${this.keyLabel} is a ${result.unusable} key, which cannot sign for Okta. Use an RSA (2048 bits or more) or EC P-256/P-384/P-521 key pair.`
      )
    }
    return result
  }

  sign(
    signingInput: Uint8Array,
    algorithm: Algorithm
  ): Promise<{ signature: Uint8Array; encoding: 'jose' }> {
    return settled(() => this.signNow(signingInput, algorithm))
  }

  private signNow(
    signingInput: Uint8Array,
    algorithm: Algorithm
  ): { signature: Uint8Array; encoding: 'jose' } {
    const { api, module, session } = this
    let mechanism: number
    let data: Buffer
    if (algorithm in RSA_MECHANISMS) {
      mechanism = api[RSA_MECHANISMS[algorithm as keyof typeof RSA_MECHANISMS]]
      data = Buffer.from(signingInput)
    } else {
      mechanism = api.CKM_ECDSA
      data = createHash(EC_HASHES[algorithm as keyof typeof EC_HASHES])
        .update(signingInput)
        .digest()
    }
    try {
      module.C_SignInit(session, { mechanism }, this.privateKey)
      // RSA 4096 gives 512 bytes; P-521 gives 132. CKM_ECDSA returns r || s (PKCS#11 v2.40
      // section 2.3.1), which is JOSE's form already.
      const signature = module.C_Sign(session, data, Buffer.alloc(1024))
      return { signature: new Uint8Array(signature), encoding: 'jose' }
    } catch (error) {
      throw fail(
        `signing with ${this.keyLabel} failed (${ckr(error) || String(error)}). Check that the key pair allows ${algorithm}.`
      )
    }
  }

  close(): Promise<void> {
    release(this.module, this.session)
    return Promise.resolve()
  }
}

/**
 * pkcs11js calls are synchronous: run one so that its throw is a rejected promise, as the
 * RemoteKeyProvider contract has it (the remote signer orders failures by settling both).
 */
function settled<T>(work: () => T): Promise<T> {
  return new Promise(resolve => resolve(work()))
}

/**
 * Logs out, closes the session, finalizes and unloads the module, each step whatever the one
 * before did. Unloading matters within one process: a module left loaded (pkcs11-spy, say)
 * keeps the configuration it read for the next open of the same path.
 */
function release(module: Pkcs11Module.PKCS11, session: Session | undefined): void {
  for (const step of [
    () => session && module.C_Logout(session),
    () => session && module.C_CloseSession(session),
    () => module.C_Finalize(),
    () => module.close()
  ]) {
    try {
      step()
    } catch {
      // Not logged in, or already finalized: nothing left to release.
    }
  }
}

function open(api: Pkcs11Api, uri: KeyUri, target: Pkcs11Target): Pkcs11Provider {
  const module = new api.PKCS11()
  try {
    module.load(target.modulePath)
  } catch (error) {
    throw fail(
      `cannot load the module ${target.modulePath} (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}). Install the HSM's PKCS#11 library (Debian: apt-get install softhsm2) or set module-path= in ${uri.input}.`
    )
  }
  let session: Session | undefined
  try {
    try {
      module.C_Initialize()
    } catch (error) {
      // Another key of this run already initialised the same module in this process.
      if (ckr(error) !== 'CKR_CRYPTOKI_ALREADY_INITIALIZED') throw error
    }
    const slot = findSlot(module, target)
    session = module.C_OpenSession(slot, api.CKF_SERIAL_SESSION)
    if (target.pin !== undefined) {
      try {
        module.C_Login(session, api.CKU_USER, target.pin)
      } catch (error) {
        const code = ckr(error)
        if (code === 'CKR_PIN_INCORRECT' || code === 'CKR_PIN_LEN_RANGE') {
          throw fail(
            `the token refused the PIN (${code}). Fix pin-value or pin-source in ${uri.input}: it is the token's user PIN, not the SO PIN.`
          )
        }
        if (code === 'CKR_PIN_LOCKED') {
          throw fail(
            `the token's user PIN is locked (${code}). Unlock it with the SO PIN, then retry.`
          )
        }
        if (code !== 'CKR_USER_ALREADY_LOGGED_IN') throw error
      }
    }
    const privateKeys = findObjects(api, module, session, api.CKO_PRIVATE_KEY, target)
    const publicKeys = findObjects(api, module, session, api.CKO_PUBLIC_KEY, target)
    const what = describe(target)
    const [privateKey] = privateKeys
    if (!privateKey) {
      throw fail(
        `no private key ${what}${target.pin === undefined ? ' (no PIN given: private keys are visible only after login; add pin-value or pin-source)' : ''}. Fix object= or id= in ${uri.input}.`
      )
    }
    if (privateKeys.length > 1) {
      throw fail(
        `more than one private key matches ${what}. Add id= (or object=) to ${uri.input} to pick one.`
      )
    }
    const [publicKey] = publicKeys
    if (!publicKey || publicKeys.length > 1) {
      throw fail(
        `${publicKey ? 'more than one public key object' : 'no public key object'} matches ${what}; the action reads the public key from it. Store exactly one public key object with the same label and id as the private key.`
      )
    }
    return new Pkcs11Provider(api, module, session, privateKey, publicKey, what)
  } catch (error) {
    // Nothing half-open on failure: the session and the module are released.
    release(module, session)
    if (error instanceof RemoteKeyError) throw error
    throw fail(`${ckr(error) || String(error)} while opening ${describe(target)}.`)
  }
}

const pkcs11Provider: ProviderFactory = async (uri: KeyUri, ctx: ProviderContext) => {
  const target = parsePkcs11Target(uri, ctx)
  if (!pkcs11PlatformSupported(process.platform, process.arch)) {
    throw fail(
      `pkcs11: keys are supported on Linux x64 runners only (the native addon in dist/ is built for them); this runner is ${process.platform}/${process.arch}. Use a Linux x64 runner, or a KMS scheme.`
    )
  }
  const api = (await import('pkcs11js')).default
  return open(api, uri, target)
}

export default pkcs11Provider
