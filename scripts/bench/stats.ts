// Medians with their spread, and the side-by-side comparison the benchmark reports: the
// action against a baseline measured in the same interleaved loop, so drift hits both alike.

export interface Summary {
  median: number
  min: number
  max: number
  runs: number
}

export function median(samples: number[]): number {
  if (samples.length === 0) throw new Error('no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    median: round(median(sorted)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    runs: samples.length
  }
}

export interface Comparison {
  subject: Summary
  baseline: Summary
  /** Median of the per-iteration ratios subject/baseline. */
  ratio: number
  /** Median of the per-iteration differences subject − baseline, in ms. */
  overheadMs: number
}

/** Pairs sample i of each list (taken in the same iteration of an interleaved loop). */
export function compare(subject: number[], baseline: number[]): Comparison {
  const ratios = subject.map((value, i) => value / baseline[i])
  const differences = subject.map((value, i) => value - baseline[i])
  return {
    subject: summarize(subject),
    baseline: summarize(baseline),
    ratio: round(median(ratios), 2),
    overheadMs: round(median(differences))
  }
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** `123.4 ms (110.2–140.9)` */
export function formatSummary(s: Summary, unit = 'ms'): string {
  return `${s.median} ${unit} (${s.min}–${s.max})`
}

/**
 * Interleaved A/B: every iteration runs each variant once, in an order that alternates
 * between iterations, so slow drift (thermal, other load) and order effects cancel.
 */
export async function interleave<K extends string>(
  iterations: number,
  variants: Record<K, () => Promise<number>>
): Promise<Record<K, number[]>> {
  const names = Object.keys(variants) as K[]
  const samples = Object.fromEntries(names.map(name => [name, [] as number[]])) as Record<
    K,
    number[]
  >
  for (let i = 0; i < iterations; i++) {
    const order = i % 2 === 0 ? names : [...names].reverse()
    for (const name of order) samples[name].push(await variants[name]())
  }
  return samples
}
