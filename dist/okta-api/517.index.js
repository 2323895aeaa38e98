export const id = 517;
export const ids = [517];
export const modules = {

/***/ 1517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NetworkError: () => (/* reexport safe */ _network_error_js__WEBPACK_IMPORTED_MODULE_1__.D),
/* harmony export */   createFetchTransport: () => (/* binding */ createFetchTransport),
/* harmony export */   describeNetworkError: () => (/* binding */ describeNetworkError)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6752);
/* harmony import */ var _exchange_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1823);
/* harmony import */ var _network_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(137);



// In its own module so that what needs only the class (RetryingClient, okta-api) does not
// load undici.

/**
 * A proxy agent when the step's environment names a proxy. The variables are handed to
 * undici explicitly: left alone it would read this process's environment, not the step's.
 */
function proxyDispatcher(env) {
    // Same precedence as undici's own reading of the environment: lower case first.
    const httpProxy = env.http_proxy ?? env.HTTP_PROXY ?? '';
    const httpsProxy = env.https_proxy ?? env.HTTPS_PROXY ?? '';
    if (!httpsProxy && !httpProxy)
        return undefined;
    return new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2({
        httpProxy,
        httpsProxy,
        noProxy: env.no_proxy ?? env.NO_PROXY ?? ''
    });
}
/** The transport over the network, proxied as `env` says. */
const createFetchTransport = (env) => {
    const dispatcher = proxyDispatcher(env);
    return (request, timeoutMs) => send(request, timeoutMs, dispatcher);
};
function send(request, timeoutMs, dispatcher) {
    return (0,_exchange_js__WEBPACK_IMPORTED_MODULE_2__/* .exchange */ .c)((url, init) => (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .fetch */ .hd)(url, { ...init, dispatcher }), request, timeoutMs, (error, timedOut) => describeNetworkError(error, request.url, timeoutMs, timedOut, !!dispatcher));
}
function describeNetworkError(error, url, timeoutMs, timedOut, proxied) {
    const host = new URL(url).host;
    if (timedOut)
        return new _network_error_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .D(`no answer from ${host} within ${timeoutMs / 1000} s`);
    const cause = error.cause;
    const code = cause?.code ?? '';
    const message = cause?.message ?? error.message ?? String(error);
    // fetch wraps undici's tunnel error in a DOMException ("Request was cancelled."): the
    // proxy's answer is further down the cause chain.
    const status = /Proxy response \((\d+)\)/.exec(causeChainText(error))?.[1];
    if (status) {
        return new _network_error_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .D(`the proxy refused to connect to ${host} (HTTP ${status}); check HTTPS_PROXY and NO_PROXY`, false);
    }
    if (proxied && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(code + message)) {
        return new _network_error_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .D(`cannot reach ${host} through the proxy (${code || message}); check HTTPS_PROXY and NO_PROXY`);
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
    return new _network_error_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .D(`${what[code] ?? (code || message)} (${host})`);
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


/***/ })

};
