// The token-mode fault matrix (token-matrix.ts), every case, run in-process
// from src/: no build, and no process to start per step, so the cases can run wide.
import { runAction } from '../../testkit/in-process.js'
import { tokenFaultMatrix } from './token-matrix.js'

tokenFaultMatrix(runAction, { concurrency: 12 })
