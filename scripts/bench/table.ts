// Plain-text tables for the benchmark's report.

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  return [line(headers), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** Whether a figure met its target, for the eye; the JSON keeps the numbers. */
export const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED')
