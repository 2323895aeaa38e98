import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import type { ActionCore } from '../src/context.js'

/**
 * A `core` for running the action in-process: it does what @actions/core does for a step
 * (stdout workflow commands, the GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV file formats, the
 * summary's HTML) but against the environment it is given and into memory, and records every
 * call in order, so a test can check that a value was masked before it was printed or output.
 */
export type CoreEvent =
  | { kind: 'mask'; value: string }
  | { kind: 'output' | 'state' | 'env'; name: string; value: string }
  | { kind: 'info' | 'warning' | 'debug' | 'error'; message: string }
  | { kind: 'summary'; html: string }
  | { kind: 'path'; value: string }

export interface RecordingCore extends ActionCore {
  readonly events: CoreEvent[]
  /** What @actions/core would have written to stdout. */
  readonly stdout: () => string
  /** The contents the runner's command files would have, by variable name. */
  readonly files: () => {
    output: string
    state: string
    env: string
    summary: string
    path: string
  }
  /** The exit code the process would have: 1 once setFailed was called. */
  readonly exitCode: () => number
  /** core.addPath: src/ has no use for it today; recorded so a mode that starts to is seen. */
  addPath(entry: string): void
}

// @actions/core exports the summary as a singleton; its class gives each run its own buffer.
type SummaryInstance = ActionCore['summary']
const SummaryClass = Object.getPrototypeOf(core.summary).constructor as new () => SummaryInstance

export function recordingCore(env: NodeJS.ProcessEnv): RecordingCore {
  const events: CoreEvent[] = []
  const lines: string[] = []
  const files = { output: '', state: '', env: '', summary: '', path: '' }
  let exitCode = 0

  const command = (name: string, message: string): void => {
    lines.push(`::${name}::${escapeData(message)}`)
  }
  const fileCommand = (file: 'output' | 'state' | 'env', name: string, value: string): void => {
    events.push({ kind: file, name, value })
    const { variable, fallback } = FILE_COMMANDS[file]
    // Without the file, @actions/core falls back to the deprecated stdout command.
    if (env[variable]) files[file] += `${keyValueMessage(name, value)}\n`
    else lines.push(`::${fallback} name=${escapeProperty(name)}::${escapeData(value)}`)
  }
  const text = (message: string | Error): string =>
    message instanceof Error ? message.toString() : message

  const summary = new SummaryClass()
  // write() appends the buffer to the summary file and empties the buffer, as the real one.
  summary.write = async () => {
    const html = summary.stringify()
    files.summary += html
    events.push({ kind: 'summary', html })
    summary.emptyBuffer()
    return summary
  }

  return {
    events,
    stdout: () => lines.map(line => `${line}\n`).join(''),
    files: () => ({ ...files }),
    exitCode: () => exitCode,
    getInput(name, options) {
      const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
      if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`)
      return options?.trimWhitespace === false ? value : value.trim()
    },
    getState: name => env[`STATE_${name}`] || '',
    setSecret(secret) {
      events.push({ kind: 'mask', value: secret })
      command('add-mask', secret)
    },
    setOutput: (name, value) => fileCommand('output', name, commandValue(value)),
    saveState: (name, value) => fileCommand('state', name, commandValue(value)),
    exportVariable(name, value) {
      const converted = commandValue(value)
      // The real one also sets it for the rest of this process: here, the step's env.
      env[name] = converted
      fileCommand('env', name, converted)
    },
    info(message) {
      events.push({ kind: 'info', message })
      lines.push(message)
    },
    warning(message) {
      events.push({ kind: 'warning', message: text(message) })
      command('warning', text(message))
    },
    debug(message) {
      events.push({ kind: 'debug', message })
      command('debug', message)
    },
    setFailed(message) {
      exitCode = 1
      events.push({ kind: 'error', message: text(message) })
      command('error', text(message))
    },
    addPath(entry) {
      events.push({ kind: 'path', value: entry })
      files.path += `${entry}\n`
      env.PATH = `${entry}:${env.PATH ?? ''}`
    },
    summary
  }
}

const FILE_COMMANDS = {
  output: { variable: 'GITHUB_OUTPUT', fallback: 'set-output' },
  state: { variable: 'GITHUB_STATE', fallback: 'save-state' },
  env: { variable: 'GITHUB_ENV', fallback: 'set-env' }
} as const

function commandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** The heredoc format @actions/core writes to the command files. */
function keyValueMessage(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  return `${name}<<${delimiter}\n${value}\n${delimiter}`
}
