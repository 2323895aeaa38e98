export const id = 688;
export const ids = [688];
export const modules = {

/***/ 8688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   publicKeyOf: () => (/* binding */ publicKeyOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _azure_identity__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8523);
/* harmony import */ var _azure_keyvault_keys__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9745);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1990);





/**
 * `azurekms://VAULT.vault.azure.net/KEY[/VERSION]` keys, through @azure/keyvault-keys with
 * @azure/identity's DefaultAzureCredential (what azure/login with OIDC sets up, or AZURE_* for a
 * service principal). Key Vault signs a digest (learn.microsoft.com/en-us/rest/api/keyvault/keys/
 * sign/sign) and takes JOSE algorithm names; ECDSA comes back as r||s already.
 */
const SERVICE = 'Azure Key Vault';
const VAULT_PATH = /^([A-Za-z0-9.-]+)\/([A-Za-z0-9-]+)(?:\/([A-Za-z0-9]+))?$/;
const CURVE_ALGORITHM = {
    'P-256': 'ES256',
    'P-384': 'ES384',
    'P-521': 'ES512'
};
const DIGEST = {
    RS256: 'sha256',
    RS384: 'sha384',
    RS512: 'sha512',
    ES256: 'sha256',
    ES384: 'sha384',
    ES512: 'sha512'
};
const b64url = (bytes) => Buffer.from(bytes ?? []).toString('base64url');
/** One line from an SDK failure: the service's message and the permission or setup to fix. */
function failure(error, operation, key) {
    const { statusCode, name, errorResponse } = error;
    // Entra's own description (AADSTS...) says more than the SDK's wrapper line.
    const message = (errorResponse?.errorDescription ?? (error instanceof Error ? error.message : String(error)))
        .split(/\r?\n/)[0]
        ?.replace(/\.$/, '');
    let fix;
    if (statusCode === 403) {
        // learn.microsoft.com/en-us/azure/key-vault/general/rbac-guide: Key Vault Crypto User
        // holds keys/read (get) and keys/sign.
        fix = `Give the job's identity the Key Vault \`${operation}\` key permission on ${key} (access policy), or the Key Vault Crypto User role (RBAC).`;
    }
    else if (statusCode === 404) {
        fix = `Check the vault, key name and version in ${key}.`;
    }
    else if (name === 'CredentialUnavailableError' ||
        name === 'AuthenticationError' ||
        name === 'AggregateAuthenticationError') {
        fix =
            'Give the job Azure credentials: azure/login (OIDC) before this step, or AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret or federated token.';
    }
    else {
        fix = `Check ${key}.`;
    }
    return new _provider_js__WEBPACK_IMPORTED_MODULE_4__/* .RemoteKeyError */ ._(`${SERVICE}: ${operation} failed: ${message}. ${fix}`);
}
/** The key's JWK as Key Vault returned it, to what the action needs. */
function publicKeyOf(key) {
    const jwk = key.key;
    const kty = jwk?.kty ?? 'unknown';
    const ops = key.keyOperations ?? [];
    let remote;
    if (kty === 'RSA' || kty === 'RSA-HSM') {
        const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
            key: { kty: 'RSA', n: b64url(jwk?.n), e: b64url(jwk?.e) },
            format: 'jwk'
        });
        const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
        // Okta takes RSA keys of 2048 bits or more (docs/okta-behaviour.md).
        remote = {
            key: publicKey,
            serviceKeyType: `${kty} ${bits}-bit`,
            algorithms: bits >= 2048 ? ['RS256', 'RS384', 'RS512'] : []
        };
    }
    else if (kty === 'EC' || kty === 'EC-HSM') {
        const crv = jwk?.crv ?? '';
        const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
            key: {
                kty: 'EC',
                crv: crv === 'P-256K' ? 'secp256k1' : crv,
                x: b64url(jwk?.x),
                y: b64url(jwk?.y)
            },
            format: 'jwk'
        });
        const algorithm = CURVE_ALGORITHM[crv];
        remote = {
            key: publicKey,
            serviceKeyType: `${kty} ${crv}`,
            algorithms: algorithm ? [algorithm] : []
        };
    }
    else {
        throw new _provider_js__WEBPACK_IMPORTED_MODULE_4__/* .RemoteKeyError */ ._(`${SERVICE}: ${key.id ?? key.name} is a ${kty} key, which cannot sign for Okta. Use an RSA (2048 bits or more) or EC P-256/P-384/P-521 key.`);
    }
    if (!ops.includes('sign')) {
        return {
            ...remote,
            serviceKeyType: `${remote.serviceKeyType} (key_ops: ${ops.join(', ') || 'none'})`,
            algorithms: []
        };
    }
    return remote;
}
class AzureKeyVaultProvider {
    keyLabel;
    keys;
    credential;
    name;
    version;
    service = SERVICE;
    key;
    crypto;
    constructor(keyLabel, keys, credential, name, version) {
        this.keyLabel = keyLabel;
        this.keys = keys;
        this.credential = credential;
        this.name = name;
        this.version = version;
    }
    fetchKey() {
        this.key ??= this.keys
            .getKey(this.name, this.version ? { version: this.version } : {})
            .catch((error) => {
            this.key = undefined;
            throw failure(error, 'get', this.keyLabel);
        });
        return this.key;
    }
    async getPublicKey() {
        return publicKeyOf(await this.fetchKey());
    }
    async sign(signingInput, algorithm) {
        // Built from the fetched key (its id names the version), so a signature is one sign call
        // and the client never fetches the key again.
        this.crypto ??= new _azure_keyvault_keys__WEBPACK_IMPORTED_MODULE_2__/* .CryptographyClient */ .k1(await this.fetchKey(), this.credential, NO_RETRIES);
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(DIGEST[algorithm]).update(signingInput).digest();
        try {
            const { result } = await this.crypto.sign(algorithm, digest);
            return { signature: result, encoding: 'jose' };
        }
        catch (error) {
            throw failure(error, 'sign', this.keyLabel);
        }
    }
}
// One remote signature per assertion: the action's own retries sign a new assertion.
const NO_RETRIES = { retryOptions: { maxRetries: 0 } };
const azureKeyVaultProvider = (uri, ctx) => {
    // DefaultAzureCredential's EnvironmentCredential reads these from the step's environment.
    for (const secret of [ctx.env.AZURE_CLIENT_SECRET, ctx.env.AZURE_CLIENT_CERTIFICATE_PASSWORD]) {
        if (secret)
            ctx.mask(secret);
    }
    const match = VAULT_PATH.exec(uri.path);
    if (!match) {
        return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(uri.input, `${uri.input}: ${uri.display} must name a vault and a key: azurekms://VAULT.vault.azure.net/KEY[/VERSION].`));
    }
    const [, host = '', name = '', version] = match;
    const vaultUrl = uri.endpoint ?? `https://${host}`;
    // DefaultAzureCredential reads the step's environment itself (AZURE_*, the CLI login).
    const credential = new _azure_identity__WEBPACK_IMPORTED_MODULE_1__/* .DefaultAzureCredential */ .gv();
    const label = `${host}/${name}${version ? `/${version}` : ''}`;
    return Promise.resolve(new AzureKeyVaultProvider(label, new _azure_keyvault_keys__WEBPACK_IMPORTED_MODULE_2__/* .KeyClient */ .xp(vaultUrl, credential, NO_RETRIES), credential, name, version));
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (azureKeyVaultProvider);


/***/ })

};
