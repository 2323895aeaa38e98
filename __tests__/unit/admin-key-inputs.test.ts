// admin-private-key's refusals name the admin inputs (src/modes/load-admin-key.ts turns the key
// parsers' "private-key" into "admin-private-key"). The cases are the bad-input catalogue's own;
// bad-inputs.test.ts runs the whole catalogue in one beforeAll, so each is run again here inside
// its own test, where a mutation run can tell which test ran the code. (jest refuses an empty
// `it.each` table, so a catalogue that lost these cases fails here.)
import { expect, it } from '@jest/globals'
import { BAD_INPUT_CASES } from '../../testkit/bad-input-cases.js'
import { runAction } from '../../testkit/in-process.js'

const adminKeyCases = BAD_INPUT_CASES.filter(
  c => c.inputs['admin-private-key'] && /^Input admin-private-key/.test(c.error)
)

it.each(adminKeyCases.map(c => [c.name, c] as const))(
  '%s: one line naming the admin input, before any call',
  async (_name, c) => {
    const run = await runAction('main', c.inputs)
    expect(run.errors).toEqual([c.error])
    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({})
  }
)
