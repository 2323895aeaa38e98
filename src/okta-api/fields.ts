import { readFileSync } from 'node:fs'
import { UsageError, type Field } from './flags.js'

/**
 * -f/-F fields as `gh api` builds them: a JSON object for a body, nested keys `a[b][c]=v`,
 * `a[]=v` appending to an array. -F types its value: true, false, null and numbers become
 * JSON values, `@file` is the file's content (`@-`: stdin). With GET the fields go to the
 * query string instead, as gh does.
 */
export type ReadFile = (path: string) => string
/** A file a flag names, from disk; `-` is stdin. */
export const readText: ReadFile = path => readFileSync(path === '-' ? 0 : path, 'utf8')

export function fieldValue(field: Field, read: ReadFile = readText): unknown {
  if (!field.typed) return field.value
  const v = field.value
  if (v === 'true') return true
  if (v === 'false') return false
  if (v === 'null') return null
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(v)) return Number(v)
  if (v.startsWith('@')) return readOrRefuse(read, `-F ${field.key}=${v}`, v.slice(1))
  return v
}

/** A file a flag names, or a usage error (exit 2) that says which flag and why, in one line. */
export function readOrRefuse(read: ReadFile, flag: string, path: string): string {
  try {
    return read(path)
  } catch (error) {
    throw new UsageError(
      `${flag}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    )
  }
}

/** `profile[login]` → ['profile', 'login']; `groupIds[]` → ['groupIds', '']. */
export function keyPath(key: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key)
  if (!match) throw new UsageError(`field key "${key}" is not name or name[sub][…]`)
  const rest = [...match[2].matchAll(/\[([^[\]]*)\]/g)].map(m => m[1])
  return [match[1], ...rest]
}

export function buildBody(fields: Field[], read?: ReadFile): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const field of fields) {
    const path = keyPath(field.key)
    let node: Record<string, unknown> | unknown[] = body
    for (let i = 0; i < path.length; i++) {
      const part = path[i]
      const last = i === path.length - 1
      const nextIsArray = !last && path[i + 1] === ''
      if (part === '') {
        if (!Array.isArray(node))
          throw new UsageError(`field key "${field.key}" mixes [] with named keys`)
        if (last) node.push(fieldValue(field, read))
        else {
          const child = {}
          node.push(child)
          node = child
        }
        continue
      }
      if (Array.isArray(node))
        throw new UsageError(`field key "${field.key}" mixes [] with named keys`)
      if (last) {
        node[part] = fieldValue(field, read)
        continue
      }
      const existing = node[part]
      if (existing === undefined) node[part] = nextIsArray ? [] : {}
      else if (
        typeof existing !== 'object' ||
        existing === null ||
        Array.isArray(existing) !== nextIsArray
      ) {
        throw new UsageError(`field key "${field.key}" conflicts with an earlier field`)
      }
      node = node[part] as Record<string, unknown> | unknown[]
    }
  }
  return body
}

/** GET fields become query parameters (flat keys only, as they are written). */
export function withQuery(url: string, fields: Field[], read?: ReadFile): string {
  const target = new URL(url)
  for (const field of fields) {
    const value = fieldValue(field, read)
    // Typed values are primitives (true, 42) or a file's text; JSON spells primitives as gh does.
    const text = value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value)
    target.searchParams.append(field.key, text)
  }
  return target.toString()
}
