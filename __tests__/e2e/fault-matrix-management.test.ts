// A few cases of the management fault matrix (__tests__/faults/management-matrix.ts) against
// the built bundle: a write whose answers were all lost (found, not repeated), a rotation whose
// key registration fails (the old key kept), and a page of a DPoP request retried after a 429.
// The whole matrix runs in-process (__tests__/faults).
import { runAction } from '../../testkit/run-action.js'
import { managementFaultMatrix } from '../faults/management-matrix.js'

const BUNDLE_CASES = [
  'create app fails delay',
  'register key fails truncated-200',
  'request page recovers 429'
]

managementFaultMatrix(runAction, {
  // The full matrix in-process records the figures; these cases repeat some of them.
  audit: false,
  select: c => BUNDLE_CASES.includes(`${c.call} ${c.outcome} ${c.fault.kind}`),
  shards: 3
})
