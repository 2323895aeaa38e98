import {
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  sign,
  constants,
  type KeyObject
} from 'node:crypto'
import { startFake, type FakeServer } from './http.js'

/**
 * A fake of AWS KMS's JSON 1.1 wire protocol (docs.aws.amazon.com/kms/latest/APIReference/:
 * API_Sign.html, API_GetPublicKey.html, CommonErrors.html), enough for the action's two calls and
 * driven by the real @aws-sdk/client-kms. Keys are real (RSA 2048/3072/4096, EC P-256/384/521,
 * and the kinds Okta cannot use: secp256k1, ENCRYPT_DECRYPT RSA, symmetric). Each request must
 * carry a SigV4 Authorization for service kms and a known access key id. Errors are 400 with
 * `{"__type": "...Exception", "message": ...}`, as the SDK's JSON protocol reads them.
 */

export type FakeKeySpec =
  | 'RSA_2048'
  | 'RSA_3072'
  | 'RSA_4096'
  | 'ECC_NIST_P256'
  | 'ECC_NIST_P384'
  | 'ECC_NIST_P521'
  | 'ECC_SECG_P256K1'
  | 'SYMMETRIC_DEFAULT'

export interface FakeKmsKeyOptions {
  spec: FakeKeySpec
  usage?: 'SIGN_VERIFY' | 'ENCRYPT_DECRYPT'
  alias?: string
  enabled?: boolean
  /** Actions the caller's role is not allowed on this key. */
  deny?: ('kms:Sign' | 'kms:GetPublicKey')[]
  /** Test-only corruption: answer ECDSA signatures as raw r||s instead of DER, or sign with PSS. */
  misbehave?: 'raw-ecdsa' | 'pss-for-pkcs1'
}

export interface FakeKmsKey extends Required<Omit<FakeKmsKeyOptions, 'alias' | 'misbehave'>> {
  keyId: string
  arn: string
  alias?: string
  misbehave?: FakeKmsKeyOptions['misbehave']
  privateKey?: KeyObject
  publicKey?: KeyObject
}

export interface FakeKms extends FakeServer {
  region: string
  accountId: string
  credentials: { accessKeyId: string; secretAccessKey: string }
  addKey(options: FakeKmsKeyOptions): FakeKmsKey
  /** Sign calls answered with a signature. */
  signCount: number
  /** Every operation received, in order (X-Amz-Target without the service prefix). */
  calls: string[]
  /** 'GetPublicKey received', 'Sign answered', ...: in order, to show which calls overlapped. */
  events: string[]
  /**
   * When set, a GetPublicKey is answered only once a Sign has arrived, or after this many ms:
   * a client that sends Sign only after GetPublicKey's answer then shows in `events` as a
   * GetPublicKey answered before any Sign was received.
   */
  holdPublicKeyForSignMs: number
  latencyMs: number
}

const CURVES: Partial<Record<FakeKeySpec, string>> = {
  ECC_NIST_P256: 'prime256v1',
  ECC_NIST_P384: 'secp384r1',
  ECC_NIST_P521: 'secp521r1',
  ECC_SECG_P256K1: 'secp256k1'
}
const EC_ALGORITHM: Partial<Record<FakeKeySpec, string>> = {
  ECC_NIST_P256: 'ECDSA_SHA_256',
  ECC_NIST_P384: 'ECDSA_SHA_384',
  ECC_NIST_P521: 'ECDSA_SHA_512',
  ECC_SECG_P256K1: 'ECDSA_SHA_256'
}
const RSA_SIGNING = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512'
]

class KmsError extends Error {
  constructor(
    readonly type: string,
    message: string
  ) {
    super(message)
  }
}

export async function startFakeKms(options: { latencyMs?: number } = {}): Promise<FakeKms> {
  const region = 'us-east-1'
  const accountId = '111122223333'
  const credentials = {
    accessKeyId: `AKIA${randomBytes(8).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64')
  }
  const keys: FakeKmsKey[] = []
  const state = {
    signCount: 0,
    calls: [] as string[],
    events: [] as string[],
    latencyMs: options.latencyMs ?? 0,
    holdPublicKeyForSignMs: 0
  }
  // Called by the next Sign that arrives: what held GetPublicKey calls wait for.
  const waitingForSign: Array<() => void> = []
  const holdForSign = () =>
    new Promise<void>(resolve => {
      const timer = setTimeout(resolve, state.holdPublicKeyForSignMs)
      waitingForSign.push(() => {
        clearTimeout(timer)
        resolve()
      })
    })

  const find = (id: unknown): FakeKmsKey => {
    const value = String(id ?? '')
    const key = keys.find(
      k =>
        k.keyId === value ||
        k.arn === value ||
        (k.alias &&
          (value === k.alias || value === `arn:aws:kms:${region}:${accountId}:${k.alias}`))
    )
    if (!key) {
      const what = value.includes('alias/')
        ? `Alias arn:aws:kms:${region}:${accountId}:${value.replace(/^.*?(alias\/)/, '$1')} is not found.`
        : `Key '${value.startsWith('arn:') ? value : `arn:aws:kms:${region}:${accountId}:key/${value}`}' does not exist`
      throw new KmsError('NotFoundException', what)
    }
    return key
  }
  const allow = (key: FakeKmsKey, action: 'kms:Sign' | 'kms:GetPublicKey') => {
    if (key.deny.includes(action)) {
      throw new KmsError(
        'AccessDeniedException',
        `User: arn:aws:sts::${accountId}:assumed-role/github-ci/GitHubActions is not authorized to perform: ${action} on resource: ${key.arn} because no identity-based policy allows the ${action} action`
      )
    }
    if (!key.enabled) throw new KmsError('DisabledException', `${key.arn} is disabled.`)
  }

  const operations: Record<string, (input: Record<string, unknown>) => unknown> = {
    GetPublicKey(input) {
      const key = find(input.KeyId)
      allow(key, 'kms:GetPublicKey')
      if (key.spec === 'SYMMETRIC_DEFAULT') {
        throw new KmsError(
          'UnsupportedOperationException',
          `${key.arn} key usage is ENCRYPT_DECRYPT and key spec is SYMMETRIC_DEFAULT, which is not valid for GetPublicKey.`
        )
      }
      const signing = key.usage === 'SIGN_VERIFY'
      return {
        KeyId: key.arn,
        KeySpec: key.spec,
        KeyUsage: key.usage,
        PublicKey: key.publicKey!.export({ format: 'der', type: 'spki' }).toString('base64'),
        ...(signing
          ? {
              SigningAlgorithms: key.spec.startsWith('RSA') ? RSA_SIGNING : [EC_ALGORITHM[key.spec]]
            }
          : { EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] })
      }
    },
    Sign(input) {
      const key = find(input.KeyId)
      allow(key, 'kms:Sign')
      const algorithm = String(input.SigningAlgorithm ?? '')
      const allowed = key.spec.startsWith('RSA') ? RSA_SIGNING : [EC_ALGORITHM[key.spec]]
      if (key.usage !== 'SIGN_VERIFY' || !allowed.includes(algorithm)) {
        throw new KmsError(
          'InvalidKeyUsageException',
          `You cannot use ${algorithm} with ${key.arn}: its KeyUsage is ${key.usage} and KeySpec ${key.spec}.`
        )
      }
      if ((input.MessageType ?? 'RAW') !== 'RAW') {
        throw new KmsError('ValidationException', 'This fake implements MessageType RAW only.')
      }
      const message = Buffer.from(String(input.Message ?? ''), 'base64')
      if (message.length === 0 || message.length > 4096) {
        throw new KmsError(
          'ValidationException',
          "1 validation error detected: Value at 'message' failed to satisfy constraint: Member must have length less than or equal to 4096"
        )
      }
      const hash = `sha${algorithm.slice(-3)}`
      const pss = algorithm.startsWith('RSASSA_PSS') || key.misbehave === 'pss-for-pkcs1'
      const signature = algorithm.startsWith('ECDSA')
        ? sign(hash, message, {
            key: key.privateKey!,
            dsaEncoding: key.misbehave === 'raw-ecdsa' ? 'ieee-p1363' : 'der'
          })
        : sign(
            hash,
            message,
            pss
              ? {
                  key: key.privateKey!,
                  padding: constants.RSA_PKCS1_PSS_PADDING,
                  saltLength: constants.RSA_PSS_SALTLEN_DIGEST
                }
              : key.privateKey!
          )
      state.signCount += 1
      return {
        KeyId: key.arn,
        Signature: signature.toString('base64'),
        SigningAlgorithm: algorithm
      }
    }
  }

  const server = await startFake(
    async (req, body) => {
      const target = String(req.headers['x-amz-target'] ?? '')
      const operation = target.replace(/^TrentService\./, '')
      state.calls.push(operation)
      state.events.push(`${operation} received`)
      if (operation === 'Sign') for (const release of waitingForSign.splice(0)) release()
      if (operation === 'GetPublicKey' && state.holdPublicKeyForSignMs > 0) await holdForSign()
      try {
        checkSigV4(String(req.headers.authorization ?? ''), credentials.accessKeyId, region)
        const run = operations[operation]
        if (req.method !== 'POST' || !target.startsWith('TrentService.') || !run) {
          throw new KmsError('UnknownOperationException', `Unknown operation ${target}`)
        }
        const input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
        const answer = run(input)
        state.events.push(`${operation} answered`)
        return Promise.resolve({
          status: 200,
          headers: {
            'content-type': 'application/x-amz-json-1.1',
            'x-amzn-requestid': randomUUID()
          },
          body: answer
        })
      } catch (error) {
        if (!(error instanceof KmsError)) throw error
        state.events.push(`${operation} answered`)
        return {
          status: 400,
          headers: {
            'content-type': 'application/x-amz-json-1.1',
            'x-amzn-requestid': randomUUID()
          },
          body: { __type: error.type, message: error.message }
        }
      }
    },
    () => state.latencyMs
  )

  // An object literal, not Object.assign: the counters must stay live getters.
  return {
    url: server.url,
    close: () => server.close(),
    region,
    accountId,
    credentials,
    get signCount() {
      return state.signCount
    },
    set signCount(value: number) {
      state.signCount = value
    },
    calls: state.calls,
    events: state.events,
    get holdPublicKeyForSignMs() {
      return state.holdPublicKeyForSignMs
    },
    set holdPublicKeyForSignMs(value: number) {
      state.holdPublicKeyForSignMs = value
    },
    get latencyMs() {
      return state.latencyMs
    },
    set latencyMs(value: number) {
      state.latencyMs = value
    },
    addKey(keyOptions: FakeKmsKeyOptions): FakeKmsKey {
      const keyId = randomUUID()
      const usage =
        keyOptions.usage ??
        (keyOptions.spec === 'SYMMETRIC_DEFAULT' ? 'ENCRYPT_DECRYPT' : 'SIGN_VERIFY')
      const pair = keyPairFor(keyOptions.spec)
      const key: FakeKmsKey = {
        keyId,
        arn: `arn:aws:kms:${region}:${accountId}:key/${keyId}`,
        spec: keyOptions.spec,
        usage,
        enabled: keyOptions.enabled ?? true,
        deny: keyOptions.deny ?? [],
        ...(keyOptions.alias ? { alias: keyOptions.alias } : {}),
        ...(keyOptions.misbehave ? { misbehave: keyOptions.misbehave } : {}),
        ...pair
      }
      keys.push(key)
      return key
    }
  }
}

function keyPairFor(spec: FakeKeySpec): { privateKey?: KeyObject; publicKey?: KeyObject } {
  if (spec === 'SYMMETRIC_DEFAULT') return {}
  const { privateKey } = spec.startsWith('RSA')
    ? generateKeyPairSync('rsa', { modulusLength: Number(spec.slice(4)) })
    : generateKeyPairSync('ec', { namedCurve: CURVES[spec]! })
  return { privateKey, publicKey: createPublicKey(privateKey) }
}

/** SigV4 (docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html): the
 *  Authorization header names the access key and the credential scope DATE/REGION/kms/aws4_request. */
function checkSigV4(authorization: string, accessKeyId: string, region: string): void {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([^/]+)\/kms\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/.exec(
      authorization
    )
  if (!match) {
    throw new KmsError('MissingAuthenticationTokenException', 'Missing Authentication Token')
  }
  if (match[1] !== accessKeyId) {
    throw new KmsError(
      'UnrecognizedClientException',
      'The security token included in the request is invalid.'
    )
  }
  if (match[2] !== region) {
    throw new KmsError(
      'InvalidSignatureException',
      `Credential should be scoped to a valid region, not '${match[2]}'.`
    )
  }
}
