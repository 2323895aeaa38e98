// src/keys/ pieces called directly where the runs through loadSigningKey cannot tell a
// change apart: the keys provision and rotate generate (type, size, curve, PEM), and what
// normalizeKeyText reports as repaired.
import { describe, expect, it } from '@jest/globals'
import { createPrivateKey } from 'node:crypto'
import { generateSigningKey } from '../../src/keys/generate.js'

describe('generateSigningKey', () => {
  it.each([
    ['RSA-2048', 'rsa', { modulusLength: 2048 }],
    ['RSA-3072', 'rsa', { modulusLength: 3072 }],
    ['EC-P256', 'ec', { namedCurve: 'prime256v1' }],
    ['EC-P384', 'ec', { namedCurve: 'secp384r1' }],
    ['EC-P521', 'ec', { namedCurve: 'secp521r1' }]
  ] as const)('%s: that key, with its PKCS#8 PEM', async (keyType, type, details) => {
    const { privateKey, pkcs8Pem } = await generateSigningKey(keyType)
    expect(privateKey.type).toBe('private')
    expect(privateKey.asymmetricKeyType).toBe(type)
    expect(privateKey.asymmetricKeyDetails).toMatchObject(details)
    expect(pkcs8Pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/)
    const reread = createPrivateKey(pkcs8Pem)
    expect(reread.equals(privateKey)).toBe(true)
  })
})
