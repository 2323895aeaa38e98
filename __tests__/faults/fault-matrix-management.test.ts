// The management fault matrix (management-matrix.ts), every case, run
// in-process from src/. Cases on one emulator run one after the other (its create and list
// paths are global), so the width comes from the number of emulators.
import { runAction } from '../../testkit/in-process.js'
import { managementFaultMatrix } from './management-matrix.js'

managementFaultMatrix(runAction, { shards: 6 })
