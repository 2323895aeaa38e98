// The management fault matrix (management-matrix.ts), every case, run
// in-process from src/. Cases on one emulator run one after the other (its create and list
// paths are global), so the width comes from the number of emulators. The backoff between
// attempts is skipped (noWaitClock) except where the wait is the point (a 429's reset).
import { noWaitClock, runAction } from '../../testkit/in-process.js'
import { managementFaultMatrix } from './management-matrix.js'

managementFaultMatrix(runAction, { shards: 4, quickClock: noWaitClock })
