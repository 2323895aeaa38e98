// An Okta emulator child and the AWS KMS fake (fakes/aws-kms.ts) per test file, for the tests of
// keys that live in KMS. `emulator` and `kms` are live bindings: read them inside tests, after
// the beforeAll has run. After each test the KMS Sign count is zeroed and the emulator reset.
import { afterAll, afterEach, beforeAll } from '@jest/globals'
import { startFakeKms, type FakeKms } from '../fakes/aws-kms.js'
import { startEmulator, type EmulatorHandle } from '../testkit/emulator/process.js'

export let emulator: EmulatorHandle
export let kms: FakeKms

export function useEmulatorAndKms(): void {
  beforeAll(async () => {
    ;[emulator, kms] = await Promise.all([startEmulator(), startFakeKms()])
  })
  afterAll(async () => {
    await Promise.all([emulator?.stop(), kms?.close()])
  })
  afterEach(async () => {
    kms.signCount = 0
    await emulator.control.reset()
  })
}
