/**
 * Where okta-api writes. stdout carries response bodies untouched; stderr is the job log, so
 * every line there passes through the redactor first: the token, the DPoP key and every proof
 * are replaced before they can print (the runner masks the token, never the proofs).
 */
export interface CliIo {
  env: Record<string, string | undefined>
  stdout(text: string): void
  stderr(text: string): void
  /** A file's text; '-' is stdin. */
  readFile(path: string): string
}

export class Redactor {
  private secrets = new Set<string>()

  add(secret: string | undefined): void {
    if (secret && secret.length >= 8) this.secrets.add(secret)
  }

  clean(text: string): string {
    let out = text
    for (const secret of this.secrets) out = out.split(secret).join('***')
    return out
  }
}

/** stderr lines, redacted, prefixed with the command's name. */
export function stderrLines(io: CliIo, redactor: Redactor): (line: string) => void {
  return line => io.stderr(`okta-api: ${redactor.clean(line)}\n`)
}
