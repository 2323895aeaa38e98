export const id = 727;
export const ids = [727];
export const modules = {

/***/ 2727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ providers_pkcs11),
  pkcs11PlatformSupported: () => (/* binding */ pkcs11PlatformSupported)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/signing/provider.ts
var provider = __webpack_require__(1990);
;// CONCATENATED MODULE: ./src/signing/providers/pkcs11-public-key.ts

const CURVE_ALGORITHM = {
    prime256v1: 'ES256',
    secp384r1: 'ES384',
    secp521r1: 'ES512'
};
/** A DER length (X.690 section 8.1.3). */
function derLength(length) {
    if (length < 0x80)
        return Buffer.from([length]);
    const bytes = [];
    for (let rest = length; rest > 0; rest >>= 8)
        bytes.unshift(rest & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
function der(tag, content) {
    return Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
}
/**
 * CKA_EC_POINT is a DER OCTET STRING holding the X9.62 point (PKCS#11 v2.40 section 2.3.3); some
 * modules return the bare point (0x04 || X || Y). It is the octet string when its DER length
 * covers exactly the rest and what it holds is an uncompressed point.
 */
function unwrapEcPoint(ecPoint) {
    if (ecPoint[0] !== 0x04 || ecPoint.length < 3)
        return ecPoint;
    const first = ecPoint[1];
    const lengthBytes = first < 0x80 ? 0 : first & 0x7f;
    // A bare point's X may start with any byte. No point's length takes two bytes or more
    // (P-521's, 133, takes one: 0x81 0x85), so such a "length" is X's first byte: a bare point.
    if (lengthBytes > 1)
        return ecPoint;
    const length = lengthBytes === 0 ? first : ecPoint.subarray(2, 2 + lengthBytes).readUIntBE(0, lengthBytes);
    const content = ecPoint.subarray(2 + lengthBytes);
    return content.length === length && content[0] === 0x04 ? content : ecPoint;
}
// id-ecPublicKey (RFC 5480 section 2.1.1), DER.
const ID_EC_PUBLIC_KEY = Buffer.from('06072a8648ce3d0201', 'hex');
/**
 * An EC SubjectPublicKeyInfo (RFC 5480) from CKA_EC_PARAMS (already the DER ECParameters) and
 * the point, so that OpenSSL names the curve, whichever curve it is: a secp256k1 key then is
 * refused by its name rather than failing to load.
 */
function ecSpki(ecParams, point) {
    const algorithm = der(0x30, Buffer.concat([ID_EC_PUBLIC_KEY, ecParams]));
    const subjectPublicKey = der(0x03, Buffer.concat([Buffer.from([0]), point]));
    return der(0x30, Buffer.concat([algorithm, subjectPublicKey]));
}
const b64url = (bytes) => bytes.toString('base64url');
function publicKeyFromAttributes(attributes, canSign) {
    let key;
    let serviceKeyType;
    let algorithms;
    if (attributes.keyType === 'rsa') {
        key = (0,external_node_crypto_.createPublicKey)({
            key: { kty: 'RSA', n: b64url(attributes.modulus), e: b64url(attributes.publicExponent) },
            format: 'jwk'
        });
        const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
        serviceKeyType = `CKK_RSA ${bits}-bit`;
        // Okta takes RS256/384/512 from RSA keys of 2048 bits or more (docs/okta-behaviour.md).
        algorithms = bits >= 2048 ? ['RS256', 'RS384', 'RS512'] : [];
    }
    else if (attributes.keyType === 'ec') {
        try {
            key = (0,external_node_crypto_.createPublicKey)({
                key: ecSpki(attributes.ecParams, unwrapEcPoint(attributes.ecPoint)),
                format: 'der',
                type: 'spki'
            });
        }
        catch {
            return { unusable: `CKK_EC with parameters ${attributes.ecParams.toString('hex')}` };
        }
        const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown curve';
        serviceKeyType = `CKK_EC ${curve}`;
        const algorithm = CURVE_ALGORITHM[curve];
        algorithms = algorithm ? [algorithm] : [];
    }
    else {
        return { unusable: attributes.name };
    }
    if (!canSign) {
        serviceKeyType += ' with CKA_SIGN false';
        algorithms = [];
    }
    return { key, serviceKeyType, algorithms };
}

;// CONCATENATED MODULE: ./src/signing/providers/pkcs11-lookup.ts

/** Finding the token and the key objects a pkcs11: URI names, and the provider's error lines. */
const SERVICE = 'PKCS#11';
/** The PKCS#11 return code name (CKR_...) of a pkcs11js error, or ''. */
function ckr(error) {
    const message = error instanceof Error ? error.message : String(error);
    return /CKR_[A-Z_]+/.exec(message)?.[0] ?? '';
}
function fail(message) {
    return new provider/* RemoteKeyError */._(`${SERVICE}: ${message}`);
}
function readUlong(value) {
    return value.length >= 8 ? value.readBigUInt64LE(0) : BigInt(value.readUInt32LE(0));
}
function describe(target) {
    const token = target.token !== undefined ? `token "${target.token}"` : `slot-id ${target.slotId}`;
    const key = target.object !== undefined
        ? `object "${target.object}"`
        : `id ${target.id?.toString('hex') ?? ''}`;
    return `${key} on ${token}`;
}
function findSlot(module, target) {
    const slots = module.C_GetSlotList(true);
    const labels = [];
    for (const slot of slots) {
        const label = module.C_GetTokenInfo(slot).label.trimEnd();
        labels.push(`"${label}"`);
        if (target.token !== undefined && label !== target.token)
            continue;
        if (target.slotId !== undefined && readUlong(slot) !== target.slotId)
            continue;
        return slot;
    }
    const wanted = target.token !== undefined ? `labelled "${target.token}"` : `in slot-id ${target.slotId}`;
    throw fail(`no token ${wanted} in ${target.modulePath} (tokens present: ${labels.join(', ') || 'none'}). Fix ${target.token !== undefined ? 'token=' : 'slot-id='} in the key URI, or initialise the token.`);
}
function findObjects(api, module, session, objectClass, target) {
    const template = [{ type: api.CKA_CLASS, value: objectClass }];
    if (target.object !== undefined)
        template.push({ type: api.CKA_LABEL, value: target.object });
    if (target.id !== undefined)
        template.push({ type: api.CKA_ID, value: target.id });
    module.C_FindObjectsInit(session, template);
    try {
        return module.C_FindObjects(session, 2);
    }
    finally {
        module.C_FindObjectsFinal(session);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/signing/providers/pkcs11-uri.ts


/** Debian's softhsm2 package installs its module here. */
const DEFAULT_MODULE_PATH = '/usr/lib/softhsm/libsofthsm2.so';
// RFC 7512 section 2.3 path attributes that name things this action does not match on; they are
// accepted so that URIs copied from p11tool or pkcs11-tool work, and ignored.
const IGNORED_PATH_ATTRIBUTES = new Set([
    'type',
    'manufacturer',
    'model',
    'serial',
    'library-description',
    'library-manufacturer',
    'library-version',
    'slot-description',
    'slot-manufacturer'
]);
const QUERY_ATTRIBUTES = new Set(['module-path', 'module-name', 'pin-value', 'pin-source']);
/** Percent-decoding to bytes: RFC 7512's `id` is binary, not UTF-8. */
function percentDecodeBytes(value) {
    const bytes = [];
    for (let i = 0; i < value.length; i++) {
        if (value[i] === '%' && /^[0-9a-fA-F]{2}$/.test(value.slice(i + 1, i + 3))) {
            bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else {
            bytes.push(...Buffer.from(value[i], 'utf8'));
        }
    }
    return Buffer.from(bytes);
}
function parsePkcs11Target(uri, ctx) {
    const refuse = (why) => new errors/* InputError */.dz(uri.input, `${uri.input}: ${uri.display} ${why}`);
    // The PIN first: whatever else is wrong with the URI, the PIN never reaches a log unmasked.
    let pin = uri.query['pin-value'];
    if (pin)
        ctx.mask(pin);
    const pinSource = uri.query['pin-source'];
    if (pin !== undefined && pinSource !== undefined) {
        throw refuse('has both pin-value and pin-source (RFC 7512 section 2.4): keep one.');
    }
    if (pinSource !== undefined) {
        const file = pinSource.replace(/^file:(\/\/)?/, '');
        try {
            pin = (0,external_node_fs_.readFileSync)(file, 'utf8').replace(/\r?\n$/, '');
        }
        catch {
            throw refuse(`has pin-source ${file}, which cannot be read: give a readable file holding the PIN.`);
        }
        if (pin)
            ctx.mask(pin);
    }
    for (const name of Object.keys(uri.query)) {
        if (!QUERY_ATTRIBUTES.has(name)) {
            throw refuse(`has the query attribute ${name}, which this action does not use: use module-path, pin-value or pin-source.`);
        }
    }
    if (uri.query['module-name'] !== undefined && uri.query['module-path'] === undefined) {
        throw refuse('names module-name without module-path: give module-path, the PKCS#11 library file.');
    }
    const target = { modulePath: uri.query['module-path'] ?? DEFAULT_MODULE_PATH };
    if (pin !== undefined)
        target.pin = pin;
    for (const part of uri.path.split(';').filter(Boolean)) {
        const at = part.indexOf('=');
        const name = at < 0 ? part : part.slice(0, at);
        const raw = at < 0 ? '' : part.slice(at + 1);
        if (name === 'token')
            target.token = percentDecodeBytes(raw).toString('utf8');
        else if (name === 'object')
            target.object = percentDecodeBytes(raw).toString('utf8');
        else if (name === 'id')
            target.id = percentDecodeBytes(raw);
        else if (name === 'slot-id') {
            if (!/^\d+$/.test(raw))
                throw refuse(`has slot-id=${raw}: it must be a decimal number.`);
            target.slotId = BigInt(raw);
        }
        else if (!IGNORED_PATH_ATTRIBUTES.has(name)) {
            throw refuse(`has the path attribute ${name}, which this action does not know: use token, slot-id, object and id (RFC 7512).`);
        }
    }
    if (target.token === undefined && target.slotId === undefined) {
        throw refuse('names no token: add token=LABEL (or slot-id=N) to say which token holds the key.');
    }
    if (target.object === undefined && target.id === undefined) {
        throw refuse('names no key: add object=LABEL (or id=%XX) to say which key pair to sign with.');
    }
    return target;
}

;// CONCATENATED MODULE: ./src/signing/providers/pkcs11.ts





/**
 * `pkcs11:` keys (RFC 7512) on an HSM or a SoftHSM2 token, through pkcs11js, a native addon.
 * dist/ carries the addon built on Linux x64 (N-API, so one build serves Node 20 and 24); on any
 * other runner it cannot load, so the provider says so before trying.
 */
/** Where the committed native addon runs. */
function pkcs11PlatformSupported(platform, arch) {
    return platform === 'linux' && arch === 'x64';
}
// PKCS#11 v2.40 section 2.1.7 (RSA PKCS#1 v1.5 with hashing) and 2.3.6 (ECDSA over a digest the
// caller computed): the token hashes for RS*, we hash for ES*.
const RSA_MECHANISMS = {
    RS256: 'CKM_SHA256_RSA_PKCS',
    RS384: 'CKM_SHA384_RSA_PKCS',
    RS512: 'CKM_SHA512_RSA_PKCS'
};
const EC_HASHES = { ES256: 'sha256', ES384: 'sha384', ES512: 'sha512' };
class Pkcs11Provider {
    api;
    module;
    session;
    privateKey;
    publicObject;
    service = SERVICE;
    keyLabel;
    publicKey;
    constructor(api, module, session, privateKey, publicObject, keyLabel) {
        this.api = api;
        this.module = module;
        this.session = session;
        this.privateKey = privateKey;
        this.publicObject = publicObject;
        this.keyLabel = keyLabel;
    }
    getPublicKey() {
        return settled(() => (this.publicKey ??= this.readPublicKey()));
    }
    readPublicKey() {
        const { api, module, session } = this;
        const attribute = (handle, type) => {
            const [result] = module.C_GetAttributeValue(session, handle, [{ type }]);
            return result?.value;
        };
        const keyType = readUlong(attribute(this.publicObject, api.CKA_KEY_TYPE));
        let attributes;
        if (keyType === BigInt(api.CKK_RSA)) {
            attributes = {
                keyType: 'rsa',
                modulus: attribute(this.publicObject, api.CKA_MODULUS),
                publicExponent: attribute(this.publicObject, api.CKA_PUBLIC_EXPONENT)
            };
        }
        else if (keyType === BigInt(api.CKK_EC)) {
            attributes = {
                keyType: 'ec',
                ecParams: attribute(this.publicObject, api.CKA_EC_PARAMS),
                ecPoint: attribute(this.publicObject, api.CKA_EC_POINT)
            };
        }
        else {
            attributes = { keyType: 'other', name: `CKA_KEY_TYPE 0x${keyType.toString(16)}` };
        }
        const canSign = attribute(this.privateKey, api.CKA_SIGN)[0] === 1;
        const result = publicKeyFromAttributes(attributes, canSign);
        if ('unusable' in result) {
            throw fail(`${this.keyLabel} is a ${result.unusable} key, which cannot sign for Okta. Use an RSA (2048 bits or more) or EC P-256/P-384/P-521 key pair.`);
        }
        return result;
    }
    sign(signingInput, algorithm) {
        return settled(() => this.signNow(signingInput, algorithm));
    }
    signNow(signingInput, algorithm) {
        const { api, module, session } = this;
        let mechanism;
        let data;
        if (algorithm in RSA_MECHANISMS) {
            mechanism = api[RSA_MECHANISMS[algorithm]];
            data = Buffer.from(signingInput);
        }
        else {
            mechanism = api.CKM_ECDSA;
            data = (0,external_node_crypto_.createHash)(EC_HASHES[algorithm])
                .update(signingInput)
                .digest();
        }
        try {
            module.C_SignInit(session, { mechanism }, this.privateKey);
            // RSA 4096 gives 512 bytes; P-521 gives 132. CKM_ECDSA returns r || s (PKCS#11 v2.40
            // section 2.3.1), which is JOSE's form already.
            const signature = module.C_Sign(session, data, Buffer.alloc(1024));
            return { signature: new Uint8Array(signature), encoding: 'jose' };
        }
        catch (error) {
            throw fail(`signing with ${this.keyLabel} failed (${ckr(error) || String(error)}). Check that the key pair allows ${algorithm}.`);
        }
    }
    close() {
        release(this.module, this.session);
        return Promise.resolve();
    }
}
/**
 * pkcs11js calls are synchronous: run one so that its throw is a rejected promise, as the
 * RemoteKeyProvider contract has it (the remote signer orders failures by settling both).
 */
function settled(work) {
    return new Promise(resolve => resolve(work()));
}
/**
 * Logs out, closes the session, finalizes and unloads the module, each step whatever the one
 * before did. Unloading matters within one process: a module left loaded (pkcs11-spy, say)
 * keeps the configuration it read for the next open of the same path.
 */
function release(module, session) {
    for (const step of [
        () => session && module.C_Logout(session),
        () => session && module.C_CloseSession(session),
        () => module.C_Finalize(),
        () => module.close()
    ]) {
        try {
            step();
        }
        catch {
            // Not logged in, or already finalized: nothing left to release.
        }
    }
}
function pkcs11_open(api, uri, target) {
    const module = new api.PKCS11();
    try {
        module.load(target.modulePath);
    }
    catch (error) {
        throw fail(`cannot load the module ${target.modulePath} (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}). Install the HSM's PKCS#11 library (Debian: apt-get install softhsm2) or set module-path= in ${uri.input}.`);
    }
    let session;
    try {
        try {
            module.C_Initialize();
        }
        catch (error) {
            // Another key of this run already initialised the same module in this process.
            if (ckr(error) !== 'CKR_CRYPTOKI_ALREADY_INITIALIZED')
                throw error;
        }
        const slot = findSlot(module, target);
        session = module.C_OpenSession(slot, api.CKF_SERIAL_SESSION);
        if (target.pin !== undefined) {
            try {
                module.C_Login(session, api.CKU_USER, target.pin);
            }
            catch (error) {
                const code = ckr(error);
                if (code === 'CKR_PIN_INCORRECT' || code === 'CKR_PIN_LEN_RANGE') {
                    throw fail(`the token refused the PIN (${code}). Fix pin-value or pin-source in ${uri.input}: it is the token's user PIN, not the SO PIN.`);
                }
                if (code === 'CKR_PIN_LOCKED') {
                    throw fail(`the token's user PIN is locked (${code}). Unlock it with the SO PIN, then retry.`);
                }
                if (code !== 'CKR_USER_ALREADY_LOGGED_IN')
                    throw error;
            }
        }
        const privateKeys = findObjects(api, module, session, api.CKO_PRIVATE_KEY, target);
        const publicKeys = findObjects(api, module, session, api.CKO_PUBLIC_KEY, target);
        const what = describe(target);
        const [privateKey] = privateKeys;
        if (!privateKey) {
            throw fail(`no private key ${what}${target.pin === undefined ? ' (no PIN given: private keys are visible only after login; add pin-value or pin-source)' : ''}. Fix object= or id= in ${uri.input}.`);
        }
        if (privateKeys.length > 1) {
            throw fail(`more than one private key matches ${what}. Add id= (or object=) to ${uri.input} to pick one.`);
        }
        const [publicKey] = publicKeys;
        if (!publicKey || publicKeys.length > 1) {
            throw fail(`${publicKey ? 'more than one public key object' : 'no public key object'} matches ${what}; the action reads the public key from it. Store exactly one public key object with the same label and id as the private key.`);
        }
        return new Pkcs11Provider(api, module, session, privateKey, publicKey, what);
    }
    catch (error) {
        // Nothing half-open on failure: the session and the module are released.
        release(module, session);
        if (error instanceof provider/* RemoteKeyError */._)
            throw error;
        throw fail(`${ckr(error) || String(error)} while opening ${describe(target)}.`);
    }
}
const pkcs11Provider = async (uri, ctx) => {
    const target = parsePkcs11Target(uri, ctx);
    if (!pkcs11PlatformSupported(process.platform, process.arch)) {
        throw fail(`pkcs11: keys are supported on Linux x64 runners only (the native addon in dist/ is built for them); this runner is ${process.platform}/${process.arch}. Use a Linux x64 runner, or a KMS scheme.`);
    }
    const api = (await __webpack_require__.e(/* import() */ 902).then(__webpack_require__.t.bind(__webpack_require__, 2902, 23))).default;
    return pkcs11_open(api, uri, target);
};
/* harmony default export */ const providers_pkcs11 = (pkcs11Provider);


/***/ })

};
