// The bad-input catalogue (testkit/bad-input-cases.ts), every mode in one table, run
// in-process from src/: each case must end with exactly its one-line error, exit code 1, no
// stack trace, nothing logged but masks and that error, and no secret echoed (runAction's leak
// scan covers the secret inputs; `noEcho` the other sensitive ones).
import { beforeAll, expect, it } from '@jest/globals'
import { inputsKey, mapWithConcurrency, recordFigure } from '../../testkit/audit.js'
import { BAD_INPUT_CASES, type BadInputCase } from '../../testkit/bad-input-cases.js'
import { runAction, type ActionRun } from '../../testkit/in-process.js'

const runs = new Map<BadInputCase, ActionRun>()

beforeAll(async () => {
  const all = await mapWithConcurrency(BAD_INPUT_CASES, 4, c => runAction('main', c.inputs))
  BAD_INPUT_CASES.forEach((c, i) => runs.set(c, all[i]))
}, 120_000)

// What the catalogue does, from its runs: no two cases try the same inputs, and every mode
// has a case the built action refused with exit 1 and its exact line.
it('tries distinct inputs, and has a refused case in every mode', () => {
  const keys = BAD_INPUT_CASES.map(c => inputsKey(c.inputs))
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([])
  const refused = BAD_INPUT_CASES.filter(c => {
    const run = runs.get(c)!
    return run.code === 1 && run.errors.length === 1 && run.errors[0] === c.error
  })
  const modes = ['token', 'provision', 'rotate', 'jwk', 'assertion', 'request']
  expect(modes.filter(m => !refused.some(c => (c.inputs.mode ?? 'token') === m))).toEqual([])
})

it.each(BAD_INPUT_CASES.map(c => [c.name, c] as const))('refuses %s in one line', (_name, c) => {
  const run = runs.get(c)!
  expect(run.errors).toEqual([c.error])
  expect(run.code).toBe(1)
  const everything = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n')
  expect(everything).not.toMatch(/^\s+at /m)
  // /Error:/ also finds TypeError: and the like (a leading \w* would only add backtracking).
  expect(everything).not.toMatch(/Error:|Unexpected error/)
  expect(run.stderr).toBe('')
  // Only masking commands and the error: no half-done work is logged as done.
  const commands = run.stdout.split('\n').filter(line => line.startsWith('::'))
  expect(commands.filter(line => !line.startsWith('::add-mask::'))).toEqual([`::error::${c.error}`])
  for (const value of c.noEcho ?? []) expect(everything).not.toContain(value)
  // Refused before anything was produced.
  expect(run.outputs).toEqual({})
  recordFigure('bad-inputs', { mode: c.inputs.mode ?? 'token', inputs: inputsKey(c.inputs) })
})
