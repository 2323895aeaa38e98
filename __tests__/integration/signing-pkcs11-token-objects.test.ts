// The pkcs11: provider's edges on a real SoftHSM2 token (testkit/softhsm.ts), with OpenSC's
// pkcs11-spy logging every call as in signing-pkcs11.test.ts: URIs refused before any module is
// loaded, the forms RFC 7512 tools print accepted, key objects the token holds in ways the action
// cannot use (two private keys under one label, no or two public objects, CKA_SIGN false, an
// Ed25519 key), a refused signature, two keys open at once, the module released after every
// failed open, and a module that cannot load or start.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync, verify, type KeyObject } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pkcs11js from 'pkcs11js'
import type { KeyUri } from '../../src/signing/provider.js'
import pkcs11Provider from '../../src/signing/providers/pkcs11.js'
import {
  createSoftHsmToken,
  PKCS11_SPY_MODULE,
  spyCalls,
  SOFTHSM_MODULE,
  type SoftHsmToken
} from '../../testkit/softhsm.js'
import { setProcessEnvironment } from '../../testkit/process-env.js'
import { oneLineFailure } from '../one-line-failure.js'
import { closeOpened, closeOpenedAfterEach, keyUri, open } from '../use-pkcs11-opens.js'

let token: SoftHsmToken
let restoreEnv: () => Promise<unknown>
let dir: string
let spyLog: string
/** Public keys of the key pairs imported here, by label. */
const imported: Record<string, KeyObject> = {}

/** Imports a new key pair under `label` and CKA_ID `id` (hex) with softhsm2-util. */
function importPair(label: string, id: string, privateKey: KeyObject): void {
  const file = join(dir, `${label}-${id}.pem`)
  writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }))
  execFileSync(
    'softhsm2-util',
    ['--import', file, '--token', token.label, '--label', label, '--id', id, '--pin', token.pin],
    { env: { ...process.env, SOFTHSM2_CONF: token.conf }, stdio: 'pipe' }
  )
  rmSync(file)
}

/**
 * Objects softhsm2-util cannot make, changed with PKCS#11 calls of this test's own: the private
 * key of `nosign` no longer signs, `nopub` loses its public object, `twopub` gets a second one.
 */
function reshapeObjects(): void {
  const module = new pkcs11js.PKCS11()
  module.load(SOFTHSM_MODULE)
  module.C_Initialize()
  try {
    const slot = module
      .C_GetSlotList(true)
      .find(s => module.C_GetTokenInfo(s).label.trimEnd() === token.label)
    if (!slot) throw new Error(`no token ${token.label}`)
    const session = module.C_OpenSession(
      slot,
      pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION
    )
    module.C_Login(session, pkcs11js.CKU_USER, token.pin)
    const find = (objectClass: number, label: string): Buffer => {
      module.C_FindObjectsInit(session, [
        { type: pkcs11js.CKA_CLASS, value: objectClass },
        { type: pkcs11js.CKA_LABEL, value: label }
      ])
      const [handle] = module.C_FindObjects(session, 1)
      module.C_FindObjectsFinal(session)
      if (!handle) throw new Error(`no object ${label}`)
      return handle
    }
    module.C_SetAttributeValue(session, find(pkcs11js.CKO_PRIVATE_KEY, 'nosign'), [
      { type: pkcs11js.CKA_SIGN, value: false }
    ])
    module.C_DestroyObject(session, find(pkcs11js.CKO_PUBLIC_KEY, 'nopub'))
    module.C_CopyObject(session, find(pkcs11js.CKO_PUBLIC_KEY, 'twopub'), [])
    module.C_Logout(session)
    module.C_CloseSession(session)
  } finally {
    module.C_Finalize()
    module.close()
  }
}

beforeAll(async () => {
  token = createSoftHsmToken('okta-objects')
  dir = mkdtempSync(join(tmpdir(), 'pkcs11-objects-'))
  spyLog = join(dir, 'spy.log')
  restoreEnv = await token.useInProcess(spyLog)
  const ec = (): KeyObject => generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey
  importPair('ed25519', '31', generateKeyPairSync('ed25519').privateKey)
  importPair('twice', '32', ec())
  importPair('twice', '33', ec())
  for (const [label, id] of [
    ['nosign', '34'],
    ['nopub', '35'],
    ['twopub', '36']
  ] as const) {
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    importPair(label, id, pair.privateKey)
    imported[label] = pair.publicKey
  }
  reshapeObjects()
})
closeOpenedAfterEach()
afterAll(async () => {
  await restoreEnv()
  token.remove()
  rmSync(dir, { recursive: true, force: true })
})

const failure = (uri: KeyUri): Promise<string> => oneLineFailure(open(uri))

const withPin = (path: string, query: Record<string, string> = {}): KeyUri =>
  keyUri(path, { 'pin-value': token.pin, ...query })

describe('pkcs11: URIs refused before any module is loaded', () => {
  it.each([
    [
      'both pin-value and pin-source',
      () => keyUri(`token=T;object=p256`, { 'pin-value': '1234', 'pin-source': '/pin' }),
      'has both pin-value and pin-source (RFC 7512 section 2.4): keep one.'
    ],
    [
      'a pin-source that cannot be read',
      () => keyUri('token=T;object=p256', { 'pin-source': 'file:///nonexistent/pin' }),
      'has pin-source /nonexistent/pin, which cannot be read: give a readable file holding the PIN.'
    ],
    [
      'a query attribute the action does not use',
      () => withPin('token=T;object=p256', { 'slot-id': '1' }),
      'has the query attribute slot-id, which this action does not use: use module-path, pin-value or pin-source.'
    ],
    [
      // A KMS URI's endpoint means nothing to a module loaded in-process: refused, not ignored.
      'an endpoint',
      () => withPin('token=T;object=p256', { endpoint: 'https://hsm.example.com' }),
      'has the query attribute endpoint, which this action does not use: use module-path, pin-value or pin-source.'
    ],
    [
      'module-name without module-path',
      () => withPin('token=T;object=p256', { 'module-name': 'softhsm2' }),
      'names module-name without module-path: give module-path, the PKCS#11 library file.'
    ],
    [
      'a slot-id with a letter after',
      () => withPin('slot-id=1x;object=p256'),
      'has slot-id=1x: it must be a decimal number.'
    ],
    [
      'a slot-id with a letter before',
      () => withPin('slot-id=x1;object=p256'),
      'has slot-id=x1: it must be a decimal number.'
    ],
    [
      'an empty slot-id',
      () => withPin('slot-id=;object=p256'),
      'has slot-id=: it must be a decimal number.'
    ],
    [
      'no token',
      () => withPin('object=p256'),
      'names no token: add token=LABEL (or slot-id=N) to say which token holds the key.'
    ]
  ])('%s', async (_what, makeUri, why) => {
    const uri = makeUri()
    writeFileSync(spyLog, '')
    // Through pkcs11-spy, so that a module loaded at all would show in its log.
    const spied = uri.query['module-name'] === undefined
    expect(
      await failure(
        spied ? { ...uri, query: { ...uri.query, 'module-path': PKCS11_SPY_MODULE } } : uri
      )
    ).toBe(`signing-key: ${uri.display} ${why}`)
    expect(spyCalls(spyLog)).toEqual([])
  })

  it('masks pin-value before refusing the URI for anything else', async () => {
    const masked: string[] = []
    await expect(
      pkcs11Provider(keyUri('token=T;object=p256', { 'pin-value': '4321', 'pin-source': '/pin' }), {
        env: process.env,
        mask: s => masked.push(s)
      })
    ).rejects.toThrow('keep one')
    expect(masked).toStrictEqual(['4321'])
  })
})

describe('pkcs11: URI forms RFC 7512 tools print', () => {
  it("p11tool's attributes (ignored), a bare attribute, a trailing ';' and module-name beside module-path", async () => {
    const path = [
      'model=SoftHSM%20v2',
      'manufacturer=SoftHSM%20project',
      'serial=0123456789abcdef',
      `token=${token.label}`,
      'object=p256',
      'type=private',
      'library-description=SoftHSM',
      'library-manufacturer=SoftHSM',
      'library-version=2.6',
      'slot-description=SoftHSM%20slot',
      'slot-manufacturer=SoftHSM%20project',
      'type',
      ''
    ].join(';')
    const { provider, masked } = await open(
      withPin(path, { 'module-name': 'softhsm2', 'module-path': SOFTHSM_MODULE })
    )
    expect(masked).toStrictEqual([token.pin])
    expect((await provider.getPublicKey()).algorithms).toEqual(['ES256'])
  })

  it.each([
    ['a file: URI', (file: string) => `file:${file}`, 'pin', '\n'],
    ['a path with "file:" inside, CRLF-ended', (file: string) => file, 'pin-file:1', '\r\n']
  ])('pin-source as %s', async (_what, source, name, ending) => {
    const file = join(dir, name)
    writeFileSync(file, `${token.pin}${ending}`)
    const { provider, masked } = await open(
      keyUri(`token=${token.label};object=p256`, { 'pin-source': source(file) })
    )
    expect(masked).toStrictEqual([token.pin])
    expect((await provider.getPublicKey()).algorithms).toEqual(['ES256'])
  })
})

describe('pkcs11: an empty PIN', () => {
  it('from pin-value or an empty pin-source file: nothing to mask, and the token refuses it', async () => {
    const file = join(dir, 'empty-pin')
    writeFileSync(file, '\n')
    const queries: Record<string, string>[] = [{ 'pin-value': '' }, { 'pin-source': file }]
    for (const query of queries) {
      const masked: string[] = []
      await expect(
        pkcs11Provider(keyUri(`token=${token.label};object=p256`, query), {
          env: process.env,
          mask: s => masked.push(s)
        })
      ).rejects.toThrow(
        "PKCS#11: the token refused the PIN (CKR_PIN_INCORRECT). Fix pin-value or pin-source in signing-key: it is the token's user PIN, not the SO PIN."
      )
      expect(masked).toStrictEqual([])
    }
  })
})

describe('pkcs11: a pin-source file of two lines', () => {
  it('drops only the line end after the last line: the PIN keeps its inner newline, masked whole', async () => {
    const file = join(dir, 'two-line-pin')
    writeFileSync(file, `${token.pin}\n${token.pin}\n`)
    const masked: string[] = []
    await expect(
      pkcs11Provider(keyUri(`token=${token.label};object=p256`, { 'pin-source': file }), {
        env: process.env,
        mask: s => masked.push(s)
      })
    ).rejects.toThrow('PKCS#11: the token refused the PIN (CKR_PIN_INCORRECT).')
    expect(masked).toStrictEqual([`${token.pin}\n${token.pin}`])
  })
})

describe('pkcs11: key objects the action cannot use, each one line', () => {
  it('no private key by id, or on a token named by slot-id, or a bare object attribute', async () => {
    expect(await failure(withPin(`token=${token.label};id=%7f`))).toBe(
      `PKCS#11: no private key id 7f on token "${token.label}". Fix object= or id= in signing-key.`
    )
    expect(await failure(withPin(`slot-id=${token.slotId};object=missing`))).toBe(
      `PKCS#11: no private key object "missing" on slot-id ${token.slotId}. Fix object= or id= in signing-key.`
    )
    expect(await failure(withPin(`token=${token.label};object`))).toBe(
      `PKCS#11: no private key object "" on token "${token.label}". Fix object= or id= in signing-key.`
    )
  })

  it('two private keys under one label: id= picks one', async () => {
    expect(await failure(withPin(`token=${token.label};object=twice`))).toBe(
      `PKCS#11: more than one private key matches object "twice" on token "${token.label}". Add id= (or object=) to signing-key to pick one.`
    )
    const { provider } = await open(withPin(`token=${token.label};object=twice;id=%33`))
    expect((await provider.getPublicKey()).algorithms).toEqual(['ES256'])
  })

  it.each([
    ['nopub', 'no public key object'],
    ['twopub', 'more than one public key object']
  ])('%s: %s', async (label, what) => {
    expect(await failure(withPin(`token=${token.label};object=${label}`))).toBe(
      `PKCS#11: ${what} matches object "${label}" on token "${token.label}"; the action reads the public key from it. Store exactly one public key object with the same label and id as the private key.`
    )
  })

  it('a private key with CKA_SIGN false: no algorithm offered, and C_SignInit refused in one line', async () => {
    const { provider } = await open(withPin(`token=${token.label};object=nosign`))
    const remote = await provider.getPublicKey()
    expect(remote.serviceKeyType).toBe('CKK_EC prime256v1 with CKA_SIGN false')
    expect(remote.algorithms).toEqual([])
    expect(remote.key.export({ format: 'jwk' })).toEqual(imported.nosign?.export({ format: 'jwk' }))
    expect(await oneLineFailure(provider.sign(new Uint8Array([1]), 'ES256'))).toBe(
      `PKCS#11: signing with object "nosign" on token "${token.label}" failed (CKR_KEY_FUNCTION_NOT_PERMITTED). Check that the key pair allows ES256.`
    )
  })

  it('an RSA key asked for ES256: the token refuses in one line', async () => {
    const { provider } = await open(withPin(`token=${token.label};object=rsa2048`))
    // SoftHSM2 answers CKM_ECDSA on an RSA key with CKR_GENERAL_ERROR; the line carries it as is.
    expect(await oneLineFailure(provider.sign(new Uint8Array([1]), 'ES256'))).toBe(
      `PKCS#11: signing with object "rsa2048" on token "${token.label}" failed (CKR_GENERAL_ERROR). Check that the key pair allows ES256.`
    )
  })

  it('an Ed25519 key is refused by its PKCS#11 key type', async () => {
    const { provider } = await open(withPin(`token=${token.label};object=ed25519`))
    expect(await oneLineFailure(provider.getPublicKey())).toBe(
      `PKCS#11: object "ed25519" on token "${token.label}" is a CKA_KEY_TYPE 0x40 key, which cannot sign for Okta. Use an RSA (2048 bits or more) or EC P-256/P-384/P-521 key pair.`
    )
  })
})

describe('pkcs11: the module across opens', () => {
  it('two keys open at once on one token (module initialised, user logged in already): both sign', async () => {
    const first = await open(withPin(`token=${token.label};object=p256`))
    const second = await open(withPin(`token=${token.label};object=p384`))
    for (const [{ provider }, alg, hash] of [
      [first, 'ES256', 'sha256'],
      [second, 'ES384', 'sha384']
    ] as const) {
      const input = new TextEncoder().encode('header.claims')
      const { signature } = await provider.sign(input, alg)
      const { key } = await provider.getPublicKey()
      expect(verify(hash, input, { key, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true)
    }
  })

  it('a failed open releases what it opened: the session, then the module', async () => {
    writeFileSync(spyLog, '')
    await failure(
      keyUri(`token=${token.label};object=missing`, {
        'module-path': PKCS11_SPY_MODULE,
        'pin-value': token.pin
      })
    )
    expect(spyCalls(spyLog).slice(-2)).toEqual(['C_CloseSession', 'C_Finalize'])
    writeFileSync(spyLog, '')
    await failure(
      keyUri('token=nope;object=p256', { 'module-path': PKCS11_SPY_MODULE, 'pin-value': token.pin })
    )
    const calls = spyCalls(spyLog)
    expect(calls).not.toContain('C_OpenSession')
    expect(calls.at(-1)).toBe('C_Finalize')
  })

  it('a failed open unloads the module: the next open of the same path starts it afresh', async () => {
    const spied = (object: string): KeyUri =>
      keyUri(`token=${token.label};object=${object}`, {
        'module-path': PKCS11_SPY_MODULE,
        'pin-value': token.pin
      })
    await failure(spied('missing'))
    // pkcs11-spy reads PKCS11SPY_OUTPUT when it is loaded: a module still loaded from the failed
    // open would go on writing to the old log.
    const nextLog = join(dir, 'spy-next.log')
    const saved = await setProcessEnvironment({ PKCS11SPY_OUTPUT: nextLog })
    try {
      await open(spied('p256'))
      expect(readFileSync(nextLog, 'utf8')).toMatch(/^\d+: C_OpenSession$/m)
    } finally {
      await closeOpened()
      await setProcessEnvironment(saved)
    }
  })

  it('reads the public key from the token once', async () => {
    const { provider } = await open(
      keyUri(`token=${token.label};object=p256`, {
        'module-path': PKCS11_SPY_MODULE,
        'pin-value': token.pin
      })
    )
    const first = await provider.getPublicKey()
    writeFileSync(spyLog, '')
    expect(await provider.getPublicKey()).toBe(first)
    expect(spyCalls(spyLog)).toEqual([])
  })

  it("a module file that is not there: the loader's first line and the fix", async () => {
    // pkcs11js's errors come from the main realm, so inside jest they are not `instanceof Error`
    // and print with their name; in the action they print without it.
    expect(
      await failure(
        withPin(`token=${token.label};object=p256`, { 'module-path': '/nonexistent/libhsm.so' })
      )
    ).toMatch(
      /^PKCS#11: cannot load the module \/nonexistent\/libhsm\.so \((Error: )?\/nonexistent\/libhsm\.so: cannot open shared object file: No such file or directory\)\. Install the HSM's PKCS#11 library \(Debian: apt-get install softhsm2\) or set module-path= in signing-key\.$/
    )
  })

  it('a module that cannot start (SoftHSM2 without its configuration): its CKR code', async () => {
    const saved = await setProcessEnvironment({ SOFTHSM2_CONF: join(dir, 'no-such.conf') })
    try {
      expect(await failure(withPin(`token=${token.label};object=p256`))).toBe(
        `PKCS#11: CKR_GENERAL_ERROR while opening object "p256" on token "${token.label}".`
      )
    } finally {
      await setProcessEnvironment(saved)
    }
  })
})
