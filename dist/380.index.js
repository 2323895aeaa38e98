export const id = 380;
export const ids = [380];
export const modules = {

/***/ 5001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W$: () => (/* binding */ mintToken),
  ZM: () => (/* binding */ publishToken),
  w0: () => (/* binding */ tokenEndpointOf)
});

// EXTERNAL MODULE: ./src/okta/endpoints.ts
var endpoints = __webpack_require__(4155);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/oauth/sealed-state.ts

/**
 * The post step needs the access token to revoke it, but GITHUB_STATE is a file on the runner
 * and no secret may be written there in the clear. The token is sealed with AES-256-GCM under
 * a key derived (HKDF-SHA256) from the private key, which the post step has again through
 * its inputs; the state file holds only ciphertext.
 */
const INFO = Buffer.from('okta-private-key-jwt-action post-step token v1');
function deriveKey(privateKey, salt) {
    const material = privateKey.export({ format: 'der', type: 'pkcs8' });
    return Buffer.from((0,external_node_crypto_.hkdfSync)('sha256', material, salt, INFO, 32));
}
function sealForPostStep(secret, privateKey) {
    const salt = (0,external_node_crypto_.randomBytes)(16);
    const iv = (0,external_node_crypto_.randomBytes)(12);
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', deriveKey(privateKey, salt), iv);
    const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [salt, iv, cipher.getAuthTag(), data].map(part => part.toString('base64url')).join('.');
}
/** Undefined when the state was sealed under another key or is damaged. */
function openFromMainStep(sealed, privateKey) {
    const parts = sealed.split('.').map(part => Buffer.from(part, 'base64url'));
    if (parts.length !== 4)
        return undefined;
    const [salt, iv, tag, data] = parts;
    try {
        const decipher = createDecipheriv('aes-256-gcm', deriveKey(privateKey, salt), iv);
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/oauth/token-request.ts
var token_request = __webpack_require__(8690);
;// CONCATENATED MODULE: ./src/modes/access-token.ts



function tokenEndpointOf(inputs) {
    if (inputs.tokenEndpoint)
        return { url: inputs.tokenEndpoint, kind: 'token-endpoint input' };
    const url = (0,endpoints/* tokenEndpointFor */.mF)(inputs.oktaDomain, inputs.authorizationServer);
    const kind = inputs.authorizationServer
        ? `custom authorization server ${inputs.authorizationServer}`
        : 'org authorization server';
    return { url, kind };
}
async function mintToken(ctx, inputs, key, scopes = inputs.scopes) {
    const endpoint = tokenEndpointOf(inputs);
    const audience = inputs.audience || endpoint.url;
    ctx.log.info(`Token endpoint: ${endpoint.url} (${endpoint.kind})${audience !== endpoint.url ? `, audience ${audience}` : ''}`);
    ctx.log.info(`DPoP: ${{ auto: 'auto (used only if the app requires it)', true: 'on', false: 'off' }[inputs.dpop]}`);
    const result = await (0,token_request/* requestAccessToken */.B)({
        http: ctx.http,
        log: ctx.log,
        mask: ctx.mask,
        skew: ctx.skew,
        key,
        clientId: inputs.clientId,
        tokenEndpoint: endpoint.url,
        audience,
        scopes,
        lifetimeSeconds: inputs.assertionLifetime,
        dpop: inputs.dpop
    });
    const granted = new Set(result.scope.split(' ').filter(Boolean));
    // Okta returns only the granted subset when some scopes are not granted (docs/okta-behaviour.md,
    // "Token endpoint").
    const missingScopes = result.scope ? scopes.filter(s => !granted.has(s)) : [];
    const expiresAt = new Date(ctx.clock.now() + result.expiresIn * 1000).toISOString();
    ctx.log.info(`Access token: ${result.tokenType}, expires in ${result.expiresIn} s (${expiresAt}), scopes: ${result.scope || '(none listed)'}, DPoP ${result.tokenType === 'DPoP' ? 'on' : 'off'}, ${result.requests} request${result.requests > 1 ? 's' : ''}`);
    if (missingScopes.length) {
        ctx.log.warning(`The token lacks requested scope${missingScopes.length > 1 ? 's' : ''} ${missingScopes.join(', ')}: grant ${missingScopes.length > 1 ? 'them' : 'it'} to the app (Okta API Scopes tab, or mode: provision).`);
    }
    return { ...result, tokenEndpoint: endpoint.url, expiresAt, missingScopes };
}
/**
 * Outputs (masked first), optional env export, and the sealed state the post step revokes.
 * Returns whether the post step will revoke the token (the job summary says so).
 */
function publishToken(ctx, inputs, key, token, 
/** Where the post step revokes; default: beside an Okta token URL (findRevokeEndpoint). */
revokeEndpoint = (0,endpoints/* revokeEndpointFor */.n3)(token.tokenEndpoint)) {
    ctx.secretOutput('access-token', token.accessToken);
    ctx.output('token-type', token.tokenType);
    ctx.output('expires-in', token.expiresIn);
    ctx.output('expires-at', token.expiresAt);
    ctx.output('scope', token.scope);
    if (token.dpopKey) {
        const jwk = JSON.parse(token.dpopKey.privateJwkJson);
        ctx.mask(jwk.d);
        ctx.secretOutput('dpop-key', token.dpopKey.privateJwkJson);
    }
    if (inputs.exportEnv && inputs.mode === 'token') {
        ctx.core.exportVariable('OKTA_ACCESS_TOKEN', token.accessToken);
        ctx.core.exportVariable('OKTA_TOKEN_TYPE', token.tokenType);
        ctx.log.info('Exported OKTA_ACCESS_TOKEN and OKTA_TOKEN_TYPE to later steps of this job');
    }
    if (!inputs.revoke) {
        ctx.log.info('revoke is false: the token stays valid until it expires');
        return false;
    }
    if (!revokeEndpoint) {
        ctx.log.info(`No revoke endpoint is known for ${token.tokenEndpoint}; the post step will not revoke`);
        return false;
    }
    if (!key.privateKey) {
        // The state file is plain text on the runner, so the token is saved only sealed under the
        // local private key (src/oauth/sealed-state.ts). A remote key has no material to seal with,
        // and an ECDSA signature in a KMS is not deterministic, so no sealing key can be derived
        // from it either: rather than write the token in the clear, the post step does not revoke.
        ctx.log.info(`With a remote signing-key the post step cannot revoke (no local key to seal the token for it); the token stays valid until ${token.expiresAt}`);
        return false;
    }
    ctx.core.saveState('revoke-endpoint', revokeEndpoint);
    ctx.core.saveState('client-id', inputs.clientId);
    ctx.core.saveState('expires-at', token.expiresAt);
    ctx.core.saveState('sealed-token', sealForPostStep(token.accessToken, key.privateKey));
    return true;
}


/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAssertionMode: () => (/* binding */ runAssertionMode)
/* harmony export */ });
/* harmony import */ var _jwt_client_assertion_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1239);
/* harmony import */ var _access_token_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5001);
/* harmony import */ var _load_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9624);



/**
 * mode: assertion — a signed RFC 7523 client assertion for any OAuth server that accepts
 * private_key_jwt; aud is the audience input, else the token endpoint (Okta's rule).
 */
async function runAssertionMode(ctx, inputs) {
    const key = await (0,_load_key_js__WEBPACK_IMPORTED_MODULE_2__/* .loadKeyFromInputs */ .bL)(ctx, inputs);
    // parseInputs refuses assertion mode without audience, okta-domain or token-endpoint, so
    // without an audience input there is a token endpoint to take it from.
    const audience = inputs.audience || (0,_access_token_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenEndpointOf */ .w0)(inputs).url;
    const lifetime = inputs.assertionLifetime;
    const assertion = await (0,_jwt_client_assertion_js__WEBPACK_IMPORTED_MODULE_0__/* .signClientAssertion */ .T)({
        key,
        clientId: inputs.clientId,
        audience,
        lifetimeSeconds: lifetime,
        nowSeconds: ctx.skew.nowSeconds()
    });
    ctx.secretOutput('client-assertion', assertion);
    ctx.output('key-id', key.kid);
    ctx.output('jwk', JSON.stringify(key.publicJwk));
    ctx.log.info(`Signed a client assertion for ${inputs.clientId}: aud ${audience}, valid ${lifetime} s, kid ${key.kid}, ${key.algorithm}; it is single-use (fresh jti)`);
    await ctx.writeSummary(summary => {
        summary.addHeading('Client assertion', 3).addTable([
            [
                { data: 'Fact', header: true },
                { data: 'Value', header: true }
            ],
            ['Client id (iss, sub)', inputs.clientId],
            ['Audience (aud)', audience],
            ['Lifetime', `${lifetime} s`],
            ['Key', `${key.description}, kid ${key.kid}, ${key.algorithm}`]
        ]);
    });
}


/***/ })

};
