import type { KeyObject } from 'node:crypto'
import { calculateJwkThumbprint, type JWK } from 'jose'
import type { FakeKms } from '../fakes/aws-kms.js'
import type { FakeVault } from '../fakes/vault-transit.js'

/**
 * What tests of signing-key need around the key-service fakes (fakes/): the step environment a
 * job would have after logging in to the service, the secrets in it for the leak scan, and the
 * public JWK (RFC 7638 thumbprint kid) to register in the Okta emulator.
 */
export function kmsStep(kms: FakeKms): { env: Record<string, string>; secrets: string[] } {
  return {
    env: {
      AWS_ACCESS_KEY_ID: kms.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: kms.credentials.secretAccessKey,
      AWS_REGION: kms.region
    },
    secrets: [kms.credentials.secretAccessKey]
  }
}

export function vaultStep(vault: FakeVault): { env: Record<string, string>; secrets: string[] } {
  return { env: { VAULT_ADDR: vault.url, VAULT_TOKEN: vault.token }, secrets: [vault.token] }
}

/** awskms://127.0.0.1:PORT/KEY: cosign's endpoint form (http because the host is loopback). */
export function kmsUri(kms: FakeKms, keyId: string): string {
  return `awskms://${new URL(kms.url).host}/${keyId}`
}

export async function registrableJwk(
  publicKey: KeyObject,
  kid?: string
): Promise<JWK & { kid: string }> {
  const jwk = publicKey.export({ format: 'jwk' }) as JWK
  return { ...jwk, kid: kid ?? (await calculateJwkThumbprint(jwk, 'sha256')) }
}
