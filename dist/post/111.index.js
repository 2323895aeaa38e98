export const id = 111;
export const ids = [111];
export const modules = {

/***/ 4111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseKeyUri: () => (/* binding */ parseKeyUri)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * Key URIs as cosign names them (docs.sigstore.dev/cosign/key_management/overview): awskms://,
 * gcpkms://, azurekms://, hashivault://, and RFC 7512's pkcs11:. Parsed before any network call,
 * so an unknown scheme or a plain-http endpoint fails as an input error naming the input.
 */
const SCHEMES = ['awskms', 'gcpkms', 'azurekms', 'hashivault', 'pkcs11'];
const EXAMPLES = 'awskms://, gcpkms://, azurekms://, hashivault:// or pkcs11:';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const SECRET_PARAMS = new Set(['pin-value']);
function parseKeyUri(input, raw) {
    const value = raw.trim();
    const match = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(value);
    const scheme = SCHEMES.find(s => s === match?.[1]);
    if (!match || !scheme) {
        const seen = match ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(match[1])}:` : 'no scheme';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `Input ${input} must be a key URI (${EXAMPLES}), but has ${seen}; a PEM or JWK key goes in ${input === 'admin-signing-key' ? 'admin-private-key' : 'private-key'}.`);
    }
    let rest = match[2];
    if (scheme !== 'pkcs11') {
        if (!rest.startsWith('//')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `Input ${input} must start with ${scheme}://.`);
        }
        rest = rest.slice(2);
    }
    const queryAt = rest.indexOf('?');
    const before = queryAt < 0 ? rest : rest.slice(0, queryAt);
    const query = parseQuery(input, queryAt < 0 ? '' : rest.slice(queryAt + 1));
    let authority = '';
    let path = before;
    // cosign's awskms://HOST:PORT/KEY form; awskms:///KEY has an empty authority.
    if (scheme === 'awskms') {
        const slash = before.indexOf('/');
        authority = slash < 0 ? '' : before.slice(0, slash);
        path = slash < 0 ? before : before.slice(slash + 1);
    }
    if (!path)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `Input ${input} names no key after ${scheme}:.`);
    const endpointRaw = query.endpoint ?? (authority ? `${schemeFor(authority)}://${authority}` : '');
    const endpoint = endpointRaw ? checkEndpoint(input, endpointRaw) : undefined;
    return {
        scheme,
        input,
        display: displayOf(value),
        // pkcs11: keeps its path encoded: RFC 7512 encodes each attribute apart, and id is binary.
        path: scheme === 'pkcs11' ? path : decodePath(input, path),
        authority,
        query,
        ...(endpoint ? { endpoint } : {})
    };
}
function decodePath(input, path) {
    try {
        return decodeURIComponent(path);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `Input ${input} has a malformed percent-encoding in its key name.`);
    }
}
/** The authority form has no scheme of its own: https, except for a loopback host (a test fake). */
function schemeFor(authority) {
    const host = authority.replace(/:\d+$/, '');
    return LOOPBACK.has(host) ? 'http' : 'https';
}
function checkEndpoint(input, raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `Input ${input} has an endpoint that is not a URL: "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(raw)}".`);
    }
    const loopback = LOOPBACK.has(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `Input ${input} has endpoint ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(url.origin)}: use https (http only for localhost or 127.0.0.1).`);
    }
    return url.href.replace(/\/$/, '');
}
function parseQuery(input, raw) {
    const out = {};
    for (const pair of raw.split('&').filter(Boolean)) {
        const eq = pair.indexOf('=');
        const name = eq < 0 ? pair : pair.slice(0, eq);
        try {
            out[decodeURIComponent(name)] = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `Input ${input} has a malformed percent-encoding in "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(name)}".`);
        }
    }
    return out;
}
/**
 * The URI for the log: a PIN in the query never shows, however its name is written
 * (`pin%2Dvalue` is `pin-value` to parseQuery, so it is to this too; parseQuery has already
 * refused a name that does not decode). Only the query is read: a pkcs11 path may hold `&`, `=`
 * and `%` of its own.
 */
function displayOf(value) {
    const queryAt = value.indexOf('?');
    if (queryAt < 0)
        return value;
    const masked = value
        .slice(queryAt + 1)
        .split('&')
        .map(pair => {
        const eq = pair.indexOf('=');
        return eq >= 0 && SECRET_PARAMS.has(decodeURIComponent(pair.slice(0, eq)))
            ? `${pair.slice(0, eq)}=***`
            : pair;
    });
    return `${value.slice(0, queryAt + 1)}${masked.join('&')}`;
}


/***/ })

};
