export const id = 28;
export const ids = [28];
export const modules = {

/***/ 2989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ generateSigningKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const generate = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPair);
const EC_CURVES = {
    'EC-P256': 'prime256v1',
    'EC-P384': 'secp384r1',
    'EC-P521': 'secp521r1'
};
async function generateSigningKey(keyType) {
    const { privateKey } = keyType.startsWith('RSA-')
        ? await generate('rsa', { modulusLength: Number(keyType.slice(4)) })
        : await generate('ec', { namedCurve: EC_CURVES[keyType] });
    const pkcs8Pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    return { privateKey, pkcs8Pem };
}


/***/ }),

/***/ 3028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runJwkMode: () => (/* binding */ runJwkMode)
/* harmony export */ });
/* harmony import */ var _keys_generate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2989);
/* harmony import */ var _keys_signing_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6491);
/* harmony import */ var _load_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9624);



/**
 * mode: jwk — the public JWK (and RFC 7638 thumbprint kid) to register in Okta: of
 * `private-key` when given, else of a newly generated key pair whose private half is output.
 */
async function runJwkMode(ctx, inputs) {
    let jwkJson;
    let kid;
    let generated = false;
    if ((0,_load_key_js__WEBPACK_IMPORTED_MODULE_2__/* .keyGiven */ .XN)(inputs)) {
        const key = await (0,_load_key_js__WEBPACK_IMPORTED_MODULE_2__/* .loadKeyFromInputs */ .bL)(ctx, inputs);
        jwkJson = JSON.stringify(key.publicJwk);
        kid = key.kid;
    }
    else {
        const fresh = await (0,_keys_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .generateSigningKey */ .I)(inputs.keyType);
        ctx.secretOutput('private-key', fresh.pkcs8Pem);
        const { jwk, description, algorithm } = await (0,_keys_signing_key_js__WEBPACK_IMPORTED_MODULE_1__/* .publicJwkOf */ .Hd)(fresh.privateKey, inputs.keyId);
        ctx.log.info(`Generated a new ${description} key pair (${inputs.keyType}), kid ${jwk.kid}, algorithm ${algorithm}; its private key is in the masked private-key output`);
        jwkJson = JSON.stringify(jwk);
        kid = jwk.kid;
        generated = true;
    }
    ctx.output('key-id', kid);
    ctx.output('jwk', jwkJson);
    ctx.output('key-changed', generated);
    ctx.log.info(`Public JWK: ${jwkJson}`);
    await ctx.writeSummary(summary => {
        summary
            .addHeading('Public JWK', 3)
            .addRaw(`\nkid \`${kid}\`${generated ? ' (new key pair)' : ''}\n\n`, true)
            .addCodeBlock(JSON.stringify(JSON.parse(jwkJson), null, 2), 'json')
            .addRaw('\nRegister it in Okta: Applications > your API Services app > General > Public keys > Add key, or use `mode: provision`.\n', true);
    });
}


/***/ }),

/***/ 9624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Up: () => (/* binding */ logKey),
/* harmony export */   XN: () => (/* binding */ keyGiven),
/* harmony export */   bL: () => (/* binding */ loadKeyFromInputs),
/* harmony export */   lE: () => (/* binding */ remoteKeyContext)
/* harmony export */ });
/* harmony import */ var _keys_signing_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6491);

/** Whether the run was given a key (private-key or signing-key), rather than generating one. */
function keyGiven(inputs) {
    return Boolean(inputs.privateKey || inputs.signingKey);
}
/**
 * Loads `private-key`, or opens the remote key `signing-key` names (its provider's SDK loads only
 * then), and logs what it is (format, type, size, kid, algorithm; no material).
 */
async function loadKeyFromInputs(ctx, inputs, uri = inputs.signingKey) {
    if (uri) {
        // Loaded only for a key URI: a run with a PEM key does not load the remote-signing code.
        const { openRemoteSigner } = await __webpack_require__.e(/* import() */ 631).then(__webpack_require__.bind(__webpack_require__, 4631));
        return openRemoteSigner(uri, remoteKeyContext(ctx, inputs), {
            keyId: inputs.keyId || undefined,
            algorithm: inputs.algorithm,
            // token and request modes sign an assertion before they read anything else of the
            // key, so its Sign may run beside GetPublicKey (remote-signer.ts).
            signEarly: inputs.mode === 'token' || inputs.mode === 'request'
        });
    }
    const key = await (0,_keys_signing_key_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSigningKey */ .fm)(inputs.privateKey, {
        passphrase: inputs.privateKeyPassphrase,
        keyId: inputs.keyId,
        algorithm: inputs.algorithm,
        mask: ctx.mask
    });
    logKey(ctx, 'Key', key);
    return key;
}
/** What the key is, for the log: format, type, size, kid and algorithm; no material. */
function logKey(ctx, what, key) {
    const kidFrom = { input: 'key-id input', jwk: 'from the JWK', thumbprint: 'RFC 7638 thumbprint' };
    ctx.log.info(`${what}: ${key.format}, ${key.description}, kid ${key.kid} (${kidFrom[key.kidSource]}), algorithm ${key.algorithm}`);
}
/** What a remote key's provider gets from the run: env, masking, log, and the HTTP transport with the timeout input. */
function remoteKeyContext(ctx, inputs) {
    return {
        env: ctx.env,
        mask: ctx.mask,
        log: ctx.log,
        transport: ctx.transport,
        timeoutMs: inputs.timeoutSeconds * 1000
    };
}


/***/ })

};
