// The okta-api part of `npm run demo`: a later step of the job, as the runner runs it, on an
// app that requires DPoP. It pages every user, then runs the README's user sync (a CSV turned
// into one --batch of creates and updates, checked with jq).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EmulatorControl } from '../testkit/emulator/control-client.js'
import { Job, type StepRun } from '../testkit/okta-api-job.js'

/** README "A scheduled user-sync workflow", word for word. */
export const SYNC_SCRIPT = `okta-api '/api/v1/users?limit=200' --paginate > okta-users.json
# One NDJSON call per CSV row: update the user if Okta has the login, else create.
jq -R -c --slurpfile okta okta-users.json '
  ($okta[0] | map({(.profile.login | ascii_downcase): .id}) | add // {}) as $ids
  | split(",") | {login: .[0], email: .[0], firstName: .[1], lastName: .[2]} as $p
  | if $ids[$p.login | ascii_downcase]
    then {method: "POST", path: "/api/v1/users/\\($ids[$p.login | ascii_downcase])", body: {profile: $p}}
    else {method: "POST", path: "/api/v1/users?activate=true", body: {profile: $p}}
    end' people.csv > calls.ndjson
okta-api --batch calls.ndjson > answers.ndjson || true
jq -s -e 'map(select(.status != 200)) as $bad | if ($bad | length) > 0
  then ($bad[0] | "line \\(.index + 1): \\(.status) \\(.body.errorCauses // .body.errorSummary // .error)") | halt_error
  else "synced \\(length) users" end' answers.ndjson`

function show(name: string, run: StepRun, masks: string[]): void {
  console.log(`\x1b[36m▶ ${name}\x1b[0m (exit ${run.code})`)
  const redact = (text: string) => masks.reduce((t, m) => (m ? t.split(m).join('***') : t), text)
  const lines = `${run.stdout}${run.stderr}`.split('\n')
  for (const line of lines.filter(l => l && !/^::(add-mask|debug)::/.test(l))) {
    console.log(`  | ${redact(line.length > 200 ? `${line.slice(0, 197)}...` : line)}`)
  }
  if (run.code !== 0) throw new Error(`${name} failed`)
}

export async function demoOktaApi(
  control: EmulatorControl,
  url: string,
  key: { privateKey: string; publicJwk: object; kid: string }
): Promise<void> {
  const keyInputs = { 'private-key': key.privateKey, 'key-id': key.kid }
  const app = await control.createApp({
    label: 'Demo sync app (DPoP)',
    keys: [key.publicJwk as never],
    grantedScopes: ['okta.users.read', 'okta.users.manage'],
    dpopRequired: true
  })
  const job = new Job()
  try {
    const inputs = {
      'okta-domain': url,
      'client-id': app.clientId,
      ...keyInputs,
      scopes: 'okta.users.read okta.users.manage'
    }
    const token = await job.action(inputs)
    console.log(`token step: token-type ${token.outputs['token-type']}; okta-api on PATH`)
    const masks = token.masked
    show(
      "run: okta-api '/api/v1/users?limit=200' --paginate --verbose | jq length",
      await job.run("okta-api '/api/v1/users?limit=200' --paginate --verbose | jq length"),
      masks
    )
    writeFileSync(
      join(job.dir, 'people.csv'),
      [
        'margaret.hamilton@example.com,Margaret,Hamilton',
        'radia.perlman@example.com,Radia,Perlman',
        'katherine.johnson@example.com,Katherine,Johnson',
        // Already in Okta (a seeded user): updated, not created twice.
        'ada.lovelace.1@example.com,Ada,King'
      ].join('\n') + '\n'
    )
    show('run: sync people.csv (README example 2)', await job.run(SYNC_SCRIPT), masks)
    show(
      'run: the answers',
      await job.run("jq -c '{index, status, login: .body.profile.login}' answers.ndjson"),
      masks
    )
    const post = await job.post(inputs)
    show('post step: revoke, delete the okta-api credentials', post, masks)
  } finally {
    job.cleanup()
  }
}
