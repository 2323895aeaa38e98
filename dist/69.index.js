export const id = 69;
export const ids = [69];
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

/***/ 2398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ managementClientFor)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/retrying-client.ts
var retrying_client = __webpack_require__(7666);
// EXTERNAL MODULE: ./src/okta/hints.ts
var hints = __webpack_require__(9347);
// EXTERNAL MODULE: ./src/okta/okta-error.ts
var okta_error = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/okta/management-error.ts


/**
 * The OktaError of a failed call. A 403 (E0000006, or an empty body from a scope check)
 * names the privilege the call needs in place of the generic hint, because "You do not have
 * permission" alone does not say which admin role to ask for.
 */
function managementError(what, response, privilege) {
    const info = (0,okta_error/* parseOktaError */.Bu)(response);
    const error = new okta_error/* OktaError */.Qu(what, info);
    if (response.status === 403 && privilege) {
        let text = (0,okta_error/* describeOktaError */.BU)(what, info);
        const hint = (0,hints/* hintFor */.J)(info);
        if (hint && text.endsWith(`. ${hint}`))
            text = text.slice(0, -(hint.length + 2));
        error.message = `${text}. This needs ${privilege}; the admin who created api-token lacks that privilege.`;
    }
    return error;
}

// EXTERNAL MODULE: ./src/okta/next-link.ts
var next_link = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/okta/peer.ts
var peer = __webpack_require__(5721);
;// CONCATENATED MODULE: ./src/okta/management-client.ts





class ManagementClient {
    orgUrl;
    http;
    log;
    apiToken;
    readOnly;
    constructor(options) {
        this.orgUrl = options.orgUrl.replace(/\/+$/, '');
        this.http = options.http.withPeer(peer/* oktaPeer */.C);
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
    /**
     * PUT is a full replace at Okta: send the complete object (docs/okta-behaviour.md, "Management
     * API").
     */
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
        const response = await this.http.send(what, () => ({ method, url, headers: { ...headers }, body: text }), {
            validate: retrying_client/* expectJsonBody */.Gp,
            reconcile: findExisting && (async () => foundResponse(await findExisting()))
        });
        const requestId = (0,peer/* requestIdOf */.G)(response.headers);
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
     * Every item of a paginated list: follows `Link: <…>; rel="next"` on the org's origin until
     * there is none (src/okta/next-link.ts: a link elsewhere would receive the API token).
     */
    async listAll(what, path, options) {
        const items = [];
        await (0,next_link/* walkPages */.wZ)(this.urlOf(path), 'API token', () => what, async (_what, url) => {
            const response = await this.request('GET', what, url, undefined, options);
            if (!Array.isArray(response.body)) {
                throw new errors/* ActionError */.l(`${what} failed: Okta answered a list call with something else.`);
            }
            items.push(...response.body);
            return response.headers;
        });
        return items;
    }
    /** The absolute URL of an org path, or of a link that must be on the org's origin. */
    urlOf(pathOrUrl) {
        if (pathOrUrl.startsWith('/'))
            return `${this.orgUrl}${pathOrUrl}`;
        return (0,next_link/* sameOriginLink */.$5)('Okta call', pathOrUrl, `${this.orgUrl}/`, 'API token');
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

;// CONCATENATED MODULE: ./src/modes/management.ts

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

/** What a key change needs once the app has okta.* grants (docs/okta-behaviour.md, "App keys"). */
const KEY_PRIVILEGE = 'a Super Administrator once the app has okta.* scopes granted (otherwise an Application Administrator)';
const base = (appId) => `/api/v1/apps/${encodeURIComponent(appId)}/credentials/jwks`;
/**
 * Every key of the app. The spec's schema says a JSON array, its example and the Go SDK an
 * object `{"jwks":{"keys":[…]}}` or `{"keys":[…]}` (UNCONFIRMED which the live API sends,
 * docs/okta-behaviour.md, "App keys"): all three are accepted.
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
 * (`crv` is harmless per RFC 7518 though Okta's schema omits it, docs/okta-behaviour.md, "App
 * keys").
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
/**
 * The body of an API Services app with private_key_jwt and the key inline (docs/okta-behaviour.md,
 * "Apps").
 */
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
/**
 * PUT the complete app: Okta has no partial update, omitted members are reset
 * (docs/okta-behaviour.md, "Management API").
 */
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
/** Deactivate, then delete: Okta deletes only INACTIVE apps (docs/okta-behaviour.md, "Apps"). */
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

/***/ 6033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ sameOriginLink),
/* harmony export */   wZ: () => (/* binding */ walkPages)
/* harmony export */ });
/* unused harmony export nextLinkOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * Okta's list calls are paginated with `Link: <…>; rel="next"` headers; the cursor in the
 * link is opaque and never built by hand (docs/okta-behaviour.md, "Pagination"). Both the
 * management client's listAll and request mode's paginated call walk pages here, by one rule:
 * a next link is followed only on the origin of the first page, because every page request
 * carries a credential (the API token or the access token) that must not reach another host.
 */
/** Guard against a server whose `next` link never ends. */
const MAX_PAGES = 1000;
/**
 * Calls `fetchPage` for `firstUrl`, then for every next link, until a page has none.
 * `fetchPage` returns the page's response headers; `whatOf` names a page for messages.
 * Returns the number of pages. `credential` names what a refused link would have received.
 */
async function walkPages(firstUrl, credential, whatOf, fetchPage) {
    const seen = new Set();
    let next = firstUrl;
    let page = 0;
    while (next) {
        page++;
        const what = whatOf(page);
        if (seen.has(next) || page > MAX_PAGES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${what} failed: Okta's next-page links repeat or never end.`);
        }
        seen.add(next);
        const link = nextLinkOf(await fetchPage(what, next));
        next = link === undefined ? undefined : sameOriginLink(what, link, next, credential);
    }
    return page;
}
/**
 * A link resolved against the page it came from, refused unless it stays on that page's
 * origin without a user name or password; the fragment is dropped (it is never sent).
 */
function sameOriginLink(what, link, current, credential) {
    let url;
    try {
        url = new URL(link, current);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${what} failed: Okta's next-page link is not a URL: ${link.slice(0, 200)}`);
    }
    const origin = new URL(current).origin;
    if (url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${what} failed: Okta sent a next-page link with a user name or password; it is not followed, so the ${credential} is not sent with it.`);
    }
    if (url.origin !== origin) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${what} failed: Okta sent a link to another host (${url.origin}), not ${origin}; it is not followed, so the ${credential} is not sent there.`);
    }
    url.hash = '';
    return url.toString();
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


/***/ })

};
