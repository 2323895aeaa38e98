/**
 * Expected failures: bad input, a key that cannot be used, an error answer from Okta.
 * main.ts prints their message as one line and no stack trace; anything else is a bug and
 * keeps its stack.
 */
export class ActionError extends Error {
  override name = 'ActionError'
}

/** An input that is missing, malformed or out of range. The message names the input. */
export class InputError extends ActionError {
  override name = 'InputError'
  constructor(
    readonly input: string,
    message: string
  ) {
    super(message)
  }
}
