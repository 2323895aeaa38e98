import { appendFileSync, mkdirSync } from 'node:fs'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where a secret may appear in a run: only inside `::add-mask::` lines of stdout and as the
 * value of a masked output (the runner masks those). Anywhere else (other stdout lines,
 * stderr, the state file, the job summary, other outputs, GITHUB_ENV unless export-env) is
 * a leak. Short fragments are ignored: a 4-character PEM tail line proves nothing.
 */
export interface Leak {
  where: string
  secretPreview: string
}

const MIN_SECRET_LENGTH = 8
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

export function findLeaks(
  secrets: string[],
  text: ScannedText,
  options: { allowEnvSecrets?: boolean } = {}
): Leak[] {
  const candidates = new Set<string>()
  for (const secret of secrets) {
    for (const piece of [secret, ...secret.split(/\r?\n|\\n/)]) {
      const value = piece.trim()
      if (value.length >= MIN_SECRET_LENGTH && !/^-----(BEGIN|END) /.test(value)) {
        candidates.add(value)
      }
    }
  }
  const places: Record<string, string> = {
    stdout: text.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: text.stderr,
    GITHUB_STATE: text.state,
    GITHUB_STEP_SUMMARY: text.summary,
    'GITHUB_OUTPUT (non-secret outputs)': withoutSecretOutputs(text.output)
  }
  if (!options.allowEnvSecrets) places['GITHUB_ENV'] = text.env
  const leaks: Leak[] = []
  for (const [where, haystack] of Object.entries(places)) {
    for (const secret of candidates) {
      if (haystack.includes(secret)) {
        leaks.push({ where, secretPreview: `${secret.slice(0, 4)}… (${secret.length} chars)` })
      }
    }
  }
  return leaks
}

function withoutSecretOutputs(text: string): string {
  return text.replace(/^([^=<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm, (whole, name: string) =>
    SECRET_OUTPUTS.has(name) ? '' : whole
  )
}

/** Appends one line per scanned run, for the leak-audit report of `npm run reliability`. */
const AUDIT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '.audit')
export function recordAudit(entry: {
  entry: string
  leaks: number
  debug: boolean
  /** The test planted or allowed this leak on purpose. */
  planted?: boolean
}): void {
  if (!process.env.LEAK_AUDIT_FILE) return
  mkdirSync(AUDIT_DIR, { recursive: true })
  appendFileSync(join(AUDIT_DIR, process.env.LEAK_AUDIT_FILE), `${JSON.stringify(entry)}\n`)
}
