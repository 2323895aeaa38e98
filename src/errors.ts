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

/**
 * Echoes an input value in an error safely: short, and control characters escaped. Here, not
 * in inputs/values.ts, so that key-uri.ts (a chunk of its own) can use it without taking the
 * input parsers out of the main bundle's concatenated module.
 */
export function printable(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 60)}…` : value
  return cut.replace(/[\x00-\x1f\x7f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}
