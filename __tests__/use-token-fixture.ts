// The setup the token-fixture test files share (unit and e2e): one emulator child per file,
// with seeded apps. `fx` is a live binding: read it inside tests and hooks, once the
// beforeAll below has run.
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals'
import { startTokenFixture, type TokenFixture } from '../testkit/token-fixtures.js'

export let fx: TokenFixture

export interface BetweenTests {
  /** Before each test, e.g. clear faults and the request log so a test reads only its own. */
  before?: (fx: TokenFixture) => Promise<void>
  after?: (fx: TokenFixture) => Promise<void>
}

export function useTokenFixture({ before, after }: BetweenTests = {}): void {
  beforeAll(async () => {
    fx = await startTokenFixture()
  })
  afterAll(async () => {
    await fx?.stop()
  })
  if (before) beforeEach(() => before(fx))
  if (after) afterEach(() => after(fx))
}

/** No fault left from the test before, and a request log holding only this test's requests. */
export async function clearFaultsAndRequests(fixture: TokenFixture): Promise<void> {
  await fixture.control.clearFaults()
  await fixture.control.clearRequests()
}
