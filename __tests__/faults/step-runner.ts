import { it } from '@jest/globals'
import type { FaultCase } from '../../testkit/fault-table.js'
import type { ActionRun, RunOptions } from '../../testkit/run-action.js'

/**
 * What the fault matrices run a step with: testkit/in-process.ts (src/, in this process) or
 * testkit/run-action.ts (the built bundle, spawned as the runner does). Both answer alike.
 */
export type StepRunner = (
  entry: 'main' | 'post',
  inputs: Record<string, string>,
  options?: Pick<RunOptions, 'state' | 'env'>
) => Promise<ActionRun>

export interface MatrixOptions<C> {
  /** The cases to run (default: all). */
  select?: (c: C) => boolean
  /**
   * Whether the cases record their figures for `npm run reliability` (default: yes). The full
   * matrix records them; a subset that repeats some of its cases does not count them twice.
   */
  audit?: boolean
}

/**
 * One test per fault case, named by its fault kind in place of `%s` (as it.each would), and
 * none for an empty list: a subset of the matrix may hold no case of some call or outcome.
 */
export function eachFault<C extends { fault: FaultCase }>(
  cases: C[],
  name: string,
  test: (c: C) => void
): void {
  for (const c of cases) it(name.replace('%s', c.fault.kind), () => test(c))
}
