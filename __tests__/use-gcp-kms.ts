// The Cloud KMS fake (fakes/gcp-kms.ts) per test file, reached the way a job reaches Cloud KMS:
// GOOGLE_APPLICATION_CREDENTIALS names a credentials file (as google-github-actions/auth leaves
// it) and the real google-auth-library reads it when a call first needs a token. `fake`, `dir`
// and `serviceAccountFile` are live bindings: read them inside tests, after the beforeAll ran.
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGcpKmsFake, type GcpKmsFake } from '../fakes/gcp-kms.js'
import type { KeyUri, RemoteKeyProvider } from '../src/signing/provider.js'
import gcpKmsProvider from '../src/signing/providers/gcpkms.js'

export let fake: GcpKmsFake
/** A temporary folder for the test file's credentials files, removed after it. */
export let dir: string
/** A service-account key file the fake accepts (the library signs its own JWT: no token call). */
export let serviceAccountFile: string

/**
 * Starts the fake before the file's tests and stops it after; GOOGLE_APPLICATION_CREDENTIALS is
 * put back after each test, which may point it elsewhere.
 */
export function useGcpKms(prefix: string): void {
  let saved: string | undefined
  beforeAll(async () => {
    fake = await startGcpKmsFake()
    dir = mkdtempSync(join(tmpdir(), prefix))
    serviceAccountFile = join(dir, 'service-account.json')
    writeFileSync(serviceAccountFile, JSON.stringify(fake.serviceAccountKey()))
  })
  beforeEach(() => {
    saved = process.env.GOOGLE_APPLICATION_CREDENTIALS
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS
    else process.env.GOOGLE_APPLICATION_CREDENTIALS = saved
  })
  afterAll(async () => {
    await fake.close()
    rmSync(dir, { recursive: true, force: true })
  })
}

/** The parsed `gcpkms://` URI of a key version, served at `endpoint` (the fake by default). */
export function gcpKeyUri(path: string, endpoint = fake.url): KeyUri {
  return {
    scheme: 'gcpkms',
    input: 'signing-key',
    display: `gcpkms://${path}?endpoint=${endpoint}`,
    path,
    authority: '',
    query: { endpoint },
    endpoint
  }
}

/**
 * The provider with GOOGLE_APPLICATION_CREDENTIALS set to `credentials` (the service-account
 * file by default); it stays set until the test ends, since the library reads it lazily.
 */
export function openGcpKms(
  path: string,
  { endpoint = fake.url, credentials = serviceAccountFile } = {}
): Promise<RemoteKeyProvider> {
  process.env.GOOGLE_APPLICATION_CREDENTIALS = credentials
  return gcpKmsProvider(gcpKeyUri(path, endpoint), { env: process.env, mask: () => undefined })
}
