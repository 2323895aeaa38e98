import type { ModeContext } from '../context.js'
import type { RetireMode } from '../domain.js'
import type { AppKey } from '../okta/app-keys.js'
import type { OktaApp } from '../okta/apps.js'

/** Job summary of a rotation (or its dry-run plan): keys before and after, never material. */
export interface RotationFacts {
  app: OktaApp
  clientId: string
  before: AppKey[]
  /** Present after a rotation. */
  after?: AppKey[]
  newKid?: string
  stored?: string
  mode?: RetireMode
  /** Present for a dry run: the planned steps. */
  steps?: string[]
  /** The app rotated itself, with its own token (no admin credential). */
  self?: boolean
}

/** One log line: `kid1 ACTIVE, kid2 INACTIVE (2 keys)`. */
export function describeKeys(keys: AppKey[]): string {
  if (!keys.length) return 'none'
  const list = keys.map(key => `${key.kid ?? `(no kid, ${key.id})`} ${key.status}`).join(', ')
  return `${list} (${keys.length} key${keys.length === 1 ? '' : 's'})`
}

export async function writeRotationSummary(ctx: ModeContext, facts: RotationFacts): Promise<void> {
  await ctx.writeSummary(summary => {
    const title = facts.after ? 'Okta key rotation' : 'Okta key rotation (dry run: nothing changed)'
    summary.addHeading(title, 3).addTable([
      [
        { data: 'Fact', header: true },
        { data: 'Value', header: true }
      ],
      ['App', `${facts.app.label} (${facts.app.id})`],
      ['Client id', facts.clientId],
      ...(facts.self ? [['Rotated by', 'the app itself (self-rotation, its own token)']] : []),
      ...(facts.newKid ? [['New key', facts.newKid]] : []),
      ...(facts.mode ? [['Old keys', retiredAs(facts.mode)]] : []),
      ...(facts.after ? [['Stored as', facts.stored ?? 'not stored (github-token empty)']] : [])
    ])
    summary.addHeading('Keys before', 4).addTable(keyTable(facts.before, facts.newKid))
    if (facts.after)
      summary.addHeading('Keys after', 4).addTable(keyTable(facts.after, facts.newKid))
    if (facts.steps) summary.addHeading('Plan', 4).addList(facts.steps, true)
  })
}

function keyTable(keys: AppKey[], newKid?: string) {
  return [
    [
      { data: 'kid', header: true },
      { data: 'Okta key id', header: true },
      { data: 'Status', header: true },
      { data: 'Created', header: true }
    ],
    ...keys.map(key => [
      `${key.kid ?? '(none)'}${key.kid !== null && key.kid === newKid ? ' (new)' : ''}`,
      key.id,
      key.status,
      key.created ?? ''
    ])
  ]
}

function retiredAs(mode: RetireMode): string {
  return { deactivate: 'deactivated', delete: 'deactivated and deleted', keep: 'kept' }[mode]
}
