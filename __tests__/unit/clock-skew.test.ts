// A runner's clock that is off. Okta allows no skew on an assertion's iat and exp
// (docs/okta-behaviour.md, "Client assertion"), so when it refuses one for its times the action measures the offset
// from the response's Date, logs it, signs again on Okta's time once, and succeeds; an offset
// beyond 15 minutes is a broken clock and fails with a message about the runner's time.
import { describe, expect, it } from '@jest/globals'
import { emulator, useEmulator } from '../emulator/fixture.js'
import type { RequestLogEntry } from '../../testkit/emulator/control-client.js'
import { recordFigure } from '../../testkit/audit.js'
import { expectCleanFailure } from '../../testkit/fault-table.js'
import { testKey } from '../../testkit/keys.js'
import { runAction, runJob } from '../../testkit/in-process.js'

const key = testKey('rsa')
useEmulator()

/** An app on an emulator whose clock is `offsetSeconds` off the runner's. */
async function appWithClockOffset(offsetSeconds: number): Promise<Record<string, string>> {
  await emulator.control.setClock(offsetSeconds)
  const app = await emulator.control.createApp({
    keys: [{ ...key.publicJwk, kid: 'skew-key' }],
    grantedScopes: ['okta.users.read']
  })
  return {
    'okta-domain': emulator.url,
    'client-id': app.clientId,
    'private-key': key.pkcs8,
    'key-id': 'skew-key',
    scopes: 'okta.users.read',
    'max-attempts': '1'
  }
}

/** Date has whole seconds, so a measured offset may be a second off the configured one. */
function expectAbout(measuredSeconds: number, configuredSeconds: number): void {
  expect(Math.abs(measuredSeconds - configuredSeconds)).toBeLessThanOrEqual(1)
}

const onPath = async (suffix: string): Promise<RequestLogEntry[]> =>
  (await emulator.control.requests()).filter(r => r.path.endsWith(suffix))

describe.each([
  // [runner vs Okta, emulator offset, assertion-lifetime, the refusal it meets first]
  ['2 minutes fast', -120, '300', 'client_assertion_issued_at_in_future', 'ahead of'],
  [
    '2 minutes fast, with an hour-long assertion',
    -120,
    '3600',
    'client_assertion_expires_too_far_in_future',
    'ahead of'
  ],
  [
    '2 minutes slow, with a one-minute assertion',
    120,
    '60',
    'client_assertion_expired_token',
    'behind'
  ]
] as const)('a runner clock %s', (_what, offset, lifetime, refusal, direction) => {
  it('is measured from Date, logged, and corrected once', async () => {
    const inputs = await appWithClockOffset(offset)
    const { main, post } = await runJob({ ...inputs, 'assertion-lifetime': lifetime })

    expect(main.code).toBe(0)
    expect(main.outputs['access-token']).toBeTruthy()
    expect(main.warnings).toHaveLength(1)
    const measured = new RegExp(
      `^Token request refused for its times: the runner's clock is (\\d+) s ${direction} the server's \\(measured from its Date header\\); signing again on the server's time$`
    ).exec(main.warnings[0])
    expect(measured).not.toBeNull()
    expectAbout(Number(measured![1]), Math.abs(offset))
    const [refused, accepted] = await onPath('/oauth2/v1/token')
    expect(refused.error).toBe(refusal)
    expect(accepted.status).toBe(200)
    // The second assertion is on the server's clock: iat within a second or two of its time.
    const serverTime = Date.parse(accepted.time) / 1000
    expect(Math.abs(Number(accepted.assertion!.claims.iat) - serverTime)).toBeLessThanOrEqual(2)
    expect(accepted.assertion!.claims.jti).not.toBe(refused.assertion!.claims.jti)

    // The post step's assertion meets the same clock and is corrected the same way.
    expect(post.code).toBe(0)
    expect(post.stdout).toContain('Revoked the access token')
    const token = (await emulator.control.tokens()).find(
      t => t.accessToken === main.outputs['access-token']
    )
    expect(token?.revoked).toBe(true)
    recordFigure('clock-skew', { offsetSeconds: offset, lifetime, outcome: 'corrected' })
  })
})

it('needs no correction when the runner is 2 minutes slow and the assertion still valid', async () => {
  const inputs = await appWithClockOffset(120)
  const run = await runAction('main', inputs)
  expect(run.code).toBe(0)
  expect(run.warnings).toEqual([])
  expect(await onPath('/oauth2/v1/token')).toHaveLength(1)
  recordFigure('clock-skew', { offsetSeconds: 120, lifetime: '300', outcome: 'accepted' })
})

it.each([
  ['20 minutes fast', -1200, 'ahead of'],
  ['20 minutes slow', 1200, 'behind']
] as const)(
  'a runner clock %s fails with a message about its time',
  async (_what, offset, direction) => {
    const inputs = await appWithClockOffset(offset)
    const run = await runAction('main', inputs)
    const message = expectCleanFailure(run)
    const measured = new RegExp(
      `^The runner's clock is (\\d+) s ${direction} the server's \\(from its Date header\\), too far to correct: fix the runner's time \\(NTP\\)\\.$`
    ).exec(message)
    expect(measured).not.toBeNull()
    expectAbout(Number(measured![1]), Math.abs(offset))
    // One request: the action does not sign again on a clock it cannot trust.
    expect(await onPath('/oauth2/v1/token')).toHaveLength(1)
    recordFigure('clock-skew', { offsetSeconds: offset, outcome: 'refused with a clock message' })
  }
)
