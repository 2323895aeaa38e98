export const id = 769;
export const ids = [769];
export const modules = {

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


/***/ }),

/***/ 5769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1517);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1990);



/**
 * HashiCorp Vault's transit engine over its HTTP API (developer.hashicorp.com/vault/api-docs/
 * secret/transit: "Read key" and "Sign data"). VAULT_ADDR and VAULT_TOKEN come from the job
 * (hashicorp/vault-action with JWT auth exports them); VAULT_TRANSIT_MOUNT names the mount
 * (default transit). Two traps the docs spell out: RSA signs with PSS unless
 * signature_algorithm=pkcs1v15 is sent (a valid PS256 signature under an RS256 header), and
 * ECDSA is ASN.1 unless marshaling_algorithm=jws, which returns JOSE's r||s in base64url.
 */
const SERVICE = 'Vault transit';
/** The timeout input's default, for a provider opened outside a run (tests, scripts). */
const DEFAULT_TIMEOUT_MS = 30_000;
const ALGORITHMS_OF = {
    'rsa-2048': ['RS256', 'RS384', 'RS512'],
    'rsa-3072': ['RS256', 'RS384', 'RS512'],
    'rsa-4096': ['RS256', 'RS384', 'RS512'],
    'ecdsa-p256': ['ES256'],
    'ecdsa-p384': ['ES384'],
    'ecdsa-p521': ['ES512']
};
const hashiVault = (uri, ctx) => {
    const { env } = ctx;
    // The action's transport, as the Okta calls use it: the timeout input, and HTTPS_PROXY /
    // NO_PROXY on a self-hosted runner (Node's global fetch ignores both).
    const transport = ctx.transport ?? (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .createTransport */ .o)(env);
    const timeoutMs = ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const token = env.VAULT_TOKEN ?? '';
    if (token)
        ctx.mask(token);
    const address = (uri.endpoint ?? env.VAULT_ADDR ?? '').replace(/\/+$/, '');
    if (!address || !token) {
        throw new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteKeyError */ ._(`${SERVICE}: ${address ? 'VAULT_TOKEN' : 'VAULT_ADDR'} is not set for ${uri.input} ${uri.display}. Log in to Vault in an earlier step (hashicorp/vault-action with method: jwt exports VAULT_ADDR and VAULT_TOKEN).`);
    }
    const mount = (env.VAULT_TRANSIT_MOUNT || 'transit').replace(/^\/+|\/+$/g, '');
    const name = uri.path;
    const keyPath = `${mount}/keys/${encodeURIComponent(name)}`;
    const signPath = `${mount}/sign/${encodeURIComponent(name)}`;
    // Signing pins the version whose public key was read, so a rotation of the Vault key in
    // between cannot give a signature that the kid's key does not verify.
    let version = 0;
    const call = async (method, path, policy, body) => {
        let response;
        try {
            response = await transport({
                method,
                url: `${address}/v1/${path}`,
                headers: {
                    'X-Vault-Token': token,
                    ...(env.VAULT_NAMESPACE ? { 'X-Vault-Namespace': env.VAULT_NAMESPACE } : {}),
                    ...(body ? { 'Content-Type': 'application/json' } : {})
                },
                ...(body ? { body: JSON.stringify(body) } : {})
            }, timeoutMs);
        }
        catch (error) {
            // The transport's own one line (timeout, refused, proxy): see src/http/transport.ts.
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteKeyError */ ._(`${SERVICE}: cannot reach ${address}: ${error.message}. Check VAULT_ADDR.`);
        }
        const text = response.text;
        let json = {};
        try {
            json = JSON.parse(text);
        }
        catch {
            // Not Vault's JSON (a proxy page): reported by status below.
        }
        if (response.status < 200 || response.status > 299 || !json.data) {
            const said = json.errors?.length
                ? json.errors.map(said => said.replace(/\s+/g, ' ').trim()).join('; ')
                : response.status === 404
                    ? 'not found'
                    : 'an answer that is not Vault JSON';
            const fix = response.status === 403
                ? `Give the token a policy with ${policy} on ${path}`
                : response.status === 404 || /not found/i.test(said)
                    ? `Check the key name ${name} and the mount (VAULT_TRANSIT_MOUNT, now ${mount})`
                    : `Check the transit key ${name} at ${address}`;
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteKeyError */ ._(`${SERVICE}: ${said} (HTTP ${response.status} on ${method} ${path}). ${fix}.`);
        }
        return json.data;
    };
    const provider = {
        service: SERVICE,
        keyLabel: `${mount}/keys/${name}`,
        async getPublicKey() {
            const data = (await call('GET', keyPath, '"read"'));
            const type = data.type ?? 'unknown';
            version = data.latest_version ?? 0;
            const entry = data.keys?.[String(version)];
            const pem = typeof entry === 'object' ? entry.public_key : undefined;
            if (!pem) {
                // Symmetric keys list a creation time per version, not a public key.
                throw new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteKeyError */ ._(`${SERVICE}: key ${name} (input ${uri.input}) is ${type}, which has no public key; Okta accepts RSA 2048+ signing keys with PKCS#1 v1.5 (RS256/384/512) and EC P-256/P-384/P-521 signing keys (transit types rsa-2048/3072/4096, ecdsa-p256/p384/p521).`);
            }
            return {
                key: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem),
                serviceKeyType: `${type}${data.supports_signing === false ? ' (signing not supported)' : ''}`,
                algorithms: data.supports_signing === false ? [] : (ALGORITHMS_OF[type] ?? [])
            };
        },
        async sign(signingInput, algorithm) {
            const rsa = algorithm.startsWith('RS');
            // hash_algorithm in the body, not as a path suffix: the policy path is then exactly
            // transit/sign/KEY, the one the error below names.
            const data = await call('POST', signPath, '"update"', {
                input: Buffer.from(signingInput).toString('base64'),
                hash_algorithm: `sha2-${algorithm.slice(2)}`,
                key_version: version,
                ...(rsa ? { signature_algorithm: 'pkcs1v15' } : { marshaling_algorithm: 'jws' })
            });
            const signature = typeof data.signature === 'string' ? data.signature : '';
            const match = /^vault:v\d+:(.+)$/.exec(signature);
            if (!match) {
                throw new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteKeyError */ ._(`${SERVICE}: sign for ${name} returned no vault:v<N>: signature.`);
            }
            // jws marshaling answers base64url, the default standard base64: Buffer reads both.
            return { signature: Buffer.from(match[1], rsa ? 'base64' : 'base64url'), encoding: 'jose' };
        }
    };
    return Promise.resolve(provider);
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (hashiVault);


/***/ })

};
