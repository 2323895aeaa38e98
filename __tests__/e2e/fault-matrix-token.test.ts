// A few cases of the token-mode fault matrix (__tests__/faults/token-matrix.ts) against the
// built bundle, where what it bundles matters: its fetch cut off mid-response and timed out,
// and the post step's own entry. The whole matrix runs in-process (__tests__/faults).
import { runAction } from '../../testkit/run-action.js'
import { tokenFaultMatrix } from '../faults/token-matrix.js'

const BUNDLE_CASES = ['token recovers drop', 'token fails delay', 'revoke fails 500']

tokenFaultMatrix(runAction, {
  // The full matrix in-process records the figures; these cases repeat some of them.
  audit: false,
  select: c => BUNDLE_CASES.includes(`${c.call} ${c.outcome} ${c.fault.kind}`),
  concurrency: 3
})
