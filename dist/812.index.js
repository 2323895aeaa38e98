export const id = 812;
export const ids = [812];
export const modules = {

/***/ 1518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ hintFor)
/* harmony export */ });
/**
 * What to do about the known causes (field notes, okta-errors.md). Matched on Okta's code
 * first and on its wording second, since Okta may reword descriptions.
 */
const HINTS = [
    [
        /kid is invalid|client_assertion_invalid_kid/,
        "The assertion's kid matches no ACTIVE key of the app: set key-id to the kid shown for the key in Okta (app > General > Public keys), or register this key's public JWK (mode: jwk prints it)."
    ],
    [
        /signature is invalid|invalid_signature\b/,
        'The key in private-key is not the one registered for this kid: check that private-key and key-id belong together and the public key in Okta matches.'
    ],
    [
        /audience claim|invalid_audience/,
        "The assertion's aud must be the exact token URL: do not set audience for Okta, and use the same host (org or custom domain) in okta-domain as the one the app was set up with."
    ],
    [
        /issued before the current time|issued_at_in_future|expiration too far|expires_too_far|token is expired|expired_token/,
        "The runner's clock and Okta's disagree: check the runner's time (NTP) or lower assertion-lifetime."
    ],
    [
        /already been used|already_used/,
        'An assertion or DPoP proof was sent twice; this action signs a new one per request, so check for another tool replaying it.'
    ],
    [
        /issuer claim|subject claim|invalid_issuer|invalid_subject/,
        "client-id does not name an app in this org: check client-id (the app's Client ID) and okta-domain."
    ],
    [
        /not allowed any of the requested scopes|no_org_scopes_granted|consent_required/,
        'Grant the scopes to the app first (app > Okta API Scopes, or mode: provision); only a Super Admin can grant them.'
    ],
    [
        /insufficient_scope|does not contain the required scopes/,
        'Request the needed scope in scopes and make sure it is granted to the app (Okta API Scopes tab).'
    ],
    [
        /requested scope is invalid|invalid_scope/,
        'Check scopes: okta.* scopes come only from the org authorization server (leave authorization-server empty); custom scopes only from a custom one.'
    ],
    [
        /DPoP proof JWT header is missing/,
        'The app requires DPoP (app > General > "Require Demonstrating Proof of Possession"): set dpop to auto or true, or untick that setting.'
    ],
    [
        /DPoP authentication scheme|dpop_authentication_scheme_required/,
        'The token is DPoP-bound: send it as "Authorization: DPoP" with a fresh proof (mode: request does this), or untick "Require DPoP" on the app to get Bearer tokens.'
    ],
    [
        /permitted network zones|disallowed_network_zone/,
        "The app only accepts requests from its network zones; GitHub-hosted runners' addresses change: allow them or use a self-hosted runner in the zone."
    ],
    [
        /Policy evaluation failed|no_matching_policy|access_denied/,
        'The custom authorization server has no access policy rule for this client, grant type and scopes: add one.'
    ],
    [
        /not authorized to use the provided grant type|unauthorized_client/,
        'The app does not have the Client Credentials grant: tick it (app > General > Grant type), or use an API Services app.'
    ],
    [
        /must use the private_key_jwt|unsupported_auth_method/,
        "Set the app's client authentication to Public key / Private key."
    ],
    [
        /application_type' of 'service'|invalid_application_type/,
        'Only API Services apps can use client_credentials with the org authorization server: create an API Services app (mode: provision).'
    ],
    [
        /E0000047|rate limit/i,
        "Okta rate limit reached: raise max-attempts, spread the jobs out, or raise the app's rate-limit share (Applications > app > Application rate limits)."
    ],
    [
        /E0000006|do not have permission/,
        "The api-token's admin lacks the privilege: granting scopes, assigning roles and rotating keys of a scoped app need a Super Admin."
    ],
    [
        /E0000011|Invalid token provided/,
        'The token is invalid, expired or revoked: create a new API token (Security > API > Tokens) or mint a new access token.'
    ]
];
function hintFor(info) {
    const keys = [info.error, info.errorCode, info.description, info.summary, ...info.causes]
        .filter(Boolean)
        .join(' | ');
    const known = keys ? HINTS.find(([pattern]) => pattern.test(keys))?.[1] : undefined;
    // A 5xx reaches the message only once max-attempts are spent, and often from a proxy or
    // load balancer with an HTML page that names nothing: say what it means.
    if (!known && info.status >= 500) {
        return 'Okta, or a proxy between the runner and Okta, answered with a server error on every attempt: try again later, or raise max-attempts.';
    }
    return known;
}


/***/ }),

/***/ 8648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ describeOktaError),
/* harmony export */   Bu: () => (/* binding */ parseOktaError),
/* harmony export */   Qu: () => (/* binding */ OktaError)
/* harmony export */ });
/* unused harmony export parseChallenge */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1518);


function parseOktaError(response) {
    const info = {
        status: response.status,
        causes: [],
        requestId: response.headers.get('x-okta-request-id') ?? undefined
    };
    let body = {};
    try {
        const parsed = JSON.parse(response.text);
        if (parsed && typeof parsed === 'object')
            body = parsed;
    }
    catch {
        // Non-JSON: a proxy's or load balancer's HTML page. The status says enough.
    }
    if (typeof body.error === 'string')
        info.error = clean(body.error);
    if (typeof body.error_description === 'string')
        info.description = clean(body.error_description);
    if (typeof body.errorCode === 'string')
        info.errorCode = clean(body.errorCode);
    if (typeof body.errorSummary === 'string')
        info.summary = clean(body.errorSummary);
    if (Array.isArray(body.errorCauses)) {
        for (const cause of body.errorCauses) {
            const text = cause?.errorSummary;
            if (typeof text === 'string')
                info.causes.push(clean(text));
        }
    }
    // GitHub's shape, for the secrets calls.
    if (!info.error && !info.summary && typeof body.message === 'string')
        info.summary = clean(body.message);
    const header = response.headers.get('www-authenticate');
    if (header) {
        info.challenge = parseChallenge(header);
        info.error ??= info.challenge.error;
        info.description ??= info.challenge.error_description;
    }
    return info;
}
/** `DPoP algs="…", error="invalid_dpop_proof", error_description="…"` → a record. */
function parseChallenge(header) {
    const out = {};
    for (const match of header.matchAll(/([a-zA-Z_]+)="((?:[^"\\]|\\.)*)"/g)) {
        out[match[1]] = clean(match[2]);
    }
    return out;
}
/** One line: what failed, Okta's words, the request id, and a hint for known causes. */
function describeOktaError(what, info) {
    const parts = [`HTTP ${info.status}`];
    if (info.error)
        parts.push(info.error);
    if (info.errorCode)
        parts.push(info.errorCode);
    let text = `${what} failed: ${parts.join(' ')}`;
    const words = [info.description, info.summary, ...info.causes].filter(Boolean);
    if (words.length)
        text += `: ${words.join(' ')}`;
    if (info.challenge?.scope)
        text += ` (required scope: ${info.challenge.scope})`;
    if (info.requestId)
        text += ` (X-Okta-Request-Id: ${info.requestId})`;
    const hint = (0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .hintFor */ .J)(info);
    if (hint)
        text += `. ${hint}`;
    return text;
}
class OktaError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    what;
    info;
    name = 'OktaError';
    constructor(what, info) {
        super(describeOktaError(what, info));
        this.what = what;
        this.info = info;
    }
}
/** Error values can echo user input: no control characters, bounded length. */
function clean(value) {
    const flat = value.replace(/[\x00-\x1f\x7f]+/g, ' ').trim();
    return flat.length > 500 ? `${flat.slice(0, 500)}…` : flat;
}


/***/ }),

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


/***/ }),

/***/ 6812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runProvisionMode: () => (/* binding */ runProvisionMode)
});

// EXTERNAL MODULE: ./src/keys/generate.ts
var generate = __webpack_require__(2989);
// EXTERNAL MODULE: ./src/keys/signing-key.ts + 3 modules
var signing_key = __webpack_require__(6988);
// EXTERNAL MODULE: ./src/okta/management-client.ts
var management_client = __webpack_require__(6748);
// EXTERNAL MODULE: ./src/modes/load-key.ts
var load_key = __webpack_require__(9624);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/okta/app-keys.ts
var app_keys = __webpack_require__(7275);
// EXTERNAL MODULE: ./src/okta/apps.ts
var apps = __webpack_require__(925);
;// CONCATENATED MODULE: ./src/okta/concurrent-calls.ts
/**
 * Runs `task` over `items`, at most `limit` at a time. After the first failure no new task
 * starts; the ones in flight are awaited (so a rollback never races a call still on the
 * wire), then the first error is thrown.
 *
 * Why bounded: Okta gives one API token at most 50 % of a rate-limit bucket, and the
 * `/api/v1/apps/*` bucket that grants fall in is among the smallest (20 to 100 calls a
 * minute, okta-api.md §7). A handful of calls at once shortens a run without spending that
 * share in one burst; a 429 is still waited out by the RetryingClient.
 *
 * Why 12: Okta's concurrency limit is 35 simultaneous requests per org on the Integrator Free
 * plan and 75 on the others (developer.okta.com/docs/reference/rl2-concurrency), so 12 stays
 * about a third of the smallest, under the default per-app share of half. The count of calls
 * (what the per-minute buckets limit) is the same at any concurrency. `npm run bench`, 20
 * grants + 3 roles at 50 ms latency against the same calls made one after another: 4 at once
 * 0.44×, 8 (three rounds) 0.34-0.39×, 12 (two rounds) 25-40 ms less than 8.
 */
const MANAGEMENT_CONCURRENCY = 12;
async function runBounded(items, limit, task) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < items.length) {
            const item = items[next++];
            try {
                await task(item);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
}

// EXTERNAL MODULE: ./src/okta/grants.ts
var okta_grants = __webpack_require__(370);
;// CONCATENATED MODULE: ./src/okta/roles.ts
const ROLE_PRIVILEGE = 'a Super Administrator (only Super Admins can assign admin roles)';
const base = (clientId) => `/oauth2/v1/clients/${encodeURIComponent(clientId)}/roles`;
async function listClientRoles(client, clientId) {
    const roles = await client.get(`Listing the admin roles of client ${clientId}`, base(clientId));
    return Array.isArray(roles) ? roles : [];
}
/** Assigns a standard role type (SUPER_ADMIN, APP_ADMIN, READ_ONLY_ADMIN, …). */
async function assignClientRole(client, clientId, type) {
    return client.post(`Assigning role ${type} to client ${clientId}`, base(clientId), { type }, {
        privilege: ROLE_PRIVILEGE,
        findExisting: async () => (await listClientRoles(client, clientId)).find(role => role.type === type)
    });
}
async function unassignClientRole(client, clientId, roleAssignmentId) {
    await client.delete(`Removing role assignment ${roleAssignmentId} of client ${clientId}`, `${base(clientId)}/${encodeURIComponent(roleAssignmentId)}`, { privilege: ROLE_PRIVILEGE });
}

;// CONCATENATED MODULE: ./src/modes/provision-apply.ts






/**
 * Carries out a provision plan, one log line per step, and records every change so that a
 * failure can say what happened: an app this run created is deactivated and deleted (nothing
 * half-made, action contract); on an existing app the changes made so far are listed.
 */
class ProvisionChanges {
    /** The app this run created, until the run succeeds. */
    createdApp;
    /** The existing app being converged. */
    existingApp;
    made = [];
    record(change) {
        this.made.push(change);
    }
}
async function applyProvisionPlan(ctx, client, inputs, plan, jwk, changes) {
    const { log } = ctx;
    const dpopWord = inputs.requireDpop ? 'required' : 'not required';
    let appId;
    let clientId;
    let keyRegistered = false;
    if (!plan.app) {
        const app = await (0,apps/* createServiceApp */.ny)(client, {
            label: plan.label,
            jwk,
            requireDpop: inputs.requireDpop
        });
        appId = app.id;
        clientId = (0,apps/* clientIdOf */.Am)(app);
        changes.createdApp = { id: appId, label: plan.label };
        changes.record(`created app ${appId}`);
        keyRegistered = true;
        log.info(`Created app "${plan.label}": id ${appId}, client id ${clientId}, key ${jwk.kid} registered, DPoP ${dpopWord}`);
    }
    else {
        appId = plan.app.id;
        clientId = plan.clientId;
        changes.existingApp = { id: appId, label: plan.label };
        log.info(`Found app "${plan.label}": id ${appId}, client id ${clientId}, ${plan.app.status}`);
        if (plan.activateApp) {
            await (0,apps/* activateApp */.Vt)(client, appId);
            changes.record('activated the app');
            log.info('Activated the app (it was INACTIVE)');
        }
        if (plan.key === 'register') {
            await (0,app_keys/* addAppKey */.WN)(client, appId, jwk);
            changes.record(`registered key ${jwk.kid}`);
            keyRegistered = true;
            log.info(`Registered key ${jwk.kid} (ACTIVE); the app's other keys are unchanged`);
        }
        else if (plan.key === 'activate') {
            await (0,app_keys/* activateAppKey */.y9)(client, appId, plan.registeredKey.id);
            changes.record(`activated key ${jwk.kid}`);
            keyRegistered = true;
            log.info(`Activated key ${jwk.kid} (it was registered but INACTIVE)`);
        }
        else {
            log.info(`Key ${jwk.kid}: already registered and ACTIVE`);
        }
        if (plan.setDpop) {
            // PUT is a full replace (okta-api.md §4): read the app as it is now, change one member.
            const current = await (0,apps/* getApp */.Sx)(client, appId);
            current.settings.oauthClient.dpop_bound_access_tokens = inputs.requireDpop;
            await (0,apps/* replaceApp */.cy)(client, current);
            changes.record(`set DPoP to ${dpopWord}`);
            if (inputs.requireDpop) {
                log.info(`DPoP: changed to ${dpopWord}`);
            }
            else {
                // Turning proof of possession off weakens the app (the Admin Console turns it on for
                // new API Services apps), and require-dpop defaults to false: say so where it shows.
                log.warning(`DPoP: "Require DPoP" was on for app ${appId} and is now off, because require-dpop is false; set require-dpop: true to keep it on.`);
            }
        }
        else {
            log.info(`DPoP: already ${dpopWord}`);
        }
    }
    for (const scope of plan.alreadyGranted)
        log.info(`Scope ${scope}: already granted`);
    for (const role of plan.alreadyAssigned)
        log.info(`Admin role ${role}: already assigned`);
    const calls = [
        ...plan.grant.map(scope => async () => {
            await (0,okta_grants/* grantScope */.xt)(client, appId, scope);
            changes.record(`granted ${scope}`);
            log.info(`Scope ${scope}: granted`);
        }),
        ...plan.assign.map(role => async () => {
            await assignClientRole(client, clientId, role);
            changes.record(`assigned role ${role}`);
            log.info(`Admin role ${role}: assigned`);
        })
    ];
    await runBounded(calls, MANAGEMENT_CONCURRENCY, call => call());
    return { appId, clientId, created: !plan.app, keyRegistered };
}
/**
 * The error to fail with after `error`: an app this run created is deactivated and deleted
 * first; otherwise the message lists what was changed before the failure.
 */
async function rollBack(ctx, client, changes, error) {
    let suffix;
    const created = changes.createdApp;
    if (created) {
        ctx.log.info(`Rolling back: deactivating and deleting app "${created.label}" (${created.id})`);
        try {
            await (0,apps/* deactivateAndDeleteApp */.MK)(client, created.id);
            suffix = `Rolled back: deactivated and deleted app "${created.label}" (${created.id}) that this run had created.`;
        }
        catch (rollbackError) {
            const why = rollbackError instanceof Error ? rollbackError.message : String(rollbackError);
            suffix = `Rolling back failed too (${why}): delete app "${created.label}" (${created.id}) by hand (Applications > the app > Deactivate, then Delete).`;
        }
    }
    else if (changes.existingApp) {
        const app = `app "${changes.existingApp.label}" (${changes.existingApp.id})`;
        suffix = changes.made.length
            ? `Changed on ${app} before the failure: ${changes.made.join('; ')}. Nothing was removed; re-run to finish.`
            : `Nothing was changed on ${app}.`;
    }
    else {
        suffix = 'Nothing was changed in Okta.';
    }
    const message = `${error instanceof Error ? error.message : String(error)} ${suffix}`;
    if (error instanceof errors/* ActionError */.l || !(error instanceof Error))
        return new errors/* ActionError */.l(message);
    // A bug keeps its stack (main.ts reports it as unexpected), with the rollback appended.
    error.message = message;
    return error;
}

;// CONCATENATED MODULE: ./src/modes/provision-plan.ts





/** `jwk` is undefined in a dry run that would generate the key (nothing to compare yet). */
async function planProvision(client, inputs, jwk) {
    const label = inputs.appLabel;
    const found = await (0,apps/* findAppsByLabel */.rc)(client, label);
    if (found.length > 1) {
        throw new errors/* ActionError */.l(`Found ${found.length} apps labelled "${label}" (${found.map(a => a.id).join(', ')}); provision cannot tell which one to converge. Delete or rename the extras, or choose another app-label.`);
    }
    const app = found[0];
    if (!app) {
        return {
            label,
            activateApp: false,
            key: 'inline',
            setDpop: false,
            grant: inputs.scopes,
            alreadyGranted: [],
            assign: inputs.adminRoles,
            alreadyAssigned: []
        };
    }
    checkServiceApp(app);
    const clientId = (0,apps/* clientIdOf */.Am)(app);
    const [keys, grants, roles] = await Promise.all([
        (0,app_keys/* listAppKeys */.my)(client, app.id),
        (0,okta_grants/* listGrants */.s8)(client, app.id),
        listClientRoles(client, clientId)
    ]);
    const registeredKey = jwk ? (0,app_keys/* findKeyByKid */.I$)(keys, jwk.kid) : undefined;
    if (jwk && registeredKey && !(0,app_keys/* sameKeyMaterial */.xv)(registeredKey, jwk)) {
        throw new errors/* ActionError */.l(`App "${label}" (${app.id}) already has a different public key with kid ${jwk.kid}: set key-id to a new kid, or give the private key that belongs to the registered one.`);
    }
    const granted = (0,okta_grants/* grantedScopes */.By)(grants, client.orgUrl);
    const assigned = new Set(roles.map(r => r.type));
    const currentDpop = app.settings.oauthClient.dpop_bound_access_tokens === true;
    return {
        label,
        app,
        clientId,
        activateApp: app.status !== 'ACTIVE',
        key: !registeredKey ? 'register' : registeredKey.status === 'ACTIVE' ? 'present' : 'activate',
        registeredKey,
        currentDpop,
        setDpop: currentDpop !== inputs.requireDpop,
        grant: inputs.scopes.filter(s => !granted.has(s)),
        alreadyGranted: inputs.scopes.filter(s => granted.has(s)),
        assign: inputs.adminRoles.filter(r => !assigned.has(r)),
        alreadyAssigned: inputs.adminRoles.filter(r => assigned.has(r))
    };
}
/**
 * Only an API Services app with private_key_jwt can be converged: switching another app's
 * client authentication would delete its client secrets (okta-api.md §9).
 */
function checkServiceApp(app) {
    const type = app.settings.oauthClient.application_type;
    const method = app.credentials?.oauthClient?.token_endpoint_auth_method;
    if (type !== 'service' || method !== 'private_key_jwt') {
        throw new errors/* ActionError */.l(`App "${app.label}" (${app.id}) exists but is not an API Services app with private_key_jwt (application_type ${type ?? 'unknown'}, token_endpoint_auth_method ${method ?? 'unknown'}); provision does not change that. Choose another app-label.`);
    }
}
/** One line per planned step, for the log and the dry-run summary. */
function planSteps(plan, inputs, kid) {
    const keyName = kid ? `key ${kid}` : `a new ${inputs.keyType} key (kid: its RFC 7638 thumbprint)`;
    const dpop = (on) => (on ? 'required' : 'not required');
    const steps = [];
    if (!plan.app) {
        steps.push(`Create API Services app "${plan.label}" (private_key_jwt, client_credentials) with ${keyName}, DPoP ${dpop(inputs.requireDpop)}`);
    }
    else {
        steps.push(`Use existing app "${plan.label}" (${plan.app.id}, client id ${plan.clientId})`);
        if (plan.activateApp)
            steps.push('Activate the app (it is INACTIVE)');
        if (plan.key === 'register')
            steps.push(`Register ${keyName}`);
        if (plan.key === 'activate')
            steps.push(`Activate ${keyName} (registered but INACTIVE)`);
        if (plan.key === 'present')
            steps.push(`Keep ${keyName}: already registered and ACTIVE`);
        steps.push(plan.setDpop
            ? `Change DPoP from ${dpop(plan.currentDpop)} to ${dpop(inputs.requireDpop)}`
            : `Keep DPoP ${dpop(inputs.requireDpop)}`);
    }
    for (const scope of plan.grant)
        steps.push(`Grant scope ${scope}`);
    for (const scope of plan.alreadyGranted)
        steps.push(`Keep scope ${scope}: already granted`);
    for (const role of plan.assign)
        steps.push(`Assign admin role ${role}`);
    for (const role of plan.alreadyAssigned)
        steps.push(`Keep admin role ${role}: already assigned`);
    return steps;
}

;// CONCATENATED MODULE: ./src/modes/provision-summary.ts
/** `owner/repo@ref` of this action when the runner says so, else a placeholder. */
function actionReference(env = process.env) {
    const repository = env.GITHUB_ACTION_REPOSITORY;
    const ref = env.GITHUB_ACTION_REF;
    return repository ? `${repository}@${ref || 'v1'}` : '<owner>/okta-private-key-jwt-action@v1';
}
/** The step a workflow adds to mint a token with the provisioned app. */
function tokenModeStep(inputs, facts) {
    const clientId = facts.stored ? `\${{ vars.${inputs.clientIdVariable} }}` : facts.clientId;
    const scopes = facts.scopes.length ? facts.scopes.join(' ') : '<okta.* scopes granted to the app>';
    return [
        `- uses: ${actionReference()}`,
        '  id: okta',
        '  with:',
        `    okta-domain: ${inputs.oktaDomain}`,
        `    client-id: ${clientId}`,
        `    private-key: \${{ secrets.${inputs.privateKeySecret} }}`,
        `    key-id: ${facts.kid}`,
        `    scopes: ${scopes}`
    ].join('\n');
}
/** How to store the key and client id when github-token was not given. */
function manualStorageSteps(inputs, facts) {
    const steps = [];
    if (facts.keyGenerated) {
        steps.push(`Store the \`private-key\` output as repository secret \`${inputs.privateKeySecret}\` in a later step of this job (it is masked in the log and cannot be copied from it), e.g. \`gh secret set ${inputs.privateKeySecret} --repo "$GITHUB_REPOSITORY" <<< "$PRIVATE_KEY"\` with \`PRIVATE_KEY: \${{ steps.<id>.outputs.private-key }}\` and \`GH_TOKEN\` set to a token allowed to write secrets; or set github-token and re-run.`);
    }
    else {
        steps.push(`Keep the private key you gave in a repository secret, e.g. \`${inputs.privateKeySecret}\`.`);
    }
    steps.push(`Create repository variable \`${inputs.clientIdVariable}\` with the client id \`${facts.clientId}\` (Settings > Secrets and variables > Actions > Variables, or \`gh variable set ${inputs.clientIdVariable} --body ${facts.clientId}\`).`);
    return steps;
}
async function writeProvisionSummary(ctx, inputs, facts) {
    await ctx.writeSummary(summary => {
        const key = `${facts.kid} (${facts.keyDescription}; ${facts.keyGenerated ? 'generated by this run' : 'from private-key'}${facts.keyRegistered ? ', registered by this run' : ', already registered'})`;
        summary
            .addHeading(`Okta service app ${facts.created ? 'created' : 'up to date'}`, 3)
            .addTable([
            [
                { data: 'Fact', header: true },
                { data: 'Value', header: true }
            ],
            ['App', `${escapeHtml(facts.label)} (${facts.appId})`],
            ['Client id', facts.clientId],
            ['Created by this run', facts.created ? 'yes' : 'no (existing app reused)'],
            ['Key id (kid)', escapeHtml(key)],
            ['Scopes granted', facts.scopes.join(' ') || 'none requested'],
            ['Admin roles', facts.roles.join(' ') || 'none requested'],
            ['DPoP required', inputs.requireDpop ? 'yes' : 'no'],
            [
                'Stored in the repository',
                facts.stored
                    ? `${facts.stored.secret ? `secret ${facts.stored.secret}, ` : ''}variable ${facts.stored.variable} (${facts.stored.repository})`
                    : 'nothing (github-token not set)'
            ]
        ])
            .addHeading('Public JWK', 4)
            .addCodeBlock(JSON.stringify(JSON.parse(facts.jwkJson), null, 2), 'json')
            .addHeading('Token mode step', 4)
            .addCodeBlock(escapeHtml(tokenModeStep(inputs, facts)), 'yaml');
        if (!facts.stored) {
            // Markdown, not addList: GitHub renders no markdown (the `code` spans) inside HTML.
            const steps = manualStorageSteps(inputs, facts).map(step => `- ${step}`);
            summary.addHeading('Store the credentials', 4).addRaw(`\n${steps.join('\n')}\n`, true);
        }
    });
}
/** The dry-run summary: the plan, nothing else. Code blocks and tables are HTML: escaped. */
async function writePlanSummary(ctx, label, steps) {
    await ctx.writeSummary(summary => {
        summary
            .addHeading(`Provisioning plan for "${escapeHtml(label)}" (dry run: nothing changed)`, 3)
            .addList(steps.map(escapeHtml));
    });
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/modes/provision-storage.ts

/**
 * With github-token: the generated private key goes to the repository secret
 * `private-key-secret` and the client id to the variable `client-id-variable`. A key given in
 * private-key is a secret already and is not stored again. Without github-token the log says
 * how to store them by hand. The GitHub modules load only here (dynamic import).
 */
async function storeProvisionedCredentials(ctx, inputs, facts) {
    if (!inputs.githubToken) {
        ctx.log.info('github-token is empty: nothing is stored in the repository. To store by hand:');
        const steps = manualStorageSteps(inputs, {
            clientId: facts.clientId,
            keyGenerated: facts.generatedPem !== undefined
        });
        for (const step of steps)
            ctx.log.info(`  - ${step}`);
        return undefined;
    }
    const { openRepositoryStore } = await __webpack_require__.e(/* import() */ 191).then(__webpack_require__.bind(__webpack_require__, 5191));
    const store = await openRepositoryStore(inputs.githubToken, ctx.http);
    // The variable first: unlike a secret, its old value can be read, and so put back if the
    // secret cannot be stored (the run then deletes the app the variable would point to).
    const variable = await store.storeVariable(inputs.clientIdVariable, facts.clientId);
    ctx.log.info(`Repository variable ${inputs.clientIdVariable} in ${store.repository} holds the client id (${variable.outcome})`);
    let secret;
    if (facts.generatedPem !== undefined) {
        let outcome;
        try {
            outcome = await store.storeSecret(inputs.privateKeySecret, facts.generatedPem);
        }
        catch (error) {
            if (variable.outcome !== 'unchanged')
                await restoreVariable(ctx, store, inputs, variable);
            throw error;
        }
        facts.changes.record(`${outcome} secret ${inputs.privateKeySecret} in ${store.repository}`);
        ctx.log.info(`Stored the private key as repository secret ${inputs.privateKeySecret} in ${store.repository} (${outcome})`);
        secret = inputs.privateKeySecret;
    }
    else {
        ctx.log.info('private-key was given: it is a secret already, so it is not stored again');
    }
    if (variable.outcome !== 'unchanged') {
        facts.changes.record(`${variable.outcome} variable ${inputs.clientIdVariable} in ${store.repository}`);
    }
    return { repository: store.repository, secret, variable: inputs.clientIdVariable };
}
/** Best effort: the secret's failure is what the run reports; a failed restore is a warning. */
async function restoreVariable(ctx, store, inputs, variable) {
    const name = inputs.clientIdVariable;
    try {
        await store.restoreVariable(name, variable.previous);
        ctx.log.info(`Put repository variable ${name} back as it was (${variable.previous === undefined ? 'deleted' : 'its previous value'})`);
    }
    catch (error) {
        ctx.log.warning(`Could not put repository variable ${name} back (${error.message}); check its value by hand.`);
    }
}

;// CONCATENATED MODULE: ./src/modes/provision.ts








async function runProvisionMode(ctx, inputs) {
    if (inputs.dryRun)
        return planOnly(ctx, inputs);
    const key = await provisionKey(ctx, inputs);
    const jwkJson = JSON.stringify(key.jwk);
    ctx.log.info(`Public JWK: ${jwkJson}`);
    const client = (0,management_client/* managementClientFor */.U7)(ctx, inputs);
    const plan = await planProvision(client, inputs, key.jwk);
    const changes = new ProvisionChanges();
    let applied;
    let stored;
    try {
        applied = await applyProvisionPlan(ctx, client, inputs, plan, key.jwk, changes);
        // Inside the rollback: a generated key that cannot be stored leaves an app nobody can
        // use (the key exists only in a masked output).
        stored = await storeProvisionedCredentials(ctx, inputs, {
            clientId: applied.clientId,
            generatedPem: key.generatedPem,
            changes
        });
    }
    catch (error) {
        throw await rollBack(ctx, client, changes, error);
    }
    const keyChanged = key.generatedPem !== undefined || applied.keyRegistered;
    ctx.output('app-id', applied.appId);
    ctx.output('client-id', applied.clientId);
    ctx.output('key-id', key.jwk.kid);
    ctx.output('jwk', jwkJson);
    ctx.output('created', applied.created);
    ctx.output('key-changed', keyChanged);
    ctx.log.info(`Provisioned app "${plan.label}" (${applied.appId}), client id ${applied.clientId}, kid ${key.jwk.kid}: ${applied.created
        ? 'created by this run'
        : changes.made.length
            ? `updated (${changes.made.join('; ')})`
            : 'already up to date'}`);
    await writeProvisionSummary(ctx, inputs, {
        label: plan.label,
        appId: applied.appId,
        clientId: applied.clientId,
        created: applied.created,
        kid: key.jwk.kid,
        keyDescription: key.description,
        jwkJson,
        keyGenerated: key.generatedPem !== undefined,
        keyRegistered: applied.keyRegistered,
        scopes: inputs.scopes,
        roles: inputs.adminRoles,
        stored
    });
}
/**
 * The signing key: the public half of private-key, or a new pair per key-type whose PKCS#8
 * PEM is masked line by line, then output, before anything else happens.
 */
async function provisionKey(ctx, inputs) {
    if (inputs.privateKey) {
        const key = await (0,load_key/* loadKeyFromInputs */.b)(ctx, inputs);
        return { jwk: key.publicJwk, description: key.description };
    }
    const fresh = await (0,generate/* generateSigningKey */.I)(inputs.keyType);
    ctx.secretOutput('private-key', fresh.pkcs8Pem);
    const { jwk, description, algorithm } = await (0,signing_key/* publicJwkOf */.Hd)(fresh.privateKey, inputs.keyId);
    ctx.log.info(`Key: generated a new ${description} key pair (${inputs.keyType}), kid ${jwk.kid} (${inputs.keyId ? 'key-id input' : 'RFC 7638 thumbprint'}), algorithm ${algorithm}; the private key is in the masked private-key output`);
    return { jwk, description, generatedPem: fresh.pkcs8Pem };
}
/**
 * dry-run: read calls only, through a client that refuses every write. A key that would be
 * generated is not generated: its kid would be thrown away with it.
 */
async function planOnly(ctx, inputs) {
    let jwk;
    if (inputs.privateKey) {
        jwk = (await (0,load_key/* loadKeyFromInputs */.b)(ctx, inputs)).publicJwk;
        ctx.log.info(`Public JWK: ${JSON.stringify(jwk)}`);
        ctx.output('key-id', jwk.kid);
        ctx.output('jwk', JSON.stringify(jwk));
    }
    const client = (0,management_client/* managementClientFor */.U7)(ctx, inputs, { readOnly: true });
    const plan = await planProvision(client, inputs, jwk);
    const steps = planSteps(plan, inputs, jwk?.kid);
    if (inputs.githubToken) {
        const target = process.env.GITHUB_REPOSITORY ?? 'this repository';
        if (!inputs.privateKey)
            steps.push(`Store the new private key as secret ${inputs.privateKeySecret} in ${target}`);
        steps.push(`Store the client id as variable ${inputs.clientIdVariable} in ${target}`);
    }
    ctx.log.info(`Dry run: nothing will be changed. Plan for app "${plan.label}":`);
    for (const step of steps)
        ctx.log.info(`  - ${step}`);
    if (plan.app) {
        ctx.output('app-id', plan.app.id);
        ctx.output('client-id', plan.clientId);
    }
    ctx.output('created', false);
    ctx.output('key-changed', false);
    await writePlanSummary(ctx, plan.label, steps);
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
