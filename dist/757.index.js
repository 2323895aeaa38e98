export const id = 757;
export const ids = [757];
export const modules = {

/***/ 1239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ signClientAssertion)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var jose__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1445);


async function signClientAssertion(params) {
    const { key, clientId, audience, lifetimeSeconds, nowSeconds } = params;
    const header = { alg: key.algorithm, kid: key.kid, typ: 'JWT' };
    const claims = {
        iss: clientId,
        sub: clientId,
        aud: audience,
        jti: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        iat: nowSeconds,
        exp: nowSeconds + lifetimeSeconds
    };
    const signingInput = `${encodeJson(header)}.${encodeJson(claims)}`;
    const signature = await key.sign(new TextEncoder().encode(signingInput));
    return `${signingInput}.${jose__WEBPACK_IMPORTED_MODULE_1__/* .encode */ .l(signature)}`;
}
function encodeJson(value) {
    return jose__WEBPACK_IMPORTED_MODULE_1__/* .encode */ .l(JSON.stringify(value));
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


/***/ }),

/***/ 8690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ requestAccessToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _jwt_client_assertion_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1239);
/* harmony import */ var _okta_okta_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3446);
/* harmony import */ var _okta_peer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5721);
/* harmony import */ var _http_retrying_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7666);





// DPoP (and jose's JWT signing under it) loads only when a request needs a proof: with dpop
// auto, most apps never ask for one, and a run then does not load it.
const dpop = () => __webpack_require__.e(/* import() */ 454).then(__webpack_require__.bind(__webpack_require__, 9454));
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** switch to DPoP, two nonce challenges, one clock correction: more means a loop. */
const MAX_PROTOCOL_STEPS = 5;
async function requestAccessToken(params) {
    const { log, mask, skew, key, tokenEndpoint } = params;
    const http = params.http.withPeer(_okta_peer_js__WEBPACK_IMPORTED_MODULE_3__/* .oktaPeer */ .C);
    let dpopKey = params.dpop === 'true' ? await (await dpop()).createDpopKey() : undefined;
    let nonce;
    let requests = 0;
    const noncesSeen = new Set();
    for (let step = 1; step <= MAX_PROTOCOL_STEPS; step++) {
        const response = await http.send('Token request', async () => {
            requests++;
            const nowSeconds = skew.nowSeconds();
            const assertion = await (0,_jwt_client_assertion_js__WEBPACK_IMPORTED_MODULE_1__/* .signClientAssertion */ .T)({
                key,
                clientId: params.clientId,
                audience: params.audience,
                lifetimeSeconds: params.lifetimeSeconds,
                nowSeconds
            });
            mask(assertion);
            const headers = {
                'Content-Type': 'application/x-www-form-urlencoded',
                Accept: 'application/json'
            };
            if (dpopKey) {
                const { signDpopProof } = await dpop();
                const proof = await signDpopProof({
                    key: dpopKey,
                    method: 'POST',
                    url: tokenEndpoint,
                    nowSeconds,
                    nonce
                });
                mask(proof);
                headers.DPoP = proof;
            }
            const body = new URLSearchParams({
                grant_type: 'client_credentials',
                scope: params.scopes.join(' '),
                client_assertion_type: ASSERTION_TYPE,
                client_assertion: assertion
            }).toString();
            return { method: 'POST', url: tokenEndpoint, headers, body };
        }, { validate: tokenBodyProblem });
        if (response.status === 200) {
            const result = parseTokenResponse(response.text, mask);
            return { ...result, dpopKey: result.tokenType === 'DPoP' ? dpopKey : undefined, requests };
        }
        const info = (0,_okta_okta_error_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOktaError */ .Bu)(response);
        // Okta burns the jti even on this 400, so the loop signs a new assertion and proof.
        const offered = response.headers.get('dpop-nonce');
        if (info.error === 'use_dpop_nonce' && dpopKey && offered && !noncesSeen.has(offered)) {
            noncesSeen.add(offered);
            nonce = offered;
            log.info('Token endpoint asked for a DPoP nonce; signing a new assertion and proof with it');
            continue;
        }
        if (isDpopRequired(info.error, info.description)) {
            if (params.dpop === 'auto' && !dpopKey) {
                log.info('The app requires DPoP; switching to DPoP with a new ephemeral EC P-256 key');
                dpopKey = await (await dpop()).createDpopKey();
                continue;
            }
            if (params.dpop === 'false') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Token request failed: the app requires DPoP ("Require Demonstrating Proof of Possession (DPoP) header in token requests" in the app's General settings) and dpop is false: set dpop to auto or true, or untick that setting.${info.requestId ? ` (X-Okta-Request-Id: ${info.requestId})` : ''}`);
            }
        }
        if (skew.correctFrom(response, info)) {
            log.warning(`Token request refused for its times: ${skew.describe()}; signing again on the server's time`);
            continue;
        }
        throw new _okta_okta_error_js__WEBPACK_IMPORTED_MODULE_2__/* .OktaError */ .Qu('Token request', info);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Token request failed: the token endpoint kept asking for another DPoP nonce or proof after ${MAX_PROTOCOL_STEPS} tries.`);
}
function isDpopRequired(error, description) {
    return error === 'invalid_dpop_proof' && /header is missing|missing/i.test(description ?? '');
}
function tokenBodyProblem(response) {
    if (response.status !== 200)
        return undefined;
    const problem = (0,_http_retrying_client_js__WEBPACK_IMPORTED_MODULE_4__/* .expectJsonBody */ .Gp)({ ...response });
    if (problem)
        return problem;
    const body = JSON.parse(response.text);
    return typeof body.access_token === 'string' && body.access_token
        ? undefined
        : 'HTTP 200 without an access_token in the body';
}
function parseTokenResponse(text, mask) {
    const body = JSON.parse(text);
    const accessToken = String(body.access_token);
    // Masked the moment it exists, before anything else can print it.
    mask(accessToken);
    // Only the text "DPoP" (any case) makes a DPoP token; anything else is a Bearer one.
    const type = typeof body.token_type === 'string' ? body.token_type : 'Bearer';
    return {
        accessToken,
        tokenType: type.toLowerCase() === 'dpop' ? 'DPoP' : 'Bearer',
        expiresIn: Number(body.expires_in ?? 0),
        scope: typeof body.scope === 'string' ? body.scope : ''
    };
}


/***/ }),

/***/ 4155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hO: () => (/* binding */ metadataUrlsFor),
/* harmony export */   mF: () => (/* binding */ tokenEndpointFor),
/* harmony export */   n3: () => (/* binding */ revokeEndpointFor)
/* harmony export */ });
/**
 * One source of truth for Okta URLs. The token URL built here is also the assertion's `aud`
 * and the DPoP proof's `htu`: Okta compares both byte for byte (docs/okta-behaviour.md,
 * "Client assertion", "DPoP and nonces").
 */
/** Empty or `org` = org authorization server (the only one that mints okta.* scopes). */
function tokenEndpointFor(origin, authorizationServer) {
    const server = authorizationServer.trim();
    if (!server || server === 'org')
        return `${origin}/oauth2/v1/token`;
    return `${origin}/oauth2/${encodeURIComponent(server)}/v1/token`;
}
/**
 * The revoke endpoint beside an Okta token URL (`/oauth2/v1/token`, `/oauth2/{id}/v1/token`,
 * docs/okta-behaviour.md, "Revoke"). Undefined for any other server: its revoke URL cannot be
 * guessed from its token URL (oidc-provider's is `/token/revocation`), only read from its metadata.
 */
function revokeEndpointFor(tokenEndpoint) {
    const url = new URL(tokenEndpoint);
    if (!/^\/oauth2\/(?:[A-Za-z0-9_-]+\/)?v1\/token$/.test(url.pathname))
        return undefined;
    url.pathname = url.pathname.replace(/\/token$/, '/revoke');
    return url.toString();
}
/**
 * Where the metadata of the server behind a token URL may be, issuer unknown: for each path
 * prefix of the token URL, longest first, the OpenID Connect Discovery location and the
 * RFC 8414 one (`/.well-known/oauth-authorization-server` inserted before the path).
 */
function metadataUrlsFor(tokenEndpoint) {
    const { origin, pathname } = new URL(tokenEndpoint);
    const segments = pathname.split('/').filter(Boolean);
    const urls = [];
    for (let length = segments.length - 1; length >= 0; length--) {
        const prefix = segments
            .slice(0, length)
            .map(s => `/${s}`)
            .join('');
        urls.push(`${origin}${prefix}/.well-known/openid-configuration`);
        urls.push(`${origin}/.well-known/oauth-authorization-server${prefix}`);
    }
    return urls;
}


/***/ }),

/***/ 3446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qu: () => (/* binding */ OktaError),
  BU: () => (/* binding */ describeOktaError),
  Bu: () => (/* binding */ parseOktaError)
});

// UNUSED EXPORTS: parseChallenge

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/okta/hints.ts
/**
 * What to do about the known causes (docs/okta-behaviour.md, "Error responses"). Matched on Okta's
 * code first and on its wording second, since Okta may reword descriptions.
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
        // Reaches a message only once the action has answered a challenge with the nonce offered
        // (token-request.ts, api-request.ts) and the server asks again, or offers no nonce.
        /use_dpop_nonce/,
        'The server asked for a DPoP nonce again after the action had answered with the one it offered (or offered none); the action answers each new nonce once and does not loop: re-run the step, and if it persists, the server changes its nonce on every request (RFC 9449 §8).'
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
        "The admin credential lacks the privilege (the api-token's admin, or the admin app's roles): granting scopes, assigning roles and rotating keys of a scoped app need a Super Admin."
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

;// CONCATENATED MODULE: ./src/okta/okta-error.ts


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
/**
 * One line: what failed, Okta's words, the request id, and a last sentence: the hint for a
 * known cause, or what the caller puts in its place (management-error.ts names a privilege).
 */
function describeOktaError(what, info, ending = hintFor(info)) {
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
    // Okta's words may end a sentence already ("… is expired."): no second period.
    if (ending)
        text += `${text.endsWith('.') ? '' : '.'} ${ending}`;
    return text;
}
class OktaError extends errors/* ActionError */.lZ {
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

/***/ 5721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ oktaPeer),
/* harmony export */   G: () => (/* binding */ requestIdOf)
/* harmony export */ });
/**
 * What the retrying HTTP client needs to know about Okta (docs/okta-behaviour.md, "Rate
 * limits and retries"): every answer carries X-Okta-Request-Id, a 429 names the end of its
 * window in X-Rate-Limit-Reset (epoch seconds, read against the Date header), and Okta's own
 * SDKs tag a retry with X-Okta-Retry-Count and X-Okta-Retry-For (the request id of the answer
 * that was retried) so Okta can tie it to the request it throttled.
 */
const oktaPeer = {
    name: 'Okta',
    responseId: response => {
        const id = requestIdOf(response.headers);
        return id ? `X-Okta-Request-Id: ${id}` : undefined;
    },
    retryHeaders: (retry, previous) => {
        const headers = { 'X-Okta-Retry-Count': String(retry) };
        const id = previous && requestIdOf(previous.headers);
        if (id)
            headers['X-Okta-Retry-For'] = id;
        return headers;
    },
    rateLimitResetHeader: 'X-Rate-Limit-Reset'
};
function requestIdOf(headers) {
    return headers.get('x-okta-request-id') ?? undefined;
}


/***/ })

};
