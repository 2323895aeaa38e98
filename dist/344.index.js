export const id = 344;
export const ids = [344,454];
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

/***/ 2989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ generateSigningKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const generate = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPair);
const EC_CURVES = {
    'EC-P256': 'prime256v1',
    'EC-P384': 'secp384r1',
    'EC-P521': 'secp521r1'
};
async function generateSigningKey(keyType) {
    const { privateKey } = keyType.startsWith('RSA-')
        ? await generate('rsa', { modulusLength: Number(keyType.slice(4)) })
        : await generate('ec', { namedCurve: EC_CURVES[keyType] });
    const pkcs8Pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    return { privateKey, pkcs8Pem };
}


/***/ }),

/***/ 8957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mz: () => (/* binding */ preflight),
/* harmony export */   _r: () => (/* binding */ requestedScopes),
/* harmony export */   hn: () => (/* binding */ rotateScopes),
/* harmony export */   v9: () => (/* binding */ holds),
/* harmony export */   xC: () => (/* binding */ provisionScopes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _okta_roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7908);


const requestedScopes = (scopes) => [
    ...scopes.required,
    ...scopes.optional
];
/**
 * `manage` includes `read` ("Use the okta.<resource>.manage scopes to perform any GET
 * operations", https://developer.okta.com/docs/guides/implement-oauth-for-okta/main/).
 */
function holds(granted, scope) {
    if (!granted)
        return true;
    return (granted.has(scope) || (scope.endsWith('.read') && granted.has(scope.slice(0, -5) + '.manage')));
}
/** provision: manage apps; grant scopes and assign roles only when asked to. */
function provisionScopes(inputs, dryRun = inputs.dryRun) {
    const level = dryRun ? 'read' : 'manage';
    const required = [`okta.apps.${level}`];
    const optional = [];
    if (inputs.scopes.length)
        required.push(`okta.appGrants.${level}`);
    else
        optional.push('okta.appGrants.read');
    if (inputs.adminRoles.length)
        required.push(`okta.roles.${level}`);
    else
        optional.push('okta.roles.read');
    return { required, optional };
}
/** rotate: change the target's keys; read its grants (proof scopes, key rule) and own roles. */
function rotateScopes(inputs, dryRun = inputs.dryRun) {
    const optional = ['okta.roles.read'];
    // In self-rotation the app's grants are known from its own token.
    if (inputs.adminCredential !== 'self')
        optional.unshift('okta.appGrants.read');
    return { required: [`okta.apps.${dryRun ? 'read' : 'manage'}`], optional };
}
const APP_LEVEL = ['SUPER_ADMIN', 'ORG_ADMIN', 'APP_ADMIN'];
/**
 * Throws one line naming the missing scope or role and how to grant it; with an API token
 * there is nothing to check beforehand (Okta's E0000006 is explained if it comes).
 */
async function preflight(ctx, session, scopes, need) {
    const { granted, callerClientId: clientId } = session;
    if (session.credential === 'api-token' || !granted || !clientId)
        return;
    const app = session.credential === 'self' ? `app ${clientId}` : `admin app ${clientId}`;
    const missing = scopes.required.filter(scope => !holds(granted, scope));
    if (missing.length) {
        const them = missing.length > 1 ? 'them' : 'it';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The access token of ${app} lacks scope${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, which this run needs (Okta granted: ${[...granted].join(' ') || 'none'}): grant ${them} to the app (Admin Console: Applications > the app > Okta API Scopes > Grant, as a Super Admin). Nothing was changed.`);
    }
    if (!holds(granted, 'okta.roles.read')) {
        ctx.log.info(`Role preflight skipped: the token of ${app} holds no okta.roles.read; grant it to check the app's admin roles before any write (else Okta's 403 E0000006 comes mid-run)`);
        return;
    }
    const roles = (await (0,_okta_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .listClientRoles */ .Lc)(session.client, clientId)).map(role => role.type);
    ctx.log.info(`Admin roles of ${app}: ${roles.join(', ') || 'none'}`);
    const isSuper = roles.includes('SUPER_ADMIN');
    if (need.superAdmin.length && !isSuper) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${capitalize(app)} has admin role${roles.length === 1 ? '' : 's'} ${roles.join(', ') || 'none'}, but this run needs the Super Administrator role (SUPER_ADMIN) for ${need.superAdmin.join(' and ')}: assign SUPER_ADMIN to the app (Admin Console: Security > Administrators > Add administrator, or POST /oauth2/v1/clients/${clientId}/roles as a Super Admin). Nothing was changed.`);
    }
    if (!roles.some(role => APP_LEVEL.includes(role))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${capitalize(app)} has admin role${roles.length === 1 ? '' : 's'} ${roles.join(', ') || 'none'}, but creating apps and changing their keys needs the Application Administrator role (APP_ADMIN) or Super Administrator: assign one to the app (Admin Console: Security > Administrators > Add administrator). Nothing was changed.`);
    }
}
const capitalize = (text) => text[0].toUpperCase() + text.slice(1);


/***/ }),

/***/ 1295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ loadAdminCredential)
});

// EXTERNAL MODULE: ./src/oauth/revoke.ts
var revoke = __webpack_require__(5865);
// EXTERNAL MODULE: ./src/oauth/token-request.ts
var token_request = __webpack_require__(8690);
// EXTERNAL MODULE: ./src/okta/endpoints.ts
var endpoints = __webpack_require__(4155);
// EXTERNAL MODULE: ./src/jwt/dpop.ts + 5 modules
var dpop = __webpack_require__(9454);
// EXTERNAL MODULE: ./src/okta/okta-error.ts + 1 modules
var okta_error = __webpack_require__(3446);
;// CONCATENATED MODULE: ./src/okta/management-auth.ts


function apiTokenAuthorizer(apiToken) {
    return {
        credential: 'API token',
        holder: 'the admin who created api-token',
        headersFor: () => Promise.resolve({ Authorization: `SSWS ${apiToken}` })
    };
}
/**
 * An access token. A DPoP-bound one gets a newly signed proof (htm, htu, iat, jti, ath) for
 * every request, page and retry: Okta burns a proof's jti on first sight (RFC 9449 §11.1,
 * docs/okta-behaviour.md, "Replay").
 */
function accessTokenAuthorizer(token, options) {
    // Okta does not ask resource calls for a nonce today, but RFC 9449 §9 lets it.
    let nonce;
    return {
        credential: 'admin access token',
        holder: options.holder,
        renewFor(response) {
            const offered = response.headers.get('dpop-nonce');
            if (token.tokenType !== 'DPoP' || !offered || offered === nonce)
                return false;
            if ((0,okta_error/* parseOktaError */.Bu)(response).error !== 'use_dpop_nonce')
                return false;
            nonce = offered;
            return true;
        },
        async headersFor(method, url) {
            if (token.tokenType !== 'DPoP' || !token.dpopKey) {
                return { Authorization: `Bearer ${token.accessToken}` };
            }
            const proof = await (0,dpop.signDpopProof)({
                key: token.dpopKey,
                method,
                url,
                nowSeconds: options.skew.nowSeconds(),
                nonce,
                accessToken: token.accessToken
            });
            options.mask(proof);
            return { Authorization: `DPoP ${token.accessToken}`, DPoP: proof };
        }
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/retrying-client.ts
var retrying_client = __webpack_require__(7666);
;// CONCATENATED MODULE: ./src/okta/management-error.ts

/**
 * The OktaError of a failed call. A 403 (E0000006, or an empty body from a scope check)
 * names the privilege the call needs in place of the generic hint, because "You do not have
 * permission" alone does not say which admin role to ask for.
 */
function managementError(what, response, privilege, holder = 'the admin who created api-token') {
    const info = (0,okta_error/* parseOktaError */.Bu)(response);
    const error = new okta_error/* OktaError */.Qu(what, info);
    if (response.status === 403 && privilege) {
        error.message = (0,okta_error/* describeOktaError */.BU)(what, info, `This needs ${privilege}; ${holder} lacks that privilege.`);
    }
    return error;
}

// EXTERNAL MODULE: ./src/okta/next-link.ts
var next_link = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/okta/peer.ts
var peer = __webpack_require__(5721);
;// CONCATENATED MODULE: ./src/okta/management-client.ts






class ManagementClient {
    orgUrl;
    http;
    log;
    authorizer;
    readOnly;
    constructor(options) {
        this.orgUrl = options.orgUrl.replace(/\/+$/, '');
        this.http = options.http.withPeer(peer/* oktaPeer */.C);
        this.log = options.log;
        this.authorizer = options.authorizer ?? apiTokenAuthorizer(options.apiToken ?? '');
        this.readOnly = options.readOnly ?? false;
    }
    /** GET a JSON resource; throws OktaError unless 2xx (or a status in `accept`). */
    async get(what, path, options) {
        return (await this.request('GET', what, path, undefined, options)).body;
    }
    async post(what, path, body, options) {
        return (await this.request('POST', what, path, body, options)).body;
    }
    /**
     * PUT is a full replace at Okta: send the complete object (docs/okta-behaviour.md, "Management
     * API").
     */
    async put(what, path, body, options) {
        return (await this.request('PUT', what, path, body, options)).body;
    }
    async delete(what, path, options) {
        await this.request('DELETE', what, path, undefined, options);
    }
    /**
     * One call. `path` is relative to the org (`/api/v1/apps?q=x`) or an absolute URL on the
     * org's origin (a `next` link). Returns the response of a 2xx or an accepted status.
     */
    async request(method, what, path, body, options = {}) {
        const url = this.urlOf(path);
        if (this.readOnly && method !== 'GET') {
            // A bug, not an expected failure: dry run must never reach a write call.
            throw new Error(`dry run attempted a write call: ${method} ${new URL(url).pathname}`);
        }
        const headers = { Accept: 'application/json' };
        const text = body === undefined ? undefined : JSON.stringify(body);
        if (text !== undefined)
            headers['Content-Type'] = 'application/json';
        const findExisting = options.findExisting;
        const send = () => this.http.send(what, 
        // Per attempt: a DPoP-bound token needs a new proof for every retry.
        async () => ({
            method,
            url,
            headers: { ...headers, ...(await this.authorizer.headersFor(method, url)) },
            body: text
        }), {
            validate: retrying_client/* expectJsonBody */.Gp,
            reconcile: findExisting && (async () => foundResponse(await findExisting()))
        });
        let response = await send();
        if (this.authorizer.renewFor?.(response)) {
            this.log.info(`${what}: Okta asked for a DPoP nonce; signing a new proof with it`);
            response = await send();
        }
        const requestId = (0,peer/* requestIdOf */.G)(response.headers);
        this.log.debug(`${what}: ${method} ${new URL(url).pathname} → HTTP ${response.status}${requestId ? ` (X-Okta-Request-Id: ${requestId})` : ''}`);
        const ok = response.status >= 200 && response.status < 300;
        if (findExisting && (response.status === 400 || response.status === 409)) {
            // "Already granted/assigned/registered": an earlier attempt whose answer was lost may
            // have finished at Okta only after the check before this retry (or another run did it
            // since the plan was read). Same outcome as asked.
            const found = await findExisting();
            if (found !== undefined) {
                this.log.info(`${what}: already done at Okta (an earlier attempt took effect)`);
                return {
                    status: 200,
                    body: found,
                    requestId,
                    headers: response.headers,
                    afterLostAnswer: true
                };
            }
        }
        if (!ok && !options.accept?.includes(response.status)) {
            throw managementError(what, response, options.privilege, this.authorizer.holder);
        }
        return {
            status: response.status,
            body: (ok ? jsonOf(response.text) : undefined),
            requestId,
            headers: response.headers,
            afterLostAnswer: response.afterLostAnswer
        };
    }
    /**
     * Every item of a paginated list: follows `Link: <…>; rel="next"` on the org's origin until
     * there is none (src/okta/next-link.ts: a link elsewhere would receive the API token).
     */
    async listAll(what, path, options) {
        const items = [];
        await (0,next_link/* walkPages */.wZ)(this.urlOf(path), this.authorizer.credential, () => what, async (_what, url) => {
            const response = await this.request('GET', what, url, undefined, options);
            if (!Array.isArray(response.body)) {
                throw new errors/* ActionError */.lZ(`${what} failed: Okta answered a list call with something else.`);
            }
            items.push(...response.body);
            return response.headers;
        });
        return items;
    }
    /** The absolute URL of an org path, or of a link that must be on the org's origin. */
    urlOf(pathOrUrl) {
        if (pathOrUrl.startsWith('/'))
            return `${this.orgUrl}${pathOrUrl}`;
        return (0,next_link/* sameOriginLink */.$5)('Okta call', pathOrUrl, `${this.orgUrl}/`, this.authorizer.credential);
    }
}
/** A resource found by findExisting, in the shape of the write's own 200 answer. */
function foundResponse(found) {
    if (found === undefined)
        return undefined;
    return {
        status: 200,
        headers: new Headers(),
        text: JSON.stringify(found),
        receivedAt: Date.now()
    };
}
function jsonOf(text) {
    // expectJsonBody has already refused a 2xx body that does not parse.
    return text.trim() ? JSON.parse(text) : undefined;
}

// EXTERNAL MODULE: ./src/keys/signing-key.ts + 4 modules
var signing_key = __webpack_require__(6491);
// EXTERNAL MODULE: ./src/modes/load-key.ts
var load_key = __webpack_require__(9624);
;// CONCATENATED MODULE: ./src/modes/load-admin-key.ts



/**
 * Loads `admin-private-key` (the admin service app's key) the same way, in the same formats,
 * or opens the remote key `admin-signing-key` names; its errors name the admin inputs. Its
 * algorithm is the key's own (no algorithm input). Apart from load-key.ts, as only provision
 * and rotate with an admin app need it: a token run does not load it.
 */
async function loadAdminKeyFromInputs(ctx, inputs) {
    if (inputs.adminSigningKey) {
        const { openRemoteSigner } = await __webpack_require__.e(/* import() */ 631).then(__webpack_require__.bind(__webpack_require__, 4631));
        return openRemoteSigner(inputs.adminSigningKey, (0,load_key/* remoteKeyContext */.lE)(ctx, inputs), {
            keyId: inputs.adminKeyId || undefined,
            what: 'Admin app key'
        });
    }
    let key;
    try {
        key = await (0,signing_key/* loadSigningKey */.fm)(inputs.adminPrivateKey, {
            passphrase: inputs.adminPrivateKeyPassphrase,
            keyId: inputs.adminKeyId,
            mask: ctx.mask
        });
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        // The key parsers speak of private-key and private-key-passphrase.
        const admin = (text) => text.replace(/(?<![\w-])private-key/g, 'admin-private-key');
        throw new errors/* InputError */.dz(admin(error.input), admin(error.message));
    }
    (0,load_key/* logKey */.Up)(ctx, 'Admin app key', key);
    return key;
}

;// CONCATENATED MODULE: ./src/modes/admin-session.ts







async function loadAdminCredential(ctx, inputs) {
    const self = inputs.adminCredential === 'self';
    const key = inputs.adminCredential === 'api-token'
        ? undefined
        : self
            ? await (0,load_key/* loadKeyFromInputs */.bL)(ctx, inputs)
            : await loadAdminKeyFromInputs(ctx, inputs);
    return { open: (scopes, options) => openAdminSession(ctx, inputs, key, scopes, options) };
}
async function openAdminSession(ctx, inputs, loaded, scopes, options = {}) {
    const base = {
        http: ctx.http,
        log: ctx.log,
        orgUrl: inputs.oktaDomain,
        readOnly: options.readOnly
    };
    if (!loaded) {
        return {
            client: new ManagementClient({ ...base, apiToken: inputs.apiToken }),
            credential: 'api-token',
            revokeWith: () => undefined,
            end: () => Promise.resolve()
        };
    }
    const self = inputs.adminCredential === 'self';
    let key = loaded;
    const clientId = self ? inputs.clientId : inputs.adminClientId;
    const who = self ? `app ${clientId} (its own key: self-rotation)` : `admin app ${clientId}`;
    // Only the org authorization server mints okta.* scopes (docs/okta-behaviour.md, "Token endpoint").
    const tokenEndpoint = (0,endpoints/* tokenEndpointFor */.mF)(inputs.oktaDomain, '');
    ctx.log.info(`Admin credential: an access token of ${who}, scopes ${scopes.join(' ')}`);
    const token = await (0,token_request/* requestAccessToken */.B)({
        http: ctx.http,
        log: ctx.log,
        mask: ctx.mask,
        skew: ctx.skew,
        key,
        clientId,
        tokenEndpoint,
        audience: tokenEndpoint,
        scopes,
        lifetimeSeconds: inputs.assertionLifetime,
        // The admin app's DPoP setting is its own: auto follows it. Self-rotation uses dpop.
        dpop: self ? inputs.dpop : 'auto'
    });
    const granted = new Set(token.scope.split(' ').filter(Boolean));
    ctx.log.info(`Admin token: ${token.tokenType}, expires in ${token.expiresIn} s, scopes granted: ${token.scope || '(none listed)'}`);
    const authorizer = accessTokenAuthorizer(token, {
        skew: ctx.skew,
        mask: ctx.mask,
        holder: self ? `app ${clientId}` : `admin app ${clientId}`
    });
    let ended = false;
    return {
        client: new ManagementClient({ ...base, authorizer }),
        credential: inputs.adminCredential,
        callerClientId: clientId,
        granted,
        revokeWith: next => {
            key = next;
        },
        async end() {
            if (ended)
                return;
            ended = true;
            try {
                await (0,revoke/* revokeToken */.w)({
                    http: ctx.http,
                    mask: ctx.mask,
                    skew: ctx.skew,
                    key,
                    clientId,
                    revokeEndpoint: (0,endpoints/* revokeEndpointFor */.n3)(tokenEndpoint),
                    token: token.accessToken,
                    lifetimeSeconds: inputs.assertionLifetime,
                    log: ctx.log
                });
                ctx.log.info('Admin token revoked');
            }
            catch (error) {
                // The run's own outcome stands; the token expires by itself within the hour.
                ctx.log.warning(`Could not revoke the admin token (it expires in ${token.expiresIn} s): ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    };
}


/***/ }),

/***/ 5865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ revokeToken)
/* harmony export */ });
/* harmony import */ var _jwt_client_assertion_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1239);
/* harmony import */ var _okta_okta_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3446);
/* harmony import */ var _okta_peer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5721);
/* harmony import */ var _http_retrying_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7666);




/**
 * RFC 7009 revocation with the same client authentication, the assertion's aud being the revoke URL
 * itself (docs/okta-behaviour.md, "Revoke"). Okta answers 200 even for unknown or expired tokens.
 */
async function revokeToken(params) {
    // Okta answers 200 with an empty body; a 200 HTML page (a proxy's sign-in page) revoked
    // nothing and must not be reported as a revocation: validate retries it.
    const send = () => params.http.withPeer(_okta_peer_js__WEBPACK_IMPORTED_MODULE_2__/* .oktaPeer */ .C).send('Token revocation', async () => {
        const assertion = await (0,_jwt_client_assertion_js__WEBPACK_IMPORTED_MODULE_0__/* .signClientAssertion */ .T)({
            key: params.key,
            clientId: params.clientId,
            audience: params.revokeEndpoint,
            lifetimeSeconds: params.lifetimeSeconds,
            nowSeconds: params.skew.nowSeconds()
        });
        params.mask(assertion);
        return {
            method: 'POST',
            url: params.revokeEndpoint,
            headers: {
                'Content-Type': 'application/x-www-form-urlencoded',
                Accept: 'application/json'
            },
            body: new URLSearchParams({
                token: params.token,
                token_type_hint: 'access_token',
                client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
                client_assertion: assertion
            }).toString()
        };
    }, { validate: _http_retrying_client_js__WEBPACK_IMPORTED_MODULE_3__/* .expectJsonBody */ .Gp });
    let response = await send();
    if (response.status === 200)
        return;
    let info = (0,_okta_okta_error_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOktaError */ .Bu)(response);
    // The post step starts with a fresh ClockSkew, so a runner clock the main step had to
    // correct for is refused here too: measure it again and sign once more on Okta's time.
    if (params.skew.correctFrom(response, info)) {
        params.log?.warning(`Token revocation refused for its times: ${params.skew.describe()}; signing again on the server's time`);
        response = await send();
        if (response.status === 200)
            return;
        info = (0,_okta_okta_error_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOktaError */ .Bu)(response);
    }
    throw new _okta_okta_error_js__WEBPACK_IMPORTED_MODULE_1__/* .OktaError */ .Qu('Token revocation', info);
}


/***/ }),

/***/ 7275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ deactivateAppKey),
/* harmony export */   C2: () => (/* binding */ deleteAppKey),
/* harmony export */   I$: () => (/* binding */ findKeyByKid),
/* harmony export */   WN: () => (/* binding */ addAppKey),
/* harmony export */   bu: () => (/* binding */ publicMembers),
/* harmony export */   my: () => (/* binding */ listAppKeys),
/* harmony export */   xv: () => (/* binding */ sameKeyMaterial),
/* harmony export */   y9: () => (/* binding */ activateAppKey)
/* harmony export */ });
/* unused harmony exports KEY_PRIVILEGE, parseAppKeyList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** What a key change needs once the app has okta.* grants (docs/okta-behaviour.md, "App keys"). */
const KEY_PRIVILEGE = 'a Super Administrator once the app has okta.* scopes granted (otherwise an Application Administrator)';
const base = (appId) => `/api/v1/apps/${encodeURIComponent(appId)}/credentials/jwks`;
/**
 * Every key of the app. The spec's schema says a JSON array, its example and the Go SDK an
 * object `{"jwks":{"keys":[…]}}` or `{"keys":[…]}` (UNCONFIRMED which the live API sends,
 * docs/okta-behaviour.md, "App keys"): all three are accepted.
 */
async function listAppKeys(client, appId) {
    const body = await client.get(`Listing the keys of app ${appId}`, base(appId));
    return parseAppKeyList(body);
}
/** The three shapes of a key list → the keys; anything else is an error, never "no keys". */
function parseAppKeyList(body) {
    const record = (value) => value && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
    let list = body;
    if (!Array.isArray(list))
        list = record(body)?.keys;
    if (!Array.isArray(list))
        list = record(record(body)?.jwks)?.keys;
    if (!Array.isArray(list)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('Listing the app keys failed: Okta answered neither a key array nor {keys} nor {jwks: {keys}}.');
    }
    return list.map(toAppKey);
}
/** The key whose JWK `kid` is `kid`, if registered. */
function findKeyByKid(keys, kid) {
    return keys.find(key => key.kid === kid);
}
/**
 * True when the registered key (from the keys API, or an app's inline JWKS) is the same public
 * key as `jwk` (kid aside).
 */
function sameKeyMaterial(key, jwk) {
    if (key.kty !== jwk.kty)
        return false;
    return jwk.kty === 'RSA' ? key.n === jwk.n && key.e === jwk.e : key.x === jwk.x && key.y === jwk.y;
}
/**
 * Registers a public key (ACTIVE unless `status` says otherwise). Sends the JWK members Okta
 * stores: kid, kty, alg, use "sig" (the only use allowed for client auth), and n/e or crv/x/y
 * (`crv` is harmless per RFC 7518 though Okta's schema omits it, docs/okta-behaviour.md, "App
 * keys").
 */
async function addAppKey(client, appId, jwk, status = 'ACTIVE') {
    const body = { ...publicMembers(jwk), status };
    const key = await client.post(`Adding key ${jwk.kid} to app ${appId}`, base(appId), body, {
        privilege: KEY_PRIVILEGE,
        findExisting: async () => {
            const existing = findKeyByKid(await listAppKeys(client, appId), jwk.kid);
            return existing && sameKeyMaterial(existing, jwk) ? existing : undefined;
        }
    });
    return toAppKey(key);
}
async function activateAppKey(client, appId, keyId) {
    return lifecycle(client, appId, keyId, 'activate');
}
/** Refused by Okta (400 E0000001) for the only ACTIVE key of a private_key_jwt app. */
async function deactivateAppKey(client, appId, keyId) {
    return lifecycle(client, appId, keyId, 'deactivate');
}
/** Refused by Okta (400 E0000001) for an ACTIVE key: deactivate it first. */
async function deleteAppKey(client, appId, keyId) {
    await client.delete(`Deleting key ${keyId} of app ${appId}`, `${base(appId)}/${encodeURIComponent(keyId)}`, { privilege: KEY_PRIVILEGE });
}
async function lifecycle(client, appId, keyId, action) {
    const options = { privilege: KEY_PRIVILEGE };
    const what = `${action === 'activate' ? 'Activating' : 'Deactivating'} key ${keyId} of app ${appId}`;
    const path = `${base(appId)}/${encodeURIComponent(keyId)}/lifecycle/${action}`;
    const body = await client.post(what, path, undefined, options);
    // Okta answers the key; if a server answers with an empty body, read the key back.
    if (body && typeof body === 'object')
        return toAppKey(body);
    return toAppKey(await client.get(what, `${base(appId)}/${encodeURIComponent(keyId)}`, options));
}
/** The public JWK members of a key, for registering it (never `d`: ours are public JWKs). */
function publicMembers(jwk) {
    const out = { kid: jwk.kid, kty: jwk.kty, alg: jwk.alg, use: 'sig' };
    for (const name of ['e', 'n', 'crv', 'x', 'y']) {
        const value = jwk[name];
        if (typeof value === 'string')
            out[name] = value;
    }
    return out;
}
function toAppKey(value) {
    const key = (value && typeof value === 'object' ? value : {});
    const text = (name) => (typeof key[name] === 'string' ? key[name] : undefined);
    if (!text('id') || !text('kty')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('Okta answered a key without "id" or "kty"; cannot manage it.');
    }
    return {
        id: text('id'),
        kid: text('kid') ?? null,
        status: text('status') === 'INACTIVE' ? 'INACTIVE' : 'ACTIVE',
        kty: text('kty'),
        n: text('n'),
        e: text('e'),
        x: text('x'),
        y: text('y'),
        created: text('created')
    };
}


/***/ }),

/***/ 925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ clientIdOf),
/* harmony export */   MK: () => (/* binding */ deactivateAndDeleteApp),
/* harmony export */   Sx: () => (/* binding */ getApp),
/* harmony export */   Vt: () => (/* binding */ activateApp),
/* harmony export */   cy: () => (/* binding */ replaceApp),
/* harmony export */   ny: () => (/* binding */ createServiceApp),
/* harmony export */   rc: () => (/* binding */ findAppsByLabel)
/* harmony export */ });
/* unused harmony exports APP_PRIVILEGE, serviceAppBody, writableApp, deactivateApp */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _app_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7275);


const APP_PRIVILEGE = 'an Application Administrator or a Super Administrator';
/** Okta's maximum page size for apps. */
const PAGE_SIZE = 200;
/**
 * The apps whose label is exactly `label`. Okta's `q` matches label (and name) prefixes, case
 * insensitively, so "CI" also finds "CI staging": the exact match is done here, over every
 * page.
 */
async function findAppsByLabel(client, label) {
    const path = `/api/v1/apps?q=${encodeURIComponent(label)}&limit=${PAGE_SIZE}`;
    const apps = await client.listAll(`Looking up app "${label}"`, path);
    return apps.filter(app => app.label === label);
}
/**
 * The body of an API Services app with private_key_jwt and the key inline (docs/okta-behaviour.md,
 * "Apps").
 */
function serviceAppBody(app) {
    return {
        name: 'oidc_client',
        label: app.label,
        signOnMode: 'OPENID_CONNECT',
        credentials: { oauthClient: { token_endpoint_auth_method: 'private_key_jwt' } },
        settings: {
            oauthClient: {
                application_type: 'service',
                grant_types: ['client_credentials'],
                response_types: ['token'],
                dpop_bound_access_tokens: app.requireDpop,
                jwks: { keys: [{ ...(0,_app_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .publicMembers */ .bu)(app.jwk), status: 'ACTIVE' }] }
            }
        }
    };
}
/** Creates and activates the app (`activate=true`). */
async function createServiceApp(client, app) {
    // This run's app: the label and our new key, material included (another run with the same
    // label and kid but another key is not ours).
    const withOurKey = async () => (await findAppsByLabel(client, app.label)).filter(found => found.settings?.oauthClient?.jwks?.keys?.some(key => (0,_app_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .sameKeyMaterial */ .xv)(key, app.jwk)));
    const response = await client.request('POST', `Creating app "${app.label}"`, '/api/v1/apps?activate=true', serviceAppBody(app), {
        privilege: APP_PRIVILEGE,
        // A create whose answer was lost may have made the app: reuse it, never a second one.
        findExisting: async () => (await withOurKey())[0]
    });
    const created = checked(response.body);
    if (response.afterLostAnswer)
        await removeTwins(client, created, withOurKey);
    return created;
}
/**
 * Okta allows duplicate labels, so a lost create that landed only after the lookup leaves a
 * twin with our new key: this run made it, so this run removes it. Best effort: the app the run
 * goes on with is sound, so a failure here is a warning naming the twin to delete by hand.
 */
async function removeTwins(client, created, withOurKey) {
    let twins;
    try {
        twins = (await withOurKey()).filter(found => found.id !== created.id);
    }
    catch (error) {
        client.log.warning(`Could not check for a second app "${created.label}" left by a create whose answer was lost (${error.message}); if there is one besides ${created.id}, delete it.`);
        return;
    }
    for (const twin of twins) {
        try {
            await deactivateAndDeleteApp(client, twin.id);
            client.log.info(`Deleted app ${twin.id}, a second "${created.label}" made by a create whose answer was lost`);
        }
        catch (error) {
            client.log.warning(`App ${twin.id} is a second "${created.label}" made by a create whose answer was lost, and deleting it failed (${error.message}): deactivate and delete it by hand.`);
        }
    }
}
async function getApp(client, appId) {
    return checked(await client.get(`Reading app ${appId}`, appPath(appId)));
}
/**
 * PUT the complete app: Okta has no partial update, omitted members are reset
 * (docs/okta-behaviour.md, "Management API").
 */
async function replaceApp(client, app) {
    return checked(await client.put(`Updating app ${app.id}`, appPath(app.id), writableApp(app), {
        privilege: APP_PRIVILEGE
    }));
}
/** Members of an app that Okta sets itself (readOnly in Okta's management OpenAPI, Application). */
const READ_ONLY_APP = ['id', 'created', 'lastUpdated', 'status', '_links', '_embedded'];
/** Members of an inline JWK that Okta sets (readOnly in the OpenAPI's OAuth2ClientJsonSigningKey…). */
const READ_ONLY_KEY = ['id', 'created', 'lastUpdated', '_links'];
/**
 * The body of a full-replace PUT: what was read, without what the spec marks read-only (a
 * key keeps its kid and status). Sending read-only members back is what clients must not do
 * (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Application/#tag/Application/operation/replaceApplication).
 */
function writableApp(app) {
    const body = without(app, READ_ONLY_APP);
    const oauthClient = app.settings?.oauthClient;
    const keys = oauthClient?.jwks?.keys;
    if (keys) {
        body.settings = {
            ...app.settings,
            oauthClient: {
                ...oauthClient,
                jwks: { ...oauthClient.jwks, keys: keys.map(key => without(key, READ_ONLY_KEY)) }
            }
        };
    }
    return body;
}
function without(value, names) {
    return Object.fromEntries(Object.entries(value).filter(([name]) => !names.includes(name)));
}
async function activateApp(client, appId) {
    await client.post(`Activating app ${appId}`, `${appPath(appId)}/lifecycle/activate`, undefined, {
        privilege: APP_PRIVILEGE
    });
}
async function deactivateApp(client, appId) {
    await client.post(`Deactivating app ${appId}`, `${appPath(appId)}/lifecycle/deactivate`, undefined, { privilege: APP_PRIVILEGE });
}
/** Deactivate, then delete: Okta deletes only INACTIVE apps (docs/okta-behaviour.md, "Apps"). */
async function deactivateAndDeleteApp(client, appId) {
    await deactivateApp(client, appId);
    await client.delete(`Deleting app ${appId}`, appPath(appId), { privilege: APP_PRIVILEGE });
}
/** The OAuth client id (JWT iss/sub, roles path), which by default equals the app id. */
function clientIdOf(app) {
    return app.credentials?.oauthClient?.client_id || app.id;
}
const appPath = (appId) => `/api/v1/apps/${encodeURIComponent(appId)}`;
function checked(app) {
    if (!app || typeof app.id !== 'string' || !app.settings?.oauthClient) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('Okta answered an app call without the app (no id or settings).');
    }
    return app;
}


/***/ }),

/***/ 370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ grantedScopes),
/* harmony export */   s8: () => (/* binding */ listGrants),
/* harmony export */   xt: () => (/* binding */ grantScope)
/* harmony export */ });
/* unused harmony exports GRANT_PRIVILEGE, revokeGrant */
const GRANT_PRIVILEGE = 'a Super Administrator (only Super Admins can grant okta.* scopes)';
const base = (appId) => `/api/v1/apps/${encodeURIComponent(appId)}/grants`;
async function listGrants(client, appId) {
    const grants = await client.get(`Listing the scope grants of app ${appId}`, base(appId));
    return Array.isArray(grants) ? grants : [];
}
/** An ACTIVE grant for the org issuer (a grant for another issuer does not count). */
function isOrgGrant(grant, issuer) {
    return grant.issuer.replace(/\/+$/, '') === issuer && (grant.status ?? 'ACTIVE') === 'ACTIVE';
}
/** Scope ids already granted with the org issuer. */
function grantedScopes(grants, issuer) {
    return new Set(grants.filter(g => isOrgGrant(g, issuer)).map(g => g.scopeId));
}
async function grantScope(client, appId, scopeId) {
    return client.post(`Granting scope ${scopeId} to app ${appId}`, base(appId), { issuer: client.orgUrl, scopeId }, {
        privilege: GRANT_PRIVILEGE,
        findExisting: async () => (await listGrants(client, appId)).find(g => g.scopeId === scopeId && isOrgGrant(g, client.orgUrl))
    });
}
async function revokeGrant(client, appId, grantId) {
    await client.delete(`Revoking grant ${grantId} of app ${appId}`, `${base(appId)}/${encodeURIComponent(grantId)}`, { privilege: GRANT_PRIVILEGE });
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


/***/ }),

/***/ 7908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ assignClientRole),
/* harmony export */   Lc: () => (/* binding */ listClientRoles)
/* harmony export */ });
/* unused harmony export ROLE_PRIVILEGE */
const ROLE_PRIVILEGE = 'a Super Administrator (only Super Admins can assign admin roles)';
const base = (clientId) => `/oauth2/v1/clients/${encodeURIComponent(clientId)}/roles`;
async function listClientRoles(client, clientId) {
    // An answer that is not a list is an error, never "no roles" (which would assign them again).
    return client.listAll(`Listing the admin roles of client ${clientId}`, base(clientId));
}
/** Assigns a standard role type (SUPER_ADMIN, APP_ADMIN, READ_ONLY_ADMIN, …). */
async function assignClientRole(client, clientId, type) {
    return client.post(`Assigning role ${type} to client ${clientId}`, base(clientId), { type }, {
        privilege: ROLE_PRIVILEGE,
        findExisting: async () => (await listClientRoles(client, clientId)).find(role => role.type === type)
    });
}


/***/ })

};
