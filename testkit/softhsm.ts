import { execFileSync } from 'node:child_process'
import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setProcessEnvironment } from './process-env.js'

/**
 * A real SoftHSM2 token in a temporary directory: its own SOFTHSM2_CONF and token store, so tests
 * never touch the machine's tokens. Keys are made here with Node and imported with
 * softhsm2-util (which stores both the private and the public key object), so the test knows the
 * public key independently of what the provider reads back.
 */

/** Debian's softhsm2 package puts the module here; the pkcs11: provider defaults to it too. */
export const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so'
/** OpenSC's pkcs11-spy (Debian opensc-pkcs11): forwards to PKCS11SPY and logs every call. */
export const PKCS11_SPY_MODULE = '/usr/lib/x86_64-linux-gnu/pkcs11-spy.so'

/** The PKCS#11 calls pkcs11-spy has logged to `log`, by name, in order. */
export function spyCalls(log: string): string[] {
  return (readFileSync(log, 'utf8').match(/^\d+: C_\w+$/gm) ?? []).map(line =>
    line.replace(/^\d+: /, '')
  )
}

export type HsmKeyKind = 'rsa2048' | 'p256' | 'p384' | 'p521' | 'rsa1024' | 'secp256k1'

export interface HsmKey {
  label: string
  /** CKA_ID as hex. */
  id: string
  publicKey: KeyObject
}

export interface SoftHsmToken {
  label: string
  pin: string
  soPin: string
  /** The slot SoftHSM2 gave the token (RFC 7512 slot-id). */
  slotId: string
  /** SOFTHSM2_CONF for this token's store. */
  conf: string
  dir: string
  keys: Record<HsmKeyKind, HsmKey>
  /**
   * Puts SOFTHSM2_CONF (and, with spyLog, the pkcs11-spy variables) in this process's environment,
   * where the PKCS#11 module reads them; returns the undo.
   */
  useInProcess(spyLog?: string): Promise<() => Promise<unknown>>
  remove(): void
}

const PAIRS: Record<HsmKeyKind, () => { privateKey: KeyObject; publicKey: KeyObject }> = {
  rsa2048: () => generateKeyPairSync('rsa', { modulusLength: 2048 }),
  rsa1024: () => generateKeyPairSync('rsa', { modulusLength: 1024 }),
  p256: () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' }),
  p384: () => generateKeyPairSync('ec', { namedCurve: 'secp384r1' }),
  p521: () => generateKeyPairSync('ec', { namedCurve: 'secp521r1' }),
  secp256k1: () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
}

/** Initialises a token labelled `label` with one key pair of each kind, labelled by its kind. */
export function createSoftHsmToken(label = 'okta-ci'): SoftHsmToken {
  const dir = mkdtempSync(join(tmpdir(), 'softhsm-'))
  const tokens = join(dir, 'tokens')
  mkdirSync(tokens)
  const conf = join(dir, 'softhsm2.conf')
  writeFileSync(
    conf,
    `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\n`
  )
  const env = { ...process.env, SOFTHSM2_CONF: conf }
  const pin = 'user-pin-8271'
  const soPin = 'so-pin-3390'
  const util = (...args: string[]): string =>
    execFileSync('softhsm2-util', args, { env, encoding: 'utf8' })
  try {
    const init = util('--init-token', '--free', '--label', label, '--so-pin', soPin, '--pin', pin)
    // "The token has been initialized and is reassigned to slot N"
    const slotId = /reassigned to slot (\d+)/.exec(init)?.[1] ?? ''
    const keys = {} as Record<HsmKeyKind, HsmKey>
    Object.entries(PAIRS).forEach(([kind, make], index) => {
      const pair = make()
      const file = join(dir, `${kind}.pem`)
      writeFileSync(file, pair.privateKey.export({ format: 'pem', type: 'pkcs8' }))
      const id = (index + 1).toString(16).padStart(2, '0')
      util('--import', file, '--token', label, '--label', kind, '--id', id, '--pin', pin)
      rmSync(file)
      keys[kind as HsmKeyKind] = { label: kind, id, publicKey: pair.publicKey }
    })
    return {
      label,
      pin,
      soPin,
      slotId,
      conf,
      dir,
      keys,
      async useInProcess(spyLog) {
        const values: Record<string, string> = { SOFTHSM2_CONF: conf }
        if (spyLog) Object.assign(values, { PKCS11SPY: SOFTHSM_MODULE, PKCS11SPY_OUTPUT: spyLog })
        const saved = await setProcessEnvironment(values)
        return () => setProcessEnvironment(saved)
      },
      remove() {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}
