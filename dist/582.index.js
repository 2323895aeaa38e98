export const id = 582;
export const ids = [582];
export const modules = {

/***/ 2582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRequestMode: () => (/* binding */ runRequestMode)
});

// EXTERNAL MODULE: ./src/http/okta-error.ts
var okta_error = __webpack_require__(8648);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/retrying-client.ts
var retrying_client = __webpack_require__(7666);
// EXTERNAL MODULE: ./src/jwt/dpop.ts
var dpop = __webpack_require__(4454);
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
    async send(what, method, url, body) {
        const response = await this.sendOnce(what, method, url, body);
        const offered = response.headers.get('dpop-nonce');
        if (this.options.token.tokenType === 'DPoP' &&
            offered &&
            offered !== this.nonce &&
            (0,okta_error/* parseOktaError */.Bu)(response).error === 'use_dpop_nonce') {
            this.nonce = offered;
            this.options.log.info(`${what}: Okta asked for a DPoP nonce; signing a new proof with it`);
            return this.sendOnce(what, method, url, body);
        }
        return response;
    }
    sendOnce(what, method, url, body) {
        const { http, mask, skew, token } = this.options;
        return http.send(what, async () => {
            const headers = { Accept: 'application/json' };
            if (body !== undefined)
                headers['Content-Type'] = 'application/json';
            if (token.tokenType === 'DPoP') {
                // requestAccessToken hands back the key of every DPoP token it minted.
                if (!token.dpopKey)
                    throw new errors/* ActionError */.l(`${what}: a DPoP token without its DPoP key.`);
                headers.Authorization = `DPoP ${token.accessToken}`;
                const proof = await (0,dpop/* signDpopProof */.hH)({
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
        }, { validate: retrying_client/* expectJsonBody */.Gp });
    }
}

// EXTERNAL MODULE: ./src/okta/management-client.ts
var management_client = __webpack_require__(6748);
;// CONCATENATED MODULE: ./src/okta/paginated-call.ts



async function callOktaApi(caller, log, call) {
    const { pathname } = new URL(call.url);
    if (!call.paginate) {
        const what = `Okta API call ${call.method} ${pathname}`;
        const response = await caller.send(what, call.method, call.url, call.body);
        const items = itemCountOf(response);
        logPage(log, what, response, items);
        failUnlessOk(what, response);
        return { status: response.status, body: response.text, pages: 1, items };
    }
    const all = [];
    const seen = new Set();
    let next = call.url;
    let page = 0;
    let status = 0;
    while (next) {
        page++;
        const what = `Okta API call GET ${pathname} (page ${page})`;
        if (seen.has(next)) {
            throw new errors/* ActionError */.l(`${what} failed: Okta's next-page link repeats an earlier page.`);
        }
        seen.add(next);
        const response = await caller.send(what, 'GET', next);
        const items = itemCountOf(response);
        logPage(log, what, response, items);
        failUnlessOk(what, response);
        const parsed = response.text.trim() ? JSON.parse(response.text) : [];
        if (!Array.isArray(parsed)) {
            throw new errors/* ActionError */.l(`${what} failed: request-paginate needs a list endpoint, but the response is not a JSON array.`);
        }
        all.push(...parsed);
        status = response.status;
        const link = (0,management_client/* nextLinkOf */.zt)(response.headers);
        next = link === undefined ? undefined : sameOriginLink(what, link, next);
    }
    return { status, body: JSON.stringify(all), pages: page, items: all.length };
}
/**
 * A next link is followed only on the org's origin: the request carries the access token, and
 * a link elsewhere (a proxy rewriting headers, a compromised response) must not receive it.
 */
function sameOriginLink(what, link, current) {
    let url;
    try {
        url = new URL(link, current);
    }
    catch {
        throw new errors/* ActionError */.l(`${what} failed: Okta's next-page link is not a URL.`);
    }
    const origin = new URL(current).origin;
    if (url.origin !== origin || url.username || url.password) {
        throw new errors/* ActionError */.l(`${what} failed: Okta's next-page link points to ${url.origin}, not ${origin}; it is not followed, so the access token is not sent there.`);
    }
    url.hash = '';
    return url.toString();
}
function itemCountOf(response) {
    if (response.status < 200 || response.status >= 300 || !response.text.trim())
        return undefined;
    try {
        const parsed = JSON.parse(response.text);
        return Array.isArray(parsed) ? parsed.length : undefined;
    }
    catch {
        return undefined;
    }
}
function logPage(log, what, response, items) {
    const requestId = response.headers.get('x-okta-request-id');
    const count = items === undefined ? '' : `, ${items} item${items === 1 ? '' : 's'}`;
    log.info(`${what}: HTTP ${response.status}${count}${requestId ? ` (X-Okta-Request-Id: ${requestId})` : ''}`);
}
function failUnlessOk(what, response) {
    if (response.status >= 200 && response.status < 300)
        return;
    throw new okta_error/* OktaError */.Qu(what, (0,okta_error/* parseOktaError */.Bu)(response));
}

// EXTERNAL MODULE: ./src/modes/access-token.ts + 2 modules
var access_token = __webpack_require__(388);
// EXTERNAL MODULE: ./src/modes/load-key.ts
var load_key = __webpack_require__(9624);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/modes/request-output.ts


/**
 * Where request mode's response body goes. GitHub caps a step output at 1 MB, so a bigger
 * body (a full user export) goes only to `response-file`, and a warning says so rather than
 * letting a later step read an output that silently is not there.
 */
const MAX_OUTPUT_BYTES = 1024 * 1024;
async function publishResponseBody(ctx, inputs, body) {
    const bytes = Buffer.byteLength(body);
    const placement = { bytes, output: bytes <= MAX_OUTPUT_BYTES };
    if (inputs.responseFile) {
        // Relative to the working directory, which the runner sets to GITHUB_WORKSPACE.
        const file = (0,external_node_path_.resolve)(inputs.responseFile);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        await (0,promises_.writeFile)(file, body);
        placement.file = file;
        ctx.log.info(`Wrote the response body (${sizeOf(bytes)}) to ${file}`);
    }
    if (placement.output) {
        ctx.output('response-body', body);
    }
    else {
        ctx.log.warning(`The response body is ${sizeOf(bytes)}, over the 1 MiB a step output can hold, so response-body is empty: ${placement.file ? `the body is only in response-file (${placement.file})` : 'set response-file to keep it'}.`);
    }
    return placement;
}
/** Job summary: what was called and what came back; never the token or the body. */
async function writeRequestSummary(ctx, inputs, token, outcome, placement) {
    const url = new URL(inputs.requestUrl);
    const where = [placement.output ? 'response-body' : '', placement.file ?? ''];
    await ctx.writeSummary(summary => {
        summary.addHeading('Okta API request', 3).addTable([
            [
                { data: 'Fact', header: true },
                { data: 'Value', header: true }
            ],
            ['Method', inputs.requestMethod],
            ['Path', `${url.pathname}${url.search}`],
            ['Token', `${token.tokenType}, scopes ${token.scope || '(none listed)'}`],
            ['Status', String(outcome.status)],
            ['Pages', String(outcome.pages)],
            ['Items', outcome.items === undefined ? '-' : String(outcome.items)],
            [
                'Body',
                `${sizeOf(placement.bytes)} in ${where.filter(Boolean).join(' and ') || 'no output'}`
            ]
        ]);
    });
}
function sizeOf(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

;// CONCATENATED MODULE: ./src/modes/request.ts






/**
 * mode: request — mint a token as token mode does (the post step revokes it), then make one
 * Okta API call with it. A DPoP-bound token is useless to a later curl step, since every call
 * needs a proof signed with the run's DPoP key for that method and URL; this mode signs them.
 * inputs.ts has already refused a request-path outside the org, so the token stays there.
 */
async function runRequestMode(ctx, inputs) {
    const key = await (0,load_key/* loadKeyFromInputs */.b)(ctx, inputs);
    const token = await (0,access_token/* mintToken */.W$)(ctx, inputs, key);
    (0,access_token/* publishToken */.ZM)(ctx, inputs, key, token);
    const url = new URL(inputs.requestUrl);
    const dpop = token.tokenType === 'DPoP';
    ctx.log.info(`Okta API call: ${inputs.requestMethod} ${url.pathname} with ${dpop ? 'the DPoP-bound token and a fresh proof per request' : 'the Bearer token'}${inputs.requestPaginate ? ', following Link rel="next"' : ''}`);
    const caller = new OktaApiCaller({
        http: ctx.http,
        log: ctx.log,
        mask: ctx.mask,
        skew: ctx.skew,
        token
    });
    let outcome;
    try {
        outcome = await callOktaApi(caller, ctx.log, {
            method: inputs.requestMethod,
            url: inputs.requestUrl,
            body: inputs.requestBody || undefined,
            paginate: inputs.requestPaginate
        });
    }
    catch (error) {
        // The status is still worth having in a step that runs with continue-on-error.
        if (error instanceof okta_error/* OktaError */.Qu)
            ctx.output('response-status', error.info.status);
        throw error;
    }
    ctx.output('response-status', outcome.status);
    const bodyWent = await publishResponseBody(ctx, inputs, outcome.body);
    await writeRequestSummary(ctx, inputs, token, outcome, bodyWent);
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
