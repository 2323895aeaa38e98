import { it } from '@jest/globals'
import type { Clock } from '../../src/http/retrying-client.js'
import type { FaultCase } from '../../testkit/fault-table.js'
import type { ActionRun, RunOptions } from '../../testkit/run-action.js'

/**
 * What the fault matrices run a step with: testkit/in-process.ts (src/, in this process) or
 * testkit/run-action.ts (the built bundle, spawned as the runner does). Both answer alike; only
 * the in-process runner takes a `clock` (the spawned bundle always waits in real time).
 */
export type StepRunner = (
  entry: 'main' | 'post',
  inputs: Record<string, string>,
  options?: Pick<RunOptions, 'state' | 'env'> & { clock?: Clock }
) => Promise<ActionRun>

export interface MatrixOptions<C> {
  /** The cases to run (default: all). */
  select?: (c: C) => boolean
  /**
   * Whether the cases record their figures for `npm run reliability` (default: yes). The full
   * matrix records them; a subset that repeats some of its cases does not count them twice.
   */
  audit?: boolean
  /**
   * A clock that does not wait between attempts (testkit/in-process.ts `noWaitClock`), for every
   * case whose point is not the wait: what a case checks is which attempts were made and what
   * they carried, not how long the backoff slept. A case whose fault `waitsForReset` keeps the
   * real clock. Without it every case waits in real time.
   */
  quickClock?: Clock
}

/** The clock a case runs with: `quickClock` unless its fault makes the wait the point. */
export function clockFor(fault: FaultCase, quickClock: Clock | undefined): Clock | undefined {
  return fault.waitsForReset ? undefined : quickClock
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
