// The message a call fails with, for tests that read a refusal whole: it must reject (a
// success fails the test) and its message must be one line, as every expected failure is.
import { expect } from '@jest/globals'

export async function oneLineFailure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error('the call succeeded')
}
