export const id = 231;
export const ids = [231];
export const modules = {

/***/ 9231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(492);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(google_auth_library__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1990);




/**
 * `gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K/cryptoKeyVersions/V` keys, through
 * Cloud KMS's REST API v1 with google-auth-library's Application Default Credentials (what
 * google-github-actions/auth sets up).
 *
 * Why not @google-cloud/kms: bundled with ncc, its client (even with the REST fallback) came to
 * 6.9 MB and a 57 s build, against 0.94 MB and 9 s for google-auth-library and the two REST calls
 * this action makes (getPublicKey, asymmetricSign), which it already authenticates the same way.
 */
const SERVICE = 'Google Cloud KMS';
const API = 'https://cloudkms.googleapis.com';
// cloud.google.com/kms/docs/reference/rest (OAuth scopes): the narrow scope, used as the default
// scope so that a service-account key signs its own JWT instead of a token exchange, as Google's
// client libraries do.
const SCOPE = 'https://www.googleapis.com/auth/cloudkms';
const VERSION_NAME = /^projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+\/cryptoKeyVersions\/[^/]+$/;
/**
 * The algorithms Okta accepts, by Cloud KMS algorithm (cloud.google.com/kms/docs/algorithms):
 * the algorithm is fixed per key version, so each maps to one JOSE algorithm. PSS, secp256k1,
 * decryption and symmetric keys are absent, and so refused by name.
 */
const JOSE_ALGORITHM = {
    RSA_SIGN_PKCS1_2048_SHA256: 'RS256',
    RSA_SIGN_PKCS1_3072_SHA256: 'RS256',
    RSA_SIGN_PKCS1_4096_SHA256: 'RS256',
    RSA_SIGN_PKCS1_4096_SHA512: 'RS512',
    EC_SIGN_P256_SHA256: 'ES256',
    EC_SIGN_P384_SHA384: 'ES384'
};
const DIGEST = {
    RS256: 'sha256',
    RS384: 'sha384',
    RS512: 'sha512',
    ES256: 'sha256',
    ES384: 'sha384',
    ES512: 'sha512'
};
/** One line from a failed call: Google's message, and what to change. */
function failure(error, call, name) {
    const response = error.response;
    const data = response?.data;
    // Read the message by shape, not `instanceof Error`: google-auth-library may throw from
    // another realm (a VM context), where the check is false for a real Error.
    const thrown = error?.message;
    const detail = data?.error?.message ?? (typeof thrown === 'string' ? thrown : String(error));
    const message = detail.split('\n')[0]?.replace(/\.$/, '') ?? '';
    const permission = call === 'asymmetricSign'
        ? 'cloudkms.cryptoKeyVersions.useToSign (role Cloud KMS CryptoKey Signer)'
        : 'cloudkms.cryptoKeyVersions.viewPublicKey (role Cloud KMS Public Key Viewer)';
    let fix;
    if (response?.status === 403) {
        fix = `Grant ${permission} on ${name} to the job's identity.`;
    }
    else if (response?.status === 401 || !response) {
        fix =
            'Give the job Application Default Credentials (google-github-actions/auth before this step, or GOOGLE_APPLICATION_CREDENTIALS).';
    }
    else if (response.status === 404) {
        fix = `Check the key version name ${name}.`;
    }
    else {
        fix = `Check the key version ${name} (${data?.error?.status ?? `HTTP ${response.status}`}).`;
    }
    return new _provider_js__WEBPACK_IMPORTED_MODULE_3__/* .RemoteKeyError */ ._(`${SERVICE}: ${call} failed: ${message}. ${fix}`);
}
class GcpKmsProvider {
    keyLabel;
    endpoint;
    client;
    service = SERVICE;
    constructor(keyLabel, endpoint, client) {
        this.keyLabel = keyLabel;
        this.endpoint = endpoint;
        this.client = client;
    }
    async call(call, url, data) {
        try {
            const client = await this.client;
            const response = await client.request({
                url,
                method: data === undefined ? 'GET' : 'POST',
                ...(data === undefined ? {} : { data }),
                // One call per signature: the action's own retry policy decides about another attempt.
                retry: false
            });
            return response.data;
        }
        catch (error) {
            throw failure(error, call, this.keyLabel);
        }
    }
    async getPublicKey() {
        const { pem, algorithm } = await this.call('getPublicKey', `${this.endpoint}/v1/${this.keyLabel}/publicKey`);
        const jose = JOSE_ALGORITHM[algorithm];
        return { key: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem), serviceKeyType: algorithm, algorithms: jose ? [jose] : [] };
    }
    async sign(signingInput, algorithm) {
        const digestName = DIGEST[algorithm];
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(digestName).update(signingInput).digest('base64');
        const { signature } = await this.call('asymmetricSign', `${this.endpoint}/v1/${this.keyLabel}:asymmetricSign`, { digest: { [digestName]: digest } });
        // ECDSA comes back DER-encoded (cloud.google.com/kms/docs/create-validate-signatures);
        // RSA PKCS#1 v1.5 bytes are JOSE's form already.
        return {
            signature: Buffer.from(signature, 'base64'),
            encoding: algorithm.startsWith('ES') ? 'der' : 'jose'
        };
    }
}
const gcpKmsProvider = (uri, _ctx) => {
    if (!VERSION_NAME.test(uri.path)) {
        return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(uri.input, `${uri.input}: ${uri.display} must name a key version: gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K/cryptoKeyVersions/V.`));
    }
    const client = authClient(uri.path.split('/')[1] ?? '');
    // Surfaced by the first call, as one line; never an unhandled rejection meanwhile.
    client.catch(() => undefined);
    return Promise.resolve(new GcpKmsProvider(uri.path, (uri.endpoint ?? API).replace(/\/$/, ''), client));
};
/**
 * Application Default Credentials, as the library finds them in the step's environment:
 * GOOGLE_APPLICATION_CREDENTIALS (a service-account key, or the external_account file
 * google-github-actions/auth writes), then the rest of the ADC chain. (Handing the library the
 * file's content instead makes it print a deprecation warning into the job log.) A service-account
 * key signs its own JWT for Cloud KMS, as Google's client libraries do
 * (developers.google.com/identity/protocols/oauth2/service-account, "Addendum: Service account
 * authorization without OAuth"): the service path gives its audience.
 */
function authClient(projectId) {
    // The key's project: without it the library looks the project up in Cloud Resource Manager
    // for external_account credentials, a call the job's identity may not be allowed to make.
    const auth = new google_auth_library__WEBPACK_IMPORTED_MODULE_1__.GoogleAuth({ projectId });
    auth.defaultScopes = [SCOPE];
    auth.defaultServicePath = 'cloudkms.googleapis.com';
    return auth.getClient();
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (gcpKmsProvider);


/***/ })

};
