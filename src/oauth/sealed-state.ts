import {
  createCipheriv,
  createDecipheriv,
  hkdfSync,
  randomBytes,
  type KeyObject
} from 'node:crypto'

/**
 * The post step needs the access token to revoke it, but GITHUB_STATE is a file on the runner
 * and no secret may be written there in the clear. The token is sealed with AES-256-GCM under
 * a key derived (HKDF-SHA256) from the private key, which the post step has again through
 * its inputs; the state file holds only ciphertext.
 */
const INFO = Buffer.from('okta-private-key-jwt-action post-step token v1')

function deriveKey(privateKey: KeyObject, salt: Buffer): Buffer {
  const material = privateKey.export({ format: 'der', type: 'pkcs8' })
  return Buffer.from(hkdfSync('sha256', material, salt, INFO, 32))
}

export function sealForPostStep(secret: string, privateKey: KeyObject): string {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', deriveKey(privateKey, salt), iv)
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return [salt, iv, cipher.getAuthTag(), data].map(part => part.toString('base64url')).join('.')
}

/** Undefined when the state was sealed under another key or is damaged. */
export function openFromMainStep(sealed: string, privateKey: KeyObject): string | undefined {
  const parts = sealed.split('.').map(part => Buffer.from(part, 'base64url'))
  if (parts.length !== 4) return undefined
  const [salt, iv, tag, data] = parts
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(privateKey, salt), iv)
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8')
  } catch {
    return undefined
  }
}
