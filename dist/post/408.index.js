export const id = 408;
export const ids = [408];
export const modules = {

/***/ 1408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createProxyTransport: () => (/* binding */ createProxyTransport)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6752);
/* harmony import */ var _exchange_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1823);
/* harmony import */ var _network_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(137);



/**
 * The transport through the step's proxy: undici's fetch with an EnvHttpProxyAgent. Loaded by
 * createTransport only when HTTPS_PROXY or HTTP_PROXY is set. The variables are handed to
 * undici explicitly: left alone it would read this process's environment, not the step's.
 */
function createProxyTransport(env) {
    // Same precedence as undici's own reading of the environment: lower case first.
    const dispatcher = new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2({
        httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? '',
        httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? '',
        noProxy: env.no_proxy ?? env.NO_PROXY ?? ''
    });
    return (request, timeoutMs) => (0,_exchange_js__WEBPACK_IMPORTED_MODULE_2__/* .exchange */ .c)((url, init) => (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .fetch */ .hd)(url, { ...init, dispatcher }), request, timeoutMs, (error, timedOut) => (0,_network_error_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNetworkError */ .g)(error, request.url, timeoutMs, timedOut, true));
}


/***/ })

};
