export const id = 450;
export const ids = [450];
export const modules = {

/***/ 3450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2632);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1990);



/**
 * AWS KMS through the AWS SDK (docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html and
 * API_GetPublicKey.html). Credentials come from the SDK's default chain (environment, web
 * identity from aws-actions/configure-aws-credentials, SSO, instance role); the action never takes
 * them as inputs. Sign uses MessageType RAW: the JWS signing input is far below KMS's 4096-byte
 * limit, and KMS hashes it itself. ECDSA signatures come back DER (ANS X9.62 / RFC 3279 §2.2.3);
 * remote-signer.ts turns them into r||s.
 */
const SERVICE = 'AWS KMS';
// JOSE algorithm → KMS SigningAlgorithm, and the key spec an ES* algorithm needs (RFC 7518 §3.4).
const KMS_ALGORITHMS = {
    RS256: 'RSASSA_PKCS1_V1_5_SHA_256',
    RS384: 'RSASSA_PKCS1_V1_5_SHA_384',
    RS512: 'RSASSA_PKCS1_V1_5_SHA_512',
    ES256: 'ECDSA_SHA_256',
    ES384: 'ECDSA_SHA_384',
    ES512: 'ECDSA_SHA_512'
};
const EC_CURVE_OF = {
    ES256: 'ECC_NIST_P256',
    ES384: 'ECC_NIST_P384',
    ES512: 'ECC_NIST_P521'
};
const awsKms = (uri, ctx) => {
    const { env } = ctx;
    // The SDK's default chain reads the process's environment; the step's own environment (the
    // same object on a runner) is passed explicitly when it carries static keys, masked first.
    for (const secret of [env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN])
        if (secret)
            ctx.mask(secret);
    const region = regionOf(uri.path) || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) {
        throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteKeyError */ ._(`${SERVICE}: no region for key ${uri.path}: set AWS_REGION (aws-actions/configure-aws-credentials sets it with aws-region), or give the key's ARN.`);
    }
    const credentials = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {})
        }
        : undefined;
    const client = new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__/* .KMSClient */ .pgq({
        region,
        // One remote signature per assertion: the action's own retries sign a new assertion.
        maxAttempts: 1,
        ...(uri.endpoint ? { endpoint: uri.endpoint } : {}),
        ...(credentials ? { credentials } : {})
    });
    const keyId = uri.path;
    const call = async (permission, send) => {
        try {
            return await send();
        }
        catch (error) {
            throw describeError(error, keyId, permission);
        }
    };
    const provider = {
        service: SERVICE,
        keyLabel: keyId,
        // Sign takes the key id and the algorithm, nothing GetPublicKey returns.
        signsWithoutPublicKey: true,
        async getPublicKey() {
            const answer = await call('kms:GetPublicKey', () => client.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__/* .GetPublicKeyCommand */ .QSA({ KeyId: keyId })));
            const spec = answer.KeySpec ?? 'unknown';
            const usage = answer.KeyUsage ?? 'unknown';
            const offered = answer.SigningAlgorithms ?? [];
            const algorithms = usage === 'SIGN_VERIFY'
                ? Object.keys(KMS_ALGORITHMS).filter(alg => offered.includes(KMS_ALGORITHMS[alg]) &&
                    (alg.startsWith('RS') ? spec.startsWith('RSA_') : EC_CURVE_OF[alg] === spec))
                : [];
            if (!answer.PublicKey) {
                throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteKeyError */ ._(`${SERVICE}: GetPublicKey for ${keyId} returned no public key.`);
            }
            return {
                key: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(answer.PublicKey), format: 'der', type: 'spki' }),
                serviceKeyType: `${spec} ${usage}${offered.length ? ` (${offered.join(', ')})` : ''}`,
                algorithms
            };
        },
        async sign(signingInput, algorithm) {
            const answer = await call('kms:Sign', () => client.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__/* .SignCommand */ .fJE({
                KeyId: keyId,
                Message: signingInput,
                MessageType: 'RAW',
                SigningAlgorithm: KMS_ALGORITHMS[algorithm]
            })));
            if (!answer.Signature) {
                throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteKeyError */ ._(`${SERVICE}: Sign for ${keyId} returned no signature.`);
            }
            return {
                signature: answer.Signature,
                encoding: algorithm.startsWith('ES') ? 'der' : 'jose'
            };
        },
        close() {
            client.destroy();
            return Promise.resolve();
        }
    };
    return Promise.resolve(provider);
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (awsKms);
/** arn:aws:kms:REGION:ACCOUNT:key/ID (or alias/NAME) carries its region. */
function regionOf(keyId) {
    return /^arn:aws[a-z-]*:kms:([a-z0-9-]+):/.exec(keyId)?.[1] ?? '';
}
/** One line: the service, its message, and what to grant or fix. */
function describeError(error, keyId, permission) {
    const { name, message } = error;
    const said = (message ?? String(error)).replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    const fix = {
        AccessDeniedException: `Grant ${permission} on the key to the job's role (its key policy or IAM policy)`,
        NotFoundException: `Check the key id or alias and the region (AWS_REGION)`,
        DisabledException: `Enable the key (aws kms enable-key)`,
        KMSInvalidStateException: `The key must be Enabled, not pending deletion or import`,
        UnsupportedOperationException: `Use an asymmetric SIGN_VERIFY key (RSA_2048+ or ECC_NIST_P256/P384/P521)`,
        InvalidKeyUsageException: `Use a key whose KeyUsage is SIGN_VERIFY`,
        CredentialsProviderError: `Configure AWS credentials in an earlier step, e.g. aws-actions/configure-aws-credentials with role-to-assume (GitHub OIDC)`
    };
    const hint = fix[name ?? ''] ?? `Check that the job's role may call ${permission} on the key`;
    return new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteKeyError */ ._(`${SERVICE}: ${said} (${name ?? 'error'} for ${keyId}). ${hint}.`);
}


/***/ })

};
