export const id = 966;
export const ids = [966];
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

/***/ 966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRotateMode: () => (/* binding */ runRotateMode)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/keys/generate.ts
var generate = __webpack_require__(2989);
// EXTERNAL MODULE: ./src/keys/signing-key.ts + 3 modules
var signing_key = __webpack_require__(6988);
// EXTERNAL MODULE: ./src/okta/app-keys.ts
var app_keys = __webpack_require__(7275);
// EXTERNAL MODULE: ./src/okta/apps.ts
var okta_apps = __webpack_require__(925);
;// CONCATENATED MODULE: ./src/okta/find-app.ts


/**
 * The app whose OAuth client id is `clientId`. The app id equals the client id unless one was
 * chosen when the app was created (okta-api.md §5.2), so one GET by id usually finds it; only
 * when it does not are the org's apps listed (every page) and matched on their client id.
 */
async function findAppByClientId(client, clientId) {
    const direct = await client.request('GET', `Reading app ${clientId}`, `/api/v1/apps/${encodeURIComponent(clientId)}`, undefined, { accept: [404] });
    if (direct.status === 200 && direct.body?.id && (0,okta_apps/* clientIdOf */.Am)(direct.body) === clientId) {
        return direct.body;
    }
    const apps = await client.listAll(`Looking up the app with client id ${clientId}`, '/api/v1/apps?limit=200');
    const found = apps.find(app => app?.id && (0,okta_apps/* clientIdOf */.Am)(app) === clientId);
    if (!found) {
        throw new errors/* ActionError */.l(`No app in ${client.orgUrl} has client id ${clientId}: check client-id (the app's Client ID) and okta-domain.`);
    }
    return found;
}

// EXTERNAL MODULE: ./src/okta/grants.ts
var grants = __webpack_require__(370);
// EXTERNAL MODULE: ./src/okta/management-client.ts
var management_client = __webpack_require__(6748);
// EXTERNAL MODULE: ./src/modes/load-key.ts
var load_key = __webpack_require__(9624);
// EXTERNAL MODULE: ./src/jwt/client-assertion.ts
var client_assertion = __webpack_require__(1239);
// EXTERNAL MODULE: ./src/http/okta-error.ts
var okta_error = __webpack_require__(8648);
// EXTERNAL MODULE: ./src/http/retrying-client.ts
var retrying_client = __webpack_require__(7666);
;// CONCATENATED MODULE: ./src/oauth/revoke.ts



/**
 * RFC 7009 revocation with the same client authentication, the assertion's aud being the
 * revoke URL itself (okta-api.md §8). Okta answers 200 even for unknown or expired tokens.
 */
async function revokeToken(params) {
    // Okta answers 200 with an empty body; a 200 HTML page (a proxy's sign-in page) revoked
    // nothing and must not be reported as a revocation: validate retries it.
    const send = () => params.http.send('Token revocation', async () => {
        const assertion = await (0,client_assertion/* signClientAssertion */.T)({
            key: params.key,
            clientId: params.clientId,
            audience: params.revokeEndpoint,
            lifetimeSeconds: params.lifetimeSeconds,
            nowSeconds: params.skew.nowSeconds()
        });
        params.mask(assertion);
        return {
            method: 'POST',
            url: params.revokeEndpoint,
            headers: {
                'Content-Type': 'application/x-www-form-urlencoded',
                Accept: 'application/json'
            },
            body: new URLSearchParams({
                token: params.token,
                token_type_hint: 'access_token',
                client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
                client_assertion: assertion
            }).toString()
        };
    }, { validate: retrying_client/* expectJsonBody */.Gp });
    let response = await send();
    if (response.status === 200)
        return;
    let info = (0,okta_error/* parseOktaError */.Bu)(response);
    // The post step starts with a fresh ClockSkew, so a runner clock the main step had to
    // correct for is refused here too: measure it again and sign once more on Okta's time.
    if (params.skew.correctFrom(response, info)) {
        params.log?.warning(`Token revocation refused for its times: ${params.skew.describe()}; signing again on the server's time`);
        response = await send();
        if (response.status === 200)
            return;
        info = (0,okta_error/* parseOktaError */.Bu)(response);
    }
    throw new okta_error/* OktaError */.Qu('Token revocation', info);
}

// EXTERNAL MODULE: ./src/okta/endpoints.ts
var endpoints = __webpack_require__(4155);
// EXTERNAL MODULE: ./src/modes/access-token.ts + 2 modules
var access_token = __webpack_require__(388);
;// CONCATENATED MODULE: ./src/modes/rotate-apply.ts





async function applyRotation(ctx, client, plan, newKey, steps) {
    const { log } = ctx;
    const { appId } = plan;
    for (const key of plan.makeRoom) {
        await (0,app_keys/* deleteAppKey */.C2)(client, appId, key.id);
        log.info(`Deleted INACTIVE key ${key.kid} (${key.id}) to make room for the new key`);
    }
    const added = await (0,app_keys/* addAppKey */.WN)(client, appId, newKey.publicJwk);
    log.info(`Added the new key ${newKey.publicJwk.kid} (${added.id}), ${added.status}`);
    let stored;
    try {
        await steps.prove();
        stored = await steps.store?.();
    }
    catch (error) {
        throw await removeNewKey(ctx, client, plan, added, error);
    }
    steps.publish();
    const retired = [];
    try {
        for (const key of plan.retire) {
            if (plan.mode === 'keep')
                continue;
            if (key.status === 'ACTIVE') {
                await (0,app_keys/* deactivateAppKey */.BQ)(client, appId, key.id);
                retired.push(`deactivated ${key.kid}`);
                log.info(`Deactivated old key ${key.kid} (${key.id})`);
            }
            if (plan.mode === 'delete') {
                await (0,app_keys/* deleteAppKey */.C2)(client, appId, key.id);
                retired.push(`deleted ${key.kid}`);
                log.info(`Deleted old key ${key.kid} (${key.id})`);
            }
        }
        if (plan.mode === 'keep')
            log.info('retire-old-keys is keep: the old keys stay as they are');
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.l))
            throw error;
        throw new errors/* ActionError */.l(`Retiring the old keys failed: ${sentence(error.message)} The new key ${newKey.publicJwk.kid} is ACTIVE and proven${stored ? ` and stored as ${stored}` : ''}; ${retired.length ? `done before the failure: ${retired.join(', ')}` : 'no old key was changed'}. Retire the remaining old keys by hand (app > General > Public keys).`);
    }
    return { added, stored, retired };
}
/**
 * The proof: a token minted with the new key's kid, so Okta itself has verified a signature
 * with the new key before any old key is retired. The token is revoked at once (best effort):
 * it proved what it had to and nothing else uses it.
 */
async function proveKey(ctx, inputs, key, scopes) {
    ctx.log.info(`Proving the new key: minting a token signed with kid ${key.kid}`);
    let token;
    try {
        token = await (0,access_token/* mintToken */.W$)(ctx, inputs, key, scopes);
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.l))
            throw error;
        throw new errors/* ActionError */.l(`The proof of the new key ${key.kid} failed: ${sentence(error.message)}`);
    }
    ctx.log.info(`Proof passed: Okta accepted an assertion signed with the new key ${key.kid}`);
    const revokeEndpoint = (0,endpoints/* revokeEndpointFor */.n3)(token.tokenEndpoint);
    if (!revokeEndpoint)
        return;
    try {
        await revokeToken({
            http: ctx.http,
            mask: ctx.mask,
            skew: ctx.skew,
            key,
            clientId: inputs.clientId,
            revokeEndpoint,
            token: token.accessToken,
            lifetimeSeconds: inputs.assertionLifetime
        });
        ctx.log.info('Revoked the proof token');
    }
    catch (error) {
        ctx.log.warning(`Could not revoke the proof token (it expires by itself in ${token.expiresIn} s): ${error.message}`);
    }
}
/**
 * Rollback: deactivate, then delete the new key (Okta deletes only INACTIVE keys). The old
 * keys were not touched, so the app is back where it was, except for INACTIVE keys a
 * retire-old-keys: delete run deleted to make room, which the message names.
 */
async function removeNewKey(ctx, client, plan, added, cause) {
    const kid = added.kid ?? added.id;
    ctx.log.info(`Rolling back: deactivating and deleting the new key ${kid} (${added.id})`);
    let outcome;
    try {
        if (added.status === 'ACTIVE')
            await (0,app_keys/* deactivateAppKey */.BQ)(client, plan.appId, added.id);
        await (0,app_keys/* deleteAppKey */.C2)(client, plan.appId, added.id);
        const roomMade = plan.makeRoom.map(key => key.kid).join(', ');
        outcome = `Rolled back: the new key ${kid} was deactivated and deleted; the old keys are as they were${roomMade ? `, except INACTIVE key(s) ${roomMade} deleted to make room` : ''}.`;
    }
    catch (rollbackError) {
        const why = rollbackError instanceof Error ? rollbackError.message : String(rollbackError);
        outcome = `Rolling back failed too (${why}): deactivate and delete the new key ${kid} (${added.id}) by hand (app > General > Public keys); the old keys were not touched.`;
    }
    ctx.log.info(outcome);
    if (!(cause instanceof errors/* ActionError */.l))
        return cause;
    return new errors/* ActionError */.l(`Key rotation stopped. ${sentence(cause.message)} ${outcome}`);
}
const sentence = (text) => (/[.!?]$/.test(text) ? text : `${text}.`);

;// CONCATENATED MODULE: ./src/modes/rotate-plan.ts

/**
 * What a rotation will do, decided from the app's keys before anything is written, so that a
 * rotation Okta would refuse half-way fails with nothing changed, and dry-run can print it.
 *
 * Okta's rules (okta-api.md §5.5, okta-errors.md): at most 50 keys per app; a key cannot be
 * added while an existing key has no kid; kids are unique; an ACTIVE key must be deactivated
 * before it can be deleted.
 *
 * The 50-key limit: the new key is added before any old key is touched, so an app with 50
 * keys has no room for it. With `retire-old-keys: delete` the oldest INACTIVE keys are deleted
 * first to make room (they would be deleted after the proof anyway, and an INACTIVE key signs
 * nothing, so this is the one change made before the proof). With `deactivate` or `keep` the
 * run fails and says which key to delete by hand.
 */
const MAX_APP_KEYS = 50;
function planRotation(appId, before, mode, newKid) {
    const kidless = before.find(key => key.kid === null);
    if (kidless) {
        throw new errors/* ActionError */.l(`App ${appId} has a key without a kid (${kidless.id}); Okta adds no second key while one lacks a kid: give it a kid (Apps API, full PUT of the app) or replace it, then re-run. Nothing was changed.`);
    }
    if (newKid !== undefined && before.some(key => key.kid === newKid)) {
        throw new errors/* ActionError */.l(`Key ${newKid} is already registered on app ${appId}; a rotation needs a new key (leave private-key empty to generate one). Nothing was changed.`);
    }
    let makeRoom = [];
    const excess = before.length + 1 - MAX_APP_KEYS;
    if (excess > 0) {
        const inactive = before
            .filter(key => key.status === 'INACTIVE')
            .sort((a, b) => (a.created ?? '').localeCompare(b.created ?? ''));
        if (mode !== 'delete' || inactive.length < excess) {
            const fix = mode === 'delete'
                ? 'not enough of them are INACTIVE to delete first: deactivate and delete an old key by hand (app > General > Public keys)'
                : inactive.length
                    ? `delete an INACTIVE key by hand (e.g. ${inactive[0].kid}, app > General > Public keys), or set retire-old-keys to delete so that rotate deletes the oldest INACTIVE keys first`
                    : 'deactivate and delete an old key by hand (app > General > Public keys)';
            throw new errors/* ActionError */.l(`App ${appId} has ${before.length} keys, Okta's maximum is ${MAX_APP_KEYS}, so no new key can be added: ${fix}. Nothing was changed.`);
        }
        makeRoom = inactive.slice(0, excess);
    }
    return {
        appId,
        before,
        makeRoom,
        retire: before.filter(key => !makeRoom.includes(key)),
        mode
    };
}
/** What retiring does to one old key. */
function retireStepOf(key, mode) {
    const name = `key ${key.kid} (${key.status})`;
    if (mode === 'keep')
        return `Keep ${name}`;
    if (mode === 'deactivate') {
        return key.status === 'ACTIVE' ? `Deactivate ${name}` : `Leave ${name} as it is`;
    }
    return key.status === 'ACTIVE' ? `Deactivate, then delete ${name}` : `Delete ${name}`;
}
/** The plan as steps, for the dry-run log and summary. */
function planSteps(plan, newKey, proof, secret) {
    return [
        ...plan.makeRoom.map(key => `Delete INACTIVE key ${key.kid} to make room (Okta allows ${MAX_APP_KEYS} keys)`),
        `Add ${newKey}, ACTIVE`,
        `Prove it: mint a token signed with the new key (${proof}), then revoke that token; if that fails, deactivate and delete the new key and stop`,
        ...(secret ? [`Store the new private key as ${secret}`] : []),
        ...plan.retire.map(key => retireStepOf(key, plan.mode))
    ];
}

;// CONCATENATED MODULE: ./src/modes/rotate-summary.ts
/** One log line: `kid1 ACTIVE, kid2 INACTIVE (2 keys)`. */
function describeKeys(keys) {
    if (!keys.length)
        return 'none';
    const list = keys.map(key => `${key.kid ?? `(no kid, ${key.id})`} ${key.status}`).join(', ');
    return `${list} (${keys.length} key${keys.length === 1 ? '' : 's'})`;
}
async function writeRotationSummary(ctx, facts) {
    await ctx.writeSummary(summary => {
        const title = facts.after ? 'Okta key rotation' : 'Okta key rotation (dry run: nothing changed)';
        summary.addHeading(title, 3).addTable([
            [
                { data: 'Fact', header: true },
                { data: 'Value', header: true }
            ],
            ['App', `${facts.app.label} (${facts.app.id})`],
            ['Client id', facts.clientId],
            ...(facts.newKid ? [['New key', facts.newKid]] : []),
            ...(facts.mode ? [['Old keys', retiredAs(facts.mode)]] : []),
            ...(facts.after ? [['Stored as', facts.stored ?? 'not stored (github-token empty)']] : [])
        ]);
        summary.addHeading('Keys before', 4).addTable(keyTable(facts.before, facts.newKid));
        if (facts.after)
            summary.addHeading('Keys after', 4).addTable(keyTable(facts.after, facts.newKid));
        if (facts.steps)
            summary.addHeading('Plan', 4).addList(facts.steps, true);
    });
}
function keyTable(keys, newKid) {
    return [
        [
            { data: 'kid', header: true },
            { data: 'Okta key id', header: true },
            { data: 'Status', header: true },
            { data: 'Created', header: true }
        ],
        ...keys.map(key => [
            `${key.kid ?? '(none)'}${key.kid !== null && key.kid === newKid ? ' (new)' : ''}`,
            key.id,
            key.status,
            key.created ?? ''
        ])
    ];
}
function retiredAs(mode) {
    return { deactivate: 'deactivated', delete: 'deactivated and deleted', keep: 'kept' }[mode];
}

;// CONCATENATED MODULE: ./src/modes/rotate.ts












async function runRotateMode(ctx, inputs) {
    const { log } = ctx;
    const client = (0,management_client/* managementClientFor */.U7)(ctx, inputs, { readOnly: inputs.dryRun });
    const app = await findAppByClientId(client, inputs.clientId);
    const clientId = (0,okta_apps/* clientIdOf */.Am)(app);
    log.info(`App: "${app.label}", id ${app.id}, client id ${clientId}, ${app.status}`);
    checkRotatable(app);
    const before = await (0,app_keys/* listAppKeys */.my)(client, app.id);
    log.info(`Keys before: ${describeKeys(before)}`);
    const scopes = await proofScopes(ctx, client, inputs, app.id);
    const newKey = inputs.privateKey || !inputs.dryRun ? await rotationKey(ctx, inputs) : undefined;
    const plan = planRotation(app.id, before, inputs.retireOldKeys, newKey?.signing.kid);
    const repository = process.env.GITHUB_REPOSITORY ?? 'this repository';
    const steps = planSteps(plan, newKey
        ? `the new key ${newKey.signing.kid} (${newKey.signing.description})`
        : `a new ${inputs.keyType} key (kid: its RFC 7638 thumbprint)`, `scopes ${scopes.join(' ')}`, inputs.githubToken ? `secret ${inputs.privateKeySecret} in ${repository}` : undefined);
    ctx.output('app-id', app.id);
    ctx.output('client-id', clientId);
    if (inputs.dryRun || !newKey) {
        log.info(`Dry run: nothing will be changed. Plan for app "${app.label}" (${app.id}):`);
        for (const step of steps)
            log.info(`  - ${step}`);
        if (newKey) {
            ctx.output('key-id', newKey.signing.kid);
            ctx.output('jwk', JSON.stringify(newKey.signing.publicJwk));
        }
        ctx.output('key-changed', false);
        await writeRotationSummary(ctx, { app, clientId, before, steps });
        return;
    }
    const signing = newKey.signing;
    const applied = await applyRotation(ctx, client, plan, signing, {
        prove: () => proveKey(ctx, inputs, signing, scopes),
        store: inputs.githubToken ? () => storeNewKey(ctx, inputs, newKey.secretValue) : undefined,
        publish: () => publishKey(ctx, newKey)
    });
    if (!inputs.githubToken) {
        log.info(`github-token is empty: the new private key is not stored anywhere by this run${newKey.generatedPem ? '; it exists only in the masked private-key output, so store it in a later step of this job' : ''}`);
    }
    const after = await (0,app_keys/* listAppKeys */.my)(client, app.id);
    log.info(`Keys after: ${describeKeys(after)}`);
    await writeRotationSummary(ctx, {
        app,
        clientId,
        before,
        after,
        newKid: signing.kid,
        stored: applied.stored,
        mode: plan.mode
    });
}
/**
 * Outputs, once the new key is proven (and stored), before old keys are retired: the PEM is
 * masked line by line first.
 */
function publishKey(ctx, key) {
    if (key.generatedPem)
        ctx.secretOutput('private-key', key.generatedPem);
    ctx.output('key-id', key.signing.kid);
    ctx.output('jwk', JSON.stringify(key.signing.publicJwk));
    ctx.output('key-changed', true);
}
/** An app that could not mint the proof token fails before anything is written. */
function checkRotatable(app) {
    if (app.status !== 'ACTIVE') {
        throw new errors/* ActionError */.l(`App ${app.id} is ${app.status}: it cannot mint the token that proves a new key; activate it first. Nothing was changed.`);
    }
    const method = app.credentials?.oauthClient?.token_endpoint_auth_method;
    if (method && method !== 'private_key_jwt') {
        throw new errors/* ActionError */.l(`App ${app.id} authenticates with ${method}, not private_key_jwt, so it has no keys to rotate: set its client authentication to Public key / Private key. Nothing was changed.`);
    }
}
/**
 * Scopes for the proof token: the scopes input, else every okta.* scope granted to the app
 * for the org authorization server (a token for no scope cannot be minted, okta-api.md §1).
 */
async function proofScopes(ctx, client, inputs, appId) {
    if (inputs.scopes.length)
        return inputs.scopes;
    const granted = [...(0,grants/* grantedScopes */.By)(await (0,grants/* listGrants */.s8)(client, appId), inputs.oktaDomain)].sort();
    if (!granted.length) {
        throw new errors/* ActionError */.l(`App ${appId} has no okta.* scope granted, so no token can prove a new key: set scopes to a scope the app may request, or grant one (mode: provision). Nothing was changed.`);
    }
    ctx.log.info(`Proof token scopes: ${granted.join(' ')} (granted to the app; set scopes to choose)`);
    return granted;
}
/**
 * The new key: private-key when given, else a new pair per key-type whose kid is its RFC 7638
 * thumbprint (unique per key, so a later rotation never collides with it). A generated PEM is
 * masked line by line the moment it exists; it is output only once proven.
 */
async function rotationKey(ctx, inputs) {
    if (inputs.privateKey) {
        const signing = await (0,load_key/* loadKeyFromInputs */.b)(ctx, inputs);
        return { signing, secretValue: inputs.privateKey };
    }
    const fresh = await (0,generate/* generateSigningKey */.I)(inputs.keyType);
    (0,signing_key/* maskKeyText */.tB)(fresh.pkcs8Pem, ctx.mask);
    const { jwk, algorithm, description } = await (0,signing_key/* publicJwkOf */.Hd)(fresh.privateKey);
    ctx.log.info(`Key: generated a new ${description} key pair (${inputs.keyType}), kid ${jwk.kid} (RFC 7638 thumbprint), algorithm ${algorithm}`);
    return {
        signing: {
            privateKey: fresh.privateKey,
            algorithm,
            kid: jwk.kid,
            kidSource: 'thumbprint',
            publicJwk: jwk,
            format: 'generated PKCS#8',
            description
        },
        generatedPem: fresh.pkcs8Pem,
        secretValue: fresh.pkcs8Pem
    };
}
/** The GitHub modules load only here, when github-token is set. */
async function storeNewKey(ctx, inputs, value) {
    const { openRepositoryStore } = await __webpack_require__.e(/* import() */ 191).then(__webpack_require__.bind(__webpack_require__, 5191));
    const store = await openRepositoryStore(inputs.githubToken, ctx.http);
    const outcome = await store.storeSecret(inputs.privateKeySecret, value);
    ctx.log.info(`Stored the new private key as repository secret ${inputs.privateKeySecret} in ${store.repository} (${outcome})`);
    return `secret ${inputs.privateKeySecret} in ${store.repository}`;
}


/***/ }),

/***/ 7275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ deactivateAppKey),
/* harmony export */   C2: () => (/* binding */ deleteAppKey),
/* harmony export */   I$: () => (/* binding */ findKeyByKid),
/* harmony export */   WN: () => (/* binding */ addAppKey),
/* harmony export */   bu: () => (/* binding */ publicMembers),
/* harmony export */   my: () => (/* binding */ listAppKeys),
/* harmony export */   xv: () => (/* binding */ sameKeyMaterial),
/* harmony export */   y9: () => (/* binding */ activateAppKey)
/* harmony export */ });
/* unused harmony exports KEY_PRIVILEGE, parseAppKeyList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** What a key change needs once the app has okta.* grants (okta-api.md §5.5). */
const KEY_PRIVILEGE = 'a Super Administrator once the app has okta.* scopes granted (otherwise an Application Administrator)';
const base = (appId) => `/api/v1/apps/${encodeURIComponent(appId)}/credentials/jwks`;
/**
 * Every key of the app. The spec's schema says a JSON array, its example and the Go SDK an
 * object `{"jwks":{"keys":[…]}}` or `{"keys":[…]}` (UNCONFIRMED which the live API sends,
 * okta-api.md §10.8): all three are accepted.
 */
async function listAppKeys(client, appId) {
    const body = await client.get(`Listing the keys of app ${appId}`, base(appId));
    return parseAppKeyList(body);
}
/** The three shapes of a key list → the keys; anything else is an error, never "no keys". */
function parseAppKeyList(body) {
    const record = (value) => value && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
    let list = body;
    if (!Array.isArray(list))
        list = record(body)?.keys;
    if (!Array.isArray(list))
        list = record(record(body)?.jwks)?.keys;
    if (!Array.isArray(list)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l('Listing the app keys failed: Okta answered neither a key array nor {keys} nor {jwks: {keys}}.');
    }
    return list.map(toAppKey);
}
/** The key whose JWK `kid` is `kid`, if registered. */
function findKeyByKid(keys, kid) {
    return keys.find(key => key.kid === kid);
}
/**
 * True when the registered key (from the keys API, or an app's inline JWKS) is the same public
 * key as `jwk` (kid aside).
 */
function sameKeyMaterial(key, jwk) {
    if (key.kty !== jwk.kty)
        return false;
    return jwk.kty === 'RSA' ? key.n === jwk.n && key.e === jwk.e : key.x === jwk.x && key.y === jwk.y;
}
/**
 * Registers a public key (ACTIVE unless `status` says otherwise). Sends the JWK members Okta
 * stores: kid, kty, alg, use "sig" (the only use allowed for client auth), and n/e or crv/x/y
 * (`crv` is harmless per RFC 7518 though Okta's schema omits it, okta-api.md §5.2).
 */
async function addAppKey(client, appId, jwk, status = 'ACTIVE') {
    const body = { ...publicMembers(jwk), status };
    const key = await client.post(`Adding key ${jwk.kid} to app ${appId}`, base(appId), body, {
        privilege: KEY_PRIVILEGE,
        findExisting: async () => {
            const existing = findKeyByKid(await listAppKeys(client, appId), jwk.kid);
            return existing && sameKeyMaterial(existing, jwk) ? existing : undefined;
        }
    });
    return toAppKey(key);
}
async function activateAppKey(client, appId, keyId) {
    return lifecycle(client, appId, keyId, 'activate');
}
/** Refused by Okta (400 E0000001) for the only ACTIVE key of a private_key_jwt app. */
async function deactivateAppKey(client, appId, keyId) {
    return lifecycle(client, appId, keyId, 'deactivate');
}
/** Refused by Okta (400 E0000001) for an ACTIVE key: deactivate it first. */
async function deleteAppKey(client, appId, keyId) {
    await client.delete(`Deleting key ${keyId} of app ${appId}`, `${base(appId)}/${encodeURIComponent(keyId)}`, { privilege: KEY_PRIVILEGE });
}
async function lifecycle(client, appId, keyId, action) {
    const options = { privilege: KEY_PRIVILEGE };
    const what = `${action === 'activate' ? 'Activating' : 'Deactivating'} key ${keyId} of app ${appId}`;
    const path = `${base(appId)}/${encodeURIComponent(keyId)}/lifecycle/${action}`;
    const body = await client.post(what, path, undefined, options);
    // Okta answers the key; if a server answers with an empty body, read the key back.
    if (body && typeof body === 'object')
        return toAppKey(body);
    return toAppKey(await client.get(what, `${base(appId)}/${encodeURIComponent(keyId)}`, options));
}
/** The public JWK members of a key, for registering it (never `d`: ours are public JWKs). */
function publicMembers(jwk) {
    const out = { kid: jwk.kid, kty: jwk.kty, alg: jwk.alg, use: 'sig' };
    for (const name of ['e', 'n', 'crv', 'x', 'y']) {
        const value = jwk[name];
        if (typeof value === 'string')
            out[name] = value;
    }
    return out;
}
function toAppKey(value) {
    const key = (value && typeof value === 'object' ? value : {});
    const text = (name) => (typeof key[name] === 'string' ? key[name] : undefined);
    if (!text('id') || !text('kty')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l('Okta answered a key without "id" or "kty"; cannot manage it.');
    }
    return {
        id: text('id'),
        kid: text('kid') ?? null,
        status: text('status') === 'INACTIVE' ? 'INACTIVE' : 'ACTIVE',
        kty: text('kty'),
        use: text('use'),
        alg: text('alg'),
        n: text('n'),
        e: text('e'),
        crv: text('crv'),
        x: text('x'),
        y: text('y'),
        created: text('created'),
        lastUpdated: text('lastUpdated')
    };
}


/***/ }),

/***/ 925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ clientIdOf),
/* harmony export */   MK: () => (/* binding */ deactivateAndDeleteApp),
/* harmony export */   Sx: () => (/* binding */ getApp),
/* harmony export */   Vt: () => (/* binding */ activateApp),
/* harmony export */   cy: () => (/* binding */ replaceApp),
/* harmony export */   ny: () => (/* binding */ createServiceApp),
/* harmony export */   rc: () => (/* binding */ findAppsByLabel)
/* harmony export */ });
/* unused harmony exports APP_PRIVILEGE, serviceAppBody, deactivateApp */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _app_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7275);


const APP_PRIVILEGE = 'an Application Administrator or a Super Administrator';
/** Okta's maximum page size for apps. */
const PAGE_SIZE = 200;
/**
 * The apps whose label is exactly `label`. Okta's `q` matches label (and name) prefixes, case
 * insensitively, so "CI" also finds "CI staging": the exact match is done here, over every
 * page.
 */
async function findAppsByLabel(client, label) {
    const path = `/api/v1/apps?q=${encodeURIComponent(label)}&limit=${PAGE_SIZE}`;
    const apps = await client.listAll(`Looking up app "${label}"`, path);
    return apps.filter(app => app.label === label);
}
/** The body of an API Services app with private_key_jwt and the key inline (okta-api.md §5.2). */
function serviceAppBody(app) {
    return {
        name: 'oidc_client',
        label: app.label,
        signOnMode: 'OPENID_CONNECT',
        credentials: { oauthClient: { token_endpoint_auth_method: 'private_key_jwt' } },
        settings: {
            oauthClient: {
                application_type: 'service',
                grant_types: ['client_credentials'],
                response_types: ['token'],
                dpop_bound_access_tokens: app.requireDpop,
                jwks: { keys: [{ ...(0,_app_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .publicMembers */ .bu)(app.jwk), status: 'ACTIVE' }] }
            }
        }
    };
}
/** Creates and activates the app (`activate=true`). */
async function createServiceApp(client, app) {
    // This run's app: the label and our new key, material included (another run with the same
    // label and kid but another key is not ours).
    const withOurKey = async () => (await findAppsByLabel(client, app.label)).filter(found => found.settings?.oauthClient?.jwks?.keys?.some(key => (0,_app_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .sameKeyMaterial */ .xv)(key, app.jwk)));
    const response = await client.request('POST', `Creating app "${app.label}"`, '/api/v1/apps?activate=true', serviceAppBody(app), {
        privilege: APP_PRIVILEGE,
        // A create whose answer was lost may have made the app: reuse it, never a second one.
        findExisting: async () => (await withOurKey())[0]
    });
    const created = checked(response.body);
    if (response.afterLostAnswer)
        await removeTwins(client, created, withOurKey);
    return created;
}
/**
 * Okta allows duplicate labels, so a lost create that landed only after the lookup leaves a
 * twin with our new key: this run made it, so this run removes it. Best effort: the app the run
 * goes on with is sound, so a failure here is a warning naming the twin to delete by hand.
 */
async function removeTwins(client, created, withOurKey) {
    let twins;
    try {
        twins = (await withOurKey()).filter(found => found.id !== created.id);
    }
    catch (error) {
        client.log.warning(`Could not check for a second app "${created.label}" left by a create whose answer was lost (${error.message}); if there is one besides ${created.id}, delete it.`);
        return;
    }
    for (const twin of twins) {
        try {
            await deactivateAndDeleteApp(client, twin.id);
            client.log.info(`Deleted app ${twin.id}, a second "${created.label}" made by a create whose answer was lost`);
        }
        catch (error) {
            client.log.warning(`App ${twin.id} is a second "${created.label}" made by a create whose answer was lost, and deleting it failed (${error.message}): deactivate and delete it by hand.`);
        }
    }
}
async function getApp(client, appId) {
    return checked(await client.get(`Reading app ${appId}`, appPath(appId)));
}
/** PUT the complete app: Okta has no partial update, omitted members are reset (§4, §5.5). */
async function replaceApp(client, app) {
    return checked(await client.put(`Updating app ${app.id}`, appPath(app.id), app, {
        privilege: APP_PRIVILEGE
    }));
}
async function activateApp(client, appId) {
    await client.post(`Activating app ${appId}`, `${appPath(appId)}/lifecycle/activate`, undefined, {
        privilege: APP_PRIVILEGE
    });
}
async function deactivateApp(client, appId) {
    await client.post(`Deactivating app ${appId}`, `${appPath(appId)}/lifecycle/deactivate`, undefined, { privilege: APP_PRIVILEGE });
}
/** Deactivate, then delete: Okta deletes only INACTIVE apps (okta-api.md §5.6). */
async function deactivateAndDeleteApp(client, appId) {
    await deactivateApp(client, appId);
    await client.delete(`Deleting app ${appId}`, appPath(appId), { privilege: APP_PRIVILEGE });
}
/** The OAuth client id (JWT iss/sub, roles path), which by default equals the app id. */
function clientIdOf(app) {
    return app.credentials?.oauthClient?.client_id || app.id;
}
const appPath = (appId) => `/api/v1/apps/${encodeURIComponent(appId)}`;
function checked(app) {
    if (!app || typeof app.id !== 'string' || !app.settings?.oauthClient) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l('Okta answered an app call without the app (no id or settings).');
    }
    return app;
}


/***/ }),

/***/ 370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ grantedScopes),
/* harmony export */   s8: () => (/* binding */ listGrants),
/* harmony export */   xt: () => (/* binding */ grantScope)
/* harmony export */ });
/* unused harmony exports GRANT_PRIVILEGE, revokeGrant */
const GRANT_PRIVILEGE = 'a Super Administrator (only Super Admins can grant okta.* scopes)';
const base = (appId) => `/api/v1/apps/${encodeURIComponent(appId)}/grants`;
async function listGrants(client, appId) {
    const grants = await client.get(`Listing the scope grants of app ${appId}`, base(appId));
    return Array.isArray(grants) ? grants : [];
}
/** An ACTIVE grant for the org issuer (a grant for another issuer does not count). */
function isOrgGrant(grant, issuer) {
    return grant.issuer.replace(/\/+$/, '') === issuer && (grant.status ?? 'ACTIVE') === 'ACTIVE';
}
/** Scope ids already granted with the org issuer. */
function grantedScopes(grants, issuer) {
    return new Set(grants.filter(g => isOrgGrant(g, issuer)).map(g => g.scopeId));
}
async function grantScope(client, appId, scopeId) {
    return client.post(`Granting scope ${scopeId} to app ${appId}`, base(appId), { issuer: client.orgUrl, scopeId }, {
        privilege: GRANT_PRIVILEGE,
        findExisting: async () => (await listGrants(client, appId)).find(g => g.scopeId === scopeId && isOrgGrant(g, client.orgUrl))
    });
}
async function revokeGrant(client, appId, grantId) {
    await client.delete(`Revoking grant ${grantId} of app ${appId}`, `${base(appId)}/${encodeURIComponent(grantId)}`, { privilege: GRANT_PRIVILEGE });
}


/***/ }),

/***/ 6748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U7: () => (/* binding */ managementClientFor),
/* harmony export */   zt: () => (/* binding */ nextLinkOf)
/* harmony export */ });
/* unused harmony exports ManagementClient, managementError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_okta_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8648);
/* harmony import */ var _http_hints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1518);
/* harmony import */ var _http_retrying_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7666);




/** Guard against a server whose `next` link never ends. */
const MAX_PAGES = 1000;
class ManagementClient {
    orgUrl;
    http;
    log;
    apiToken;
    readOnly;
    constructor(options) {
        this.orgUrl = options.orgUrl.replace(/\/+$/, '');
        this.http = options.http;
        this.log = options.log;
        this.apiToken = options.apiToken;
        this.readOnly = options.readOnly ?? false;
    }
    /** GET a JSON resource; throws OktaError unless 2xx (or a status in `accept`). */
    async get(what, path, options) {
        return (await this.request('GET', what, path, undefined, options)).body;
    }
    async post(what, path, body, options) {
        return (await this.request('POST', what, path, body, options)).body;
    }
    /** PUT is a full replace at Okta: send the complete object (okta-api.md §4, §5.5). */
    async put(what, path, body, options) {
        return (await this.request('PUT', what, path, body, options)).body;
    }
    async delete(what, path, options) {
        await this.request('DELETE', what, path, undefined, options);
    }
    /**
     * One call. `path` is relative to the org (`/api/v1/apps?q=x`) or an absolute URL on the
     * org's origin (a `next` link). Returns the response of a 2xx or an accepted status.
     */
    async request(method, what, path, body, options = {}) {
        const url = this.urlOf(path);
        if (this.readOnly && method !== 'GET') {
            // A bug, not an expected failure: dry run must never reach a write call.
            throw new Error(`dry run attempted a write call: ${method} ${new URL(url).pathname}`);
        }
        const headers = {
            Accept: 'application/json',
            Authorization: `SSWS ${this.apiToken}`
        };
        const text = body === undefined ? undefined : JSON.stringify(body);
        if (text !== undefined)
            headers['Content-Type'] = 'application/json';
        const findExisting = options.findExisting;
        const response = await this.http.send(what, async () => ({ method, url, headers: { ...headers }, body: text }), {
            validate: _http_retrying_client_js__WEBPACK_IMPORTED_MODULE_2__/* .expectJsonBody */ .Gp,
            reconcile: findExisting && (async () => foundResponse(await findExisting()))
        });
        const requestId = response.headers.get('x-okta-request-id') ?? undefined;
        this.log.debug(`${what}: ${method} ${new URL(url).pathname} → HTTP ${response.status}${requestId ? ` (X-Okta-Request-Id: ${requestId})` : ''}`);
        const ok = response.status >= 200 && response.status < 300;
        if (findExisting && (response.status === 400 || response.status === 409)) {
            // "Already granted/assigned/registered": an earlier attempt whose answer was lost may
            // have finished at Okta only after the check before this retry (or another run did it
            // since the plan was read). Same outcome as asked.
            const found = await findExisting();
            if (found !== undefined) {
                this.log.info(`${what}: already done at Okta (an earlier attempt took effect)`);
                return {
                    status: 200,
                    body: found,
                    requestId,
                    headers: response.headers,
                    afterLostAnswer: true
                };
            }
        }
        if (!ok && !options.accept?.includes(response.status)) {
            throw managementError(what, response, options.privilege);
        }
        return {
            status: response.status,
            body: (ok ? jsonOf(response.text) : undefined),
            requestId,
            headers: response.headers,
            afterLostAnswer: response.afterLostAnswer
        };
    }
    /**
     * Every item of a paginated list: follows `Link: <…>; rel="next"` until there is none.
     * Cursors are never built by hand (okta-api.md §9). A next link on another origin is refused:
     * following it would send the API token to that host.
     */
    async listAll(what, path, options) {
        const items = [];
        let next = path;
        const seen = new Set();
        for (let page = 1; next; page++) {
            const url = this.urlOf(next);
            if (seen.has(url) || page > MAX_PAGES) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${what} failed: Okta's next-page links repeat or never end.`);
            }
            seen.add(url);
            const response = await this.request('GET', what, url, undefined, options);
            if (!Array.isArray(response.body)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${what} failed: Okta answered a list call with something else.`);
            }
            items.push(...response.body);
            next = nextLinkOf(response.headers);
        }
        return items;
    }
    /** The absolute URL of an org path, or of a link that must be on the org's origin. */
    urlOf(pathOrUrl) {
        if (pathOrUrl.startsWith('/'))
            return `${this.orgUrl}${pathOrUrl}`;
        let url;
        try {
            url = new URL(pathOrUrl);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Okta sent a link that is not a URL: ${pathOrUrl.slice(0, 200)}`);
        }
        if (url.origin !== new URL(this.orgUrl).origin) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Okta sent a link to another host (${url.origin}); it is not followed, so the API token is not sent there.`);
        }
        return url.toString();
    }
}
/** A resource found by findExisting, in the shape of the write's own 200 answer. */
function foundResponse(found) {
    if (found === undefined)
        return undefined;
    return {
        status: 200,
        headers: new Headers(),
        text: JSON.stringify(found),
        receivedAt: Date.now()
    };
}
function jsonOf(text) {
    // expectJsonBody has already refused a 2xx body that does not parse.
    return text.trim() ? JSON.parse(text) : undefined;
}
/** The client for a mode: okta-domain, api-token, the mode's retrying HTTP client and log. */
function managementClientFor(ctx, inputs, options = {}) {
    return new ManagementClient({
        http: ctx.http,
        log: ctx.log,
        orgUrl: inputs.oktaDomain,
        apiToken: inputs.apiToken,
        readOnly: options.readOnly
    });
}
/** `rel="next"` of one or several Link headers (Headers joins repeated ones with ", "). */
function nextLinkOf(headers) {
    const link = headers.get('link');
    if (!link)
        return undefined;
    for (const part of link.split(/,\s*(?=<)/)) {
        const match = /^<([^>]*)>\s*;(.*)$/.exec(part.trim());
        if (match && /(?:^|;)\s*rel="?(?:[^";]*\s)?next(?:\s[^";]*)?"?\s*(?:;|$)/i.test(match[2])) {
            return match[1];
        }
    }
    return undefined;
}
/**
 * The OktaError of a failed call. A 403 (E0000006, or an empty body from a scope check)
 * names the privilege the call needs in place of the generic hint, because "You do not have
 * permission" alone does not say which admin role to ask for.
 */
function managementError(what, response, privilege) {
    const info = (0,_http_okta_error_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOktaError */ .Bu)(response);
    const error = new _http_okta_error_js__WEBPACK_IMPORTED_MODULE_1__/* .OktaError */ .Qu(what, info);
    if (response.status === 403 && privilege) {
        let text = (0,_http_okta_error_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOktaError */ .BU)(what, info);
        const hint = (0,_http_hints_js__WEBPACK_IMPORTED_MODULE_3__/* .hintFor */ .J)(info);
        if (hint && text.endsWith(`. ${hint}`))
            text = text.slice(0, -(hint.length + 2));
        error.message = `${text}. This needs ${privilege}; the admin who created api-token lacks that privilege.`;
    }
    return error;
}


/***/ })

};
