export const id = 679;
export const ids = [679];
export const modules = {

/***/ 8679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultRuntime: () => (/* binding */ defaultRuntime)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6421);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6752);
/* harmony import */ var _http_retrying_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7666);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1517);





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
    core: _actions_core__WEBPACK_IMPORTED_MODULE_1__,
    clock: _http_retrying_client_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml,
    transport: (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_4__/* .createTransport */ .o)(process.env, undici__WEBPACK_IMPORTED_MODULE_2__.fetch),
    env: process.env,
    actionDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(process.argv[1] ?? '.')
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


/***/ }),

/***/ 1517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ createTransport)
/* harmony export */ });
/* harmony import */ var _exchange_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1823);
/* harmony import */ var _network_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(137);



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
            viaProxy ??= Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 1408)).then(m => m.createProxyTransport(env));
            return (await viaProxy)(request, timeoutMs);
        };
    }
    return (request, timeoutMs) => (0,_exchange_js__WEBPACK_IMPORTED_MODULE_1__/* .exchange */ .c)(fetchOnce, request, timeoutMs, (error, timedOut) => (0,_network_error_js__WEBPACK_IMPORTED_MODULE_0__/* .describeNetworkError */ .g)(error, request.url, timeoutMs, timedOut, false));
};


/***/ })

};
