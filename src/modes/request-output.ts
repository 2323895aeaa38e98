import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import type { ApiOutcome } from '../okta/paginated-call.js'
import type { MintedToken } from './access-token.js'

/**
 * Where request mode's response body goes. GitHub caps a step output at 1 MB, so a bigger
 * body (a full user export) goes only to `response-file`, and a warning says so rather than
 * letting a later step read an output that silently is not there.
 */
export const MAX_OUTPUT_BYTES = 1024 * 1024

export interface BodyPlacement {
  bytes: number
  output: boolean
  file?: string
}

export async function publishResponseBody(
  ctx: ModeContext,
  inputs: Inputs,
  body: string
): Promise<BodyPlacement> {
  const bytes = Buffer.byteLength(body)
  const placement: BodyPlacement = { bytes, output: bytes <= MAX_OUTPUT_BYTES }
  if (inputs.responseFile) {
    // Relative to the working directory, which the runner sets to GITHUB_WORKSPACE.
    const file = resolve(inputs.responseFile)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, body)
    placement.file = file
    ctx.log.info(`Wrote the response body (${sizeOf(bytes)}) to ${file}`)
  }
  if (placement.output) {
    ctx.output('response-body', body)
  } else {
    ctx.log.warning(
      `The response body is ${sizeOf(bytes)}, over the 1 MiB a step output can hold, so response-body is empty: ${placement.file ? `the body is only in response-file (${placement.file})` : 'set response-file to keep it'}.`
    )
  }
  return placement
}

/** Job summary: what was called and what came back; never the token or the body. */
export async function writeRequestSummary(
  ctx: ModeContext,
  inputs: Inputs,
  token: MintedToken,
  outcome: ApiOutcome,
  placement: BodyPlacement
): Promise<void> {
  const url = new URL(inputs.requestUrl)
  const where = [placement.output ? 'response-body' : '', placement.file ?? '']
  await ctx.writeSummary(summary => {
    summary.addHeading('Okta API request', 3).addTable([
      [
        { data: 'Fact', header: true },
        { data: 'Value', header: true }
      ],
      ['Method', inputs.requestMethod],
      ['Path', `${url.pathname}${url.search}`],
      ['Token', `${token.tokenType}, scopes ${token.scope || '(none listed)'}`],
      ['Status', String(outcome.status)],
      ['Pages', String(outcome.pages)],
      ['Items', outcome.items === undefined ? '-' : String(outcome.items)],
      [
        'Body',
        `${sizeOf(placement.bytes)} in ${where.filter(Boolean).join(' and ') || 'no output'}`
      ]
    ])
  })
}

function sizeOf(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`
}
