import { InputError, printable } from '../errors.js'

/**
 * Parsers for one input value each: they trim, check and convert, and every message names
 * the input and echoes the value only through printable(). inputs.ts decides which input
 * goes through which.
 */

export function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  const value = raw.trim()
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(
    name,
    `Input ${name} has an unknown value "${printable(value)}"; allowed values: ${allowed.join(', ')}.`
  )
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput. */
export function boolean(name: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim()
  if (!value) return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(name, `Input ${name} must be true or false, not "${printable(value)}".`)
}

export function integer(
  name: string,
  raw: string,
  fallback: number,
  min: number,
  max: number
): number {
  const value = raw.trim()
  if (!value) return fallback
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(
      name,
      `Input ${name} must be a whole number from ${min} to ${max}, not "${printable(value)}".`
    )
  }
  return Number(value)
}

/** Lists split on spaces, commas and newlines, trimmed, empties dropped, duplicates removed. */
export function list(raw: string): string[] {
  return [...new Set(raw.split(/[\s,]+/).filter(Boolean))]
}

export function validateScopes(scopes: string[]): void {
  for (const scope of scopes) {
    // RFC 6749 §3.3 scope-token: printable ASCII except space, quote and backslash.
    if (!/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(scope)) {
      throw new InputError('scopes', `Input scopes has an invalid scope "${printable(scope)}".`)
    }
  }
}

export function authorizationServer(raw: string): string {
  const value = raw.trim()
  if (value && !/^[A-Za-z0-9_-]+$/.test(value)) {
    throw new InputError(
      'authorization-server',
      `Input authorization-server must be empty (org server), "default" or an authorization server id such as aus1a2b3c4d5e6f7g8h9, not "${printable(value)}".`
    )
  }
  return value
}

/** `name`: client-id, or admin-client-id for the admin app's. */
export function clientId(raw: string, name = 'client-id'): string {
  const value = raw.trim()
  if (value && !/^[\x21-\x7e]+$/.test(value)) {
    throw new InputError(
      name,
      `Input ${name} contains spaces or control characters; paste the client id alone (e.g. 0oa1b2c3d4e5f6g7h8i9).`
    )
  }
  if (value.length > 255) {
    throw new InputError(name, `Input ${name} is longer than 255 characters.`)
  }
  return value
}

/** `name`: key-id, or admin-key-id for the admin app's. */
export function keyId(raw: string, name = 'key-id'): string {
  const value = raw.trim()
  if (value && !/^[\x21-\x7e]{1,255}$/.test(value)) {
    throw new InputError(
      name,
      `Input ${name} must be 1 to 255 printable characters without spaces.`
    )
  }
  return value
}

export function label(raw: string): string {
  const value = raw.trim()
  if (value.length > 100 || /[\x00-\x1f\x7f]/.test(value)) {
    throw new InputError(
      'app-label',
      'Input app-label must be at most 100 characters without control characters.'
    )
  }
  return value
}

export function secretName(name: string, raw: string): string {
  const value = raw.trim()
  // GitHub: alphanumerics and underscores, not starting with a digit or GITHUB_.
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value) || /^GITHUB_/i.test(value)) {
    throw new InputError(
      name,
      `Input ${name} must contain only letters, digits and underscores, not start with a digit or GITHUB_: "${printable(value)}".`
    )
  }
  return value
}

export function jsonText(name: string, raw: string): string {
  if (!raw.trim()) return ''
  try {
    JSON.parse(raw)
  } catch (error) {
    // V8's message quotes the text itself; keep only the position so no value is echoed.
    const at = /position (\d+)/.exec((error as Error).message)
    throw new InputError(
      name,
      `Input ${name} is not valid JSON${at ? ` (syntax error at position ${at[1]})` : ''}.`
    )
  }
  return raw
}
