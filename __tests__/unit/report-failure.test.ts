// src/main.ts's reportFailure and the error classes of src/errors.ts, called directly: an
// expected failure is its one-line message, anything else a report request with its stack in
// the debug log. The runs through the action reach only the first kind.
import { describe, expect, it } from '@jest/globals'
import type { Runtime } from '../../src/context.js'
import { ActionError, InputError, printable } from '../../src/errors.js'
import { reportFailure } from '../../src/main.js'
import { recordingCore } from '../../testkit/recording-core.js'

function report(error: unknown) {
  const core = recordingCore({})
  reportFailure({ core } as Pick<Runtime, 'core'> as Runtime, error)
  return { events: core.events, exitCode: core.exitCode() }
}

describe('reportFailure', () => {
  it('an expected failure: its message alone, no stack', () => {
    const { events, exitCode } = report(new InputError('scopes', 'Input scopes is required.'))
    expect(events).toEqual([{ kind: 'error', message: 'Input scopes is required.' }])
    expect(exitCode).toBe(1)
  })

  it('anything else: the stack to the debug log, and a request to report it', () => {
    const bug = new TypeError('x is undefined')
    const { events, exitCode } = report(bug)
    expect(events).toEqual([
      { kind: 'debug', message: bug.stack },
      { kind: 'error', message: 'Unexpected error (please report it): x is undefined' }
    ])
    expect(exitCode).toBe(1)
  })

  it('a thrown value that is not an Error: its text', () => {
    const { events } = report('just a string')
    expect(events.at(-1)).toEqual({
      kind: 'error',
      message: 'Unexpected error (please report it): just a string'
    })
    const noStack = Object.assign(new Error('no stack'), { stack: undefined })
    expect(report(noStack).events[0]).toEqual({ kind: 'debug', message: '' })
  })
})

describe('error names', () => {
  // The name leads the error's text wherever it is printed whole (a debug log, a stack).
  it('say which kind of failure it is', () => {
    expect(String(new ActionError('refused'))).toBe('ActionError: refused')
    const input = new InputError('key-id', 'Input key-id is too long.')
    expect(String(input)).toBe('InputError: Input key-id is too long.')
    expect(input.input).toBe('key-id')
    expect(input).toBeInstanceOf(ActionError)
  })
})

describe('printable', () => {
  it('echoes at most 60 characters of a value, control characters escaped', () => {
    expect(printable('a'.repeat(60))).toBe('a'.repeat(60))
    expect(printable(`${'b'.repeat(60)}cut here`)).toBe(`${'b'.repeat(60)}…`)
    expect(printable('tab\there\x7f\n')).toBe('tab\\x09here\\x7f\\x0a')
  })
})
