export const id = 582;
export const ids = [582,454];
export const modules = {

/***/ 9454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createDpopKey: () => (/* binding */ createDpopKey),
  htuOf: () => (/* binding */ htuOf),
  signDpopProof: () => (/* binding */ signDpopProof)
});

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

/***/ 5001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W$: () => (/* binding */ mintToken),
  ZM: () => (/* binding */ publishToken),
  w0: () => (/* binding */ tokenEndpointOf)
});

// EXTERNAL MODULE: ./src/okta/endpoints.ts
var endpoints = __webpack_require__(4155);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/oauth/sealed-state.ts

/**
 * The post step needs the access token to revoke it, but GITHUB_STATE is a file on the runner
 * and no secret may be written there in the clear. The token is sealed with AES-256-GCM under
 * a key derived (HKDF-SHA256) from the private key, which the post step has again through
 * its inputs; the state file holds only ciphertext.
 */
const INFO = Buffer.from('okta-private-key-jwt-action post-step token v1');
function deriveKey(privateKey, salt) {
    const material = privateKey.export({ format: 'der', type: 'pkcs8' });
    return Buffer.from((0,external_node_crypto_.hkdfSync)('sha256', material, salt, INFO, 32));
}
function sealForPostStep(secret, privateKey) {
    const salt = (0,external_node_crypto_.randomBytes)(16);
    const iv = (0,external_node_crypto_.randomBytes)(12);
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', deriveKey(privateKey, salt), iv);
    const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [salt, iv, cipher.getAuthTag(), data].map(part => part.toString('base64url')).join('.');
}
/** Undefined when the state was sealed under another key or is damaged. */
function openFromMainStep(sealed, privateKey) {
    const parts = sealed.split('.').map(part => Buffer.from(part, 'base64url'));
    if (parts.length !== 4)
        return undefined;
    const [salt, iv, tag, data] = parts;
    try {
        const decipher = createDecipheriv('aes-256-gcm', deriveKey(privateKey, salt), iv);
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/oauth/token-request.ts
var token_request = __webpack_require__(8690);
;// CONCATENATED MODULE: ./src/modes/access-token.ts



function tokenEndpointOf(inputs) {
    if (inputs.tokenEndpoint)
        return { url: inputs.tokenEndpoint, kind: 'token-endpoint input' };
    const url = (0,endpoints/* tokenEndpointFor */.mF)(inputs.oktaDomain, inputs.authorizationServer);
    const kind = inputs.authorizationServer
        ? `custom authorization server ${inputs.authorizationServer}`
        : 'org authorization server';
    return { url, kind };
}
async function mintToken(ctx, inputs, key, scopes = inputs.scopes) {
    const endpoint = tokenEndpointOf(inputs);
    const audience = inputs.audience || endpoint.url;
    ctx.log.info(`Token endpoint: ${endpoint.url} (${endpoint.kind})${audience !== endpoint.url ? `, audience ${audience}` : ''}`);
    ctx.log.info(`DPoP: ${{ auto: 'auto (used only if the app requires it)', true: 'on', false: 'off' }[inputs.dpop]}`);
    const result = await (0,token_request/* requestAccessToken */.B)({
        http: ctx.http,
        log: ctx.log,
        mask: ctx.mask,
        skew: ctx.skew,
        key,
        clientId: inputs.clientId,
        tokenEndpoint: endpoint.url,
        audience,
        scopes,
        lifetimeSeconds: inputs.assertionLifetime,
        dpop: inputs.dpop
    });
    const granted = new Set(result.scope.split(' ').filter(Boolean));
    // Okta returns only the granted subset when some scopes are not granted (docs/okta-behaviour.md,
    // "Token endpoint").
    const missingScopes = result.scope ? scopes.filter(s => !granted.has(s)) : [];
    const expiresAt = new Date(ctx.clock.now() + result.expiresIn * 1000).toISOString();
    ctx.log.info(`Access token: ${result.tokenType}, expires in ${result.expiresIn} s (${expiresAt}), scopes: ${result.scope || '(none listed)'}, DPoP ${result.tokenType === 'DPoP' ? 'on' : 'off'}, ${result.requests} request${result.requests > 1 ? 's' : ''}`);
    if (missingScopes.length) {
        ctx.log.warning(`The token lacks requested scope${missingScopes.length > 1 ? 's' : ''} ${missingScopes.join(', ')}: grant ${missingScopes.length > 1 ? 'them' : 'it'} to the app (Okta API Scopes tab, or mode: provision).`);
    }
    return { ...result, tokenEndpoint: endpoint.url, expiresAt, missingScopes };
}
/**
 * Outputs (masked first), optional env export, and the sealed state the post step revokes.
 * Returns whether the post step will revoke the token (the job summary says so).
 */
function publishToken(ctx, inputs, key, token, 
/** Where the post step revokes; default: beside an Okta token URL (findRevokeEndpoint). */
revokeEndpoint = (0,endpoints/* revokeEndpointFor */.n3)(token.tokenEndpoint)) {
    ctx.secretOutput('access-token', token.accessToken);
    ctx.output('token-type', token.tokenType);
    ctx.output('expires-in', token.expiresIn);
    ctx.output('expires-at', token.expiresAt);
    ctx.output('scope', token.scope);
    if (token.dpopKey) {
        const jwk = JSON.parse(token.dpopKey.privateJwkJson);
        ctx.mask(jwk.d);
        ctx.secretOutput('dpop-key', token.dpopKey.privateJwkJson);
    }
    if (inputs.exportEnv && inputs.mode === 'token') {
        ctx.core.exportVariable('OKTA_ACCESS_TOKEN', token.accessToken);
        ctx.core.exportVariable('OKTA_TOKEN_TYPE', token.tokenType);
        ctx.log.info('Exported OKTA_ACCESS_TOKEN and OKTA_TOKEN_TYPE to later steps of this job');
    }
    if (!inputs.revoke) {
        ctx.log.info('revoke is false: the token stays valid until it expires');
        return false;
    }
    if (!revokeEndpoint) {
        ctx.log.info(`No revoke endpoint is known for ${token.tokenEndpoint}; the post step will not revoke`);
        return false;
    }
    if (!key.privateKey) {
        // The state file is plain text on the runner, so the token is saved only sealed under the
        // local private key (src/oauth/sealed-state.ts). A remote key has no material to seal with,
        // and an ECDSA signature in a KMS is not deterministic, so no sealing key can be derived
        // from it either: rather than write the token in the clear, the post step does not revoke.
        ctx.log.info(`With a remote signing-key the post step cannot revoke (no local key to seal the token for it); the token stays valid until ${token.expiresAt}`);
        return false;
    }
    ctx.core.saveState('revoke-endpoint', revokeEndpoint);
    ctx.core.saveState('client-id', inputs.clientId);
    ctx.core.saveState('expires-at', token.expiresAt);
    ctx.core.saveState('sealed-token', sealForPostStep(token.accessToken, key.privateKey));
    return true;
}


/***/ }),

/***/ 2582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRequestMode: () => (/* binding */ runRequestMode)
});

// EXTERNAL MODULE: ./src/okta/okta-error.ts + 1 modules
var okta_error = __webpack_require__(3446);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/okta/peer.ts
var peer = __webpack_require__(5721);
// EXTERNAL MODULE: ./src/http/retrying-client.ts
var retrying_client = __webpack_require__(7666);
// EXTERNAL MODULE: ./src/jwt/dpop.ts + 5 modules
var dpop = __webpack_require__(9454);
;// CONCATENATED MODULE: ./src/okta/api-request.ts





class OktaApiCaller {
    options;
    /** Okta does not require a nonce on resource calls today; once it offers one, it is kept. */
    nonce;
    constructor(options) {
        this.options = options;
    }
    /**
     * One call, retried as the RetryingClient retries (network, 408, 429, 5xx), plus one more
     * attempt when a DPoP call is answered with `use_dpop_nonce` and a `DPoP-Nonce` header.
     * Returns the final response whatever its status.
     */
    async send(what, method, url, body, 
    /** Extra headers (okta-api's -H); Authorization and DPoP are always this caller's. */
    extra = {}) {
        const response = await this.sendOnce(what, method, url, body, extra);
        const offered = response.headers.get('dpop-nonce');
        if (this.options.token.tokenType === 'DPoP' &&
            offered &&
            offered !== this.nonce &&
            (0,okta_error/* parseOktaError */.Bu)(response).error === 'use_dpop_nonce') {
            this.nonce = offered;
            this.options.log.info(`${what}: Okta asked for a DPoP nonce; signing a new proof with it`);
            return this.sendOnce(what, method, url, body, extra);
        }
        return response;
    }
    sendOnce(what, method, url, body, extra = {}) {
        const { http, mask, skew, token } = this.options;
        return http.withPeer(peer/* oktaPeer */.C).send(what, async () => {
            const headers = { Accept: 'application/json', ...extra };
            if (body !== undefined)
                headers['Content-Type'] = 'application/json';
            if (token.tokenType === 'DPoP') {
                // requestAccessToken hands back the key of every DPoP token it minted.
                if (!token.dpopKey)
                    throw new errors/* ActionError */.lZ(`${what}: a DPoP token without its DPoP key.`);
                headers.Authorization = `DPoP ${token.accessToken}`;
                const proof = await (0,dpop.signDpopProof)({
                    key: token.dpopKey,
                    method,
                    url,
                    nowSeconds: skew.nowSeconds(),
                    nonce: this.nonce,
                    accessToken: token.accessToken
                });
                mask(proof);
                headers.DPoP = proof;
            }
            else {
                headers.Authorization = `Bearer ${token.accessToken}`;
            }
            return { method, url, headers, body };
        }, { validate: retrying_client/* expectJsonBody */.Gp });
    }
}

// EXTERNAL MODULE: ./src/okta/next-link.ts
var next_link = __webpack_require__(6033);
;// CONCATENATED MODULE: ./src/okta/paginated-call.ts



async function callOktaApi(caller, log, call) {
    const { pathname } = new URL(call.url);
    if (!call.paginate) {
        const what = `Okta API call ${call.method} ${pathname}`;
        const response = await caller.send(what, call.method, call.url, call.body);
        const items = itemCountOf(response);
        logPage(log, what, response, items);
        failUnlessOk(what, response);
        return { status: response.status, body: response.text, pages: 1, items };
    }
    const all = [];
    let status = 0;
    const pages = await (0,next_link/* walkPages */.wZ)(call.url, 'access token', page => `Okta API call GET ${pathname} (page ${page})`, async (what, url) => {
        const response = await caller.send(what, 'GET', url);
        const items = itemCountOf(response);
        logPage(log, what, response, items);
        failUnlessOk(what, response);
        const parsed = response.text.trim() ? JSON.parse(response.text) : [];
        if (!Array.isArray(parsed)) {
            throw new errors/* ActionError */.lZ(`${what} failed: request-paginate needs a list endpoint, but the response is not a JSON array.`);
        }
        all.push(...parsed);
        status = response.status;
        return response.headers;
    });
    return { status, body: JSON.stringify(all), pages, items: all.length };
}
function itemCountOf(response) {
    if (response.status < 200 || response.status >= 300 || !response.text.trim())
        return undefined;
    try {
        const parsed = JSON.parse(response.text);
        return Array.isArray(parsed) ? parsed.length : undefined;
    }
    catch {
        return undefined;
    }
}
function logPage(log, what, response, items) {
    const requestId = response.headers.get('x-okta-request-id');
    const count = items === undefined ? '' : `, ${items} item${items === 1 ? '' : 's'}`;
    log.info(`${what}: HTTP ${response.status}${count}${requestId ? ` (X-Okta-Request-Id: ${requestId})` : ''}`);
}
function failUnlessOk(what, response) {
    if (response.status >= 200 && response.status < 300)
        return;
    throw new okta_error/* OktaError */.Qu(what, (0,okta_error/* parseOktaError */.Bu)(response));
}

// EXTERNAL MODULE: ./src/modes/access-token.ts + 1 modules
var access_token = __webpack_require__(5001);
// EXTERNAL MODULE: ./src/modes/load-key.ts
var load_key = __webpack_require__(9624);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/modes/request-output.ts


/**
 * Where request mode's response body goes. GitHub caps a step output at 1 MB, so a bigger
 * body (a full user export) goes only to `response-file`, and a warning says so rather than
 * letting a later step read an output that silently is not there.
 */
const MAX_OUTPUT_BYTES = 1024 * 1024;
async function publishResponseBody(ctx, inputs, body) {
    const bytes = Buffer.byteLength(body);
    const placement = { bytes, output: bytes <= MAX_OUTPUT_BYTES };
    if (inputs.responseFile) {
        // Relative to the working directory, which the runner sets to GITHUB_WORKSPACE.
        const file = (0,external_node_path_.resolve)(inputs.responseFile);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        await (0,promises_.writeFile)(file, body);
        placement.file = file;
        ctx.log.info(`Wrote the response body (${sizeOf(bytes)}) to ${file}`);
    }
    if (placement.output) {
        ctx.output('response-body', body);
    }
    else {
        ctx.log.warning(`The response body is ${sizeOf(bytes)}, over the 1 MiB a step output can hold, so response-body is empty: ${placement.file ? `the body is only in response-file (${placement.file})` : 'set response-file to keep it'}.`);
    }
    return placement;
}
/** Job summary: what was called and what came back; never the token or the body. */
async function writeRequestSummary(ctx, inputs, token, outcome, placement) {
    const url = new URL(inputs.requestUrl);
    const where = [placement.output ? 'response-body' : '', placement.file ?? ''];
    await ctx.writeSummary(summary => {
        summary.addHeading('Okta API request', 3).addTable([
            [
                { data: 'Fact', header: true },
                { data: 'Value', header: true }
            ],
            ['Method', inputs.requestMethod],
            ['Path', `${url.pathname}${url.search}`],
            ['Token', `${token.tokenType}, scopes ${token.scope || '(none listed)'}`],
            ['Status', String(outcome.status)],
            ['Pages', String(outcome.pages)],
            ['Items', outcome.items === undefined ? '-' : String(outcome.items)],
            [
                'Body',
                `${sizeOf(placement.bytes)} in ${where.filter(Boolean).join(' and ') || 'no output'}`
            ]
        ]);
    });
}
function sizeOf(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

// EXTERNAL MODULE: ./src/okta-api/install.ts + 1 modules
var install = __webpack_require__(1667);
;// CONCATENATED MODULE: ./src/modes/request.ts







/**
 * mode: request — mint a token as token mode does (the post step revokes it), then make one
 * Okta API call with it. A DPoP-bound token is useless to a later curl step, since every call
 * needs a proof signed with the run's DPoP key for that method and URL; this mode signs them.
 * inputs.ts has already refused a request-path outside the org, so the token stays there.
 */
async function runRequestMode(ctx, inputs) {
    const key = await (0,load_key/* loadKeyFromInputs */.bL)(ctx, inputs);
    const token = await (0,access_token/* mintToken */.W$)(ctx, inputs, key);
    (0,access_token/* publishToken */.ZM)(ctx, inputs, key, token);
    if (inputs.oktaApi)
        (0,install/* installOktaApi */.V)(ctx, token, {
            runnerTemp: ctx.env.RUNNER_TEMP,
            step: ctx.env.GITHUB_ACTION
        });
    const url = new URL(inputs.requestUrl);
    const dpop = token.tokenType === 'DPoP';
    ctx.log.info(`Okta API call: ${inputs.requestMethod} ${url.pathname} with ${dpop ? 'the DPoP-bound token and a fresh proof per request' : 'the Bearer token'}${inputs.requestPaginate ? ', following Link rel="next"' : ''}`);
    const caller = new OktaApiCaller({
        http: ctx.http,
        log: ctx.log,
        mask: ctx.mask,
        skew: ctx.skew,
        token
    });
    let outcome;
    try {
        outcome = await callOktaApi(caller, ctx.log, {
            method: inputs.requestMethod,
            url: inputs.requestUrl,
            body: inputs.requestBody || undefined,
            paginate: inputs.requestPaginate
        });
    }
    catch (error) {
        // The status is still worth having in a step that runs with continue-on-error.
        if (error instanceof okta_error/* OktaError */.Qu)
            ctx.output('response-status', error.info.status);
        throw error;
    }
    ctx.output('response-status', outcome.status);
    const bodyWent = await publishResponseBody(ctx, inputs, outcome.body);
    await writeRequestSummary(ctx, inputs, token, outcome, bodyWent);
}


/***/ }),

/***/ 1667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ installOktaApi)
});

// UNUSED EXPORTS: CREDENTIALS_STATE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/okta-api/credentials.ts


/** The env var the launchers set, naming the folder of credentials files. */
const CREDENTIALS_DIR_ENV = 'OKTA_API_CREDENTIALS_DIR';
const LATEST = 'latest-step';
function oktaApiHome(runnerTemp) {
    return (0,external_node_path_.join)(runnerTemp, 'okta-api');
}
/** A step id as a file name: ids are [A-Za-z0-9_-], but GITHUB_ACTION may carry more. */
function credentialsFile(dir, step) {
    return (0,external_node_path_.join)(dir, `${step.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
}
/** Writes the step's file (0600) and marks the step as the job's latest token step. */
function writeCredentials(dir, credentials) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const file = credentialsFile(dir, credentials.step);
    // A file left by an earlier run of the same step is replaced; its mode is set again too.
    (0,external_node_fs_.rmSync)(file, { force: true });
    (0,external_node_fs_.writeFileSync)(file, JSON.stringify(credentials), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(file, 0o600);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, LATEST), credentials.step, { mode: 0o600 });
    return file;
}
class NoCredentialsError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'NoCredentialsError';
}
/** The credentials of `step`, or of the latest token step; NoCredentialsError says why not. */
function readCredentials(dir, step) {
    if (!dir) {
        throw new NoCredentialsError('no credentials: run the token step (mode: token or request, okta-api not false) earlier in this job, then call okta-api from a later step');
    }
    let wanted = step;
    if (!wanted) {
        try {
            wanted = readFileSync(join(dir, LATEST), 'utf8').trim();
        }
        catch {
            throw new NoCredentialsError('no credentials: no token step of this job has left a token; run the token step first');
        }
    }
    let text;
    try {
        text = readFileSync(credentialsFile(dir, wanted), 'utf8');
    }
    catch {
        throw new NoCredentialsError(step
            ? `no credentials for step "${step}": --step must name the id of a token step that ran earlier in this job (and whose post step has not run)`
            : `no credentials: the token of step "${wanted}" has been removed (its post step ran); mint a new one`);
    }
    const parsed = parseJson(text);
    if (parsed?.version !== 1 || !parsed.accessToken || !parsed.orgUrl) {
        throw new NoCredentialsError(`the credentials of step "${wanted}" are not readable; mint a new token`);
    }
    return parsed;
}
/** A damaged file (cut short, or not JSON) is unreadable credentials, not a crash. */
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Post step: the file goes once the token is revoked (or when it could not be). */
function removeCredentials(file) {
    if (file)
        rmSync(file, { force: true });
}

;// CONCATENATED MODULE: ./src/okta-api/install.ts



const CREDENTIALS_STATE = 'okta-api-credentials';
function installOktaApi(ctx, token, options) {
    const entry = options.entry ?? (0,external_node_path_.join)(ctx.actionDir, 'okta-api', 'index.js');
    if (!options.runnerTemp) {
        ctx.log.warning('okta-api is not installed: RUNNER_TEMP is not set (not a GitHub runner?)');
        return;
    }
    if (!(0,external_node_fs_.existsSync)(entry)) {
        ctx.log.warning(`okta-api is not installed: its bundle ${entry} is missing from the action`);
        return;
    }
    const home = oktaApiHome(options.runnerTemp);
    const step = options.step || 'token';
    const file = writeCredentials(home, {
        version: 1,
        step,
        orgUrl: new URL(token.tokenEndpoint).origin,
        accessToken: token.accessToken,
        tokenType: token.tokenType,
        expiresAt: token.expiresAt,
        scope: token.scope,
        dpopKey: token.dpopKey
            ? JSON.parse(token.dpopKey.privateJwkJson)
            : undefined
    });
    const bin = (0,external_node_path_.join)(home, 'bin');
    (0,external_node_fs_.mkdirSync)(bin, { recursive: true, mode: 0o700 });
    const node = options.node ?? process.execPath;
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bin, 'okta-api'), shLauncher(node, entry, home), { mode: 0o755 });
    (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(bin, 'okta-api'), 0o755);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bin, 'okta-api.cmd'), cmdLauncher(node, entry, home));
    ctx.core.addPath(bin);
    ctx.core.saveState(CREDENTIALS_STATE, file);
    ctx.log.info(`okta-api is on PATH for later steps of this job (${token.tokenType} token of step ${step}; the post step deletes it)`);
}
/** POSIX sh: single quotes hold anything but a single quote, written as '\''. */
const shQuote = (value) => `'${value.replace(/'/g, `'\\''`)}'`;
function shLauncher(node, entry, home) {
    return [
        '#!/bin/sh',
        '# Written by the Okta private_key_jwt action: runs okta-api with the Node of the token step.',
        `${CREDENTIALS_DIR_ENV}=${shQuote(home)}`,
        `export ${CREDENTIALS_DIR_ENV}`,
        `exec ${shQuote(node)} ${shQuote(entry)} "$@"`,
        ''
    ].join('\n');
}
function cmdLauncher(node, entry, home) {
    return [
        '@echo off',
        'setlocal',
        `set "${CREDENTIALS_DIR_ENV}=${home}"`,
        `"${node}" "${entry}" %*`,
        'exit /b %ERRORLEVEL%',
        ''
    ].join('\r\n');
}


/***/ }),

/***/ 6033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ sameOriginLink),
/* harmony export */   wZ: () => (/* binding */ walkPages)
/* harmony export */ });
/* unused harmony export nextLinkOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * Okta's list calls are paginated with `Link: <…>; rel="next"` headers; the cursor in the
 * link is opaque and never built by hand (docs/okta-behaviour.md, "Pagination"). Both the
 * management client's listAll and request mode's paginated call walk pages here, by one rule:
 * a next link is followed only on the origin of the first page, because every page request
 * carries a credential (the API token or the access token) that must not reach another host.
 */
/** Guard against a server whose `next` link never ends. */
const MAX_PAGES = 1000;
/**
 * Calls `fetchPage` for `firstUrl`, then for every next link, until a page has none.
 * `fetchPage` returns the page's response headers; `whatOf` names a page for messages.
 * Returns the number of pages. `credential` names what a refused link would have received.
 */
async function walkPages(firstUrl, credential, whatOf, fetchPage) {
    const seen = new Set();
    let next = firstUrl;
    let page = 0;
    while (next) {
        page++;
        const what = whatOf(page);
        if (seen.has(next) || page > MAX_PAGES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: Okta's next-page links repeat or never end.`);
        }
        seen.add(next);
        const link = nextLinkOf(await fetchPage(what, next));
        next = link === undefined ? undefined : sameOriginLink(what, link, next, credential);
    }
    return page;
}
/**
 * A link resolved against the page it came from, refused unless it stays on that page's
 * origin without a user name or password; the fragment is dropped (it is never sent).
 */
function sameOriginLink(what, link, current, credential) {
    let url;
    try {
        url = new URL(link, current);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: Okta's next-page link is not a URL: ${link.slice(0, 200)}`);
    }
    const origin = new URL(current).origin;
    if (url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: Okta sent a next-page link with a user name or password; it is not followed, so the ${credential} is not sent with it.`);
    }
    if (url.origin !== origin) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: Okta sent a link to another host (${url.origin}), not ${origin}; it is not followed, so the ${credential} is not sent there.`);
    }
    url.hash = '';
    return url.toString();
}
/** `rel="next"` of one or several Link headers (Headers joins repeated ones with ", "). */
function nextLinkOf(headers) {
    const link = headers.get('link');
    if (!link)
        return undefined;
    for (const part of link.split(/,\s*(?=<)/)) {
        const match = /^<([^>]*)>\s*;(.*)$/.exec(part.trim());
        if (match && /(?:^|;)\s*rel="?(?:[^";]*\s)?next(?:\s[^";]*)?"?\s*(?:;|$)/i.test(match[2])) {
            return match[1];
        }
    }
    return undefined;
}


/***/ })

};
