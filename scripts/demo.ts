/**
 * `npm run demo`: the action's main job, end to end, with no Okta account. Starts the Okta
 * emulator, then runs the BUILT action (dist/) exactly as the GitHub runner would, and prints
 * what a workflow log would show: masked values as ***, warnings, outputs (secrets redacted)
 * and the job summary.
 */
import { generateKeyPairSync } from 'node:crypto'
import { existsSync } from 'node:fs'
import { startEmulator } from '../testkit/emulator/process.js'
import { ROOT, runAction, type ActionRun } from '../testkit/run-action.js'
import { demoOktaApi } from './demo-okta-api.js'
import { startFakeKms } from '../fakes/aws-kms.js'
import { kmsStep, kmsUri, registrableJwk } from '../testkit/remote-keys.js'
import { createSoftHsmToken, SOFTHSM_MODULE } from '../testkit/softhsm.js'

const SECRET_OUTPUTS = new Set(['access-token', 'dpop-key', 'private-key', 'client-assertion'])

function banner(title: string): void {
  console.log(`\n\x1b[1m=== ${title} ===\x1b[0m`)
}

/** Renders a step's stdout as the runner shows it: masks applied, commands interpreted. */
function showStep(name: string, run: ActionRun): void {
  console.log(`\x1b[36m▶ ${name}\x1b[0m (exit ${run.code}, ${run.durationMs} ms)`)
  const masks = [...run.masked].filter(m => m.length > 0).sort((a, b) => b.length - a.length)
  const redact = (line: string): string =>
    masks.reduce((text, m) => text.split(m).join('***'), line)
  for (const line of run.stdout.split('\n')) {
    if (!line || line.startsWith('::add-mask::') || line.startsWith('::debug::')) continue
    const command = /^::(warning|error|notice)(?: [^:]*)?::(.*)$/.exec(line)
    const text = command ? `${command[1].toUpperCase()}: ${command[2]}` : line
    console.log(`  | ${redact(text.replace(/%0A/g, '\n  | ').replace(/%25/g, '%'))}`)
  }
  const outputs = Object.entries(run.outputs)
  if (outputs.length) {
    console.log('  outputs:')
    for (const [key, value] of outputs) {
      const shown = SECRET_OUTPUTS.has(key) ? `*** (${value.length} chars, masked)` : value
      console.log(`    ${key} = ${shown.length > 160 ? `${shown.slice(0, 157)}...` : shown}`)
    }
  }
  if (run.summary.trim()) {
    console.log('  job summary (markdown/HTML, abridged):')
    const text = run.summary
      .replace(/<\/tr>/g, '\n')
      .replace(/<\/t[dh]>/g, ' |')
      .replace(/<\/?(table|tr|td|th|h\d|p|pre|code|br)[^>]*>/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .split('\n')
      .map(l => l.trim())
      .filter(Boolean)
    for (const line of text.slice(0, 20)) console.log(`    ${line}`)
  }
  if (run.code !== 0) throw new Error(`${name} failed: ${run.errors.join(' ') || run.stderr}`)
}

async function main(): Promise<void> {
  if (!existsSync(`${ROOT}/dist/index.js`)) throw new Error('dist/ is missing: run npm run build')
  const emulator = await startEmulator()
  const { control, url } = emulator
  try {
    banner(`Okta emulator listening at ${url}`)
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const privateKey = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    const jwk = { ...pair.publicKey.export({ format: 'jwk' }), kid: 'demo-key-1' }
    const scopes = 'okta.users.read okta.groups.read'

    banner('1. token mode: a Bearer token for an API Services app')
    const bearerApp = await control.createApp({
      label: 'Demo service app',
      keys: [jwk as never],
      grantedScopes: ['okta.users.read', 'okta.groups.read']
    })
    console.log(`seeded app ${bearerApp.id} (client id ${bearerApp.clientId}), kid demo-key-1`)
    const tokenInputs = {
      'okta-domain': url,
      'client-id': bearerApp.clientId,
      // As a repository secret often holds it: newlines escaped as literal \n.
      'private-key': privateKey.replace(/\n/g, '\\n'),
      'key-id': 'demo-key-1',
      scopes
    }
    const bearer = await runAction('main', tokenInputs)
    showStep('Get Okta token (main)', bearer)

    banner('2. token mode: an app that requires DPoP (the Admin Console default)')
    const dpopApp = await control.createApp({
      label: 'Demo DPoP app',
      keys: [jwk as never],
      grantedScopes: ['okta.users.read'],
      dpopRequired: true
    })
    const dpopInputs = { ...tokenInputs, 'client-id': dpopApp.clientId, scopes: 'okta.users.read' }
    const dpop = await runAction('main', dpopInputs)
    showStep('Get Okta token, DPoP app (main)', dpop)
    const tokenCalls = (await control.requests()).filter(
      r => r.route === 'oauth.token' && r.clientId === dpopApp.clientId
    )
    console.log(
      `token endpoint calls for the DPoP app: ${tokenCalls.map(r => `${r.status}${r.error ? ` ${r.error}` : ''}`).join(' → ')}`
    )

    banner('3. post step at job end: revoke both tokens')
    showStep('Post Get Okta token', await runAction('post', tokenInputs, { state: bearer.state }))
    showStep(
      'Post Get Okta token, DPoP app',
      await runAction('post', dpopInputs, { state: dpop.state })
    )
    const tokens = await control.tokens()
    console.log(
      `emulator: ${tokens.filter(t => t.revoked).length} of ${tokens.length} issued tokens revoked`
    )

    if (existsSync(`${ROOT}/src/modes/provision.ts`)) {
      banner(
        '4. provision mode: create a service app with a generated key, grant scopes and a role'
      )
      const apiToken = await control.createApiToken({
        name: 'demo super admin',
        role: 'SUPER_ADMIN'
      })
      const provision = await runAction('main', {
        mode: 'provision',
        'okta-domain': url,
        'api-token': apiToken.token,
        'app-label': 'GitHub Actions demo',
        scopes,
        'admin-roles': 'READ_ONLY_ADMIN'
      })
      showStep('Provision Okta service app', provision)

      banner('5. token mode with the provisioned outputs, then its post step')
      const provisioned = {
        'okta-domain': url,
        'client-id': provision.outputs['client-id'],
        'private-key': provision.outputs['private-key'],
        scopes
      }
      const minted = await runAction('main', provisioned)
      showStep('Get Okta token (provisioned app)', minted)
      showStep('Post', await runAction('post', provisioned, { state: minted.state }))

      if (existsSync(`${ROOT}/src/modes/rotate.ts`)) {
        banner('6. rotate mode: add a new key, prove it, retire the old one')
        const rotate = await runAction('main', {
          mode: 'rotate',
          'okta-domain': url,
          'api-token': apiToken.token,
          'client-id': provision.outputs['client-id'],
          scopes
        })
        showStep('Rotate the app key', rotate)
      }

      banner('6b. without an API token: bootstrap an admin app, provision with it, self-rotation')
      const bootstrap = await runAction('main', {
        mode: 'provision',
        'okta-domain': url,
        'api-token': apiToken.token,
        'app-label': 'GitHub Actions admin app',
        scopes: 'okta.apps.manage okta.appGrants.manage okta.roles.manage okta.roles.read',
        'admin-roles': 'SUPER_ADMIN'
      })
      showStep('Bootstrap the admin app (the last run with an API token)', bootstrap)
      const admin = {
        'admin-client-id': bootstrap.outputs['client-id'],
        'admin-private-key': bootstrap.outputs['private-key']
      }
      await control.clearRequests()
      const byAdmin = await runAction('main', {
        mode: 'provision',
        'okta-domain': url,
        ...admin,
        'app-label': 'GitHub Actions demo (by the admin app)',
        scopes,
        'admin-roles': 'READ_ONLY_ADMIN'
      })
      showStep('Provision with the admin app', byAdmin)
      const log = await control.requests()
      console.log("emulator's request log of that run (method, path, auth scheme):")
      for (const entry of log) {
        const scheme =
          entry.authorizationScheme ?? (entry.form?.client_assertion ? 'client assertion' : '-')
        console.log(`    ${entry.method} ${entry.path.split('?')[0]} ${scheme}`)
      }
      const ssws = log.filter(e => /^SSWS/i.test(e.headers.authorization ?? '')).length
      console.log(`requests with an SSWS header: ${ssws}`)
      if (ssws) throw new Error('the admin-app provision sent an API token')
      const selfRotation = await runAction('main', {
        mode: 'rotate',
        'okta-domain': url,
        'client-id': admin['admin-client-id'],
        'private-key': admin['admin-private-key']
      })
      showStep('Self-rotation of the admin app (no api-token, no admin-*)', selfRotation)
    }

    if (existsSync(`${ROOT}/src/modes/request.ts`)) {
      banner('7. request mode: list every user through a DPoP-bound token, all pages')
      const request = await runAction('main', {
        ...dpopInputs,
        mode: 'request',
        'request-path': '/api/v1/users?limit=200',
        'request-paginate': 'true'
      })
      const body = request.outputs['response-body'] ?? ''
      request.outputs['response-body'] = `${body.slice(0, 80)}… (${body.length} chars)`
      showStep('List users (request mode)', request)
      const users = JSON.parse(body) as unknown[]
      console.log(`users returned: ${users.length}`)
    }

    banner('8. token mode signed by AWS KMS: the key never leaves the KMS (a local fake of it)')
    const kms = await startFakeKms()
    try {
      const kmsKey = kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/okta-ci' })
      const kmsApp = await control.createApp({
        label: 'Demo keyless app',
        keys: [(await registrableJwk(kmsKey.publicKey!)) as never],
        grantedScopes: ['okta.users.read']
      })
      const signingKey = kmsUri(kms, 'alias/okta-ci')
      console.log(`KMS fake at ${kms.url}; app ${kmsApp.id} has the KMS key's public JWK only`)
      const keyless = await runAction(
        'main',
        {
          'okta-domain': url,
          'client-id': kmsApp.clientId,
          'signing-key': signingKey,
          scopes: 'okta.users.read'
        },
        kmsStep(kms)
      )
      showStep('Get Okta token (signing-key: awskms)', keyless)
      console.log(`KMS Sign calls: ${kms.signCount} (one per client assertion)`)
    } finally {
      await kms.close()
    }

    banner('8b. token mode signed in a PKCS#11 HSM: a real SoftHSM2 token')
    if (!existsSync(SOFTHSM_MODULE)) {
      console.log(
        `SoftHSM2 is not installed (${SOFTHSM_MODULE}): apt-get install softhsm2, or bash .ci/run, which installs it`
      )
    } else {
      const hsm = createSoftHsmToken('okta-demo')
      try {
        const hsmApp = await control.createApp({
          label: 'Demo HSM app',
          keys: [(await registrableJwk(hsm.keys.p256.publicKey)) as never],
          grantedScopes: ['okta.users.read']
        })
        console.log(
          `SoftHSM2 token "${hsm.label}" in slot ${hsm.slotId}; app ${hsmApp.id} has its public JWK only`
        )
        const hsmRun = await runAction(
          'main',
          {
            'okta-domain': url,
            'client-id': hsmApp.clientId,
            'signing-key': `pkcs11:token=${hsm.label};object=${hsm.keys.p256.label}?module-path=${SOFTHSM_MODULE}&pin-value=${hsm.pin}`,
            scopes: 'okta.users.read'
          },
          { env: { SOFTHSM2_CONF: hsm.conf }, secrets: [hsm.pin] }
        )
        showStep('Get Okta token (signing-key: pkcs11, SoftHSM2)', hsmRun)
      } finally {
        hsm.remove()
      }
    }

    banner('9. okta-api in later steps of the job: a DPoP app pages users and syncs a CSV')
    await demoOktaApi(control, url, { privateKey, publicJwk: jwk, kid: 'demo-key-1' })

    banner('Demo finished: every step exited 0')
  } finally {
    await emulator.stop()
  }
}

main().catch(error => {
  console.error(`demo failed: ${(error as Error).message}`)
  process.exit(1)
})
