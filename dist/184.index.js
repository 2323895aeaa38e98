export const id = 184;
export const ids = [184];
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

/***/ 7184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTokenMode: () => (/* binding */ runTokenMode)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/retrying-client.ts
var retrying_client = __webpack_require__(7666);
// EXTERNAL MODULE: ./src/okta/endpoints.ts
var endpoints = __webpack_require__(4155);
;// CONCATENATED MODULE: ./src/oauth/revoke-endpoint.ts



/**
 * Where the post step will revoke the token. Okta's revoke URL sits beside its token URL; for
 * another server named by `token-endpoint` it is the `revocation_endpoint` of the server's
 * metadata (RFC 8414, OpenID Connect Discovery), and only of metadata whose `token_endpoint`
 * is ours and only on the same origin, so the token is never sent anywhere else. Undefined
 * when nothing names one: then there is no revocation, which is never worth failing the step.
 */
async function findRevokeEndpoint(http, log, tokenEndpoint) {
    const beside = (0,endpoints/* revokeEndpointFor */.n3)(tokenEndpoint);
    if (beside)
        return beside;
    for (const url of (0,endpoints/* metadataUrlsFor */.hO)(tokenEndpoint)) {
        const named = await revocationEndpointIn(http, url, tokenEndpoint);
        if (named) {
            log.info(`Revoke endpoint: ${named} (from ${url})`);
            return named;
        }
    }
    return undefined;
}
async function revocationEndpointIn(http, url, tokenEndpoint) {
    let text;
    try {
        const response = await http.send('Server metadata', () => ({ method: 'GET', url, headers: { Accept: 'application/json' } }), { validate: retrying_client/* expectJsonBody */.Gp });
        if (response.status !== 200)
            return undefined;
        text = response.text;
    }
    catch (error) {
        // Unreachable metadata only means no revocation; the token itself is fine.
        if (error instanceof errors/* ActionError */.lZ)
            return undefined;
        throw error;
    }
    const metadata = JSON.parse(text || 'null');
    const named = metadata?.revocation_endpoint;
    if (metadata?.token_endpoint !== tokenEndpoint || typeof named !== 'string')
        return undefined;
    if (!URL.canParse(named))
        return undefined;
    return new URL(named).origin === new URL(tokenEndpoint).origin ? named : undefined;
}

// EXTERNAL MODULE: ./src/modes/access-token.ts + 1 modules
var access_token = __webpack_require__(5001);
// EXTERNAL MODULE: ./src/modes/load-key.ts
var load_key = __webpack_require__(9624);
;// CONCATENATED MODULE: ./src/modes/token-summary.ts
/** Job summary of a minted token: facts only, never the token, assertion or keys. */
async function writeTokenSummary(ctx, inputs, key, token, 
/** What publishToken decided: revoke on, a revoke endpoint known, a local key to seal with. */
revokedAtJobEnd) {
    await ctx.writeSummary(summary => {
        summary.addHeading('Okta access token', 3).addTable([
            [
                { data: 'Fact', header: true },
                { data: 'Value', header: true }
            ],
            ['Client id', inputs.clientId],
            ['Token endpoint', token.tokenEndpoint],
            [
                'Key',
                `${key.description}, kid ${key.kid}, ${key.algorithm}${key.privateKey ? '' : ` (${key.format})`}`
            ],
            ['Token type', token.tokenType],
            ['Scopes granted', token.scope || '(none listed)'],
            ['Scopes missing', token.missingScopes.join(' ') || 'none'],
            ['Expires at', token.expiresAt],
            ['Revoked at job end', revokedAtJobEnd ? 'yes' : 'no']
        ]);
        if (token.tokenType === 'DPoP') {
            summary.addRaw('\nThe token is DPoP-bound: every API call needs `Authorization: DPoP <token>` and a fresh proof signed with the `dpop-key` output (or use `mode: request`).\n', true);
        }
    });
}

// EXTERNAL MODULE: ./src/okta-api/install.ts + 1 modules
var install = __webpack_require__(1667);
;// CONCATENATED MODULE: ./src/modes/token.ts





/** mode: token — sign an assertion, exchange it, output a masked token; post step revokes. */
async function runTokenMode(ctx, inputs) {
    const key = await (0,load_key/* loadKeyFromInputs */.bL)(ctx, inputs);
    const token = await (0,access_token/* mintToken */.W$)(ctx, inputs, key);
    const revokeEndpoint = inputs.revoke
        ? await findRevokeEndpoint(ctx.http, ctx.log, token.tokenEndpoint)
        : undefined;
    const revokedAtJobEnd = (0,access_token/* publishToken */.ZM)(ctx, inputs, key, token, revokeEndpoint);
    if (inputs.oktaApi)
        (0,install/* installOktaApi */.V)(ctx, token, {
            runnerTemp: ctx.env.RUNNER_TEMP,
            step: ctx.env.GITHUB_ACTION
        });
    await writeTokenSummary(ctx, inputs, key, token, revokedAtJobEnd);
}


/***/ }),

/***/ 1667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ installOktaApi)
});

// UNUSED EXPORTS: CREDENTIALS_STATE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/okta-api/credentials.ts


/** The env var the launchers set, naming the folder of credentials files. */
const CREDENTIALS_DIR_ENV = 'OKTA_API_CREDENTIALS_DIR';
const LATEST = 'latest-step';
function oktaApiHome(runnerTemp) {
    return (0,external_node_path_.join)(runnerTemp, 'okta-api');
}
/** A step id as a file name: ids are [A-Za-z0-9_-], but GITHUB_ACTION may carry more. */
function credentialsFile(dir, step) {
    return (0,external_node_path_.join)(dir, `${step.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
}
/** Writes the step's file (0600) and marks the step as the job's latest token step. */
function writeCredentials(dir, credentials) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const file = credentialsFile(dir, credentials.step);
    // A file left by an earlier run of the same step is replaced; its mode is set again too.
    (0,external_node_fs_.rmSync)(file, { force: true });
    (0,external_node_fs_.writeFileSync)(file, JSON.stringify(credentials), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(file, 0o600);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, LATEST), credentials.step, { mode: 0o600 });
    return file;
}
class NoCredentialsError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'NoCredentialsError';
}
/** The credentials of `step`, or of the latest token step; NoCredentialsError says why not. */
function readCredentials(dir, step) {
    if (!dir) {
        throw new NoCredentialsError('no credentials: run the token step (mode: token or request, okta-api not false) earlier in this job, then call okta-api from a later step');
    }
    let wanted = step;
    if (!wanted) {
        try {
            wanted = readFileSync(join(dir, LATEST), 'utf8').trim();
        }
        catch {
            throw new NoCredentialsError('no credentials: no token step of this job has left a token; run the token step first');
        }
    }
    let text;
    try {
        text = readFileSync(credentialsFile(dir, wanted), 'utf8');
    }
    catch {
        throw new NoCredentialsError(step
            ? `no credentials for step "${step}": --step must name the id of a token step that ran earlier in this job (and whose post step has not run)`
            : `no credentials: the token of step "${wanted}" has been removed (its post step ran); mint a new one`);
    }
    const parsed = parseJson(text);
    if (parsed?.version !== 1 || !parsed.accessToken || !parsed.orgUrl) {
        throw new NoCredentialsError(`the credentials of step "${wanted}" are not readable; mint a new token`);
    }
    return parsed;
}
/** A damaged file (cut short, or not JSON) is unreadable credentials, not a crash. */
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Post step: the file goes once the token is revoked (or when it could not be). */
function removeCredentials(file) {
    if (file)
        rmSync(file, { force: true });
}

;// CONCATENATED MODULE: ./src/okta-api/install.ts



const CREDENTIALS_STATE = 'okta-api-credentials';
function installOktaApi(ctx, token, options) {
    const entry = options.entry ?? (0,external_node_path_.join)(ctx.actionDir, 'okta-api', 'index.js');
    if (!options.runnerTemp) {
        ctx.log.warning('okta-api is not installed: RUNNER_TEMP is not set (not a GitHub runner?)');
        return;
    }
    if (!(0,external_node_fs_.existsSync)(entry)) {
        ctx.log.warning(`okta-api is not installed: its bundle ${entry} is missing from the action`);
        return;
    }
    const home = oktaApiHome(options.runnerTemp);
    const step = options.step || 'token';
    const file = writeCredentials(home, {
        version: 1,
        step,
        orgUrl: new URL(token.tokenEndpoint).origin,
        accessToken: token.accessToken,
        tokenType: token.tokenType,
        expiresAt: token.expiresAt,
        scope: token.scope,
        dpopKey: token.dpopKey
            ? JSON.parse(token.dpopKey.privateJwkJson)
            : undefined
    });
    const bin = (0,external_node_path_.join)(home, 'bin');
    (0,external_node_fs_.mkdirSync)(bin, { recursive: true, mode: 0o700 });
    const node = options.node ?? process.execPath;
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bin, 'okta-api'), shLauncher(node, entry, home), { mode: 0o755 });
    (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(bin, 'okta-api'), 0o755);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bin, 'okta-api.cmd'), cmdLauncher(node, entry, home));
    ctx.core.addPath(bin);
    ctx.core.saveState(CREDENTIALS_STATE, file);
    ctx.log.info(`okta-api is on PATH for later steps of this job (${token.tokenType} token of step ${step}; the post step deletes it)`);
}
/** POSIX sh: single quotes hold anything but a single quote, written as '\''. */
const shQuote = (value) => `'${value.replace(/'/g, `'\\''`)}'`;
function shLauncher(node, entry, home) {
    return [
        '#!/bin/sh',
        '# Written by the Okta private_key_jwt action: runs okta-api with the Node of the token step.',
        `${CREDENTIALS_DIR_ENV}=${shQuote(home)}`,
        `export ${CREDENTIALS_DIR_ENV}`,
        `exec ${shQuote(node)} ${shQuote(entry)} "$@"`,
        ''
    ].join('\n');
}
function cmdLauncher(node, entry, home) {
    return [
        '@echo off',
        'setlocal',
        `set "${CREDENTIALS_DIR_ENV}=${home}"`,
        `"${node}" "${entry}" %*`,
        'exit /b %ERRORLEVEL%',
        ''
    ].join('\r\n');
}


/***/ })

};
