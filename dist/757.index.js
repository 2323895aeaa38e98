export const id = 757;
export const ids = [757];
export const modules = {

/***/ 1239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ signClientAssertion)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var jose__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1445);


async function signClientAssertion(params) {
    const { key, clientId, audience, lifetimeSeconds, nowSeconds } = params;
    const header = { alg: key.algorithm, kid: key.kid, typ: 'JWT' };
    const claims = {
        iss: clientId,
        sub: clientId,
        aud: audience,
        jti: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        iat: nowSeconds,
        exp: nowSeconds + lifetimeSeconds
    };
    const signingInput = `${encodeJson(header)}.${encodeJson(claims)}`;
    const signature = await key.sign(new TextEncoder().encode(signingInput));
    return `${signingInput}.${jose__WEBPACK_IMPORTED_MODULE_1__/* .encode */ .l(signature)}`;
}
function encodeJson(value) {
    return jose__WEBPACK_IMPORTED_MODULE_1__/* .encode */ .l(JSON.stringify(value));
}


/***/ }),

/***/ 9454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xe: () => (/* binding */ createDpopKey),
  hH: () => (/* binding */ signDpopProof)
});

// UNUSED EXPORTS: htuOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/base64url.js
var base64url = __webpack_require__(1445);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var errors = __webpack_require__(5674);
;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_algorithms.js


const sig = [["verify"], ["sign"]];
function hmac(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: !0, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  const subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  const subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  const subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
const JWS = table({
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  const entry = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry)
    throw new errors/* JOSENotSupported */.T0(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry;
}


// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/validate.js
var validate = __webpack_require__(7784);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
var buffer_utils = __webpack_require__(7410);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/key.js
var lib_key = __webpack_require__(7859);
;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_sign.js






async function createSignature(input, key, rejectUnencoded) {
  let [payload, protectedHeader, unprotectedHeader, crit] = input, encodedProtectedHeader = "";
  if (protectedHeader !== void 0) {
    const normalized = (0,validate/* serializeJoseHeader */.ji)(errors/* JWSInvalid */.Ye, protectedHeader);
    protectedHeader = normalized[0], encodedProtectedHeader = (0,base64url/* encode */.l)(normalized[1]);
  }
  if (unprotectedHeader !== void 0 && (unprotectedHeader = (0,validate/* serializeJoseHeader */.ji)(errors/* JWSInvalid */.Ye, unprotectedHeader)[0]), !protectedHeader && !unprotectedHeader)
    throw new errors/* JWSInvalid */.Ye("either setProtectedHeader or setUnprotectedHeader must be called before #sign()");
  if (!(0,validate/* isDisjoint */.fz)(protectedHeader, unprotectedHeader))
    throw new errors/* JWSInvalid */.Ye("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...unprotectedHeader };
  (0,validate/* validateCritDuplicates */.BU)(errors/* JWSInvalid */.Ye, protectedHeader);
  const b64 = (0,validate/* validateB64 */.J0)(protectedHeader, (0,validate/* validateCrit */.nI)(errors/* JWSInvalid */.Ye, validate/* JWS_RECOGNIZED */.qc, crit, protectedHeader, joseHeader));
  b64 || rejectUnencoded?.();
  const { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new errors/* JWSInvalid */.Ye('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  const entry = jwsAlgorithm(alg);
  let encodedPayload = "", signingPayload = payload, signingInput;
  if (b64) {
    const encodedPayloadCache = input[4];
    encodedPayloadCache ? (encodedPayload = encodedPayloadCache[0] ??= (0,base64url/* encode */.l)(payload), signingPayload = encodedPayloadCache[1] ??= (0,buffer_utils/* encode */.lF)(encodedPayload)) : (encodedPayload = (0,base64url/* encode */.l)(payload), signingInput = buffer_utils/* encoder */.Rd.encode(`${encodedProtectedHeader}.${encodedPayload}`));
  }
  signingInput ??= (0,buffer_utils/* concat */.xW)((0,buffer_utils/* encode */.lF)(encodedProtectedHeader), (0,buffer_utils/* encode */.lF)("."), signingPayload);
  const signingKey = await (0,lib_key/* rawKey */.GK)(await (0,lib_key/* prepareKey */.dT)(entry, key, "sign"), entry.subtle, "sign");
  entry.minRsaBits && (0,lib_key/* checkModulusLength */.or)(entry.alg, signingKey);
  const jws = {
    signature: (0,base64url/* encode */.l)(new Uint8Array(await crypto.subtle.sign(entry.signing, signingKey, signingInput))),
    payload: encodedPayload
  };
  return protectedHeader && (jws.protected = encodedProtectedHeader), unprotectedHeader && (jws.header = unprotectedHeader), [jws, b64];
}
async function createCompactSignature(payload, protectedHeader, crit, key, rejectUnencoded) {
  const [jws] = await createSignature([payload, protectedHeader, void 0, crit], key, rejectUnencoded);
  return `${jws.protected}.${jws.payload}.${jws.signature}`;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jwt_claims_set.js



const epoch = (date) => Math.floor(date.getTime() / 1e3), multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
}, REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i, checkFailed = "check_failed";
function invalidDuration() {
  throw new TypeError("Invalid time period format");
}
function secs(str) {
  typeof str != "string" && invalidDuration();
  const matched = REGEX.exec(str);
  (!matched || matched[4] && matched[1]) && invalidDuration();
  const value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
  return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4] === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
  if (!Number.isFinite(input))
    throw new TypeError(`Invalid ${label} input`);
  return input;
}
function validateStringClaim(claim, value) {
  if (typeof value != "string")
    throw new TypeError(`"${claim}" claim must be a string`);
}
function validateAudienceClaim(value) {
  if (typeof value != "string" && (!Array.isArray(value) || Array.from(value).some((member) => typeof member != "string")))
    throw new TypeError('"aud" claim must be a string or an array of strings');
}
function numericDate(value, label) {
  return typeof value == "number" ? validateInput(label, value) : value instanceof Date ? validateInput(label, epoch(value)) : epoch(/* @__PURE__ */ new Date()) + secs(value);
}
const normalizeTyp = (value) => {
  const normalized = value.toLowerCase();
  return value.includes("/") ? normalized : `application/${normalized}`;
}, checkAudiencePresence = (audPayload, audOption) => typeof audPayload == "string" ? audOption.includes(audPayload) : Array.isArray(audPayload) ? audOption.some((aud) => audPayload.includes(aud)) : !1;
function validateNumericDate(claimsSet, claim, required = !1) {
  const value = claimsSet[claim];
  if (!(value === void 0 && !required)) {
    if (typeof value != "number")
      throw new JWTClaimValidationFailed(`"${claim}" claim must be a number`, claimsSet, claim, "invalid");
    return value;
  }
}
function unexpectedClaim(claimsSet, claim) {
  throw new JWTClaimValidationFailed(`unexpected "${claim}" claim value`, claimsSet, claim, checkFailed);
}
function validateClaimsSet(protectedHeader, claimsSetBytes, options = {}) {
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object", { cause });
  }
  if (!isObject(claimsSet))
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object");
  const { typ } = options;
  if (typ !== void 0 && (typeof protectedHeader.typ != "string" || normalizeTyp(protectedHeader.typ) !== normalizeTyp(typ)))
    throw new JWTClaimValidationFailed('unexpected "typ" JWT header value', claimsSet, "typ", checkFailed);
  const { requiredClaims = [], issuer, subject, audience, maxTokenAge } = options, presenceCheck = [...requiredClaims];
  maxTokenAge !== void 0 && presenceCheck.push("iat"), audience !== void 0 && presenceCheck.push("aud"), subject !== void 0 && presenceCheck.push("sub"), issuer !== void 0 && presenceCheck.push("iss");
  for (const claim of new Set(presenceCheck.reverse()))
    if (!Object.hasOwn(claimsSet, claim))
      throw new JWTClaimValidationFailed(`missing required "${claim}" claim`, claimsSet, claim, "missing");
  issuer !== void 0 && !(Array.isArray(issuer) ? issuer : [issuer]).includes(claimsSet.iss) && unexpectedClaim(claimsSet, "iss"), subject !== void 0 && claimsSet.sub !== subject && unexpectedClaim(claimsSet, "sub"), audience !== void 0 && !checkAudiencePresence(claimsSet.aud, typeof audience == "string" ? [audience] : audience) && unexpectedClaim(claimsSet, "aud");
  const { clockTolerance } = options;
  let tolerance = 0;
  if (typeof clockTolerance == "string")
    tolerance = secs(clockTolerance);
  else if (clockTolerance !== void 0) {
    if (typeof clockTolerance != "number")
      throw new TypeError("Invalid clockTolerance option type");
    tolerance = clockTolerance;
  }
  if (validateInput("clockTolerance option", tolerance), tolerance < 0)
    throw new TypeError("Invalid clockTolerance option input");
  const { currentDate } = options, now = validateInput("currentDate option", epoch(currentDate === void 0 ? /* @__PURE__ */ new Date() : currentDate)), iat = validateNumericDate(claimsSet, "iat", maxTokenAge !== void 0), nbf = validateNumericDate(claimsSet, "nbf");
  if (nbf !== void 0 && nbf > now + tolerance)
    throw new JWTClaimValidationFailed('"nbf" claim timestamp check failed', claimsSet, "nbf", checkFailed);
  const exp = validateNumericDate(claimsSet, "exp");
  if (exp !== void 0 && exp <= now - tolerance)
    throw new JWTExpired('"exp" claim timestamp check failed', claimsSet, "exp", checkFailed);
  if (maxTokenAge !== void 0) {
    const age = now - iat, max = validateInput("maxTokenAge option", typeof maxTokenAge == "number" ? maxTokenAge : secs(maxTokenAge));
    if (max < 0)
      throw new TypeError("Invalid maxTokenAge option input");
    if (age - tolerance > max)
      throw new JWTExpired('"iat" claim timestamp check failed (too far in the past)', claimsSet, "iat", checkFailed);
    if (age < -tolerance)
      throw new JWTClaimValidationFailed('"iat" claim timestamp check failed (it should be in the past)', claimsSet, "iat", checkFailed);
  }
  return claimsSet;
}
let producerClaimsSets;
function producerClaimsSet(producer) {
  return producerClaimsSets.get(producer);
}
function jwtClaimsSetBytes(producer) {
  const claimsSet = producerClaimsSet(producer);
  for (const claim of ["iat", "nbf", "exp"]) {
    const value = claimsSet[claim];
    if (typeof value == "number" && !Number.isFinite(value))
      throw new TypeError(`"${claim}" claim must be a finite number`);
  }
  return buffer_utils/* encoder */.Rd.encode(JSON.stringify(claimsSet));
}
function jwtClaim(producer, claim) {
  return producerClaimsSet(producer)[claim];
}
class JWTClaimsBuilder {
  constructor(claimsSet = {}) {
    if (!(0,validate/* isObject */.Gv)(claimsSet))
      throw new TypeError("JWT Claims Set MUST be an object");
    (producerClaimsSets ||= /* @__PURE__ */ new WeakMap()).set(this, structuredClone(claimsSet));
  }
  setIssuer(value) {
    return validateStringClaim("iss", value), producerClaimsSet(this).iss = value, this;
  }
  setSubject(value) {
    return validateStringClaim("sub", value), producerClaimsSet(this).sub = value, this;
  }
  setAudience(value) {
    return validateAudienceClaim(value), producerClaimsSet(this).aud = value, this;
  }
  setJti(value) {
    return validateStringClaim("jti", value), producerClaimsSet(this).jti = value, this;
  }
  setNotBefore(value) {
    return producerClaimsSet(this).nbf = numericDate(value, "setNotBefore"), this;
  }
  setExpirationTime(value) {
    return producerClaimsSet(this).exp = numericDate(value, "setExpirationTime"), this;
  }
  setIssuedAt(value) {
    const claimsSet = producerClaimsSet(this);
    return value === void 0 ? claimsSet.iat = epoch(/* @__PURE__ */ new Date()) : typeof value == "string" ? claimsSet.iat = validateInput("setIssuedAt", epoch(/* @__PURE__ */ new Date()) + secs(value)) : claimsSet.iat = numericDate(value, "setIssuedAt"), this;
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jwt/sign.js




const SignJWT_base = JWTClaimsBuilder;
class SignJWT extends SignJWT_base {
  #protectedHeader;
  setProtectedHeader(protectedHeader) {
    return (0,validate/* assertNotSet */.ac)(this.#protectedHeader, "setProtectedHeader"), this.#protectedHeader = protectedHeader, this;
  }
  async sign(key, options) {
    return createCompactSignature(jwtClaimsSetBytes(this), this.#protectedHeader, options?.crit, key, () => {
      throw new errors/* JWTInvalid */.Dp("JWTs MUST NOT use unencoded payload");
    });
  }
}


;// CONCATENATED MODULE: ./src/jwt/dpop.ts



async function createDpopKey() {
    const { privateKey, publicKey } = await (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair)('ec', {
        namedCurve: 'prime256v1'
    });
    const pub = publicKey.export({ format: 'jwk' });
    const priv = privateKey.export({ format: 'jwk' });
    return {
        privateKey,
        publicJwk: { kty: pub.kty, crv: pub.crv, x: pub.x, y: pub.y },
        privateJwkJson: JSON.stringify({ ...priv, alg: 'ES256' })
    };
}
function signDpopProof(params) {
    const claims = { htm: params.method, htu: htuOf(params.url) };
    if (params.nonce)
        claims.nonce = params.nonce;
    if (params.accessToken) {
        claims.ath = (0,external_node_crypto_.createHash)('sha256').update(params.accessToken, 'ascii').digest('base64url');
    }
    return new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: params.key.publicJwk })
        .setJti((0,external_node_crypto_.randomUUID)())
        .setIssuedAt(params.nowSeconds)
        .sign(params.key.privateKey);
}
/**
 * htu is the request URL without query and fragment (RFC 9449 §4.2). Okta appears to compare
 * the path decoded (okta-sdk-nodejs #521, okta-sdk-python #541), so unreserved characters
 * that were percent-encoded are decoded, and a doubled slash is collapsed (okta-sdk-nodejs #453).
 */
function htuOf(raw) {
    const url = new URL(raw);
    const path = url.pathname.replace(/\/{2,}/g, '/').replace(/%[0-9A-Fa-f]{2}/g, escape => {
        const char = String.fromCharCode(parseInt(escape.slice(1), 16));
        return /[A-Za-z0-9\-._~@:!$&'()*+,;=]/.test(char) ? char : escape.toUpperCase();
    });
    return `${url.origin}${path}`;
}


/***/ }),

/***/ 9624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XN: () => (/* binding */ keyGiven),
/* harmony export */   bL: () => (/* binding */ loadKeyFromInputs),
/* harmony export */   gg: () => (/* binding */ loadAdminKeyFromInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _keys_signing_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6491);


/** Whether the run was given a key (private-key or signing-key), rather than generating one. */
function keyGiven(inputs) {
    return Boolean(inputs.privateKey || inputs.signingKey);
}
/**
 * Loads `private-key`, or opens the remote key `signing-key` names (its provider's SDK loads only
 * then), and logs what it is (format, type, size, kid, algorithm; no material).
 */
async function loadKeyFromInputs(ctx, inputs, uri = inputs.signingKey) {
    if (uri) {
        // Loaded only for a key URI: a run with a PEM key does not load the remote-signing code.
        const { openRemoteSigner } = await __webpack_require__.e(/* import() */ 631).then(__webpack_require__.bind(__webpack_require__, 4631));
        return openRemoteSigner(uri, { env: ctx.env, mask: ctx.mask, log: ctx.log }, { keyId: inputs.keyId || undefined, algorithm: inputs.algorithm });
    }
    const key = await (0,_keys_signing_key_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSigningKey */ .fm)(inputs.privateKey, {
        passphrase: inputs.privateKeyPassphrase,
        keyId: inputs.keyId,
        algorithm: inputs.algorithm,
        mask: ctx.mask
    });
    logKey(ctx, 'Key', key);
    return key;
}
/**
 * Loads `admin-private-key` (the admin service app's key) the same way, in the same formats,
 * or opens the remote key `admin-signing-key` names; its errors name the admin inputs. Its
 * algorithm is the key's own (no algorithm input).
 */
async function loadAdminKeyFromInputs(ctx, inputs) {
    if (inputs.adminSigningKey) {
        const { openRemoteSigner } = await __webpack_require__.e(/* import() */ 631).then(__webpack_require__.bind(__webpack_require__, 4631));
        return openRemoteSigner(inputs.adminSigningKey, { env: ctx.env, mask: ctx.mask, log: ctx.log }, { keyId: inputs.adminKeyId || undefined, what: 'Admin app key' });
    }
    let key;
    try {
        key = await (0,_keys_signing_key_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSigningKey */ .fm)(inputs.adminPrivateKey, {
            passphrase: inputs.adminPrivateKeyPassphrase,
            keyId: inputs.adminKeyId,
            mask: ctx.mask
        });
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d))
            throw error;
        // The key parsers speak of private-key and private-key-passphrase.
        const admin = (text) => text.replace(/(?<![\w-])private-key/g, 'admin-private-key');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(admin(error.input), admin(error.message));
    }
    logKey(ctx, 'Admin app key', key);
    return key;
}
function logKey(ctx, what, key) {
    const kidFrom = { input: 'key-id input', jwk: 'from the JWK', thumbprint: 'RFC 7638 thumbprint' };
    ctx.log.info(`${what}: ${key.format}, ${key.description}, kid ${key.kid} (${kidFrom[key.kidSource]}), algorithm ${key.algorithm}`);
}


/***/ }),

/***/ 8690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ requestAccessToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _jwt_client_assertion_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1239);
/* harmony import */ var _jwt_dpop_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9454);
/* harmony import */ var _okta_okta_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2143);
/* harmony import */ var _okta_peer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5721);
/* harmony import */ var _http_retrying_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7666);






const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** switch to DPoP, two nonce challenges, one clock correction: more means a loop. */
const MAX_PROTOCOL_STEPS = 5;
async function requestAccessToken(params) {
    const { log, mask, skew, key, tokenEndpoint } = params;
    const http = params.http.withPeer(_okta_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .oktaPeer */ .C);
    let dpopKey = params.dpop === 'true' ? await (0,_jwt_dpop_js__WEBPACK_IMPORTED_MODULE_2__/* .createDpopKey */ .xe)() : undefined;
    let nonce;
    let requests = 0;
    const noncesSeen = new Set();
    for (let step = 1; step <= MAX_PROTOCOL_STEPS; step++) {
        const response = await http.send('Token request', async () => {
            requests++;
            const nowSeconds = skew.nowSeconds();
            const assertion = await (0,_jwt_client_assertion_js__WEBPACK_IMPORTED_MODULE_1__/* .signClientAssertion */ .T)({
                key,
                clientId: params.clientId,
                audience: params.audience,
                lifetimeSeconds: params.lifetimeSeconds,
                nowSeconds
            });
            mask(assertion);
            const headers = {
                'Content-Type': 'application/x-www-form-urlencoded',
                Accept: 'application/json'
            };
            if (dpopKey) {
                const proof = await (0,_jwt_dpop_js__WEBPACK_IMPORTED_MODULE_2__/* .signDpopProof */ .hH)({
                    key: dpopKey,
                    method: 'POST',
                    url: tokenEndpoint,
                    nowSeconds,
                    nonce
                });
                mask(proof);
                headers.DPoP = proof;
            }
            const body = new URLSearchParams({
                grant_type: 'client_credentials',
                scope: params.scopes.join(' '),
                client_assertion_type: ASSERTION_TYPE,
                client_assertion: assertion
            }).toString();
            return { method: 'POST', url: tokenEndpoint, headers, body };
        }, { validate: tokenBodyProblem });
        if (response.status === 200) {
            const result = parseTokenResponse(response.text, mask);
            return { ...result, dpopKey: result.tokenType === 'DPoP' ? dpopKey : undefined, requests };
        }
        const info = (0,_okta_okta_error_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOktaError */ .Bu)(response);
        // Okta burns the jti even on this 400, so the loop signs a new assertion and proof.
        const offered = response.headers.get('dpop-nonce');
        if (info.error === 'use_dpop_nonce' && dpopKey && offered && !noncesSeen.has(offered)) {
            noncesSeen.add(offered);
            nonce = offered;
            log.info('Token endpoint asked for a DPoP nonce; signing a new assertion and proof with it');
            continue;
        }
        if (isDpopRequired(info.error, info.description)) {
            if (params.dpop === 'auto' && !dpopKey) {
                log.info('The app requires DPoP; switching to DPoP with a new ephemeral EC P-256 key');
                dpopKey = await (0,_jwt_dpop_js__WEBPACK_IMPORTED_MODULE_2__/* .createDpopKey */ .xe)();
                continue;
            }
            if (params.dpop === 'false') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Token request failed: the app requires DPoP ("Require Demonstrating Proof of Possession (DPoP) header in token requests" in the app's General settings) and dpop is false: set dpop to auto or true, or untick that setting.${info.requestId ? ` (X-Okta-Request-Id: ${info.requestId})` : ''}`);
            }
        }
        if (skew.correctFrom(response, info)) {
            log.warning(`Token request refused for its times: ${skew.describe()}; signing again on the server's time`);
            continue;
        }
        throw new _okta_okta_error_js__WEBPACK_IMPORTED_MODULE_3__/* .OktaError */ .Qu('Token request', info);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Token request failed: the token endpoint kept asking for another DPoP nonce or proof after ${MAX_PROTOCOL_STEPS} tries.`);
}
function isDpopRequired(error, description) {
    return error === 'invalid_dpop_proof' && /header is missing|missing/i.test(description ?? '');
}
function tokenBodyProblem(response) {
    if (response.status !== 200)
        return undefined;
    const problem = (0,_http_retrying_client_js__WEBPACK_IMPORTED_MODULE_5__/* .expectJsonBody */ .Gp)({ ...response });
    if (problem)
        return problem;
    const body = JSON.parse(response.text);
    return typeof body.access_token === 'string' && body.access_token
        ? undefined
        : 'HTTP 200 without an access_token in the body';
}
function parseTokenResponse(text, mask) {
    const body = JSON.parse(text);
    const accessToken = String(body.access_token);
    // Masked the moment it exists, before anything else can print it.
    mask(accessToken);
    // Only the text "DPoP" (any case) makes a DPoP token; anything else is a Bearer one.
    const type = typeof body.token_type === 'string' ? body.token_type : 'Bearer';
    return {
        accessToken,
        tokenType: type.toLowerCase() === 'dpop' ? 'DPoP' : 'Bearer',
        expiresIn: Number(body.expires_in ?? 0),
        scope: typeof body.scope === 'string' ? body.scope : ''
    };
}


/***/ }),

/***/ 4155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hO: () => (/* binding */ metadataUrlsFor),
/* harmony export */   mF: () => (/* binding */ tokenEndpointFor),
/* harmony export */   n3: () => (/* binding */ revokeEndpointFor)
/* harmony export */ });
/**
 * One source of truth for Okta URLs. The token URL built here is also the assertion's `aud`
 * and the DPoP proof's `htu`: Okta compares both byte for byte (docs/okta-behaviour.md,
 * "Client assertion", "DPoP and nonces").
 */
/** Empty or `org` = org authorization server (the only one that mints okta.* scopes). */
function tokenEndpointFor(origin, authorizationServer) {
    const server = authorizationServer.trim();
    if (!server || server === 'org')
        return `${origin}/oauth2/v1/token`;
    return `${origin}/oauth2/${encodeURIComponent(server)}/v1/token`;
}
/**
 * The revoke endpoint beside an Okta token URL (`/oauth2/v1/token`, `/oauth2/{id}/v1/token`,
 * docs/okta-behaviour.md, "Revoke"). Undefined for any other server: its revoke URL cannot be
 * guessed from its token URL (oidc-provider's is `/token/revocation`), only read from its metadata.
 */
function revokeEndpointFor(tokenEndpoint) {
    const url = new URL(tokenEndpoint);
    if (!/^\/oauth2\/(?:[A-Za-z0-9_-]+\/)?v1\/token$/.test(url.pathname))
        return undefined;
    url.pathname = url.pathname.replace(/\/token$/, '/revoke');
    return url.toString();
}
/**
 * Where the metadata of the server behind a token URL may be, issuer unknown: for each path
 * prefix of the token URL, longest first, the OpenID Connect Discovery location and the
 * RFC 8414 one (`/.well-known/oauth-authorization-server` inserted before the path).
 */
function metadataUrlsFor(tokenEndpoint) {
    const { origin, pathname } = new URL(tokenEndpoint);
    const segments = pathname.split('/').filter(Boolean);
    const urls = [];
    for (let length = segments.length - 1; length >= 0; length--) {
        const prefix = segments
            .slice(0, length)
            .map(s => `/${s}`)
            .join('');
        urls.push(`${origin}${prefix}/.well-known/openid-configuration`);
        urls.push(`${origin}/.well-known/oauth-authorization-server${prefix}`);
    }
    return urls;
}


/***/ }),

/***/ 9347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ hintFor)
/* harmony export */ });
/**
 * What to do about the known causes (docs/okta-behaviour.md, "Error responses"). Matched on Okta's
 * code first and on its wording second, since Okta may reword descriptions.
 */
const HINTS = [
    [
        /kid is invalid|client_assertion_invalid_kid/,
        "The assertion's kid matches no ACTIVE key of the app: set key-id to the kid shown for the key in Okta (app > General > Public keys), or register this key's public JWK (mode: jwk prints it)."
    ],
    [
        /signature is invalid|invalid_signature\b/,
        'The key in private-key is not the one registered for this kid: check that private-key and key-id belong together and the public key in Okta matches.'
    ],
    [
        /audience claim|invalid_audience/,
        "The assertion's aud must be the exact token URL: do not set audience for Okta, and use the same host (org or custom domain) in okta-domain as the one the app was set up with."
    ],
    [
        /issued before the current time|issued_at_in_future|expiration too far|expires_too_far|token is expired|expired_token/,
        "The runner's clock and Okta's disagree: check the runner's time (NTP) or lower assertion-lifetime."
    ],
    [
        /already been used|already_used/,
        'An assertion or DPoP proof was sent twice; this action signs a new one per request, so check for another tool replaying it.'
    ],
    [
        /issuer claim|subject claim|invalid_issuer|invalid_subject/,
        "client-id does not name an app in this org: check client-id (the app's Client ID) and okta-domain."
    ],
    [
        /not allowed any of the requested scopes|no_org_scopes_granted|consent_required/,
        'Grant the scopes to the app first (app > Okta API Scopes, or mode: provision); only a Super Admin can grant them.'
    ],
    [
        /insufficient_scope|does not contain the required scopes/,
        'Request the needed scope in scopes and make sure it is granted to the app (Okta API Scopes tab).'
    ],
    [
        /requested scope is invalid|invalid_scope/,
        'Check scopes: okta.* scopes come only from the org authorization server (leave authorization-server empty); custom scopes only from a custom one.'
    ],
    [
        // Reaches a message only once the action has answered a challenge with the nonce offered
        // (token-request.ts, api-request.ts) and the server asks again, or offers no nonce.
        /use_dpop_nonce/,
        'The server asked for a DPoP nonce again after the action had answered with the one it offered (or offered none); the action answers each new nonce once and does not loop: re-run the step, and if it persists, the server changes its nonce on every request (RFC 9449 §8).'
    ],
    [
        /DPoP proof JWT header is missing/,
        'The app requires DPoP (app > General > "Require Demonstrating Proof of Possession"): set dpop to auto or true, or untick that setting.'
    ],
    [
        /DPoP authentication scheme|dpop_authentication_scheme_required/,
        'The token is DPoP-bound: send it as "Authorization: DPoP" with a fresh proof (mode: request does this), or untick "Require DPoP" on the app to get Bearer tokens.'
    ],
    [
        /permitted network zones|disallowed_network_zone/,
        "The app only accepts requests from its network zones; GitHub-hosted runners' addresses change: allow them or use a self-hosted runner in the zone."
    ],
    [
        /Policy evaluation failed|no_matching_policy|access_denied/,
        'The custom authorization server has no access policy rule for this client, grant type and scopes: add one.'
    ],
    [
        /not authorized to use the provided grant type|unauthorized_client/,
        'The app does not have the Client Credentials grant: tick it (app > General > Grant type), or use an API Services app.'
    ],
    [
        /must use the private_key_jwt|unsupported_auth_method/,
        "Set the app's client authentication to Public key / Private key."
    ],
    [
        /application_type' of 'service'|invalid_application_type/,
        'Only API Services apps can use client_credentials with the org authorization server: create an API Services app (mode: provision).'
    ],
    [
        /E0000047|rate limit/i,
        "Okta rate limit reached: raise max-attempts, spread the jobs out, or raise the app's rate-limit share (Applications > app > Application rate limits)."
    ],
    [
        /E0000006|do not have permission/,
        "The admin credential lacks the privilege (the api-token's admin, or the admin app's roles): granting scopes, assigning roles and rotating keys of a scoped app need a Super Admin."
    ],
    [
        /E0000011|Invalid token provided/,
        'The token is invalid, expired or revoked: create a new API token (Security > API > Tokens) or mint a new access token.'
    ]
];
function hintFor(info) {
    const keys = [info.error, info.errorCode, info.description, info.summary, ...info.causes]
        .filter(Boolean)
        .join(' | ');
    const known = keys ? HINTS.find(([pattern]) => pattern.test(keys))?.[1] : undefined;
    // A 5xx reaches the message only once max-attempts are spent, and often from a proxy or
    // load balancer with an HTML page that names nothing: say what it means.
    if (!known && info.status >= 500) {
        return 'Okta, or a proxy between the runner and Okta, answered with a server error on every attempt: try again later, or raise max-attempts.';
    }
    return known;
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ describeOktaError),
/* harmony export */   Bu: () => (/* binding */ parseOktaError),
/* harmony export */   Qu: () => (/* binding */ OktaError)
/* harmony export */ });
/* unused harmony export parseChallenge */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9347);


function parseOktaError(response) {
    const info = {
        status: response.status,
        causes: [],
        requestId: response.headers.get('x-okta-request-id') ?? undefined
    };
    let body = {};
    try {
        const parsed = JSON.parse(response.text);
        if (parsed && typeof parsed === 'object')
            body = parsed;
    }
    catch {
        // Non-JSON: a proxy's or load balancer's HTML page. The status says enough.
    }
    if (typeof body.error === 'string')
        info.error = clean(body.error);
    if (typeof body.error_description === 'string')
        info.description = clean(body.error_description);
    if (typeof body.errorCode === 'string')
        info.errorCode = clean(body.errorCode);
    if (typeof body.errorSummary === 'string')
        info.summary = clean(body.errorSummary);
    if (Array.isArray(body.errorCauses)) {
        for (const cause of body.errorCauses) {
            const text = cause?.errorSummary;
            if (typeof text === 'string')
                info.causes.push(clean(text));
        }
    }
    // GitHub's shape, for the secrets calls.
    if (!info.error && !info.summary && typeof body.message === 'string')
        info.summary = clean(body.message);
    const header = response.headers.get('www-authenticate');
    if (header) {
        info.challenge = parseChallenge(header);
        info.error ??= info.challenge.error;
        info.description ??= info.challenge.error_description;
    }
    return info;
}
/** `DPoP algs="…", error="invalid_dpop_proof", error_description="…"` → a record. */
function parseChallenge(header) {
    const out = {};
    for (const match of header.matchAll(/([a-zA-Z_]+)="((?:[^"\\]|\\.)*)"/g)) {
        out[match[1]] = clean(match[2]);
    }
    return out;
}
/** One line: what failed, Okta's words, the request id, and a hint for known causes. */
function describeOktaError(what, info) {
    const parts = [`HTTP ${info.status}`];
    if (info.error)
        parts.push(info.error);
    if (info.errorCode)
        parts.push(info.errorCode);
    let text = `${what} failed: ${parts.join(' ')}`;
    const words = [info.description, info.summary, ...info.causes].filter(Boolean);
    if (words.length)
        text += `: ${words.join(' ')}`;
    if (info.challenge?.scope)
        text += ` (required scope: ${info.challenge.scope})`;
    if (info.requestId)
        text += ` (X-Okta-Request-Id: ${info.requestId})`;
    const hint = (0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .hintFor */ .J)(info);
    if (hint)
        text += `. ${hint}`;
    return text;
}
class OktaError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    what;
    info;
    name = 'OktaError';
    constructor(what, info) {
        super(describeOktaError(what, info));
        this.what = what;
        this.info = info;
    }
}
/** Error values can echo user input: no control characters, bounded length. */
function clean(value) {
    const flat = value.replace(/[\x00-\x1f\x7f]+/g, ' ').trim();
    return flat.length > 500 ? `${flat.slice(0, 500)}…` : flat;
}


/***/ }),

/***/ 5721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ oktaPeer),
/* harmony export */   G: () => (/* binding */ requestIdOf)
/* harmony export */ });
/**
 * What the retrying HTTP client needs to know about Okta (docs/okta-behaviour.md, "Rate
 * limits and retries"): every answer carries X-Okta-Request-Id, a 429 names the end of its
 * window in X-Rate-Limit-Reset (epoch seconds, read against the Date header), and Okta's own
 * SDKs tag a retry with X-Okta-Retry-Count and X-Okta-Retry-For (the request id of the answer
 * that was retried) so Okta can tie it to the request it throttled.
 */
const oktaPeer = {
    name: 'Okta',
    responseId: response => {
        const id = requestIdOf(response.headers);
        return id ? `X-Okta-Request-Id: ${id}` : undefined;
    },
    retryHeaders: (retry, previous) => {
        const headers = { 'X-Okta-Retry-Count': String(retry) };
        const id = previous && requestIdOf(previous.headers);
        if (id)
            headers['X-Okta-Retry-For'] = id;
        return headers;
    },
    rateLimitResetHeader: 'X-Rate-Limit-Reset'
};
function requestIdOf(headers) {
    return headers.get('x-okta-request-id') ?? undefined;
}


/***/ })

};
