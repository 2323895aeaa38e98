import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1823:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ exchange)
/* harmony export */ });
async function exchange(fetchOnce, request, timeoutMs, failure) {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        const response = await fetchOnce(request.url, {
            method: request.method,
            headers: request.headers,
            body: request.body,
            redirect: 'manual',
            signal
        });
        const text = await response.text();
        return { status: response.status, headers: response.headers, text, receivedAt: Date.now() };
    }
    catch (error) {
        throw await failure(error, signal.aborted);
    }
}


/***/ }),

/***/ 137:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ NetworkError),
/* harmony export */   g: () => (/* binding */ describeNetworkError)
/* harmony export */ });
/** The request never got an HTTP answer: refused, reset, timed out, proxy failure. */
class NetworkError extends Error {
    retryable;
    name = 'NetworkError';
    constructor(message, 
    /** False when retrying cannot help (a proxy that refuses the tunnel). */
    retryable = true) {
        super(message);
        this.retryable = retryable;
    }
}
/** The action's one line for what fetch threw (undici's error codes are in its `cause`). */
function describeNetworkError(error, url, timeoutMs, timedOut, proxied) {
    const host = new URL(url).host;
    if (timedOut)
        return new NetworkError(`no answer from ${host} within ${timeoutMs / 1000} s`);
    const cause = error.cause;
    const code = cause?.code ?? '';
    const message = cause?.message ?? error.message ?? String(error);
    // fetch wraps undici's tunnel error in a DOMException ("Request was cancelled."): the
    // proxy's answer is further down the cause chain.
    const status = /Proxy response \((\d+)\)/.exec(causeChainText(error))?.[1];
    if (status) {
        return new NetworkError(`the proxy refused to connect to ${host} (HTTP ${status}); check HTTPS_PROXY and NO_PROXY`, false);
    }
    if (proxied && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(code + message)) {
        return new NetworkError(`cannot reach ${host} through the proxy (${code || message}); check HTTPS_PROXY and NO_PROXY`);
    }
    const what = {
        ECONNREFUSED: 'connection refused',
        ECONNRESET: 'connection reset',
        ENOTFOUND: 'host not found (check okta-domain; behind a proxy set HTTPS_PROXY)',
        EAI_AGAIN: 'DNS lookup failed',
        ETIMEDOUT: 'connection timed out',
        UND_ERR_SOCKET: 'connection closed before the response was complete',
        UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
        CERT_HAS_EXPIRED: 'TLS certificate expired',
        UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted (set NODE_EXTRA_CA_CERTS)',
        SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate not trusted (set NODE_EXTRA_CA_CERTS)'
    };
    return new NetworkError(`${what[code] ?? (code || message)} (${host})`);
}
/** The messages of an error and its causes, for patterns that undici buries in a cause. */
function causeChainText(error) {
    const messages = [];
    let current = error;
    for (let depth = 0; current && depth < 5; depth++) {
        messages.push(typeof current.message === 'string' ? current.message : '');
        current = current.cause;
    }
    return messages.join(' | ');
}


/***/ }),

/***/ 7339:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _process_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8776);
// okta-api's entry (dist/okta-api/index.js), started by the launchers the token step put on
// PATH. Like src/default-runtime.ts for the action, the one place of okta-api that reads
// process.env. Sets the exit code and returns, so stdout drains before the process ends.

process.exitCode = await (0,_process_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .runOktaApiProcess */ .c)({
    argv: process.argv,
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runOktaApiProcess)
});

// EXTERNAL MODULE: ./src/http/exchange.ts
var exchange = __nccwpck_require__(1823);
// EXTERNAL MODULE: ./src/http/network-error.ts
var network_error = __nccwpck_require__(137);
;// CONCATENATED MODULE: ./src/http/transport.ts



const proxied = (env) => !!(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY);
/**
 * The transport over the network, proxied as `env` (the step's environment) says. Without a
 * proxy `fetchOnce` does the exchange: Node's own fetch, or undici's where the caller has the
 * package loaded anyway (src/default-runtime.ts).
 */
const createTransport = (env, fetchOnce = fetch) => {
    if (proxied(env)) {
        // One agent for every request of the run, loaded on the first one.
        let viaProxy;
        return async (request, timeoutMs) => {
            viaProxy ??= Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(408)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1408)).then(m => m.createProxyTransport(env));
            return (await viaProxy)(request, timeoutMs);
        };
    }
    return (request, timeoutMs) => (0,exchange/* exchange */.c)(fetchOnce, request, timeoutMs, (error, timedOut) => (0,network_error/* describeNetworkError */.g)(error, request.url, timeoutMs, timedOut, false));
};

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Expected failures: bad input, a key that cannot be used, an error answer from Okta.
 * main.ts prints their message as one line and no stack trace; anything else is a bug and
 * keeps its stack.
 */
class errors_ActionError extends Error {
    name = 'ActionError';
}
/** An input that is missing, malformed or out of range. The message names the input. */
class errors_InputError extends errors_ActionError {
    input;
    name = 'InputError';
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
/**
 * Echoes an input value in an error safely: short, and control characters escaped. Here, not
 * in inputs/values.ts, so that key-uri.ts (a chunk of its own) can use it without taking the
 * input parsers out of the main bundle's concatenated module.
 */
function printable(value) {
    const cut = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return cut.replace(/[\x00-\x1f\x7f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/http/retrying-client.ts


/** A server the client knows nothing about: no extra headers, no request ids. */
const ANY_SERVER = { name: 'the server' };
/** Longest single wait (contract: never longer than 60 s a wait). */
const MAX_WAIT_MS = 60_000;
const BACKOFF_BASE_MS = 500;
/**
 * Jitter added to a rate-limit wait, so a matrix of jobs does not wake in lockstep. Small,
 * because the whole-second Date already adds 0-1 s past the reset (the fraction of the second
 * the 429 arrived in, which differs from job to job): with 300 ms the overshoot reached 1.23 s
 * in `npm run bench` (target: under 1.2 s).
 */
const RATE_LIMIT_JITTER_MS = 100;
/** For JSON APIs: a 2xx whose body does not parse as JSON is a failed attempt. */
function expectJsonBody(response) {
    if (response.status < 200 || response.status >= 300 || response.status === 204)
        return undefined;
    if (!response.text.trim())
        return undefined;
    try {
        JSON.parse(response.text);
        return undefined;
    }
    catch {
        return `HTTP ${response.status} with a body that is not JSON (cut off, or a proxy page)`;
    }
}
class RetryingClient {
    transport;
    clock;
    log;
    policy;
    peer;
    constructor(transport, clock, log, policy, peer = ANY_SERVER) {
        this.transport = transport;
        this.clock = clock;
        this.log = log;
        this.policy = policy;
        this.peer = peer;
    }
    /** The same client (transport, clock, log, policy) speaking to `peer`. */
    withPeer(peer) {
        return new RetryingClient(this.transport, this.clock, this.log, this.policy, peer);
    }
    /**
     * Sends what `build` makes, retrying as the contract says. Returns the final response,
     * whatever its status: callers decide what a 4xx means. Throws ActionError when every
     * attempt failed without a usable answer.
     */
    async send(what, build, options = {}) {
        const { maxAttempts } = this.policy;
        const peer = this.peer;
        let previous;
        let lostAnswer = false;
        for (let attempt = 1;; attempt++) {
            const request = await build(attempt);
            if (attempt > 1 && peer.retryHeaders) {
                Object.assign(request.headers, peer.retryHeaders(attempt - 1, previous));
            }
            let response;
            let failure;
            try {
                response = await this.transport(request, this.policy.timeoutMs);
            }
            catch (error) {
                if (!(error instanceof network_error/* NetworkError */.D))
                    throw error;
                if (!error.retryable)
                    throw new errors_ActionError(`${what} failed: ${error.message}.`);
                failure = error.message;
            }
            const invalid = response && options.validate?.(response);
            if (response && !invalid && !isRetryable(response.status))
                return lostAnswer ? { ...response, afterLostAnswer: true } : response;
            if (response && !invalid) {
                previous = response;
                const id = peer.responseId?.(response);
                failure = `HTTP ${response.status}${id ? ` (${id})` : ''}`;
            }
            else if (invalid) {
                // A 2xx whose body is cut off or not JSON (a proxy page): nothing usable arrived.
                failure = invalid;
            }
            if (attempt >= maxAttempts) {
                // The last answer is unusable too. A write may still have been carried out (by this
                // attempt or an earlier one whose answer was lost): look before failing, so the caller
                // knows what exists. A 429 was refused by Okta, so nothing to look for after one alone.
                if (response?.status !== 429 || lostAnswer) {
                    const done = await this.reconciled(what, options);
                    if (done)
                        return done;
                }
                if (invalid)
                    throw new errors_ActionError(`${what} failed: ${invalid}.`);
                if (response)
                    return response;
                throw new errors_ActionError(`${what} failed after ${maxAttempts} attempt${maxAttempts > 1 ? 's' : ''}: ${failure}. Check the network path to ${peer.name}, or raise max-attempts or timeout.`);
            }
            const delay = response && !invalid ? this.delayAfter(response, attempt) : this.backoff(attempt);
            this.log.info(`${what}: ${failure}; retrying in ${(delay.ms / 1000).toFixed(1)} s${delay.reason} (attempt ${attempt + 1} of ${maxAttempts})`);
            await this.clock.sleep(delay.ms);
            // A 429 was refused by Okta; anything else may have been carried out. Once an answer was
            // lost, look before every resend: the lost write may land while later attempts wait.
            if (response?.status !== 429)
                lostAnswer = true;
            if (lostAnswer) {
                const done = await this.reconciled(what, options);
                if (done)
                    return done;
            }
        }
    }
    async reconciled(what, options) {
        if (!options.reconcile)
            return undefined;
        let done;
        try {
            done = await options.reconcile();
        }
        catch (error) {
            // The lookup is a courtesy: failing it must not hide the write's own outcome.
            this.log.warning(`${what}: could not check whether an earlier attempt took effect (${error.message}); sending it again`);
            return undefined;
        }
        if (!done)
            return undefined;
        this.log.info(`${what}: the earlier attempt took effect at ${this.peer.name}; not sending it again`);
        // Another lost attempt may still land after this one: the caller may want to look again.
        return { ...done, afterLostAnswer: true };
    }
    delayAfter(response, attempt) {
        if (response.status === 429) {
            const header = this.peer.rateLimitResetHeader;
            const reset = header ? Number(response.headers.get(header)) : 0;
            const date = Date.parse(response.headers.get('date') ?? '');
            if (reset > 0 && !Number.isNaN(date)) {
                // Measured against the server's Date, not the runner's clock, which may be off (Okta's
                // Go SDK does the same). Date has whole seconds, so this never undershoots the reset.
                const untilReset = Math.max(0, reset * 1000 - date);
                const elapsed = Math.max(0, this.clock.now() - response.receivedAt);
                const ms = Math.min(MAX_WAIT_MS, Math.max(0, untilReset - elapsed) + Math.floor(this.clock.random() * RATE_LIMIT_JITTER_MS));
                return { ms, reason: ` (rate limit: until ${header})` };
            }
        }
        // GitHub (and proxies) say how long to wait with Retry-After, on 429 and 503 alike.
        const retryAfter = Number(response.headers.get('retry-after'));
        if (retryAfter > 0) {
            return { ms: Math.min(MAX_WAIT_MS, retryAfter * 1000), reason: ' (Retry-After)' };
        }
        if (response.status === 429) {
            const backoff = this.backoff(attempt);
            return { ms: Math.max(1000, backoff.ms), reason: ' (rate limit, no reset header)' };
        }
        return this.backoff(attempt);
    }
    /** Exponential backoff with jitter: 0.5–1 s, 1–2 s, 2–4 s, … */
    backoff(attempt) {
        const ceiling = Math.min(MAX_WAIT_MS, BACKOFF_BASE_MS * 2 ** attempt);
        return { ms: Math.floor(ceiling / 2 + (this.clock.random() * ceiling) / 2), reason: '' };
    }
}
function isRetryable(status) {
    return status === 408 || status === 429 || status >= 500;
}
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: () => Math.random()
};

;// CONCATENATED MODULE: ./src/inputs/urls.ts

/**
 * The inputs that are URLs: okta-domain, token-endpoint, audience and request-path, each
 * checked once while the inputs are parsed, so a URL that would leak a credential or reach
 * the Admin Console host never gets as far as a request.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Turns `acme.okta.com`, `https://acme.okta.com/` or a custom domain into an origin. */
function normalizeOktaDomain(raw, input = 'okta-domain') {
    const trimmed = raw.trim().replace(/\/+$/, '');
    if (!trimmed)
        throw new InputError(input, `Input ${input} is empty.`);
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new InputError(input, `Input ${input} is not a valid host name: use the org URL, e.g. https://acme.okta.com.`);
    }
    if (url.username || url.password) {
        // Never echoed: the part before @ is a password more often than not.
        throw new InputError(input, `Input ${input} must not contain a user name or password; use the org URL alone, e.g. https://acme.okta.com.`);
    }
    if (url.pathname !== '/' || url.search || url.hash) {
        throw new InputError(input, `Input ${input} must be the org URL alone (https://acme.okta.com), without a path such as "${url.pathname}${url.search}"; use authorization-server for a custom authorization server.`);
    }
    const host = url.hostname.toLowerCase();
    if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(host)) {
        throw new InputError(input, `Input ${input} must use https (http is only allowed for localhost and 127.0.0.1).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(input, `Input ${input} must be an https URL, not ${url.protocol}.`);
    }
    // The Admin Console host serves the UI, not the API (docs/okta-behaviour.md, "Domains and
    // hosts").
    const admin = /^([a-z0-9-]+)-admin\.(okta|oktapreview|okta-emea|okta-gov|okta-mil)\.com$/.exec(host);
    if (admin) {
        throw new InputError(input, `Input ${input} is the Admin Console host ${host}; use the org host ${admin[1]}.${admin[2]}.com instead.`);
    }
    return url.origin;
}
/** Validates a full URL input (`token-endpoint`, `audience`). */
function parseEndpointUrl(raw, input) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new InputError(input, `Input ${input} must be a full URL such as https://acme.okta.com/oauth2/v1/token.`);
    }
    if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
        throw new InputError(input, `Input ${input} must use https (http is only allowed for localhost and 127.0.0.1).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(input, `Input ${input} must be an https URL.`);
    }
    if (url.username || url.password) {
        // Never echoed, and refused: the URL is logged and is the assertion's aud.
        throw new InputError(input, `Input ${input} must not contain a user name or password; private_key_jwt needs no credentials in the URL.`);
    }
    // Returned as written: it may be used as an exact `aud`.
    return raw.trim();
}
/**
 * The URL request mode calls, from `request-path`: a path under the org (`/api/v1/users?limit=2`)
 * or a full URL on exactly the org's origin. Checked while the inputs are parsed, before any key
 * is loaded or token minted, because the access token goes in this request's Authorization
 * header: a URL that resolves anywhere else (`//evil.com/x`, `/\evil.com`, `https://org@evil.com`,
 * another port or scheme) would hand the token to that host.
 */
function orgRequestUrl(origin, raw, 
/** How the message names the value: okta-api names its PATH argument. */
subject = 'Input request-path') {
    const value = raw.trim();
    const fail = (why) => new errors_InputError('request-path', `${subject} ${why}; use a path under the org (/api/v1/users?limit=200) or a full URL on ${origin}, so the access token is never sent to another host.`);
    if (/[\x00-\x20\x7f]/.test(value)) {
        throw fail('contains spaces or control characters (percent-encode them)');
    }
    // Browsers' URL parsing turns "\" into "/" and resolves "//host" against the scheme alone:
    // both would leave the org, so a relative path must start with exactly one "/".
    const relative = value.startsWith('/');
    if (relative && /^\/[/\\]/.test(value)) {
        throw fail('starts with "//" or a backslash, which names another host');
    }
    if (!relative && !/^https?:\/\//i.test(value)) {
        throw fail('must start with "/" or be a full https URL');
    }
    let url;
    try {
        url = relative ? new URL(value, `${origin}/`) : new URL(value);
    }
    catch {
        throw fail('is not a valid URL');
    }
    if (url.username || url.password) {
        throw fail('must not contain a user name or password');
    }
    if (url.origin !== origin) {
        throw fail(`points to ${url.origin}, not the org ${origin}`);
    }
    // A fragment is never sent; dropping it keeps the URL we sign (htu) and send identical.
    url.hash = '';
    return url.toString();
}

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
class OktaError extends errors_ActionError {
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/okta-api/flags.ts
/** A bad command line: exit 2, one line ending with the pointer to --help. */
class UsageError extends Error {
    name = 'UsageError';
}
const VALUE_FLAGS = {
    '-X': 'method',
    '--method': 'method',
    '-f': 'raw-field',
    '--raw-field': 'raw-field',
    '-F': 'field',
    '--field': 'field',
    '-H': 'header',
    '--header': 'header',
    '--input': 'input',
    '--batch': 'batch',
    '--concurrency': 'concurrency',
    '--step': 'step'
};
const SWITCHES = {
    '--paginate': 'paginate',
    '-i': 'include',
    '--include': 'include',
    '--verbose': 'verbose',
    '-h': 'help',
    '--help': 'help'
};
/** Sent by okta-api itself from the token step's credentials: never taken from the caller. */
const RESERVED_HEADERS = new Set(['authorization', 'dpop']);
const MAX_CONCURRENCY = 50;
function parseArgs(argv) {
    const args = {
        fields: [],
        headers: [],
        paginate: false,
        include: false,
        concurrency: 10,
        verbose: false,
        help: false
    };
    const positional = [];
    for (let i = 0; i < argv.length; i++) {
        let arg = argv[i];
        if (arg === '--') {
            positional.push(...argv.slice(i + 1));
            break;
        }
        let inline;
        if (arg.startsWith('--') && arg.includes('=')) {
            inline = arg.slice(arg.indexOf('=') + 1);
            arg = arg.slice(0, arg.indexOf('='));
        }
        else if (/^-[XfFH]./.test(arg)) {
            // -XPOST, -fname=value: gh accepts the value glued to the short flag.
            inline = arg.slice(2);
            arg = arg.slice(0, 2);
        }
        if (SWITCHES[arg]) {
            if (inline !== undefined)
                throw new UsageError(`${arg} takes no value`);
            args[SWITCHES[arg]] = true;
            continue;
        }
        const name = VALUE_FLAGS[arg];
        if (!name) {
            if (arg.startsWith('-') && arg !== '-')
                throw new UsageError(`unknown flag ${arg}`);
            positional.push(arg);
            continue;
        }
        const value = inline ?? argv[++i];
        if (value === undefined)
            throw new UsageError(`${arg} needs a value`);
        take(args, name, value, arg);
    }
    if (args.help)
        return args;
    if (positional.length > 1) {
        throw new UsageError(`one path only, got ${positional.length}: ${positional.join(' ')}`);
    }
    args.path = positional[0];
    if (args.batch !== undefined) {
        if (args.path ||
            args.fields.length ||
            args.input !== undefined ||
            args.paginate ||
            args.include ||
            args.method) {
            throw new UsageError('--batch takes its calls from its file: no path, -X, -f/-F, --input, --paginate or -i with it');
        }
        return args;
    }
    if (!args.path)
        throw new UsageError('a path is required, for example okta-api /api/v1/users');
    if (args.input !== undefined && args.fields.length) {
        throw new UsageError('--input and -f/-F both give a body: use one of them');
    }
    if (args.paginate && args.method && args.method !== 'GET') {
        throw new UsageError('--paginate follows pages of a GET: drop -X or use -X GET');
    }
    return args;
}
function take(args, name, value, flag) {
    switch (name) {
        case 'method':
            if (!/^[A-Za-z]+$/.test(value))
                throw new UsageError(`${flag} needs an HTTP method, got "${value}"`);
            args.method = value.toUpperCase();
            return;
        case 'raw-field':
        case 'field': {
            const eq = value.indexOf('=');
            if (eq < 1)
                throw new UsageError(`${flag} needs key=value, got "${value}"`);
            args.fields.push({
                key: value.slice(0, eq),
                value: value.slice(eq + 1),
                typed: name === 'field'
            });
            return;
        }
        case 'header': {
            const colon = value.indexOf(':');
            const header = colon > 0 ? value.slice(0, colon).trim() : '';
            if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header)) {
                throw new UsageError(`${flag} needs "Name: value", got "${value}"`);
            }
            if (RESERVED_HEADERS.has(header.toLowerCase())) {
                throw new UsageError(`${flag} ${header} is refused: okta-api sends Authorization and DPoP itself from the token step`);
            }
            args.headers.push([header, value.slice(colon + 1).trim()]);
            return;
        }
        case 'concurrency': {
            const n = Number(value);
            if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY) {
                throw new UsageError(`--concurrency needs a whole number from 1 to ${MAX_CONCURRENCY}, got "${value}"`);
            }
            args.concurrency = n;
            return;
        }
        default:
            ;
            args[name] = value;
    }
}

;// CONCATENATED MODULE: ./src/okta-api/fields.ts


/** A file a flag names, from disk; `-` is stdin. */
const readText = path => (0,external_node_fs_namespaceObject.readFileSync)(path === '-' ? 0 : path, 'utf8');
function fieldValue(field, read = readText) {
    if (!field.typed)
        return field.value;
    const v = field.value;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    if (v === 'null')
        return null;
    if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(v))
        return Number(v);
    if (v.startsWith('@'))
        return readOrRefuse(read, `-F ${field.key}=${v}`, v.slice(1));
    return v;
}
/** A file a flag names, or a usage error (exit 2) that says which flag and why, in one line. */
function readOrRefuse(read, flag, path) {
    try {
        return read(path);
    }
    catch (error) {
        throw new UsageError(`${flag}: cannot read ${path} (${error.code ?? error.message})`);
    }
}
/** `profile[login]` → ['profile', 'login']; `groupIds[]` → ['groupIds', '']. */
function keyPath(key) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!match)
        throw new UsageError(`field key "${key}" is not name or name[sub][…]`);
    const rest = [...match[2].matchAll(/\[([^[\]]*)\]/g)].map(m => m[1]);
    return [match[1], ...rest];
}
function buildBody(fields, read) {
    const body = {};
    for (const field of fields) {
        const path = keyPath(field.key);
        let node = body;
        for (let i = 0; i < path.length; i++) {
            const part = path[i];
            const last = i === path.length - 1;
            const nextIsArray = !last && path[i + 1] === '';
            if (part === '') {
                if (!Array.isArray(node))
                    throw new UsageError(`field key "${field.key}" mixes [] with named keys`);
                if (last)
                    node.push(fieldValue(field, read));
                else {
                    const child = {};
                    node.push(child);
                    node = child;
                }
                continue;
            }
            if (Array.isArray(node))
                throw new UsageError(`field key "${field.key}" mixes [] with named keys`);
            if (last) {
                node[part] = fieldValue(field, read);
                continue;
            }
            const existing = node[part];
            if (existing === undefined)
                node[part] = nextIsArray ? [] : {};
            else if (typeof existing !== 'object' ||
                existing === null ||
                Array.isArray(existing) !== nextIsArray) {
                throw new UsageError(`field key "${field.key}" conflicts with an earlier field`);
            }
            node = node[part];
        }
    }
    return body;
}
/** GET fields become query parameters (flat keys only, as they are written). */
function withQuery(url, fields, read) {
    const target = new URL(url);
    for (const field of fields) {
        const value = fieldValue(field, read);
        // Typed values are primitives (true, 42) or a file's text; JSON spells primitives as gh does.
        const text = value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
        target.searchParams.append(field.key, text);
    }
    return target.toString();
}

;// CONCATENATED MODULE: ./src/okta-api/batch.ts




async function runBatch(args, io, session, toUrl, say) {
    const file = args.batch;
    const calls = parseBatch(readOrRefuse(path => io.readFile(path), `--batch ${file}`, file), toUrl);
    const headers = Object.fromEntries(args.headers);
    const answers = new Array(calls.length);
    let printed = 0;
    let failed = 0;
    const flush = () => {
        while (printed < calls.length && answers[printed] !== undefined) {
            io.stdout(answers[printed] + '\n');
            answers[printed++] = '';
        }
    };
    let next = 0;
    const worker = async () => {
        while (next < calls.length) {
            const call = calls[next++];
            const what = `batch line ${call.index + 1}: ${call.method} ${call.path}`;
            let line;
            try {
                const response = await session.caller.send(what, call.method, call.url, call.body, headers);
                line = answerLine(call.index, response);
                if (response.status < 200 || response.status >= 300) {
                    failed++;
                    say(describeOktaError(what, parseOktaError(response)));
                }
            }
            catch (error) {
                if (!(error instanceof errors_ActionError))
                    throw error;
                failed++;
                say(error.message);
                line = {
                    index: call.index,
                    status: null,
                    requestId: null,
                    body: null,
                    error: error.message
                };
            }
            answers[call.order] = JSON.stringify(line);
            flush();
        }
    };
    await Promise.all(Array.from({ length: Math.min(args.concurrency, calls.length) }, worker));
    if (failed)
        say(`${failed} of ${calls.length} batch call${calls.length === 1 ? '' : 's'} failed`);
    return failed ? 1 : 0;
}
function answerLine(index, response) {
    let body = null;
    if (response.text.trim()) {
        try {
            body = JSON.parse(response.text);
        }
        catch {
            body = response.text;
        }
    }
    return {
        index,
        status: response.status,
        requestId: response.headers.get('x-okta-request-id'),
        body
    };
}
/** NDJSON lines {"method","path","body"}; blank lines are skipped but keep their number. */
function parseBatch(text, toUrl) {
    const calls = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        if (!raw.trim())
            return;
        const where = `--batch line ${i + 1}`;
        let value;
        try {
            value = JSON.parse(raw);
        }
        catch {
            throw new UsageError(`${where} is not JSON`);
        }
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
            throw new UsageError(`${where} must be an object {"method","path","body"}`);
        }
        const { method = 'GET', path, body } = value;
        if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) {
            throw new UsageError(`${where}: "method" must be an HTTP method`);
        }
        if (typeof path !== 'string' || !path)
            throw new UsageError(`${where}: "path" is required`);
        let url;
        try {
            url = toUrl(path);
        }
        catch (error) {
            throw new UsageError(`${where}: ${error.message}`);
        }
        calls.push({
            order: calls.length,
            index: i,
            method: method.toUpperCase(),
            url,
            path: new URL(url).pathname,
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    });
    if (!calls.length)
        throw new UsageError('--batch has no calls (one JSON object per line)');
    return calls;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: ./src/okta/next-link.ts

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
            throw new ActionError(`${what} failed: Okta's next-page links repeat or never end.`);
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
        throw new errors_ActionError(`${what} failed: Okta's next-page link is not a URL: ${link.slice(0, 200)}`);
    }
    const origin = new URL(current).origin;
    if (url.username || url.password) {
        throw new errors_ActionError(`${what} failed: Okta sent a next-page link with a user name or password; it is not followed, so the ${credential} is not sent with it.`);
    }
    if (url.origin !== origin) {
        throw new errors_ActionError(`${what} failed: Okta sent a link to another host (${url.origin}), not ${origin}; it is not followed, so the ${credential} is not sent there.`);
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

;// CONCATENATED MODULE: ./src/okta-api/call.ts





/**
 * One call, or with --paginate every page Okta links with `Link: <…>; rel="next"` (cursors
 * are never built by hand, https://developer.okta.com/docs/api/#pagination). The body goes to
 * stdout untouched; an error answer's body too (as gh does), plus one line on stderr.
 */
async function runCall(args, io, session, url, say) {
    const read = (path) => io.readFile(path);
    let body;
    let target = url;
    const bodyless = args.method === 'GET' || args.method === 'HEAD' || args.paginate;
    if (args.input !== undefined)
        body = readOrRefuse(read, `--input ${args.input}`, args.input);
    else if (args.fields.length && bodyless)
        target = withQuery(url, args.fields, read);
    else if (args.fields.length)
        body = JSON.stringify(buildBody(args.fields, read));
    const method = args.method ?? (body === undefined ? 'GET' : 'POST');
    const headers = Object.fromEntries(args.headers);
    const what = `${method} ${new URL(target).pathname}`;
    if (!args.paginate) {
        const response = await session.caller.send(what, method, target, body, headers);
        if (args.include)
            io.stdout(statusAndHeaders(response));
        io.stdout(response.text);
        return finish(what, response, say);
    }
    const all = [];
    let printedRaw = false;
    const seen = new Set();
    let next = target;
    for (let page = 1; next; page++) {
        const pageWhat = `${what} (page ${page})`;
        if (seen.has(next))
            throw new errors_ActionError(`${pageWhat} failed: the next-page link repeats an earlier page`);
        seen.add(next);
        const response = await session.caller.send(pageWhat, 'GET', next, undefined, headers);
        if (args.include)
            io.stdout(statusAndHeaders(response));
        if (response.status < 200 || response.status >= 300) {
            io.stdout(response.text);
            return finish(pageWhat, response, say);
        }
        const parsed = response.text.trim() ? JSON.parse(response.text) : [];
        if (!Array.isArray(parsed)) {
            // Not a list: print each page as it came, as gh does for non-array pages.
            io.stdout(response.text);
            printedRaw = true;
        }
        else {
            all.push(...parsed);
        }
        const link = nextLinkOf(response.headers);
        next = link === undefined ? undefined : sameOriginLink(pageWhat, link, next, 'access token');
    }
    if (!printedRaw)
        io.stdout(JSON.stringify(all));
    return 0;
}
function finish(what, response, say) {
    if (response.status >= 200 && response.status < 300)
        return 0;
    say(describeOktaError(what, parseOktaError(response)));
    return 1;
}
function statusAndHeaders(response) {
    const lines = [`HTTP/1.1 ${response.status} ${external_node_http_.STATUS_CODES[response.status] ?? ''}`.trimEnd()];
    response.headers.forEach((value, name) => lines.push(`${name}: ${value}`));
    return `${lines.join('\r\n')}\r\n\r\n`;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/okta-api/credentials.ts


/** The env var the launchers set, naming the folder of credentials files. */
const CREDENTIALS_DIR_ENV = 'OKTA_API_CREDENTIALS_DIR';
const LATEST = 'latest-step';
function oktaApiHome(runnerTemp) {
    return join(runnerTemp, 'okta-api');
}
/** A step id as a file name: ids are [A-Za-z0-9_-], but GITHUB_ACTION may carry more. */
function credentialsFile(dir, step) {
    return (0,external_node_path_namespaceObject.join)(dir, `${step.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
}
/** Writes the step's file (0600) and marks the step as the job's latest token step. */
function writeCredentials(dir, credentials) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = credentialsFile(dir, credentials.step);
    // A file left by an earlier run of the same step is replaced; its mode is set again too.
    rmSync(file, { force: true });
    writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
    chmodSync(file, 0o600);
    writeFileSync(join(dir, LATEST), credentials.step, { mode: 0o600 });
    return file;
}
class NoCredentialsError extends Error {
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
            wanted = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(dir, LATEST), 'utf8').trim();
        }
        catch {
            throw new NoCredentialsError('no credentials: no token step of this job has left a token; run the token step first');
        }
    }
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(credentialsFile(dir, wanted), 'utf8');
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

;// CONCATENATED MODULE: ./src/okta-api/io.ts
class Redactor {
    secrets = new Set();
    add(secret) {
        if (secret && secret.length >= 8)
            this.secrets.add(secret);
    }
    clean(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('***');
        return out;
    }
}
/** stderr lines, redacted, prefixed with the command's name. */
function stderrLines(io, redactor) {
    return line => io.stderr(`okta-api: ${redactor.clean(line)}\n`);
}

;// CONCATENATED MODULE: ./src/okta-api/rate-state.ts


/**
 * The rate-limit budget the last okta-api process of the job learnt, beside the credentials
 * (same 0700 folder), so that the next process starts from it. Best effort: a missing or
 * unreadable file only means starting without it.
 */
const FILE = 'rate-limits.json';
function loadRateState(dir, buckets) {
    if (!dir)
        return;
    try {
        buckets.restore(JSON.parse((0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(dir, FILE), 'utf8')));
    }
    catch {
        // No earlier process, or a file being written by a parallel one: start without it.
    }
}
function saveRateState(dir, buckets) {
    if (!dir)
        return;
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, FILE), JSON.stringify(buckets.snapshot()), { mode: 0o600 });
    }
    catch {
        // A read-only or removed folder (the post step ran): nothing to keep.
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/okta/peer.ts
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

;// CONCATENATED MODULE: ./src/oauth/clock-skew.ts

/**
 * The runner's clock may be off. Okta documents no tolerance for iat/exp (docs/okta-behaviour.md,
 * "Client assertion"), so
 * when it refuses an assertion for its times, the offset is measured from the response's Date
 * and the next assertion is signed on Okta's time instead. Shared by every signer in a run.
 */
const TIME_ERRORS = /issued_at_in_future|expires_too_far|expired_token|issued before the current time|expiration too far|token is expired/;
/** Beyond this the runner's clock is broken, not drifting: say so rather than paper over it. */
const MAX_CORRECTABLE_MS = 15 * 60_000;
/** Below this, Date's whole-second resolution makes a measurement meaningless. */
const MIN_SKEW_MS = 1000;
class ClockSkew {
    localNow;
    offsetMs = 0;
    corrected = false;
    constructor(localNow) {
        this.localNow = localNow;
    }
    /** Seconds since the epoch on the server's clock, as well as it is known. */
    nowSeconds() {
        return Math.floor((this.localNow() + this.offsetMs) / 1000);
    }
    /**
     * After an error answer: true when it was a time error that a measured offset explains and
     * the caller should sign again (once per run); throws when the clock is too far off.
     */
    correctFrom(response, info) {
        const words = `${info.error ?? ''} ${info.description ?? ''}`;
        if (this.corrected || !TIME_ERRORS.test(words))
            return false;
        const date = Date.parse(response.headers.get('date') ?? '');
        if (Number.isNaN(date))
            return false;
        // Date is truncated to the second: the server's clock is in [date, date + 1 s).
        const offset = date - response.receivedAt;
        if (Math.abs(offset) < MIN_SKEW_MS)
            return false;
        const direction = offset < 0 ? 'ahead of' : 'behind';
        const seconds = Math.round(Math.abs(offset) / 1000);
        if (Math.abs(offset) > MAX_CORRECTABLE_MS) {
            throw new errors_ActionError(`The runner's clock is ${seconds} s ${direction} the server's (from its Date header), too far to correct: fix the runner's time (NTP).`);
        }
        this.offsetMs = offset;
        this.corrected = true;
        return true;
    }
    describe() {
        const seconds = Math.round(Math.abs(this.offsetMs) / 1000);
        return `the runner's clock is ${seconds} s ${this.offsetMs < 0 ? 'ahead of' : 'behind'} the server's (measured from its Date header)`;
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
const encoder = new TextEncoder(), decoder = new TextDecoder(), buffer_utils_strictDecoder = new TextDecoder("utf-8", { fatal: !0 }), UINT32_RANGE = (/* unused pure expression or super */ null && (2 ** 32));
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
function writeUInt32BE(buf, value, offset) {
  if (value < 0 || value >= UINT32_RANGE)
    throw new RangeError(`value must be >= 0 and <= ${UINT32_RANGE - 1}. Received ${value}`);
  buf.set([value >>> 24, value >>> 16, value >>> 8, value & 255], offset);
}
function uint64be(value) {
  const high = Math.floor(value / UINT32_RANGE), low = value % UINT32_RANGE, buf = new Uint8Array(8);
  return writeUInt32BE(buf, high, 0), writeUInt32BE(buf, low, 4), buf;
}
function uint32be(value) {
  const buf = new Uint8Array(4);
  return writeUInt32BE(buf, value), buf;
}
const NON_ASCII = /[^\x00-\x7f]/;
function buffer_utils_encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function encodeBase64(input, url = !1) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = !1) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}
async function digest(algorithm, data) {
  const subtleDigest = `SHA-${algorithm.slice(-3)}`;
  return new Uint8Array(await crypto.subtle.digest(subtleDigest, data));
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/base64url.js

const invalid = "The input to be decoded is not correctly encoded.";
function base64url_decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), !0);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function base64url_encode(input) {
  return encodeBase64(typeof input == "string" ? encoder.encode(input) : input, !0);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/errors.js
class JOSEError extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message, options) {
    super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
}
class errors_JWTClaimValidationFailed extends JOSEError {
  static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class errors_JWTExpired extends JOSEError {
  static code = "ERR_JWT_EXPIRED";
  code = "ERR_JWT_EXPIRED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JOSEAlgNotAllowed extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JOSE_ALG_NOT_ALLOWED"));
  code = "ERR_JOSE_ALG_NOT_ALLOWED";
}
class JOSENotSupported extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
}
class JWEDecryptionFailed extends JOSEError {
  static code = "ERR_JWE_DECRYPTION_FAILED";
  code = "ERR_JWE_DECRYPTION_FAILED";
  constructor(message = "decryption operation failed", options) {
    super(message, options);
  }
}
class JWEInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWE_INVALID"));
  code = "ERR_JWE_INVALID";
}
class JWSInvalid extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
}
class errors_JWTInvalid extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
}
class JWKInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWK_INVALID"));
  code = "ERR_JWK_INVALID";
}
class JWKSInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWKS_INVALID"));
  code = "ERR_JWKS_INVALID";
}
class JWKSNoMatchingKey extends JOSEError {
  static code = "ERR_JWKS_NO_MATCHING_KEY";
  code = "ERR_JWKS_NO_MATCHING_KEY";
  constructor(message = "no applicable key found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSMultipleMatchingKeys extends JOSEError {
  [Symbol.asyncIterator] = async function* () {
  };
  static code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  constructor(message = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSTimeout extends JOSEError {
  static code = "ERR_JWKS_TIMEOUT";
  code = "ERR_JWKS_TIMEOUT";
  constructor(message = "request timed out", options) {
    super(message, options);
  }
}
class JWSSignatureVerificationFailed extends JOSEError {
  static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  constructor(message = "signature verification failed", options) {
    super(message, options);
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_algorithms.js


const sig = [["verify"], ["sign"]];
function hmac(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: !0, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  const subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  const subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  const subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
const JWS = table({
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  const entry = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry)
    throw new JOSENotSupported(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/validate.js



function assertUint8Array(input, label) {
  if (!(input instanceof Uint8Array))
    throw new TypeError(`${label} must be an instance of Uint8Array`);
}
function validate_isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return !1;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return validate_isObject(input) && Array.isArray(input.keys) && Array.from(input.keys).every(validate_isObject);
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return !1;
        parameters.add(parameter);
      }
  return !0;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
function decodeBase64url(value, label, ErrorClass) {
  try {
    return decode(value);
  } catch (cause) {
    throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
  }
}
function encodeAsciiMember(value, label, ErrorClass) {
  try {
    return encode(value);
  } catch (cause) {
    throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
  }
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message, { cause });
  }
  if (!validate_isObject(parsed))
    throw new ErrorClass(message);
  return parsed;
}
const JWS_RECOGNIZED = { __proto__: null, b64: !0 }, JWE_RECOGNIZED = { __proto__: null };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return !0;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!validate_isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/key.js



const tag = (key) => key[Symbol.toStringTag], jwkMatchesOp = (entry, key, usage) => {
  const { alg } = entry;
  if (key.use !== void 0) {
    const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry, key, usage) {
  const { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if (validate_isObject(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct")
      return base64url_decode(normalized.k);
    if (!Object.isFrozen(key)) {
      const { key_ops } = key;
      Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
    }
  } else {
    if (!isKeyLike(key))
      throw invalidKeyType(alg, key, secret);
    const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
    if (key.type !== expectedType && (secret || ["secret", "public", "private"].includes(key.type)))
      throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
    if (isCryptoKey(key))
      return key;
    if (keyObject = key, keyObject.type === "secret")
      return keyObject.export();
  }
  cache ||= /* @__PURE__ */ new WeakMap();
  const cacheKey = key;
  let cached = cache.get(cacheKey);
  if (cached?.[alg])
    return cached[alg];
  if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
    const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({ crv, asymmetricKeyType: keyObject.asymmetricKeyType }) ?? entry.subtle;
    return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
  }
  return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
let cache;
const nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
function assertCryptoKey(key) {
  if (!isCryptoKey(key))
    throw new Error("CryptoKey instance expected");
}
const isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return !0;
  try {
    return key instanceof CryptoKey;
  } catch {
    return !1;
  }
}, isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject", isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
  if (types.length > 2) {
    const last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
const invalidKeyInput = (actual, ...types) => message("Key must be ", actual, ...types);
function invalidKeyType(alg, actual, secret) {
  const types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
const unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
  if (usage && !key.usages.includes(usage))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
  const { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage);
}
function snapshotJwk(jwk) {
  return { __proto__: null, ...jwk };
}
function normalizeJwk(jwk) {
  const normalized = snapshotJwk(jwk);
  if (normalized.ext !== void 0 && typeof normalized.ext != "boolean")
    throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  if (normalized.key_ops !== void 0) {
    const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
    if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length)
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    normalized.key_ops = keyOps;
  }
  return normalized;
}
function validateExtractableOption(extractable) {
  if (extractable !== void 0 && typeof extractable != "boolean")
    throw new TypeError('"extractable" option must be a boolean');
  return extractable;
}
async function jwkToKey(entry, jwk, extractable) {
  if (!entry.kty.includes(jwk.kty))
    throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  const algorithm = entry.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = !1) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_sign.js






async function createSignature(input, key, rejectUnencoded) {
  let [payload, protectedHeader, unprotectedHeader, crit] = input, encodedProtectedHeader = "";
  if (protectedHeader !== void 0) {
    const normalized = serializeJoseHeader(JWSInvalid, protectedHeader);
    protectedHeader = normalized[0], encodedProtectedHeader = base64url_encode(normalized[1]);
  }
  if (unprotectedHeader !== void 0 && (unprotectedHeader = serializeJoseHeader(JWSInvalid, unprotectedHeader)[0]), !protectedHeader && !unprotectedHeader)
    throw new JWSInvalid("either setProtectedHeader or setUnprotectedHeader must be called before #sign()");
  if (!isDisjoint(protectedHeader, unprotectedHeader))
    throw new JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...unprotectedHeader };
  validateCritDuplicates(JWSInvalid, protectedHeader);
  const b64 = validateB64(protectedHeader, validateCrit(JWSInvalid, JWS_RECOGNIZED, crit, protectedHeader, joseHeader));
  b64 || rejectUnencoded?.();
  const { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  const entry = jwsAlgorithm(alg);
  let encodedPayload = "", signingPayload = payload, signingInput;
  if (b64) {
    const encodedPayloadCache = input[4];
    encodedPayloadCache ? (encodedPayload = encodedPayloadCache[0] ??= base64url_encode(payload), signingPayload = encodedPayloadCache[1] ??= buffer_utils_encode(encodedPayload)) : (encodedPayload = base64url_encode(payload), signingInput = encoder.encode(`${encodedProtectedHeader}.${encodedPayload}`));
  }
  signingInput ??= concat(buffer_utils_encode(encodedProtectedHeader), buffer_utils_encode("."), signingPayload);
  const signingKey = await rawKey(await prepareKey(entry, key, "sign"), entry.subtle, "sign");
  entry.minRsaBits && checkModulusLength(entry.alg, signingKey);
  const jws = {
    signature: base64url_encode(new Uint8Array(await crypto.subtle.sign(entry.signing, signingKey, signingInput))),
    payload: encodedPayload
  };
  return protectedHeader && (jws.protected = encodedProtectedHeader), unprotectedHeader && (jws.header = unprotectedHeader), [jws, b64];
}
async function createCompactSignature(payload, protectedHeader, crit, key, rejectUnencoded) {
  const [jws] = await createSignature([payload, protectedHeader, void 0, crit], key, rejectUnencoded);
  return `${jws.protected}.${jws.payload}.${jws.signature}`;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jwt_claims_set.js



const epoch = (date) => Math.floor(date.getTime() / 1e3), multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
}, REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i, checkFailed = "check_failed";
function invalidDuration() {
  throw new TypeError("Invalid time period format");
}
function secs(str) {
  typeof str != "string" && invalidDuration();
  const matched = REGEX.exec(str);
  (!matched || matched[4] && matched[1]) && invalidDuration();
  const value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
  return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4] === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
  if (!Number.isFinite(input))
    throw new TypeError(`Invalid ${label} input`);
  return input;
}
function validateStringClaim(claim, value) {
  if (typeof value != "string")
    throw new TypeError(`"${claim}" claim must be a string`);
}
function validateAudienceClaim(value) {
  if (typeof value != "string" && (!Array.isArray(value) || Array.from(value).some((member) => typeof member != "string")))
    throw new TypeError('"aud" claim must be a string or an array of strings');
}
function numericDate(value, label) {
  return typeof value == "number" ? validateInput(label, value) : value instanceof Date ? validateInput(label, epoch(value)) : epoch(/* @__PURE__ */ new Date()) + secs(value);
}
const normalizeTyp = (value) => {
  const normalized = value.toLowerCase();
  return value.includes("/") ? normalized : `application/${normalized}`;
}, checkAudiencePresence = (audPayload, audOption) => typeof audPayload == "string" ? audOption.includes(audPayload) : Array.isArray(audPayload) ? audOption.some((aud) => audPayload.includes(aud)) : !1;
function validateNumericDate(claimsSet, claim, required = !1) {
  const value = claimsSet[claim];
  if (!(value === void 0 && !required)) {
    if (typeof value != "number")
      throw new JWTClaimValidationFailed(`"${claim}" claim must be a number`, claimsSet, claim, "invalid");
    return value;
  }
}
function unexpectedClaim(claimsSet, claim) {
  throw new JWTClaimValidationFailed(`unexpected "${claim}" claim value`, claimsSet, claim, checkFailed);
}
function validateClaimsSet(protectedHeader, claimsSetBytes, options = {}) {
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object", { cause });
  }
  if (!isObject(claimsSet))
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object");
  const { typ } = options;
  if (typ !== void 0 && (typeof protectedHeader.typ != "string" || normalizeTyp(protectedHeader.typ) !== normalizeTyp(typ)))
    throw new JWTClaimValidationFailed('unexpected "typ" JWT header value', claimsSet, "typ", checkFailed);
  const { requiredClaims = [], issuer, subject, audience, maxTokenAge } = options, presenceCheck = [...requiredClaims];
  maxTokenAge !== void 0 && presenceCheck.push("iat"), audience !== void 0 && presenceCheck.push("aud"), subject !== void 0 && presenceCheck.push("sub"), issuer !== void 0 && presenceCheck.push("iss");
  for (const claim of new Set(presenceCheck.reverse()))
    if (!Object.hasOwn(claimsSet, claim))
      throw new JWTClaimValidationFailed(`missing required "${claim}" claim`, claimsSet, claim, "missing");
  issuer !== void 0 && !(Array.isArray(issuer) ? issuer : [issuer]).includes(claimsSet.iss) && unexpectedClaim(claimsSet, "iss"), subject !== void 0 && claimsSet.sub !== subject && unexpectedClaim(claimsSet, "sub"), audience !== void 0 && !checkAudiencePresence(claimsSet.aud, typeof audience == "string" ? [audience] : audience) && unexpectedClaim(claimsSet, "aud");
  const { clockTolerance } = options;
  let tolerance = 0;
  if (typeof clockTolerance == "string")
    tolerance = secs(clockTolerance);
  else if (clockTolerance !== void 0) {
    if (typeof clockTolerance != "number")
      throw new TypeError("Invalid clockTolerance option type");
    tolerance = clockTolerance;
  }
  if (validateInput("clockTolerance option", tolerance), tolerance < 0)
    throw new TypeError("Invalid clockTolerance option input");
  const { currentDate } = options, now = validateInput("currentDate option", epoch(currentDate === void 0 ? /* @__PURE__ */ new Date() : currentDate)), iat = validateNumericDate(claimsSet, "iat", maxTokenAge !== void 0), nbf = validateNumericDate(claimsSet, "nbf");
  if (nbf !== void 0 && nbf > now + tolerance)
    throw new JWTClaimValidationFailed('"nbf" claim timestamp check failed', claimsSet, "nbf", checkFailed);
  const exp = validateNumericDate(claimsSet, "exp");
  if (exp !== void 0 && exp <= now - tolerance)
    throw new JWTExpired('"exp" claim timestamp check failed', claimsSet, "exp", checkFailed);
  if (maxTokenAge !== void 0) {
    const age = now - iat, max = validateInput("maxTokenAge option", typeof maxTokenAge == "number" ? maxTokenAge : secs(maxTokenAge));
    if (max < 0)
      throw new TypeError("Invalid maxTokenAge option input");
    if (age - tolerance > max)
      throw new JWTExpired('"iat" claim timestamp check failed (too far in the past)', claimsSet, "iat", checkFailed);
    if (age < -tolerance)
      throw new JWTClaimValidationFailed('"iat" claim timestamp check failed (it should be in the past)', claimsSet, "iat", checkFailed);
  }
  return claimsSet;
}
let producerClaimsSets;
function producerClaimsSet(producer) {
  return producerClaimsSets.get(producer);
}
function jwtClaimsSetBytes(producer) {
  const claimsSet = producerClaimsSet(producer);
  for (const claim of ["iat", "nbf", "exp"]) {
    const value = claimsSet[claim];
    if (typeof value == "number" && !Number.isFinite(value))
      throw new TypeError(`"${claim}" claim must be a finite number`);
  }
  return encoder.encode(JSON.stringify(claimsSet));
}
function jwtClaim(producer, claim) {
  return producerClaimsSet(producer)[claim];
}
class JWTClaimsBuilder {
  constructor(claimsSet = {}) {
    if (!validate_isObject(claimsSet))
      throw new TypeError("JWT Claims Set MUST be an object");
    (producerClaimsSets ||= /* @__PURE__ */ new WeakMap()).set(this, structuredClone(claimsSet));
  }
  setIssuer(value) {
    return validateStringClaim("iss", value), producerClaimsSet(this).iss = value, this;
  }
  setSubject(value) {
    return validateStringClaim("sub", value), producerClaimsSet(this).sub = value, this;
  }
  setAudience(value) {
    return validateAudienceClaim(value), producerClaimsSet(this).aud = value, this;
  }
  setJti(value) {
    return validateStringClaim("jti", value), producerClaimsSet(this).jti = value, this;
  }
  setNotBefore(value) {
    return producerClaimsSet(this).nbf = numericDate(value, "setNotBefore"), this;
  }
  setExpirationTime(value) {
    return producerClaimsSet(this).exp = numericDate(value, "setExpirationTime"), this;
  }
  setIssuedAt(value) {
    const claimsSet = producerClaimsSet(this);
    return value === void 0 ? claimsSet.iat = epoch(/* @__PURE__ */ new Date()) : typeof value == "string" ? claimsSet.iat = validateInput("setIssuedAt", epoch(/* @__PURE__ */ new Date()) + secs(value)) : claimsSet.iat = numericDate(value, "setIssuedAt"), this;
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jwt/sign.js




const SignJWT_base = JWTClaimsBuilder;
class SignJWT extends SignJWT_base {
  #protectedHeader;
  setProtectedHeader(protectedHeader) {
    return assertNotSet(this.#protectedHeader, "setProtectedHeader"), this.#protectedHeader = protectedHeader, this;
  }
  async sign(key, options) {
    return createCompactSignature(jwtClaimsSetBytes(this), this.#protectedHeader, options?.crit, key, () => {
      throw new errors_JWTInvalid("JWTs MUST NOT use unencoded payload");
    });
  }
}


;// CONCATENATED MODULE: ./src/jwt/dpop.ts



async function createDpopKey() {
    const { privateKey, publicKey } = await promisify(generateKeyPair)('ec', {
        namedCurve: 'prime256v1'
    });
    const pub = publicKey.export({ format: 'jwk' });
    const priv = privateKey.export({ format: 'jwk' });
    return {
        privateKey,
        publicJwk: { kty: pub.kty, crv: pub.crv, x: pub.x, y: pub.y },
        privateJwkJson: JSON.stringify({ ...priv, alg: 'ES256' })
    };
}
function signDpopProof(params) {
    const claims = { htm: params.method, htu: htuOf(params.url) };
    if (params.nonce)
        claims.nonce = params.nonce;
    if (params.accessToken) {
        claims.ath = (0,external_node_crypto_.createHash)('sha256').update(params.accessToken, 'ascii').digest('base64url');
    }
    return new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: params.key.publicJwk })
        .setJti((0,external_node_crypto_.randomUUID)())
        .setIssuedAt(params.nowSeconds)
        .sign(params.key.privateKey);
}
/**
 * htu is the request URL without query and fragment (RFC 9449 §4.2). Okta appears to compare
 * the path decoded (okta-sdk-nodejs #521, okta-sdk-python #541), so unreserved characters
 * that were percent-encoded are decoded, and a doubled slash is collapsed (okta-sdk-nodejs #453).
 */
function htuOf(raw) {
    const url = new URL(raw);
    const path = url.pathname.replace(/\/{2,}/g, '/').replace(/%[0-9A-Fa-f]{2}/g, escape => {
        const char = String.fromCharCode(parseInt(escape.slice(1), 16));
        return /[A-Za-z0-9\-._~@:!$&'()*+,;=]/.test(char) ? char : escape.toUpperCase();
    });
    return `${url.origin}${path}`;
}

;// CONCATENATED MODULE: ./src/okta/api-request.ts





class OktaApiCaller {
    options;
    /** Okta does not require a nonce on resource calls today; once it offers one, it is kept. */
    nonce;
    constructor(options) {
        this.options = options;
    }
    /**
     * One call, retried as the RetryingClient retries (network, 408, 429, 5xx), plus one more
     * attempt when a DPoP call is answered with `use_dpop_nonce` and a `DPoP-Nonce` header.
     * Returns the final response whatever its status.
     */
    async send(what, method, url, body, 
    /** Extra headers (okta-api's -H); Authorization and DPoP are always this caller's. */
    extra = {}) {
        const response = await this.sendOnce(what, method, url, body, extra);
        const offered = response.headers.get('dpop-nonce');
        if (this.options.token.tokenType === 'DPoP' &&
            offered &&
            offered !== this.nonce &&
            parseOktaError(response).error === 'use_dpop_nonce') {
            this.nonce = offered;
            this.options.log.info(`${what}: Okta asked for a DPoP nonce; signing a new proof with it`);
            return this.sendOnce(what, method, url, body, extra);
        }
        return response;
    }
    sendOnce(what, method, url, body, extra = {}) {
        const { http, mask, skew, token } = this.options;
        return http.withPeer(oktaPeer).send(what, async () => {
            const headers = { Accept: 'application/json', ...extra };
            if (body !== undefined)
                headers['Content-Type'] = 'application/json';
            if (token.tokenType === 'DPoP') {
                // requestAccessToken hands back the key of every DPoP token it minted.
                if (!token.dpopKey)
                    throw new errors_ActionError(`${what}: a DPoP token without its DPoP key.`);
                headers.Authorization = `DPoP ${token.accessToken}`;
                const proof = await signDpopProof({
                    key: token.dpopKey,
                    method,
                    url,
                    nowSeconds: skew.nowSeconds(),
                    nonce: this.nonce,
                    accessToken: token.accessToken
                });
                mask(proof);
                headers.DPoP = proof;
            }
            else {
                headers.Authorization = `Bearer ${token.accessToken}`;
            }
            return { method, url, headers, body };
        }, { validate: expectJsonBody });
    }
}

;// CONCATENATED MODULE: ./src/okta-api/rate-buckets.ts
/**
 * Okta's rate limits are per endpoint family ("bucket"), each answer says where its bucket
 * stands: X-Rate-Limit-Limit, -Remaining, and -Reset in epoch seconds
 * (https://developer.okta.com/docs/reference/rl-best-practices/). Nothing here is a guess of
 * Okta's numbers: a family's budget is what its last answers said. Until a family has
 * answered, one call at a time probes it. With the budget known, calls in flight never
 * exceed what remains, and at Remaining 0 the next call waits for the reset instead of
 * spending a 429.
 *
 * The family of a URL is its path with every id position starred: /api/v1/users,
 * /api/v1/users/*, /api/v1/groups/* /users… (Okta's buckets follow those path shapes).
 */
function familyOf(url) {
    const parts = new URL(url).pathname.split('/').filter(Boolean);
    // /api/v1/{resource}/{id}/{sub}/{id}…: the odd positions after api/v1 are ids.
    const base = parts[0] === 'api' && /^v\d+$/.test(parts[1] ?? '') ? 2 : parts.length;
    return '/' + parts.map((p, i) => (i >= base && (i - base) % 2 === 1 ? '*' : p)).join('/');
}
/** Waits in bigger steps than this are re-checked, so a bucket that refills early is used. */
const RECHECK_MS = 1000;
class RateBuckets {
    clock;
    buckets = new Map();
    waiters = [];
    /**
     * Lower bound of (server clock − local clock) in ms, from Date headers: Date is the server's
     * second, truncated, taken between sending and receiving. Waiting until the local clock
     * passes reset − bound never wakes before the server's reset.
     */
    offsetLow = -Infinity;
    constructor(clock) {
        this.clock = clock;
    }
    /** Resolves when a call to `family` may go; the caller must `release` it. */
    async acquire(family) {
        for (;;) {
            const b = this.bucket(family);
            if (b.remaining === undefined) {
                if (b.inFlight === 0)
                    break;
            }
            else if (b.remaining - b.inFlight > 0) {
                break;
            }
            else if (b.inFlight === 0) {
                const wait = this.untilReset(b);
                if (wait <= 0) {
                    // The window has reset: the new one starts with this call; probe it alone.
                    b.remaining = undefined;
                    continue;
                }
                await this.clock.sleep(Math.min(wait, RECHECK_MS));
                continue;
            }
            await new Promise(resolve => this.waiters.push(resolve));
        }
        this.bucket(family).inFlight++;
    }
    /** After an attempt: the answer's headers (if any) update the family's budget. */
    release(family, answer) {
        const b = this.bucket(family);
        b.inFlight = Math.max(0, b.inFlight - 1);
        if (answer)
            this.learn(b, answer);
        const waiting = this.waiters;
        this.waiters = [];
        for (const wake of waiting)
            wake();
    }
    /** Milliseconds until the family's reset, by the server clock (0 when unknown or past). */
    untilReset(b) {
        if (b.reset === undefined || this.offsetLow === -Infinity)
            return 0;
        return Math.max(0, b.reset * 1000 - this.offsetLow - this.clock.now());
    }
    /**
     * What the answers said, for the next okta-api process of the job: a shell loop of single
     * calls then waits for a reset too, instead of spending a 429.
     */
    snapshot() {
        const families = {};
        for (const [family, b] of this.buckets) {
            if (b.remaining !== undefined && b.reset !== undefined && b.limit !== undefined) {
                families[family] = { limit: b.limit, remaining: b.remaining, reset: b.reset };
            }
        }
        return { offsetLow: Number.isFinite(this.offsetLow) ? this.offsetLow : undefined, families };
    }
    restore(snapshot) {
        if (typeof snapshot.offsetLow === 'number')
            this.offsetLow = snapshot.offsetLow;
        for (const [family, saved] of Object.entries(snapshot.families ?? {})) {
            // A window that has reset since says nothing about the new one.
            if (this.untilReset(saved) > 0) {
                this.buckets.set(family, { ...saved, inFlight: 0 });
            }
        }
    }
    describe(family) {
        const b = this.bucket(family);
        return b.limit === undefined
            ? ''
            : `${b.remaining}/${b.limit} left, reset in ${Math.ceil(this.untilReset(b) / 1000)} s`;
    }
    learn(b, answer) {
        const date = Date.parse(answer.headers.get('date') ?? '');
        if (!Number.isNaN(date))
            this.offsetLow = Math.max(this.offsetLow, date - answer.receivedAt);
        const limit = Number(answer.headers.get('x-rate-limit-limit'));
        const remaining = Number(answer.headers.get('x-rate-limit-remaining'));
        const reset = Number(answer.headers.get('x-rate-limit-reset'));
        if (!answer.headers.has('x-rate-limit-remaining') || Number.isNaN(remaining) || !(reset > 0))
            return;
        // Answers overtake each other: within one window the smallest Remaining is the latest.
        if (b.reset === undefined || reset > b.reset || b.remaining === undefined) {
            Object.assign(b, { limit, remaining, reset });
        }
        else if (reset === b.reset) {
            b.remaining = Math.min(b.remaining, remaining);
        }
    }
    bucket(family) {
        let b = this.buckets.get(family);
        if (!b)
            this.buckets.set(family, (b = { inFlight: 0 }));
        return b;
    }
}

;// CONCATENATED MODULE: ./src/okta-api/session.ts






function startSession(options) {
    const { credentials, clock } = options;
    const buckets = new RateBuckets(clock);
    const transport = pacedTransport(options.transport, buckets, clock, options.verbose);
    const http = new RetryingClient(transport, clock, options.log, { maxAttempts: options.maxAttempts, timeoutMs: options.timeoutMs }, oktaPeer);
    const caller = new OktaApiCaller({
        http,
        log: options.log,
        mask: options.mask,
        skew: new ClockSkew(() => clock.now()),
        token: {
            accessToken: credentials.accessToken,
            tokenType: credentials.tokenType,
            dpopKey: credentials.dpopKey ? dpopKeyOf(credentials.dpopKey) : undefined
        }
    });
    return { caller, buckets };
}
/** The DPoP key the token step generated, back from its private JWK. */
function dpopKeyOf(jwk) {
    const privateKey = (0,external_node_crypto_.createPrivateKey)({ key: jwk, format: 'jwk' });
    const { kty, crv, x, y } = jwk;
    return { privateKey, publicJwk: { kty, crv, x, y }, privateJwkJson: JSON.stringify(jwk) };
}
/** Each attempt waits for its family's budget, and its answer updates that budget. */
function pacedTransport(inner, buckets, clock, verbose) {
    return async (request, timeoutMs) => {
        const family = familyOf(request.url);
        await buckets.acquire(family);
        const sentAt = clock.now();
        let response;
        try {
            response = await inner(request, timeoutMs);
        }
        catch (error) {
            buckets.release(family);
            verbose?.(`${request.method} ${request.url}: no answer (${error.message}) after ${clock.now() - sentAt} ms`);
            throw error;
        }
        buckets.release(family, { headers: response.headers, sentAt, receivedAt: response.receivedAt });
        if (verbose) {
            const rate = buckets.describe(family);
            const id = response.headers.get('x-okta-request-id');
            verbose(`${request.method} ${request.url}: HTTP ${response.status} in ${response.receivedAt - sentAt} ms${id ? `, X-Okta-Request-Id ${id}` : ''}${rate ? `, rate limit ${family}: ${rate}` : ''}`);
        }
        return response;
    };
}

;// CONCATENATED MODULE: ./src/okta-api/usage.ts
/** `okta-api --help`, laid out like `gh api --help`. */
const USAGE = `Call Okta's API with the access token that the token step of this job minted.

USAGE
  okta-api <path> [flags]

  <path> is a path under the org, such as /api/v1/users?limit=200, or a full URL on the
  org's own scheme, host and port; anything else is refused before a request is made.
  The response body goes to stdout as it came; errors go to stderr as one line.

  A DPoP-bound token gets a fresh DPoP proof for every request, page and retry, and one
  more try with the nonce when the server asks for one (use_dpop_nonce).

FLAGS
  -X, --method string      HTTP method (default "GET", or "POST" when a body is given)
  -f, --raw-field key=val  Add a string field to the JSON body
  -F, --field key=val      Add a typed field: true, false, null and numbers become JSON
                           values, @file reads a file's content (@- reads stdin).
                           Nested keys: profile[login]=a@example.com; arrays: ids[]=1
                           With GET, fields go to the query string instead.
      --input file         The raw JSON body, from a file (- for stdin)
  -H, --header key:value   Add a request header (Authorization and DPoP are refused)
      --paginate           Follow Link rel="next"; pages that are JSON arrays come out
                           as one array
  -i, --include            Print the HTTP status line and response headers first
      --batch file         Many calls in one process: NDJSON lines of
                           {"method","path","body"} (file, or - for stdin); answers as
                           NDJSON lines {"index","status","requestId","body"} in input
                           order, calls running concurrently inside Okta's rate limits
      --concurrency n      Most calls of a batch in flight at once (default 10)
      --step id            Use the token of the step with this id (default: the latest
                           token step of the job)
      --verbose            Method, URL, status, time and rate-limit headers on stderr
                           (never a token, proof or body)
  -h, --help               Show this help

RATE LIMITS AND RETRIES
  Network errors, 408, 429 (until X-Rate-Limit-Reset, by the server's Date) and 5xx are
  retried, up to OKTA_API_MAX_ATTEMPTS attempts (default 4); other 4xx never are. After an
  answer with X-Rate-Limit-Remaining: 0 the next call to that bucket waits for its reset
  instead of spending a 429, and a batch keeps no more calls in flight than remain.

EXIT CODES
  0  a 2xx answer (every line of a batch)
  1  an HTTP error, no answer after every attempt, or a failed batch line
  2  a usage error, no credentials, an expired token, or a refused URL

EXAMPLES
  okta-api /api/v1/users --paginate | jq -r '.[].profile.login'
  okta-api /api/v1/groups -f 'profile[name]=Engineering'
  okta-api -X POST /api/v1/users/00u1abc -f 'profile[title]=Engineer'
  jq -c '{method:"POST", path:"/api/v1/users", body:{profile:.}}' users.ndjson |
    okta-api --batch - | jq -s 'map(select(.status >= 300))'
`;

;// CONCATENATED MODULE: ./src/okta-api/cli.ts











/** okta-api's exit codes (contract): 0 2xx, 1 an HTTP error or failed batch line, 2 refused. */
const EXIT = { ok: 0, failed: 1, refused: 2 };
/** Runs one okta-api command line and returns its exit code; nothing else ends the process. */
async function runOktaApi(argv, io, deps) {
    const redactor = new Redactor();
    const say = stderrLines(io, redactor);
    let args;
    let credentials;
    let maxAttempts;
    const clock = deps.clock ?? systemClock;
    try {
        args = parseArgs(argv);
        if (args.help) {
            io.stdout(USAGE);
            return EXIT.ok;
        }
        credentials = readCredentials(io.env[CREDENTIALS_DIR_ENV], args.step);
        redactor.add(credentials.accessToken);
        redactor.add(credentials.dpopKey?.d);
        refuseExpired(credentials, clock.now());
        maxAttempts = attemptsFrom(io.env.OKTA_API_MAX_ATTEMPTS);
    }
    catch (error) {
        if (error instanceof UsageError) {
            say(`${error.message}; see okta-api --help`);
            return EXIT.refused;
        }
        if (error instanceof NoCredentialsError || error instanceof errors_ActionError) {
            say(error.message);
            return EXIT.refused;
        }
        throw error;
    }
    const verbose = args.verbose ? say : undefined;
    const log = { info: m => verbose?.(m), warning: say, debug: () => undefined };
    const session = startSession({
        credentials,
        transport: deps.transport,
        clock,
        log,
        mask: proof => redactor.add(proof),
        verbose,
        maxAttempts,
        timeoutMs: 30_000
    });
    const dir = io.env[CREDENTIALS_DIR_ENV];
    loadRateState(dir, session.buckets);
    const toUrl = (path) => orgRequestUrl(credentials.orgUrl, path, `The path "${path}"`);
    try {
        if (args.batch !== undefined)
            return await runBatch(args, io, session, toUrl, say);
        return await runCall(args, io, session, toUrl(args.path), say);
    }
    catch (error) {
        return exitFor(error, say);
    }
    finally {
        saveRateState(dir, session.buckets);
    }
}
function exitFor(error, say) {
    if (error instanceof UsageError) {
        say(`${error.message}; see okta-api --help`);
        return EXIT.refused;
    }
    if (error instanceof errors_ActionError && error.name === 'InputError') {
        // orgRequestUrl refused the URL: nothing was sent.
        say(error.message);
        return EXIT.refused;
    }
    if (error instanceof errors_ActionError) {
        say(error.message);
        return EXIT.failed;
    }
    throw error;
}
/** The token step stored when its token expires; a later step must not send a dead token. */
function refuseExpired(credentials, now) {
    const expires = Date.parse(credentials.expiresAt);
    if (Number.isNaN(expires) || expires > now)
        return;
    const minutes = Math.max(1, Math.round((now - expires) / 60_000));
    throw new errors_ActionError(`the access token of step "${credentials.step}" expired at ${credentials.expiresAt} (${minutes} min ago); nothing was sent. The job must mint a new one: run the token step again before this step.`);
}
function attemptsFrom(raw) {
    const n = Number(raw);
    if (raw === undefined || raw === '')
        return 4;
    if (!Number.isInteger(n) || n < 1 || n > 10) {
        throw new UsageError(`OKTA_API_MAX_ATTEMPTS must be a whole number from 1 to 10, got "${raw}"`);
    }
    return n;
}

;// CONCATENATED MODULE: ./src/okta-api/process-entry.ts



/** Runs okta-api with a process's arguments, environment and streams; returns its exit code. */
async function runOktaApiProcess(proc, readFile = readText) {
    try {
        return await runOktaApi(proc.argv.slice(2), {
            env: proc.env,
            stdout: text => proc.stdout.write(text),
            stderr: text => proc.stderr.write(text),
            readFile
        }, { transport: createTransport(proc.env) });
    }
    catch (error) {
        // A bug, not an expected failure: one line, and the stack only when asked for.
        const err = error instanceof Error ? error : new Error(String(error));
        proc.stderr.write(`okta-api: unexpected error (please report it): ${err.message}\n`);
        if (proc.env.RUNNER_DEBUG === '1')
            proc.stderr.write(`${err.stack}\n`);
        return 1;
    }
}


/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7339);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
