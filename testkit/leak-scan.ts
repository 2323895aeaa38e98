import { createPrivateKey, createPublicKey } from 'node:crypto'
import { appendFileSync, mkdirSync } from 'node:fs'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where a secret may appear in a run: only inside `::add-mask::` lines of stdout and as the
 * value of a secret output that the run masked (the runner masks those). Anywhere else
 * (other stdout lines, stderr, the state file, the job summary, other outputs, GITHUB_ENV
 * unless export-env) is a leak.
 *
 * Short secrets count too. A secret of SHORT_SECRET_LENGTH characters or more is looked for
 * as a plain substring: a random string that long never turns up by chance, and a PEM line
 * glued to its neighbours (newlines dropped) must still be found. A shorter one (a
 * passphrase, a PEM tail line such as `AAEC`) is looked for as a whole token: the characters
 * on either side must not be letters or digits. A 4-character tail occurs by chance inside
 * the kilobytes of base64 a run prints (about once per 16 million positions), but not
 * standing alone between spaces, quotes or `=`; a short secret that is an ordinary word
 * would still be reported, so tests use short secrets that are not words of the log.
 */
export interface Leak {
  where: string
  secretPreview: string
}

export const SHORT_SECRET_LENGTH = 16
/** Outputs whose values are secrets the runner masks. */
export const SECRET_OUTPUTS = new Set([
  'access-token',
  'dpop-key',
  'client-assertion',
  'private-key'
])

export interface ScannedText {
  stdout: string
  stderr: string
  output: string
  state: string
  env: string
  summary: string
}

const ARMOUR = /^(-----(BEGIN|END) |Proc-Type:|DEK-Info:)/
/** JWK members that hold private key material (RFC 7518 section 6). */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']

/**
 * Every form a secret may be printed in: the value, each line of it (split on real and on
 * literal `\n`), its JSON-escaped and workflow-command-escaped (`%0A`) forms, what a base64
 * wrapping decodes to, and the private members of a JWK.
 */
function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null
  } catch {
    return false
  }
}

export function secretForms(secret: string): string[] {
  const forms = new Set<string>()
  const add = (value: string): void => {
    const trimmed = value.trim()
    if (!trimmed || ARMOUR.test(trimmed)) return
    forms.add(trimmed)
  }
  const expand = (value: string, depth: number): void => {
    add(value)
    for (const line of value.split(/\r?\n|(?:\\r)?\\n/)) add(line)
    if (/[\r\n]/.test(value.trim())) {
      add(JSON.stringify(value.trim()).slice(1, -1))
      add(value.trim().replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
    }
    const compact = value.trim()
    if (depth === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact) && compact.length % 4 === 0) {
      const decoded = Buffer.from(compact, 'base64').toString('utf8')
      // Only a real PEM or JSON inside: any random token of base64 letters decodes to bytes,
      // and their "lines" would be one- or two-character fragments found in every log.
      if (/-----BEGIN /.test(decoded) || isJsonObject(decoded)) expand(decoded, 1)
    }
    if (compact.startsWith('{')) {
      try {
        const jwk = JSON.parse(compact) as Record<string, unknown>
        for (const member of PRIVATE_JWK_MEMBERS) {
          if (typeof jwk[member] === 'string') add(jwk[member])
        }
      } catch {
        // Not JSON: its lines are already there.
      }
    }
  }
  expand(secret, 0)
  const known = publicParts(secret)
  return [...forms].filter(form => !known.some(part => part.includes(form)))
}

/**
 * The public parts of a private key, in the texts they are printed in (the JWK's members in
 * base64url and in base64). A PEM line is not secret when it is public: in a PKCS#1 RSA key the
 * modulus starts on a 3-byte boundary, so the base64 lines over it are pieces of the JWK's `n`
 * (when they hold no + or /), which jwk mode prints on purpose.
 */
function publicParts(secret: string): string[] {
  let decoded = secret
  if (!secret.includes('-----BEGIN ')) {
    decoded = Buffer.from(secret.trim(), 'base64').toString('utf8')
    if (!decoded.includes('-----BEGIN ')) return []
  }
  let jwk: Record<string, unknown>
  try {
    jwk = createPublicKey(createPrivateKey(decoded.replace(/\\n/g, '\n'))).export({
      format: 'jwk'
    })
  } catch {
    // Encrypted, or not a key: nothing in it is known to be public.
    return []
  }
  return ['n', 'e', 'x', 'y']
    .map(member => jwk[member])
    .filter((value): value is string => typeof value === 'string')
    .flatMap(value => [value, Buffer.from(value, 'base64url').toString('base64')])
}

function occurs(haystack: string, secret: string): boolean {
  if (secret.length >= SHORT_SECRET_LENGTH) return haystack.includes(secret)
  const alnum = /[A-Za-z0-9]/
  for (let at = haystack.indexOf(secret); at !== -1; at = haystack.indexOf(secret, at + 1)) {
    const before = haystack[at - 1] ?? ' '
    const after = haystack[at + secret.length] ?? ' '
    if (!alnum.test(before) && !alnum.test(after)) return true
  }
  return false
}

/** The values a run passed to `::add-mask::` (unescaped as the runner reads them). */
export function maskedIn(stdout: string): string[] {
  return [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map(m =>
    m[1].replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
  )
}

export function findLeaks(
  secrets: string[],
  text: ScannedText,
  options: { allowEnvSecrets?: boolean } = {}
): Leak[] {
  const candidates = new Set(secrets.flatMap(secretForms))
  const masked = new Set(maskedIn(text.stdout))
  const places: Record<string, string> = {
    stdout: text.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: text.stderr,
    GITHUB_STATE: text.state,
    GITHUB_STEP_SUMMARY: text.summary,
    'GITHUB_OUTPUT (non-secret outputs)': withoutMaskedSecretOutputs(text.output, masked)
  }
  if (!options.allowEnvSecrets) places['GITHUB_ENV'] = text.env
  const leaks: Leak[] = []
  for (const [where, haystack] of Object.entries(places)) {
    for (const secret of candidates) {
      if (occurs(haystack, secret)) leaks.push({ where, secretPreview: preview(secret) })
    }
  }
  return leaks
}

/**
 * Secrets the run handled but never passed to `::add-mask::`: not printed this time, but one
 * debug line or error message away from the log, and unmasked in any later step.
 */
export function findUnmasked(handled: string[], stdout: string): Leak[] {
  const masked = new Set(maskedIn(stdout))
  return [...new Set(handled.map(s => s.trim()).filter(Boolean))]
    .filter(secret => !masked.has(secret))
    .map(secret => ({ where: 'never masked', secretPreview: preview(secret) }))
}

const preview = (secret: string): string =>
  secret.length >= SHORT_SECRET_LENGTH
    ? `${secret.slice(0, 4)}… (${secret.length} chars)`
    : `(${secret.length} chars)`

/** A secret output is exempt only when its value (every line of it) was masked in the run. */
function withoutMaskedSecretOutputs(text: string, masked: Set<string>): string {
  return text.replace(
    /^([^=<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm,
    (whole, name: string, _d, value: string) =>
      SECRET_OUTPUTS.has(name) && isMasked(value, masked) ? '' : whole
  )
}

function isMasked(value: string, masked: Set<string>): boolean {
  if (masked.has(value) || masked.has(value.trim())) return true
  const lines = value
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l && !ARMOUR.test(l))
  return lines.length > 0 && lines.every(line => masked.has(line))
}

/** Appends one line per scanned run, for the leak-audit report of `npm run reliability`. */
const AUDIT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '.audit')
export function recordAudit(entry: {
  entry: string
  leaks: number
  debug: boolean
  /** Whether the emulator's log and state were scanned too. */
  emulator: boolean
  /** How many distinct secrets were looked for. */
  secrets: number
  /** The kind of leak the test planted on purpose: counted as caught only when leaks > 0. */
  plant?: string
}): void {
  if (!process.env.LEAK_AUDIT_FILE) return
  mkdirSync(AUDIT_DIR, { recursive: true })
  appendFileSync(join(AUDIT_DIR, process.env.LEAK_AUDIT_FILE), `${JSON.stringify(entry)}\n`)
}
