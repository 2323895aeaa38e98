// src/context.ts's createModeContext called directly: the log goes to the runner's matching
// command, and a secret output is masked whole and line by line, trimmed, before it is set.
import { describe, expect, it } from '@jest/globals'
import { createModeContext, type Runtime } from '../../src/context.js'
import type { Inputs } from '../../src/inputs.js'
import { createMask } from '../../src/secret-inputs.js'
import { noWaitClock } from '../../testkit/in-process.js'
import { recordingCore } from '../../testkit/recording-core.js'

function context() {
  const core = recordingCore({})
  const runtime = { core, clock: noWaitClock, env: {}, actionDir: '.' } as Partial<Runtime>
  const inputs = { maxAttempts: 1, timeoutSeconds: 1, summary: false } as Partial<Inputs>
  const ctx = createModeContext(runtime as Runtime, inputs as Inputs, createMask(core))
  return { ctx, events: core.events }
}

describe('createModeContext', () => {
  it("logs each level through the runner's own command", () => {
    const { ctx, events } = context()
    ctx.log.info('i')
    ctx.log.warning('w')
    ctx.log.debug('d')
    expect(events).toEqual([
      { kind: 'info', message: 'i' },
      { kind: 'warning', message: 'w' },
      { kind: 'debug', message: 'd' }
    ])
  })

  it('masks a secret output line by line (trimmed) and whole before setting it', () => {
    const { ctx, events } = context()
    ctx.secretOutput('private-key', ' AAAA \r\n  BBBB\n')
    expect(events).toEqual([
      { kind: 'mask', value: 'AAAA' },
      { kind: 'mask', value: 'BBBB' },
      { kind: 'mask', value: ' AAAA \r\n  BBBB\n' },
      { kind: 'output', name: 'private-key', value: ' AAAA \r\n  BBBB\n' }
    ])
  })
})
