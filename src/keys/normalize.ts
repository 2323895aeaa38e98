/**
 * Undoes what happens to a key on its way into a repository secret (docs/okta-behaviour.md,
 * "Private keys"): literal `\n` (or `\\n`) instead of newlines, CRLF, surrounding quotes, indentation, a PEM squashed
 * onto one line, or the whole key base64-encoded. Returns the cleaned text and what was undone,
 * for the log.
 */
export interface NormalizedKeyText {
  text: string
  /** What was undone, e.g. "base64-wrapped", "literal \n"; for the log, never key material. */
  repairs: string[]
  /** The decoded text when the key was base64-wrapped (its lines must be masked too). */
  decoded?: string
}

export function normalizeKeyText(raw: string): NormalizedKeyText {
  const repairs: string[] = []
  let text = raw.trim()

  const quoted = /^(["'])([\s\S]*)\1$/.exec(text)
  if (quoted) {
    text = quoted[2].trim()
    repairs.push('surrounding quotes')
  }
  // A JWK that parses as it is keeps its escapes: "a\\nb" in its JSON is a backslash and an n.
  const intactJson = text.startsWith('{') && parsesAsJson(text)
  if (!intactJson && /\\\\n/.test(text)) {
    text = text.replace(/(\\\\r)?\\\\n/g, '\n')
    repairs.push('literal \\\\n')
  }
  if (/\\n/.test(text) && !text.startsWith('{')) {
    text = text.replace(/(\\r)?\\n/g, '\n')
    repairs.push('literal \\n')
  }
  if (/\r/.test(text)) {
    text = text.replace(/\r\n?/g, '\n')
    repairs.push('CRLF line ends')
  }
  const lines = text.split('\n')
  if (lines.some(line => /^\s+\S/.test(line))) repairs.push('indentation')
  text = lines
    .map(line => line.trim())
    .filter(Boolean)
    // A legacy encrypted PEM needs the blank line that ends its headers.
    .map(line => (line.startsWith('DEK-Info:') ? `${line}\n` : line))
    .join('\n')

  text = unsquashPem(text, repairs)

  if (!text.includes('-----BEGIN') && !text.startsWith('{')) {
    const decoded = decodeBase64(text)
    if (decoded && (decoded.includes('-----BEGIN') || decoded.trimStart().startsWith('{'))) {
      const inner = normalizeKeyText(decoded)
      return {
        text: inner.text,
        repairs: ['base64-wrapped', ...repairs, ...inner.repairs],
        decoded
      }
    }
  }
  return { text, repairs }
}

/** A PEM whose newlines became spaces (a common paste accident): rebuild its lines. */
function unsquashPem(text: string, repairs: string[]): string {
  return text.replace(
    /(-----BEGIN [A-Z0-9 ]+-----)([^\n]*?)(-----END [A-Z0-9 ]+-----)/g,
    (whole, begin: string, body: string, end: string) => {
      if (!body.trim() || !/ /.test(body)) return whole
      repairs.push('PEM on one line')
      // Legacy encrypted PEM headers ("Proc-Type: 4,ENCRYPTED DEK-Info: …") keep their shape.
      const parts = body.trim().split(/\s+/)
      const out: string[] = []
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === 'Proc-Type:' || parts[i] === 'DEK-Info:') {
          const header = parts[i]
          out.push(`${header} ${parts[i + 1]}`)
          i++
          if (header === 'DEK-Info:') out.push('')
        } else {
          out.push(parts[i])
        }
      }
      return [begin, ...out, end].join('\n')
    }
  )
}

function decodeBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact) || compact.length < 16) return undefined
  const decoded = Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString(
    'utf8'
  )
  return decoded.includes('\ufffd') ? undefined : decoded
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
