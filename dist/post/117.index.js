export const id = 117;
export const ids = [117];
export const modules = {

/***/ 2117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultRuntime: () => (/* binding */ defaultRuntime)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/http/retrying-client.ts
var retrying_client = __webpack_require__(7666);
// EXTERNAL MODULE: ./src/http/exchange.ts
var exchange = __webpack_require__(1823);
// EXTERNAL MODULE: ./src/http/network-error.ts
var network_error = __webpack_require__(137);
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
            viaProxy ??= __webpack_require__.e(/* import() */ 408).then(__webpack_require__.bind(__webpack_require__, 1408)).then(m => m.createProxyTransport(env));
            return (await viaProxy)(request, timeoutMs);
        };
    }
    return (request, timeoutMs) => (0,exchange/* exchange */.c)(fetchOnce, request, timeoutMs, (error, timedOut) => (0,network_error/* describeNetworkError */.g)(error, request.url, timeoutMs, timedOut, false));
};

;// CONCATENATED MODULE: ./src/default-runtime.ts





/**
 * The runner's runtime: @actions/core, the system clock, the network. The one place under
 * src/ that reads process.env: everything else gets `env` from here. Loaded only when `run()`
 * is called without a runtime (the entries, local-action): @actions/core brings its OIDC
 * client and with it undici's package, which an in-process run that passes its own runtime
 * never needs. Since the package is loaded anyway, requests go through its fetch rather than
 * Node's built-in copy, which would be a second HTTP stack to load (about 12 ms of CPU of a
 * token run, measured with --cpu-prof; docs/performance.md).
 */
const defaultRuntime = () => ({
    core: core,
    clock: retrying_client/* systemClock */.ml,
    transport: createTransport(process.env, undici/* fetch */.hd),
    env: process.env,
    actionDir: (0,external_node_path_.dirname)(process.argv[1] ?? '.')
});


/***/ }),

/***/ 1823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
