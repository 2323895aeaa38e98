// `npm run emulator -- --seed`: two ready service apps in a running emulator, for trying the
// action on a laptop with `npx @github/local-action`. A Bearer app (RSA-2048) and an app that
// requires DPoP (EC P-256), each with a key pair generated now, are registered through the
// emulator's control API (plain HTTP, so this module needs nothing else of the emulator), and
// one dotenv file per app holds the action's inputs as the runner would pass them (INPUT_*).
// The files hold private keys: written 0600 and gitignored, never printed.
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { calculateJwkThumbprint, type JWK } from 'jose'

/** What each seeded app may be granted, and what the .env files ask for. */
export const SEED_SCOPES = ['okta.users.read', 'okta.groups.read']

export interface SeededApp {
  label: string
  tokenType: 'Bearer' | 'DPoP'
  clientId: string
  kid: string
  /** PKCS#8 PEM: only ever written to the app's env file. */
  privateKeyPem: string
}

interface AppSpec {
  label: string
  tokenType: SeededApp['tokenType']
  generate: () => KeyObject
}

const SPECS: AppSpec[] = [
  {
    label: 'Local Bearer app',
    tokenType: 'Bearer',
    generate: () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
  },
  {
    // Okta's Admin Console turns "Require DPoP" on for new API Services apps; with the action's
    // default `dpop: auto` the first answer says so and the action switches to DPoP.
    label: 'Local DPoP app',
    tokenType: 'DPoP',
    generate: () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
  }
]

/** Registers one app per spec through the control API (POST /__control/apps). */
export async function seedApps(emulatorUrl: string): Promise<SeededApp[]> {
  const seeded: SeededApp[] = []
  for (const spec of SPECS) {
    const privateKey = spec.generate()
    const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK
    const kid = await calculateJwkThumbprint(publicJwk, 'sha256')
    const response = await fetch(`${emulatorUrl}/__control/apps`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        label: spec.label,
        keys: [{ ...publicJwk, kid, use: 'sig' }],
        grantedScopes: SEED_SCOPES,
        dpopRequired: spec.tokenType === 'DPoP'
      })
    })
    if (!response.ok) {
      throw new Error(`could not seed ${spec.label}: ${response.status} ${await response.text()}`)
    }
    const app = (await response.json()) as { clientId: string }
    seeded.push({
      label: spec.label,
      tokenType: spec.tokenType,
      clientId: app.clientId,
      kid,
      privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    })
  }
  return seeded
}

/**
 * A dotenv file for `local-action`: token mode against the emulator with the app's key. The
 * names keep their hyphens (INPUT_OKTA-DOMAIN), as the runner sets them and core.getInput reads
 * them; the key is base64 of its PEM so that it fits on one line (private-key accepts it).
 */
export function localActionEnv(emulatorUrl: string, app: SeededApp): string {
  return [
    `# ${app.label} (${app.tokenType}) in the emulator at ${emulatorUrl}, written by`,
    '# `npm run emulator -- --seed`. Holds a private key: never commit it (.gitignore has it).',
    '# Run: npx @github/local-action . src/main.ts <this file> --post src/post-step.ts',
    'INPUT_MODE=token',
    `INPUT_OKTA-DOMAIN=${emulatorUrl}`,
    `INPUT_CLIENT-ID=${app.clientId}`,
    `INPUT_PRIVATE-KEY=${Buffer.from(app.privateKeyPem).toString('base64')}`,
    `INPUT_SCOPES=${SEED_SCOPES.join(' ')}`,
    'INPUT_DPOP=auto',
    'INPUT_REVOKE=true',
    'INPUT_SUMMARY=true',
    ''
  ].join('\n')
}

/** Writes the env file of each app (owner-only) and returns the facts safe to print. */
export function writeEnvFiles(
  emulatorUrl: string,
  apps: SeededApp[],
  pathFor: (app: SeededApp) => string
): { app: SeededApp; path: string }[] {
  return apps.map(app => {
    const path = pathFor(app)
    writeFileSync(path, localActionEnv(emulatorUrl, app), { mode: 0o600 })
    return { app, path }
  })
}

/** The lines the CLI prints: URL, client ids, kids, file names; never key material. */
export function seedSummary(
  emulatorUrl: string,
  files: { app: SeededApp; path: string }[]
): string {
  const lines = [
    `Seeded ${files.length} service apps (private_key_jwt, scopes ${SEED_SCOPES.join(' ')}):`
  ]
  for (const { app, path } of files) {
    lines.push(
      `  ${app.tokenType.padEnd(6)} ${app.label}: client id ${app.clientId}, kid ${app.kid}, inputs in ${path}`
    )
  }
  lines.push(
    `Token endpoint: ${emulatorUrl}/oauth2/v1/token (discovery: curl ${emulatorUrl}/.well-known/oauth-authorization-server)`,
    `Run the action: npx @github/local-action . src/main.ts ${files[0]?.path ?? '.env'} --post src/post-step.ts`,
    'Stop with Ctrl-C: the apps live only as long as this emulator.'
  )
  return `${lines.join('\n')}\n`
}
