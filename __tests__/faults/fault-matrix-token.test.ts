// The token-mode fault matrix (token-matrix.ts), every case, run in-process
// from src/: no build, and no process to start per step, so the cases can run wide. The
// backoff between attempts is skipped (noWaitClock) except where the wait is the point.
import { noWaitClock, runAction } from '../../testkit/in-process.js'
import { tokenFaultMatrix } from './token-matrix.js'

tokenFaultMatrix(runAction, { concurrency: 12, quickClock: noWaitClock })
