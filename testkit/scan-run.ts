import { emulatorSecrets, type EmulatorMark } from './emulator-secrets.js'
import { findLeaks, findUnmasked, recordAudit, SECRET_OUTPUTS, type Leak } from './leak-scan.js'

/** What a step left behind, as text: its two streams and the runner's command files. */
export interface StepTexts {
  stdout: string
  stderr: string
  output: string
  state: string
  env: string
  summary: string
}

export interface ScanOptions {
  secrets?: string[]
  debug?: boolean
  plant?: string
}

/** The inputs whose values are secrets: each is looked for in every text a run leaves. */
export const SECRET_INPUT_NAMES = [
  'private-key',
  'private-key-passphrase',
  'api-token',
  'github-token',
  'admin-private-key',
  'admin-private-key-passphrase'
]

/**
 * The leak scan both runners (spawned and in-process) apply to every run. It does not trust
 * the action: it looks for the secret inputs, what the run masked, every secret output, and
 * every token, assertion and proof the emulator issued or received during the run (`mark`),
 * in stdout, stderr, outputs, state, exported env and summary; and it requires the secret
 * inputs and the credentials of this run to have been masked.
 */
export async function scanRun(
  entry: string,
  inputs: Record<string, string>,
  texts: StepTexts,
  masked: string[],
  outputs: Record<string, string>,
  mark: EmulatorMark | undefined,
  options: ScanOptions
): Promise<Leak[]> {
  const secretInputs = SECRET_INPUT_NAMES.map(name => inputs[name]).filter(
    (v): v is string => !!v?.trim()
  )
  const secretOutputs = Object.entries(outputs)
    .filter(([name]) => SECRET_OUTPUTS.has(name))
    .map(([, value]) => value)
  const fromEmulator = mark
    ? await emulatorSecrets(mark, {
        clientIds: [inputs['client-id'], inputs['admin-client-id'], outputs['client-id']],
        credentials: [...secretInputs.map(s => s.trim()), ...masked]
      })
    : undefined
  const secrets = [
    ...secretInputs,
    ...(options.secrets ?? []),
    ...masked,
    ...secretOutputs,
    ...(fromEmulator?.all ?? [])
  ]
  const exportEnv = (inputs['export-env'] ?? '').toLowerCase() === 'true'
  const leaks = [
    ...findLeaks(secrets, texts, { allowEnvSecrets: exportEnv }),
    // core.getInput trims, and the action masks the value it read.
    ...findUnmasked([...secretInputs, ...(fromEmulator?.ofRun ?? [])], texts.stdout)
  ]
  recordAudit({
    entry,
    leaks: leaks.length,
    debug: !!options.debug,
    emulator: !!fromEmulator,
    secrets: new Set(secrets).size,
    ...(options.plant ? { plant: options.plant } : {})
  })
  return leaks
}
