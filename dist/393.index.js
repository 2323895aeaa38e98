export const id = 393;
export const ids = [393];
export const modules = {

/***/ 8393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runJwkMode: () => (/* binding */ runJwkMode)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/keys/generate.ts


const generate = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
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

// EXTERNAL MODULE: ./src/keys/signing-key.ts + 3 modules
var signing_key = __webpack_require__(6988);
// EXTERNAL MODULE: ./src/modes/load-key.ts
var load_key = __webpack_require__(9624);
;// CONCATENATED MODULE: ./src/modes/jwk.ts



/**
 * mode: jwk — the public JWK (and RFC 7638 thumbprint kid) to register in Okta: of
 * `private-key` when given, else of a newly generated key pair whose private half is output.
 */
async function runJwkMode(ctx, inputs) {
    let jwkJson;
    let kid;
    let generated = false;
    if (inputs.privateKey) {
        const key = await (0,load_key/* loadKeyFromInputs */.b)(ctx, inputs);
        jwkJson = JSON.stringify(key.publicJwk);
        kid = key.kid;
    }
    else {
        const fresh = await generateSigningKey(inputs.keyType);
        ctx.secretOutput('private-key', fresh.pkcs8Pem);
        const { jwk, description, algorithm } = await (0,signing_key/* publicJwkOf */.Hd)(fresh.privateKey, inputs.keyId);
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
/* harmony export */   b: () => (/* binding */ loadKeyFromInputs)
/* harmony export */ });
/* harmony import */ var _keys_signing_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6988);

/** Loads `private-key` and logs what it is (format, type, size, kid, algorithm; no material). */
async function loadKeyFromInputs(ctx, inputs) {
    const key = await (0,_keys_signing_key_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSigningKey */ .fm)(inputs.privateKey, {
        passphrase: inputs.privateKeyPassphrase,
        keyId: inputs.keyId,
        algorithm: inputs.algorithm,
        mask: ctx.mask
    });
    const kidFrom = { input: 'key-id input', jwk: 'from the JWK', thumbprint: 'RFC 7638 thumbprint' };
    ctx.log.info(`Key: ${key.format}, ${key.description}, kid ${key.kid} (${kidFrom[key.kidSource]}), algorithm ${key.algorithm}`);
    return key;
}


/***/ })

};
