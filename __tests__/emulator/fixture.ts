// One emulator child process per test file, reset after every test. `emulator` and `url` are
// live bindings: read them inside tests and helpers, after useEmulator's beforeAll has run.
import { afterAll, afterEach, beforeAll } from '@jest/globals'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'

export let emulator: EmulatorHandle
export let url: string

export function useEmulator(): void {
  beforeAll(async () => {
    emulator = await startEmulator()
    url = emulator.url
  })
  afterAll(async () => {
    await emulator?.stop()
  })
  afterEach(async () => {
    await emulator.control.reset()
  })
}
