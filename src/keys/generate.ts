import { generateKeyPair, type KeyObject } from 'node:crypto'
import { promisify } from 'node:util'
import type { KeyType } from '../domain.js'

const generate = promisify(generateKeyPair)

export interface GeneratedKey {
  privateKey: KeyObject
  /** PKCS#8 PEM, the format every tool reads; masked line by line before it is output. */
  pkcs8Pem: string
}

const EC_CURVES: Record<string, string> = {
  'EC-P256': 'prime256v1',
  'EC-P384': 'secp384r1',
  'EC-P521': 'secp521r1'
}

export async function generateSigningKey(keyType: KeyType): Promise<GeneratedKey> {
  const { privateKey } = keyType.startsWith('RSA-')
    ? await generate('rsa', { modulusLength: Number(keyType.slice(4)) })
    : await generate('ec', { namedCurve: EC_CURVES[keyType] })
  const pkcs8Pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
  return { privateKey, pkcs8Pem }
}
