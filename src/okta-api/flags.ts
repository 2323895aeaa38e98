/**
 * okta-api's command line, modelled on `gh api` (https://cli.github.com/manual/gh_api) so that
 * people who know that tool know this one. Parsing only: no file is read and nothing is sent.
 */
export interface Field {
  key: string
  value: string
  /** -F: true/false/null/numbers typed, @file read; -f: always a string. */
  typed: boolean
}

export interface OktaApiArgs {
  path?: string
  method?: string
  fields: Field[]
  input?: string
  headers: Array<[string, string]>
  paginate: boolean
  include: boolean
  batch?: string
  concurrency: number
  step?: string
  verbose: boolean
  help: boolean
}

/** A bad command line: exit 2, one line ending with the pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError'
}

const VALUE_FLAGS: Record<string, string> = {
  '-X': 'method',
  '--method': 'method',
  '-f': 'raw-field',
  '--raw-field': 'raw-field',
  '-F': 'field',
  '--field': 'field',
  '-H': 'header',
  '--header': 'header',
  '--input': 'input',
  '--batch': 'batch',
  '--concurrency': 'concurrency',
  '--step': 'step'
}
const SWITCHES: Record<string, 'paginate' | 'include' | 'verbose' | 'help'> = {
  '--paginate': 'paginate',
  '-i': 'include',
  '--include': 'include',
  '--verbose': 'verbose',
  '-h': 'help',
  '--help': 'help'
}
/** Sent by okta-api itself from the token step's credentials: never taken from the caller. */
const RESERVED_HEADERS = new Set(['authorization', 'dpop'])
const MAX_CONCURRENCY = 50

export function parseArgs(argv: string[]): OktaApiArgs {
  const args: OktaApiArgs = {
    fields: [],
    headers: [],
    paginate: false,
    include: false,
    concurrency: 10,
    verbose: false,
    help: false
  }
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]
    if (arg === '--') {
      positional.push(...argv.slice(i + 1))
      break
    }
    let inline: string | undefined
    if (arg.startsWith('--') && arg.includes('=')) {
      inline = arg.slice(arg.indexOf('=') + 1)
      arg = arg.slice(0, arg.indexOf('='))
    } else if (/^-[XfFH]./.test(arg)) {
      // -XPOST, -fname=value: gh accepts the value glued to the short flag.
      inline = arg.slice(2)
      arg = arg.slice(0, 2)
    }
    if (SWITCHES[arg]) {
      if (inline !== undefined) throw new UsageError(`${arg} takes no value`)
      args[SWITCHES[arg]] = true
      continue
    }
    const name = VALUE_FLAGS[arg]
    if (!name) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown flag ${arg}`)
      positional.push(arg)
      continue
    }
    const value = inline ?? argv[++i]
    if (value === undefined) throw new UsageError(`${arg} needs a value`)
    take(args, name, value, arg)
  }
  if (args.help) return args
  if (positional.length > 1) {
    throw new UsageError(`one path only, got ${positional.length}: ${positional.join(' ')}`)
  }
  args.path = positional[0]
  if (args.batch !== undefined) {
    if (
      args.path ||
      args.fields.length ||
      args.input !== undefined ||
      args.paginate ||
      args.include ||
      args.method
    ) {
      throw new UsageError(
        '--batch takes its calls from its file: no path, -X, -f/-F, --input, --paginate or -i with it'
      )
    }
    return args
  }
  if (!args.path) throw new UsageError('a path is required, for example okta-api /api/v1/users')
  if (args.input !== undefined && args.fields.length) {
    throw new UsageError('--input and -f/-F both give a body: use one of them')
  }
  if (args.paginate && args.method && args.method !== 'GET') {
    throw new UsageError('--paginate follows pages of a GET: drop -X or use -X GET')
  }
  return args
}

function take(args: OktaApiArgs, name: string, value: string, flag: string): void {
  switch (name) {
    case 'method':
      if (!/^[A-Za-z]+$/.test(value))
        throw new UsageError(`${flag} needs an HTTP method, got "${value}"`)
      args.method = value.toUpperCase()
      return
    case 'raw-field':
    case 'field': {
      const eq = value.indexOf('=')
      if (eq < 1) throw new UsageError(`${flag} needs key=value, got "${value}"`)
      args.fields.push({
        key: value.slice(0, eq),
        value: value.slice(eq + 1),
        typed: name === 'field'
      })
      return
    }
    case 'header': {
      const colon = value.indexOf(':')
      const header = colon > 0 ? value.slice(0, colon).trim() : ''
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header)) {
        throw new UsageError(`${flag} needs "Name: value", got "${value}"`)
      }
      if (RESERVED_HEADERS.has(header.toLowerCase())) {
        throw new UsageError(
          `${flag} ${header} is refused: okta-api sends Authorization and DPoP itself from the token step`
        )
      }
      args.headers.push([header, value.slice(colon + 1).trim()])
      return
    }
    case 'concurrency': {
      const n = Number(value)
      if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY) {
        throw new UsageError(
          `--concurrency needs a whole number from 1 to ${MAX_CONCURRENCY}, got "${value}"`
        )
      }
      args.concurrency = n
      return
    }
    default:
      ;(args as unknown as Record<string, string>)[name] = value
  }
}
