import { createHash } from 'node:crypto'
import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Figures for `npm run reliability`: each suite appends what it exercised (faults injected,
 * bad inputs tried, burst size and time) as JSON lines to `.audit/<kind>.jsonl`. Only when
 * RELIABILITY_AUDIT is set, so a plain `npm test` writes nothing.
 */
export const AUDIT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '.audit')

export type FigureKind = 'faults' | 'bad-inputs' | 'burst' | 'clock-skew' | 'proxy'

export function recordFigure(kind: FigureKind, entry: Record<string, unknown>): void {
  if (!process.env.RELIABILITY_AUDIT) return
  mkdirSync(AUDIT_DIR, { recursive: true })
  appendFileSync(join(AUDIT_DIR, `${kind}.jsonl`), `${JSON.stringify(entry)}\n`)
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/**
 * One bad input's identity, for counting distinct ones across the catalogues: a hash of its
 * inputs, names sorted (a hash, so the audit files never hold a key or passphrase).
 */
export function inputsKey(inputs: Record<string, string>): string {
  const sorted = Object.keys(inputs)
    .sort()
    .map(name => [name, inputs[name]])
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 16)
}
