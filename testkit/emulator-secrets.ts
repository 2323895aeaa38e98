// What the emulator saw of a run, for the leak scan: the scan must not trust the action to
// tell it which secrets it handled, so it asks the other side. From the emulator's request
// log (GET /__control/requests) it takes every client assertion, DPoP proof, bearer/DPoP
// access token, SSWS API token and revoked token the emulator RECEIVED, and from its state
// (GET /__control/tokens) every access token it ISSUED.

/** A point in the emulator's history, taken before a run starts. */
export interface EmulatorMark {
  origin: string
  seq: number
  tokens: Set<string>
}

export interface EmulatorSecrets {
  /** Every secret the emulator has seen or issued, whichever run it came from. */
  all: string[]
  /**
   * The secrets this run itself sent (requests after the mark that carry the run's client id,
   * a credential of the run or a token issued to it): each must have gone through ::add-mask::.
   */
  ofRun: string[]
}

interface LogEntry {
  seq: number
  clientId?: string
  headers: Record<string, string>
  form?: Record<string, string>
}

interface IssuedToken {
  accessToken: string
  clientId: string
}

/** The emulator's origin, when the run talks to an emulator on loopback; else undefined. */
export function emulatorOrigin(inputs: Record<string, string>): string | undefined {
  for (const name of ['token-endpoint', 'okta-domain']) {
    const value = inputs[name]
    if (!value) continue
    try {
      const url = new URL(value)
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return url.origin
    } catch {
      // Not a URL (a bad-input case): nothing to ask.
    }
  }
  return undefined
}

async function control<T>(origin: string, path: string): Promise<T | undefined> {
  try {
    const response = await fetch(`${origin}/__control${path}`, {
      signal: AbortSignal.timeout(10_000)
    })
    if (!response.ok) return undefined
    return (await response.json()) as T
  } catch {
    // Not an emulator (a token fixture, a closed port): the run has no emulator side.
    return undefined
  }
}

export async function markEmulator(
  inputs: Record<string, string>
): Promise<EmulatorMark | undefined> {
  const origin = emulatorOrigin(inputs)
  if (!origin) return undefined
  const [log, tokens] = await Promise.all([
    control<LogEntry[]>(origin, '/requests'),
    control<IssuedToken[]>(origin, '/tokens')
  ])
  if (!log || !tokens) return undefined
  return {
    origin,
    seq: log.reduce((max, entry) => Math.max(max, entry.seq), 0),
    tokens: new Set(tokens.map(t => t.accessToken))
  }
}

/** The credential of an Authorization header (`Bearer x`, `DPoP x`, `SSWS x`). */
function credential(entry: LogEntry): string | undefined {
  const match = /^\s*(?:Bearer|DPoP|SSWS)\s+(\S+)/i.exec(entry.headers.authorization ?? '')
  return match?.[1]
}

function secretsOf(entry: LogEntry): string[] {
  return [
    credential(entry),
    entry.headers.dpop,
    entry.form?.client_assertion,
    entry.form?.token,
    entry.form?.client_secret
  ].filter((value): value is string => !!value)
}

/**
 * `runCredentials`: the secret inputs and the client ids the run used; a request after the
 * mark belongs to the run when it carries one of them, or a token issued to one of its
 * client ids. Concurrent runs against one emulator use distinct apps (burst.test.ts), so
 * this does not pin another run's request on this one.
 */
export async function emulatorSecrets(
  mark: EmulatorMark,
  run: { clientIds: string[]; credentials: string[] }
): Promise<EmulatorSecrets | undefined> {
  const [log, tokens] = await Promise.all([
    control<LogEntry[]>(mark.origin, '/requests'),
    control<IssuedToken[]>(mark.origin, '/tokens')
  ])
  if (!log || !tokens) return undefined
  const clientIds = new Set(run.clientIds.filter(Boolean))
  const issuedToRun = tokens.filter(
    t => clientIds.has(t.clientId) && !mark.tokens.has(t.accessToken)
  )
  const runCredentials = new Set([
    ...run.credentials.filter(Boolean),
    ...issuedToRun.map(t => t.accessToken)
  ])
  // An issued token is not required to be masked: when a slow answer is given up on, the
  // emulator has issued a token the action never received (it is still looked for).
  const ofRun = new Set<string>()
  for (const entry of log) {
    if (entry.seq <= mark.seq) continue
    const cred = credential(entry)
    const mine =
      (entry.clientId !== undefined && clientIds.has(entry.clientId)) ||
      (cred !== undefined && runCredentials.has(cred))
    if (mine) for (const secret of secretsOf(entry)) ofRun.add(secret)
  }
  return {
    all: [...new Set([...log.flatMap(secretsOf), ...tokens.map(t => t.accessToken)])],
    ofRun: [...ofRun]
  }
}
