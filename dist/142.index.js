export const id = 142;
export const ids = [142];
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

/***/ 4142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRotateMode: () => (/* binding */ runRotateMode)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/okta/app-keys.ts
var app_keys = __webpack_require__(7275);
// EXTERNAL MODULE: ./src/okta/apps.ts
var okta_apps = __webpack_require__(925);
;// CONCATENATED MODULE: ./src/okta/find-app.ts


/**
 * The app whose OAuth client id is `clientId`. The app id equals the client id unless one was
 * chosen when the app was created (docs/okta-behaviour.md, "Apps"), so one GET by id usually finds
 * it; only when it does not are the org's apps listed (every page) and matched on their client id.
 */
async function findAppByClientId(client, clientId) {
    const direct = await client.request('GET', `Reading app ${clientId}`, `/api/v1/apps/${encodeURIComponent(clientId)}`, undefined, { accept: [404] });
    if (direct.status === 200 && direct.body?.id && (0,okta_apps/* clientIdOf */.Am)(direct.body) === clientId) {
        return direct.body;
    }
    const apps = await client.listAll(`Looking up the app with client id ${clientId}`, '/api/v1/apps?limit=200');
    const found = apps.find(app => app?.id && (0,okta_apps/* clientIdOf */.Am)(app) === clientId);
    if (!found) {
        throw new errors/* ActionError */.lZ(`No app in ${client.orgUrl} has client id ${clientId}: check client-id (the app's Client ID) and okta-domain.`);
    }
    return found;
}

// EXTERNAL MODULE: ./src/okta/grants.ts
var grants = __webpack_require__(370);
// EXTERNAL MODULE: ./src/modes/admin-preflight.ts
var admin_preflight = __webpack_require__(8957);
// EXTERNAL MODULE: ./src/modes/admin-session.ts + 4 modules
var admin_session = __webpack_require__(1295);
// EXTERNAL MODULE: ./src/oauth/revoke.ts
var revoke = __webpack_require__(5865);
// EXTERNAL MODULE: ./src/okta/endpoints.ts
var endpoints = __webpack_require__(4155);
// EXTERNAL MODULE: ./src/modes/access-token.ts + 1 modules
var access_token = __webpack_require__(5001);
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
        if (!(error instanceof errors/* ActionError */.lZ))
            throw error;
        throw new errors/* ActionError */.lZ(`Retiring the old keys failed: ${sentence(error.message)} The new key ${newKey.publicJwk.kid} is ACTIVE and proven${stored ? ` and stored as ${stored}` : ''}; ${retired.length ? `done before the failure: ${retired.join(', ')}` : 'no old key was changed'}. Retire the remaining old keys by hand (app > General > Public keys).`);
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
        if (!(error instanceof errors/* ActionError */.lZ))
            throw error;
        throw new errors/* ActionError */.lZ(`The proof of the new key ${key.kid} failed: ${sentence(error.message)}`);
    }
    ctx.log.info(`Proof passed: Okta accepted an assertion signed with the new key ${key.kid}`);
    const revokeEndpoint = (0,endpoints/* revokeEndpointFor */.n3)(token.tokenEndpoint);
    if (!revokeEndpoint)
        return;
    try {
        await (0,revoke/* revokeToken */.w)({
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
    if (!(cause instanceof errors/* ActionError */.lZ))
        return cause;
    return new errors/* ActionError */.lZ(`Key rotation stopped. ${sentence(cause.message)} ${outcome}`);
}
const sentence = (text) => (/[.!?]$/.test(text) ? text : `${text}.`);

// EXTERNAL MODULE: ./src/keys/generate.ts
var generate = __webpack_require__(2989);
// EXTERNAL MODULE: ./src/keys/signing-key.ts + 4 modules
var signing_key = __webpack_require__(6491);
// EXTERNAL MODULE: ./src/signing/local-signer.ts
var local_signer = __webpack_require__(5111);
// EXTERNAL MODULE: ./src/modes/load-key.ts
var load_key = __webpack_require__(9624);
;// CONCATENATED MODULE: ./src/modes/rotate-key.ts




/**
 * The new key: private-key when given, else a new pair per key-type whose kid is its RFC 7638
 * thumbprint (unique per key, so a later rotation never collides with it). A generated PEM is
 * masked line by line the moment it exists; it is output only once proven.
 */
async function rotationKey(ctx, inputs, self) {
    const remote = remoteNewKey(inputs, self);
    // In self-rotation key-id and algorithm describe the app's current key; the new one takes its
    // thumbprint and its own algorithm.
    const keyInputs = self ? { ...inputs, keyId: '', algorithm: undefined } : inputs;
    if (remote)
        return { signing: await (0,load_key/* loadKeyFromInputs */.bL)(ctx, keyInputs, remote) };
    if (inputs.privateKey && !self) {
        const signing = await (0,load_key/* loadKeyFromInputs */.bL)(ctx, inputs);
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
            description,
            sign: (0,local_signer/* signWithLocalKey */.W)(fresh.privateKey, algorithm)
        },
        generatedPem: fresh.pkcs8Pem,
        secretValue: fresh.pkcs8Pem
    };
}
/**
 * The remote key to rotate to: new-signing-key, or signing-key as rotate reads private-key (the
 * key to rotate to). In self-rotation signing-key is the app's current key, so only
 * new-signing-key names a new one.
 */
function remoteNewKey(inputs, self) {
    return inputs.newSigningKey ?? (self ? undefined : inputs.signingKey);
}
/** The GitHub modules load only here, when github-token is set. */
async function storeNewKey(ctx, inputs, value) {
    const { openRepositoryStore } = await __webpack_require__.e(/* import() */ 191).then(__webpack_require__.bind(__webpack_require__, 5191));
    const store = await openRepositoryStore(inputs.githubToken, ctx.http, ctx.env);
    const outcome = await store.storeSecret(inputs.privateKeySecret, value);
    ctx.log.info(`Stored the new private key as repository secret ${inputs.privateKeySecret} in ${store.repository} (${outcome})`);
    return `secret ${inputs.privateKeySecret} in ${store.repository}`;
}

;// CONCATENATED MODULE: ./src/modes/rotate-plan.ts

/**
 * What a rotation will do, decided from the app's keys before anything is written, so that a
 * rotation Okta would refuse half-way fails with nothing changed, and dry-run can print it.
 *
 * Okta's rules (docs/okta-behaviour.md, "App keys"): at most 50 keys per app; a key cannot be
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
        throw new errors/* ActionError */.lZ(`App ${appId} has a key without a kid (${kidless.id}); Okta adds no second key while one lacks a kid: give it a kid (Apps API, full PUT of the app) or replace it, then re-run. Nothing was changed.`);
    }
    if (newKid !== undefined && before.some(key => key.kid === newKid)) {
        throw new errors/* ActionError */.lZ(`Key ${newKid} is already registered on app ${appId}; a rotation needs a new key (leave private-key empty to generate one). Nothing was changed.`);
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
            throw new errors/* ActionError */.lZ(`App ${appId} has ${before.length} keys, Okta's maximum is ${MAX_APP_KEYS}, so no new key can be added: ${fix}. Nothing was changed.`);
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
            ...(facts.self ? [['Rotated by', 'the app itself (self-rotation, its own token)']] : []),
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











/**
 * mode: rotate — staged key rotation of an existing app (docs/okta-behaviour.md, "App keys"):
 * add a new key ACTIVE, prove it by minting a token signed with it, store it (github-token),
 * then retire the other keys as retire-old-keys says. Everything Okta would refuse is checked
 * first (plan), a failed proof removes the new key again, and dry-run reads only.
 */
async function runRotateMode(ctx, inputs) {
    const admin = await (0,admin_session/* loadAdminCredential */.d)(ctx, inputs);
    const session = await admin.open((0,admin_preflight/* requestedScopes */._r)((0,admin_preflight/* rotateScopes */.hn)(inputs)), {
        readOnly: inputs.dryRun
    });
    try {
        await rotateWith(ctx, inputs, session);
    }
    finally {
        await session.end();
    }
}
async function rotateWith(ctx, inputs, session) {
    const { log } = ctx;
    const { client } = session;
    const self = inputs.adminCredential === 'self';
    const app = await findAppByClientId(client, inputs.clientId);
    const clientId = (0,okta_apps/* clientIdOf */.Am)(app);
    log.info(`App: "${app.label}", id ${app.id}, client id ${clientId}, ${app.status}`);
    if (self)
        log.info(`Self-rotation: app ${clientId} rotates its own key with its own token`);
    checkRotatable(app);
    const before = await (0,app_keys/* listAppKeys */.my)(client, app.id);
    log.info(`Keys before: ${describeKeys(before)}`);
    const grants = await targetGrants(ctx, session, inputs, app.id);
    await (0,admin_preflight/* preflight */.Mz)(ctx, session, (0,admin_preflight/* rotateScopes */.hn)(inputs), {
        superAdmin: grants.length
            ? [
                self
                    ? `changing its own keys (it has okta.* grants: ${grants.join(' ')})`
                    : `changing the keys of app ${app.id}, which has okta.* grants`
            ]
            : []
    });
    const scopes = proofScopes(ctx, inputs, app.id, grants);
    // Self-rotation: private-key or signing-key is the app's current key, so the new one is
    // new-signing-key or generated.
    const remote = remoteNewKey(inputs, self);
    const given = (inputs.privateKey && !self) || remote;
    const newKey = given || !inputs.dryRun ? await rotationKey(ctx, inputs, self) : undefined;
    const plan = planRotation(app.id, before, inputs.retireOldKeys, newKey?.signing.kid);
    const repository = ctx.env.GITHUB_REPOSITORY ?? 'this repository';
    const steps = planSteps(plan, newKey
        ? `the new key ${newKey.signing.kid} (${newKey.signing.description})`
        : `a new ${inputs.keyType} key (kid: its RFC 7638 thumbprint)`, `scopes ${scopes.join(' ')}`, inputs.githubToken && !remote ? `secret ${inputs.privateKeySecret} in ${repository}` : undefined);
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
        await writeRotationSummary(ctx, { app, clientId, before, steps, self });
        return;
    }
    const signing = newKey.signing;
    const applied = await applyRotation(ctx, client, plan, signing, {
        prove: () => proveKey(ctx, inputs, signing, scopes),
        store: inputs.githubToken && newKey.secretValue !== undefined
            ? () => storeNewKey(ctx, inputs, newKey.secretValue)
            : undefined,
        publish: () => {
            publishKey(ctx, newKey);
            // From here the new key is the app's (proven and stored; a failure before this removes
            // it again): when the app's own token does the rotation, the old key may retire before
            // that token is revoked, so the revocation signs with the new one.
            if (session.callerClientId === clientId)
                session.revokeWith(signing);
        }
    });
    if (!inputs.githubToken && newKey.secretValue !== undefined) {
        log.info(`github-token is empty: the new private key is not stored anywhere by this run${newKey.generatedPem ? '; it exists only in the masked private-key output, so store it in a later step of this job' : ''}`);
    }
    const after = await (0,app_keys/* listAppKeys */.my)(client, app.id);
    log.info(`Keys after: ${describeKeys(after)}`);
    if (self)
        log.info(`App ${clientId} rotated itself: its new key ${signing.kid} is proven and in use`);
    await writeRotationSummary(ctx, {
        app,
        clientId,
        before,
        after,
        newKid: signing.kid,
        // A key in a key service (signing-key, new-signing-key) has no private half to store.
        stored: applied.stored ??
            (newKey.secretValue === undefined
                ? 'not stored (the new key stays in its key service)'
                : undefined),
        mode: plan.mode,
        self
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
        throw new errors/* ActionError */.lZ(`App ${app.id} is ${app.status}: it cannot mint the token that proves a new key; activate it first. Nothing was changed.`);
    }
    const method = app.credentials?.oauthClient?.token_endpoint_auth_method;
    if (method && method !== 'private_key_jwt') {
        throw new errors/* ActionError */.lZ(`App ${app.id} authenticates with ${method}, not private_key_jwt, so it has no keys to rotate: set its client authentication to Public key / Private key. Nothing was changed.`);
    }
}
/**
 * The target's okta.* grants for the org authorization server: the default proof scopes, and
 * whether changing its keys needs a Super Admin. In self-rotation they are what Okta has just
 * granted the app's own token; an admin token reads them when it holds okta.appGrants.read.
 */
async function targetGrants(ctx, session, inputs, appId) {
    if (inputs.adminCredential === 'self')
        return [...(session.granted ?? [])].sort();
    // An API token's run checks no roles beforehand: the grants only matter as proof scopes.
    if (inputs.adminCredential === 'api-token' && inputs.scopes.length)
        return [];
    if (!(0,admin_preflight/* holds */.v9)(session.granted, 'okta.appGrants.read')) {
        if (!inputs.scopes.length) {
            throw new errors/* ActionError */.lZ(`The admin token holds no okta.appGrants.read, so the scopes of the token that proves the new key of app ${appId} are unknown: set scopes, or grant okta.appGrants.read to the admin app. Nothing was changed.`);
        }
        ctx.log.info(`Cannot read the okta.* grants of app ${appId} (no okta.appGrants.read): if it has some, only a Super Admin may change its keys`);
        return [];
    }
    return [...(0,grants/* grantedScopes */.By)(await (0,grants/* listGrants */.s8)(session.client, appId), inputs.oktaDomain)].sort();
}
/**
 * Scopes for the proof token: the scopes input, else every okta.* scope granted to the app for the
 * org authorization server (a token for no scope cannot be minted, docs/okta-behaviour.md, "Token
 * endpoint").
 */
function proofScopes(ctx, inputs, appId, granted) {
    if (inputs.scopes.length)
        return inputs.scopes;
    if (!granted.length) {
        throw new errors/* ActionError */.lZ(`App ${appId} has no okta.* scope granted, so no token can prove a new key: set scopes to a scope the app may request, or grant one (mode: provision). Nothing was changed.`);
    }
    ctx.log.info(`Proof token scopes: ${granted.join(' ')} (granted to the app; set scopes to choose)`);
    return granted;
}


/***/ })

};
