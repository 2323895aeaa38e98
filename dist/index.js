import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/**
 * Expected failures: bad input, a key that cannot be used, an error answer from Okta.
 * main.ts prints their message as one line and no stack trace; anything else is a bug and
 * keeps its stack.
 */
class ActionError extends Error {
    name = 'ActionError';
}
/** An input that is missing, malformed or out of range. The message names the input. */
class InputError extends ActionError {
    input;
    name = 'InputError';
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
/**
 * Echoes an input value in an error safely: short, and control characters escaped. Here, not
 * in inputs/values.ts, so that key-uri.ts (a chunk of its own) can use it without taking the
 * input parsers out of the main bundle's concatenated module.
 */
function printable(value) {
    const cut = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return cut.replace(/[\x00-\x1f\x7f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}


/***/ }),

/***/ 137:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ NetworkError),
/* harmony export */   g: () => (/* binding */ describeNetworkError)
/* harmony export */ });
/** The request never got an HTTP answer: refused, reset, timed out, proxy failure. */
class NetworkError extends Error {
    retryable;
    name = 'NetworkError';
    constructor(message, 
    /** False when retrying cannot help (a proxy that refuses the tunnel). */
    retryable = true) {
        super(message);
        this.retryable = retryable;
    }
}
/** The action's one line for what fetch threw (undici's error codes are in its `cause`). */
function describeNetworkError(error, url, timeoutMs, timedOut, proxied) {
    const host = new URL(url).host;
    if (timedOut)
        return new NetworkError(`no answer from ${host} within ${timeoutMs / 1000} s`);
    const cause = error.cause;
    const code = cause?.code ?? '';
    const message = cause?.message ?? error.message ?? String(error);
    // fetch wraps undici's tunnel error in a DOMException ("Request was cancelled."): the
    // proxy's answer is further down the cause chain.
    const status = /Proxy response \((\d+)\)/.exec(causeChainText(error))?.[1];
    if (status) {
        return new NetworkError(`the proxy refused to connect to ${host} (HTTP ${status}); check HTTPS_PROXY and NO_PROXY`, false);
    }
    if (proxied && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(code + message)) {
        return new NetworkError(`cannot reach ${host} through the proxy (${code || message}); check HTTPS_PROXY and NO_PROXY`);
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
    return new NetworkError(`${what[code] ?? (code || message)} (${host})`);
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


/***/ }),

/***/ 7666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ expectJsonBody),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   uE: () => (/* binding */ RetryingClient)
/* harmony export */ });
/* unused harmony export isRetryable */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _network_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(137);


/** A server the client knows nothing about: no extra headers, no request ids. */
const ANY_SERVER = { name: 'the server' };
/** Longest single wait (contract: never longer than 60 s a wait). */
const MAX_WAIT_MS = 60_000;
const BACKOFF_BASE_MS = 500;
/**
 * Jitter added to a rate-limit wait, so a matrix of jobs does not wake in lockstep. Small,
 * because the whole-second Date already adds 0-1 s past the reset (the fraction of the second
 * the 429 arrived in, which differs from job to job): with 300 ms the overshoot reached 1.23 s
 * in `npm run bench` (target: under 1.2 s).
 */
const RATE_LIMIT_JITTER_MS = 100;
/** For JSON APIs: a 2xx whose body does not parse as JSON is a failed attempt. */
function expectJsonBody(response) {
    if (response.status < 200 || response.status >= 300 || response.status === 204)
        return undefined;
    if (!response.text.trim())
        return undefined;
    try {
        JSON.parse(response.text);
        return undefined;
    }
    catch {
        return `HTTP ${response.status} with a body that is not JSON (cut off, or a proxy page)`;
    }
}
class RetryingClient {
    transport;
    clock;
    log;
    policy;
    peer;
    constructor(transport, clock, log, policy, peer = ANY_SERVER) {
        this.transport = transport;
        this.clock = clock;
        this.log = log;
        this.policy = policy;
        this.peer = peer;
    }
    /** The same client (transport, clock, log, policy) speaking to `peer`. */
    withPeer(peer) {
        return new RetryingClient(this.transport, this.clock, this.log, this.policy, peer);
    }
    /**
     * Sends what `build` makes, retrying as the contract says. Returns the final response,
     * whatever its status: callers decide what a 4xx means. Throws ActionError when every
     * attempt failed without a usable answer.
     */
    async send(what, build, options = {}) {
        const { maxAttempts } = this.policy;
        const peer = this.peer;
        let previous;
        let lostAnswer = false;
        for (let attempt = 1;; attempt++) {
            const request = await build(attempt);
            if (attempt > 1 && peer.retryHeaders) {
                Object.assign(request.headers, peer.retryHeaders(attempt - 1, previous));
            }
            let response;
            let failure;
            try {
                response = await this.transport(request, this.policy.timeoutMs);
            }
            catch (error) {
                if (!(error instanceof _network_error_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .D))
                    throw error;
                if (!error.retryable)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: ${error.message}.`);
                failure = error.message;
            }
            const invalid = response && options.validate?.(response);
            if (response && !invalid && !isRetryable(response.status))
                return lostAnswer ? { ...response, afterLostAnswer: true } : response;
            if (response && !invalid) {
                previous = response;
                const id = peer.responseId?.(response);
                failure = `HTTP ${response.status}${id ? ` (${id})` : ''}`;
            }
            else if (invalid) {
                // A 2xx whose body is cut off or not JSON (a proxy page): nothing usable arrived.
                failure = invalid;
            }
            if (attempt >= maxAttempts) {
                // The last answer is unusable too. A write may still have been carried out (by this
                // attempt or an earlier one whose answer was lost): look before failing, so the caller
                // knows what exists. A 429 was refused by Okta, so nothing to look for after one alone.
                if (response?.status !== 429 || lostAnswer) {
                    const done = await this.reconciled(what, options);
                    if (done)
                        return done;
                }
                if (invalid)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: ${invalid}.`);
                if (response)
                    return response;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed after ${maxAttempts} attempt${maxAttempts > 1 ? 's' : ''}: ${failure}. Check the network path to ${peer.name}, or raise max-attempts or timeout.`);
            }
            const delay = response && !invalid ? this.delayAfter(response, attempt) : this.backoff(attempt);
            this.log.info(`${what}: ${failure}; retrying in ${(delay.ms / 1000).toFixed(1)} s${delay.reason} (attempt ${attempt + 1} of ${maxAttempts})`);
            await this.clock.sleep(delay.ms);
            // A 429 was refused by Okta; anything else may have been carried out. Once an answer was
            // lost, look before every resend: the lost write may land while later attempts wait.
            if (response?.status !== 429)
                lostAnswer = true;
            if (lostAnswer) {
                const done = await this.reconciled(what, options);
                if (done)
                    return done;
            }
        }
    }
    async reconciled(what, options) {
        if (!options.reconcile)
            return undefined;
        let done;
        try {
            done = await options.reconcile();
        }
        catch (error) {
            // The lookup is a courtesy: failing it must not hide the write's own outcome.
            this.log.warning(`${what}: could not check whether an earlier attempt took effect (${error.message}); sending it again`);
            return undefined;
        }
        if (!done)
            return undefined;
        this.log.info(`${what}: the earlier attempt took effect at ${this.peer.name}; not sending it again`);
        // Another lost attempt may still land after this one: the caller may want to look again.
        return { ...done, afterLostAnswer: true };
    }
    delayAfter(response, attempt) {
        if (response.status === 429) {
            const header = this.peer.rateLimitResetHeader;
            const reset = header ? Number(response.headers.get(header)) : 0;
            const date = Date.parse(response.headers.get('date') ?? '');
            if (reset > 0 && !Number.isNaN(date)) {
                // Measured against the server's Date, not the runner's clock, which may be off (Okta's
                // Go SDK does the same). Date has whole seconds, so this never undershoots the reset.
                const untilReset = Math.max(0, reset * 1000 - date);
                const elapsed = Math.max(0, this.clock.now() - response.receivedAt);
                const ms = Math.min(MAX_WAIT_MS, Math.max(0, untilReset - elapsed) + Math.floor(this.clock.random() * RATE_LIMIT_JITTER_MS));
                return { ms, reason: ` (rate limit: until ${header})` };
            }
        }
        // GitHub (and proxies) say how long to wait with Retry-After, on 429 and 503 alike.
        const retryAfter = Number(response.headers.get('retry-after'));
        if (retryAfter > 0) {
            return { ms: Math.min(MAX_WAIT_MS, retryAfter * 1000), reason: ' (Retry-After)' };
        }
        if (response.status === 429) {
            const backoff = this.backoff(attempt);
            return { ms: Math.max(1000, backoff.ms), reason: ' (rate limit, no reset header)' };
        }
        return this.backoff(attempt);
    }
    /** Exponential backoff with jitter: 0.5–1 s, 1–2 s, 2–4 s, … */
    backoff(attempt) {
        const ceiling = Math.min(MAX_WAIT_MS, BACKOFF_BASE_MS * 2 ** attempt);
        return { ms: Math.floor(ceiling / 2 + (this.clock.random() * ceiling) / 2), reason: '' };
    }
}
function isRetryable(status) {
    return status === 408 || status === 429 || status >= 500;
}
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: () => Math.random()
};


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4771);
// The runner's main entry (action.yml runs.main): everything happens in run().

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6491:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fm: () => (/* binding */ loadSigningKey),
  tB: () => (/* binding */ maskKeyText),
  Hd: () => (/* binding */ publicJwkOf)
});

// UNUSED EXPORTS: thumbprintOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
var buffer_utils = __nccwpck_require__(7410);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/base64url.js
var base64url = __nccwpck_require__(1445);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var errors = __nccwpck_require__(5674);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/key.js
var lib_key = __nccwpck_require__(7859);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/validate.js
var validate = __nccwpck_require__(7784);
;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/key/export.js



function exportSPKI(key) {
  return exportPublic(key);
}
function exportPKCS8(key) {
  return exportPrivate(key);
}
async function exportJWK(key) {
  if ((0,lib_key/* isKeyObject */.D2)(key))
    if (key.type === "secret")
      key = key.export();
    else
      return key.export({ format: "jwk" });
  if (key instanceof Uint8Array)
    return {
      kty: "oct",
      k: (0,base64url/* encode */.l)(key)
    };
  if (!(0,lib_key/* isCryptoKey */.R7)(key))
    throw new TypeError((0,lib_key/* invalidKeyInput */.XP)(key, "CryptoKey", "KeyObject", "Uint8Array"));
  if (!key.extractable)
    throw new TypeError("non-extractable CryptoKey cannot be exported as a JWK");
  const jwk = await crypto.subtle.exportKey("jwk", key);
  delete jwk.ext, delete jwk.key_ops, delete jwk.use, jwk.kty !== "AKP" && delete jwk.alg;
  for (const parameter of Object.keys(jwk))
    jwk[parameter] === void 0 && delete jwk[parameter];
  return jwk;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jwk/thumbprint.js






const check = (value, description) => {
  if (typeof value != "string" || !value)
    throw new errors/* JWKInvalid */._L(`${description} missing or invalid`);
};
async function calculateJwkThumbprint(key, digestAlgorithm) {
  let jwk;
  if ((0,validate/* isObject */.Gv)(key)) {
    if (jwk = (0,lib_key/* snapshotJwk */.ZZ)(key), typeof jwk.kty != "string")
      throw new TypeError((0,lib_key/* invalidKeyInput */.XP)(key, "CryptoKey", "KeyObject", "JSON Web Key"));
  } else if ((0,lib_key/* isKeyLike */.P2)(key))
    jwk = (0,lib_key/* snapshotJwk */.ZZ)(await exportJWK(key));
  else
    throw new TypeError((0,lib_key/* invalidKeyInput */.XP)(key, "CryptoKey", "KeyObject", "JSON Web Key"));
  if (digestAlgorithm ??= "sha256", digestAlgorithm !== "sha256" && digestAlgorithm !== "sha384" && digestAlgorithm !== "sha512")
    throw new TypeError('digestAlgorithm must one of "sha256", "sha384", or "sha512"');
  let requiredMembers;
  switch (jwk.kty) {
    case "AKP":
      check(jwk.alg, '"alg" (Algorithm) Parameter'), check(jwk.pub, '"pub" (Public key) Parameter'), requiredMembers = { alg: jwk.alg, kty: jwk.kty, pub: jwk.pub };
      break;
    case "EC":
      check(jwk.crv, '"crv" (Curve) Parameter'), check(jwk.x, '"x" (X Coordinate) Parameter'), check(jwk.y, '"y" (Y Coordinate) Parameter'), requiredMembers = { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y };
      break;
    case "OKP":
      check(jwk.crv, '"crv" (Subtype of Key Pair) Parameter'), check(jwk.x, '"x" (Public Key) Parameter'), requiredMembers = { crv: jwk.crv, kty: jwk.kty, x: jwk.x };
      break;
    case "RSA":
      check(jwk.e, '"e" (Exponent) Parameter'), check(jwk.n, '"n" (Modulus) Parameter'), requiredMembers = { e: jwk.e, kty: jwk.kty, n: jwk.n };
      break;
    case "oct":
      if (typeof jwk.k != "string")
        throw new errors/* JWKInvalid */._L('"k" (Key Value) Parameter missing or invalid');
      requiredMembers = { k: jwk.k, kty: jwk.kty };
      break;
    default:
      throw new errors/* JOSENotSupported */.T0('"kty" (Key Type) Parameter missing or unsupported');
  }
  const thumbprintInput = (0,buffer_utils/* encode */.lF)(JSON.stringify(requiredMembers));
  return (0,base64url/* encode */.l)(await (0,buffer_utils/* digest */.br)(digestAlgorithm, thumbprintInput));
}
async function calculateJwkThumbprintUri(key, digestAlgorithm) {
  digestAlgorithm ??= "sha256";
  const thumbprint = await calculateJwkThumbprint(key, digestAlgorithm);
  return `urn:ietf:params:oauth:jwk-thumbprint:sha-${digestAlgorithm.slice(-3)}:${thumbprint}`;
}


// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/signing/local-signer.ts
var local_signer = __nccwpck_require__(5111);
;// CONCATENATED MODULE: ./src/keys/normalize.ts
function normalizeKeyText(raw) {
    const repairs = [];
    let text = raw.trim();
    const quoted = /^(["'])([\s\S]*)\1$/.exec(text);
    if (quoted) {
        text = quoted[2].trim();
        repairs.push('surrounding quotes');
    }
    // A JWK that parses as it is keeps its escapes: "a\\nb" in its JSON is a backslash and an n.
    const intactJson = text.startsWith('{') && parsesAsJson(text);
    if (!intactJson && /\\\\n/.test(text)) {
        text = text.replace(/(\\\\r)?\\\\n/g, '\n');
        repairs.push('literal \\\\n');
    }
    if (/\\n/.test(text) && !text.startsWith('{')) {
        text = text.replace(/(\\r)?\\n/g, '\n');
        repairs.push('literal \\n');
    }
    if (/\r/.test(text)) {
        text = text.replace(/\r\n?/g, '\n');
        repairs.push('CRLF line ends');
    }
    const lines = text.split('\n');
    if (lines.some(line => /^\s+\S/.test(line)))
        repairs.push('indentation');
    text = lines
        .map(line => line.trim())
        .filter(Boolean)
        // A legacy encrypted PEM needs the blank line that ends its headers.
        .map(line => (line.startsWith('DEK-Info:') ? `${line}\n` : line))
        .join('\n');
    text = unsquashPem(text, repairs);
    if (!text.includes('-----BEGIN') && !text.startsWith('{')) {
        const decoded = decodeBase64(text);
        if (decoded && (decoded.includes('-----BEGIN') || decoded.trimStart().startsWith('{'))) {
            const inner = normalizeKeyText(decoded);
            return {
                text: inner.text,
                repairs: ['base64-wrapped', ...repairs, ...inner.repairs],
                decoded
            };
        }
    }
    return { text, repairs };
}
/** A PEM whose newlines became spaces (a common paste accident): rebuild its lines. */
function unsquashPem(text, repairs) {
    return text.replace(/(-----BEGIN [A-Z0-9 ]+-----)([^\n]*?)(-----END [A-Z0-9 ]+-----)/g, (whole, begin, body, end) => {
        if (!body.trim() || !/ /.test(body))
            return whole;
        repairs.push('PEM on one line');
        // Legacy encrypted PEM headers ("Proc-Type: 4,ENCRYPTED DEK-Info: …") keep their shape.
        const parts = body.trim().split(/\s+/);
        const out = [];
        for (let i = 0; i < parts.length; i++) {
            if (parts[i] === 'Proc-Type:' || parts[i] === 'DEK-Info:') {
                const header = parts[i];
                out.push(`${header} ${parts[i + 1]}`);
                i++;
                if (header === 'DEK-Info:')
                    out.push('');
            }
            else {
                out.push(parts[i]);
            }
        }
        return [begin, ...out, end].join('\n');
    });
}
function decodeBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact) || compact.length < 16)
        return undefined;
    const decoded = Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    return decoded.includes('\ufffd') ? undefined : decoded;
}
function parsesAsJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/keys/parse-key.ts


function parseKey(text, passphrase, mask) {
    if (text.startsWith('{'))
        return parseJwk(text, mask);
    if (/^ssh-(rsa|ed25519|dss)|^ecdsa-sha2-/.test(text)) {
        throw keyError('holds an OpenSSH public key; paste the private key instead');
    }
    const labels = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map(m => m[1]);
    if (labels.length === 0) {
        if (/^[A-Za-z0-9._~-]{20,128}$/.test(text)) {
            throw keyError('looks like a client secret, not a private key; private_key_jwt needs the PEM or JWK private key of the app');
        }
        throw keyError('has no PEM header (-----BEGIN …-----) and is not a JWK or base64 of one; paste the whole private key');
    }
    const label = labels.find(l => /PRIVATE KEY$/.test(l)) ?? labels[0];
    switch (label) {
        case 'PUBLIC KEY':
        case 'RSA PUBLIC KEY':
            throw keyError(`holds a public key (BEGIN ${label}); paste the private key instead`);
        case 'CERTIFICATE':
        case 'TRUSTED CERTIFICATE':
            throw keyError(`holds a certificate (BEGIN ${label}); paste the private key instead`);
        case 'OPENSSH PRIVATE KEY':
            throw keyError('is in OpenSSH format (BEGIN OPENSSH PRIVATE KEY); convert it with `ssh-keygen -p -m PKCS8 -f <file>` or `openssl pkey -in <file>` and paste the result');
        case 'PRIVATE KEY':
            return { key: createKey(pemBlock(text, label), '', 'PKCS#8 PEM'), format: 'PKCS#8 PEM' };
        case 'ENCRYPTED PRIVATE KEY':
            return {
                key: createKey(pemBlock(text, label), passphrase, 'encrypted PKCS#8 PEM'),
                format: 'encrypted PKCS#8 PEM'
            };
        case 'RSA PRIVATE KEY':
        case 'EC PRIVATE KEY': {
            const block = pemBlock(text, label);
            // RFC 1421 §4.6.1.1; OpenSSL also reads spaces after the colon and the comma.
            const encrypted = /Proc-Type:\s*4,\s*ENCRYPTED/.test(block);
            const kind = label === 'RSA PRIVATE KEY' ? 'PKCS#1' : 'SEC1 EC';
            const format = `${encrypted ? 'encrypted ' : ''}${kind} PEM`;
            return { key: createKey(block, encrypted ? passphrase : '', format), format };
        }
        default:
            throw keyError(`holds an unsupported PEM block (BEGIN ${label}); use a PKCS#8, PKCS#1 or SEC1 private key`);
    }
}
function pemBlock(text, label) {
    const start = text.indexOf(`-----BEGIN ${label}-----`);
    const endMarker = `-----END ${label}-----`;
    const end = text.indexOf(endMarker, start);
    if (end < 0)
        throw keyError(`has "BEGIN ${label}" but no matching "${endMarker}"; paste the whole key`);
    return text.slice(start, end + endMarker.length) + '\n';
}
function createKey(pem, passphrase, format) {
    const encrypted = format.startsWith('encrypted');
    if (encrypted && !passphrase) {
        throw keyError(`is an ${format}; set private-key-passphrase to its passphrase`);
    }
    try {
        return (0,external_node_crypto_.createPrivateKey)({
            key: pem,
            format: 'pem',
            passphrase: encrypted ? passphrase : undefined
        });
    }
    catch {
        if (encrypted) {
            throw new src_errors/* InputError */.dz('private-key-passphrase', `Input private-key-passphrase does not decrypt private-key (${format}); check the passphrase.`);
        }
        throw keyError(`is a ${format} that cannot be parsed (damaged or truncated); paste it again`);
    }
}
function parseJwk(text, mask) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw keyError('starts with "{" but is not valid JSON; paste the whole private JWK');
    }
    let jwk = value;
    if (Array.isArray(jwk.keys)) {
        const privateKeys = jwk.keys.filter(k => k && 'd' in k);
        if (privateKeys.length !== 1) {
            throw keyError(`is a JWK set with ${privateKeys.length} private keys; paste the one private JWK to sign with`);
        }
        jwk = privateKeys[0];
    }
    for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) {
        if (typeof jwk[member] === 'string')
            mask(jwk[member]);
    }
    if (jwk.kty === 'oct')
        throw keyError('is a symmetric (oct) JWK; private_key_jwt needs an RSA or EC key');
    if (jwk.kty !== 'RSA' && jwk.kty !== 'EC') {
        throw keyError(`is a JWK of kty "${String(jwk.kty)}"; Okta accepts RSA and EC keys`);
    }
    if (typeof jwk.d !== 'string') {
        throw keyError('is a public JWK (it has no "d"); paste the private JWK');
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: jwk, format: 'jwk' });
    }
    catch {
        throw keyError(`is an ${jwk.kty} JWK with missing or damaged members; paste the whole private JWK`);
    }
    const kid = typeof jwk.kid === 'string' && jwk.kid ? jwk.kid : undefined;
    return { key, format: 'private JWK', jwkKid: kid };
}
/** An error about the private-key input's content; `what` completes "Input private-key …". */
function keyError(what) {
    return new src_errors/* InputError */.dz('private-key', `Input private-key ${what}.`);
}

;// CONCATENATED MODULE: ./src/keys/signing-key.ts






const CURVES = {
    prime256v1: { crv: 'P-256', alg: 'ES256' },
    secp384r1: { crv: 'P-384', alg: 'ES384' },
    secp521r1: { crv: 'P-521', alg: 'ES512' }
};
async function loadSigningKey(raw, options) {
    const normalized = normalizeKeyText(raw);
    maskKeyText(raw, options.mask);
    maskKeyText(normalized.text, options.mask);
    if (normalized.decoded)
        maskKeyText(normalized.decoded, options.mask);
    const parsed = parseKey(normalized.text, options.passphrase ?? '', options.mask);
    const repaired = normalized.repairs.length ? ` (repaired: ${normalized.repairs.join(', ')})` : '';
    const { algorithm, description } = describeKey(parsed.key, options.algorithm);
    const publicParts = (0,external_node_crypto_.createPublicKey)(parsed.key).export({ format: 'jwk' });
    const bare = { ...pick(publicParts), alg: algorithm, use: 'sig' };
    let kid;
    let kidSource;
    if (options.keyId) {
        kid = options.keyId;
        kidSource = 'input';
    }
    else if (parsed.jwkKid) {
        kid = parsed.jwkKid;
        kidSource = 'jwk';
    }
    else {
        kid = await thumbprintOf(bare);
        kidSource = 'thumbprint';
    }
    return {
        privateKey: parsed.key,
        algorithm,
        kid,
        kidSource,
        publicJwk: { ...bare, kid },
        format: parsed.format + repaired,
        description,
        sign: (0,local_signer/* signWithLocalKey */.W)(parsed.key, algorithm)
    };
}
/** Public JWK and thumbprint kid of a key the action generated or loaded, or a KMS's public key. */
async function publicJwkOf(key, kid) {
    const { algorithm, description } = describeKey(key, undefined);
    // A remote key arrives as its public half (src/signing/remote-signer.ts).
    const parts = (key.type === 'public' ? key : (0,external_node_crypto_.createPublicKey)(key)).export({ format: 'jwk' });
    const bare = { ...pick(parts), alg: algorithm, use: 'sig' };
    return { jwk: { ...bare, kid: kid || (await thumbprintOf(bare)) }, algorithm, description };
}
/** RFC 7638 SHA-256 thumbprint: what `provision` registers as kid when none is given. */
function thumbprintOf(jwk) {
    return calculateJwkThumbprint(jwk, 'sha256');
}
/** Masks the whole value and every line of it (the runner masks line by line). */
function maskKeyText(text, mask) {
    const trimmed = text.trim();
    if (!trimmed)
        return;
    mask(trimmed);
    for (const line of trimmed.split(/\r?\n|(?:\\r)?\\n/)) {
        const value = line.trim();
        if (value && !/^-----(BEGIN|END) /.test(value) && !/^(Proc-Type|DEK-Info):/.test(value)) {
            mask(value);
        }
    }
}
function describeKey(key, requested) {
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'rsa') {
        const bits = details.modulusLength ?? 0;
        if (bits < 2048) {
            throw keyError(`is an RSA key of ${bits} bits; Okta requires at least 2048 bits`);
        }
        const algorithm = requested ?? 'RS256';
        if (!algorithm.startsWith('RS')) {
            throw new src_errors/* InputError */.dz('algorithm', `Input algorithm ${algorithm} does not fit an RSA key; use RS256, RS384 or RS512.`);
        }
        return { algorithm, description: `RSA ${bits} bits` };
    }
    if (key.asymmetricKeyType === 'ec') {
        const curve = CURVES[details.namedCurve ?? ''];
        if (!curve) {
            throw keyError(`is an EC key on curve ${details.namedCurve}; Okta accepts P-256, P-384 and P-521`);
        }
        const algorithm = requested ?? curve.alg;
        if (algorithm !== curve.alg) {
            throw new src_errors/* InputError */.dz('algorithm', `Input algorithm ${algorithm} does not fit an EC ${curve.crv} key; use ${curve.alg}.`);
        }
        return { algorithm, description: `EC ${curve.crv}` };
    }
    throw keyError(`is an ${key.asymmetricKeyType?.toUpperCase()} key; Okta accepts RSA (2048 bits or more) and EC P-256/P-384/P-521 keys`);
}
function pick(jwk) {
    return jwk.kty === 'RSA'
        ? { kty: 'RSA', n: jwk.n, e: jwk.e }
        : { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y };
}


/***/ }),

/***/ 4771:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: reportFailure

// EXTERNAL MODULE: ./src/http/retrying-client.ts
var retrying_client = __nccwpck_require__(7666);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/oauth/clock-skew.ts

/**
 * The runner's clock may be off. Okta documents no tolerance for iat/exp (docs/okta-behaviour.md,
 * "Client assertion"), so
 * when it refuses an assertion for its times, the offset is measured from the response's Date
 * and the next assertion is signed on Okta's time instead. Shared by every signer in a run.
 */
const TIME_ERRORS = /issued_at_in_future|expires_too_far|expired_token|issued before the current time|expiration too far|token is expired/;
/** Beyond this the runner's clock is broken, not drifting: say so rather than paper over it. */
const MAX_CORRECTABLE_MS = 15 * 60_000;
/** Below this, Date's whole-second resolution makes a measurement meaningless. */
const MIN_SKEW_MS = 1000;
class ClockSkew {
    localNow;
    offsetMs = 0;
    corrected = false;
    constructor(localNow) {
        this.localNow = localNow;
    }
    /** Seconds since the epoch on the server's clock, as well as it is known. */
    nowSeconds() {
        return Math.floor((this.localNow() + this.offsetMs) / 1000);
    }
    /**
     * After an error answer: true when it was a time error that a measured offset explains and
     * the caller should sign again (once per run); throws when the clock is too far off.
     */
    correctFrom(response, info) {
        const words = `${info.error ?? ''} ${info.description ?? ''}`;
        if (this.corrected || !TIME_ERRORS.test(words))
            return false;
        const date = Date.parse(response.headers.get('date') ?? '');
        if (Number.isNaN(date))
            return false;
        // Date is truncated to the second: the server's clock is in [date, date + 1 s).
        const offset = date - response.receivedAt;
        if (Math.abs(offset) < MIN_SKEW_MS)
            return false;
        const direction = offset < 0 ? 'ahead of' : 'behind';
        const seconds = Math.round(Math.abs(offset) / 1000);
        if (Math.abs(offset) > MAX_CORRECTABLE_MS) {
            throw new errors/* ActionError */.lZ(`The runner's clock is ${seconds} s ${direction} the server's (from its Date header), too far to correct: fix the runner's time (NTP).`);
        }
        this.offsetMs = offset;
        this.corrected = true;
        return true;
    }
    describe() {
        const seconds = Math.round(Math.abs(this.offsetMs) / 1000);
        return `the runner's clock is ${seconds} s ${this.offsetMs < 0 ? 'ahead of' : 'behind'} the server's (measured from its Date header)`;
    }
}

;// CONCATENATED MODULE: ./src/context.ts


/** `runtime` when given, else the runner's, loaded only then (src/default-runtime.ts). */
async function runtimeOrDefault(runtime) {
    return runtime ?? (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(421), __nccwpck_require__.e(679)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8679))).defaultRuntime();
}
function createModeContext(runtime, inputs, mask) {
    const { core: c, clock } = runtime;
    const log = { info: m => c.info(m), warning: m => c.warning(m), debug: m => c.debug(m) };
    return {
        core: c,
        log,
        clock,
        env: runtime.env,
        actionDir: runtime.actionDir,
        http: new retrying_client/* RetryingClient */.uE(runtime.transport, clock, log, {
            maxAttempts: inputs.maxAttempts,
            timeoutMs: inputs.timeoutSeconds * 1000
        }),
        transport: runtime.transport,
        skew: new ClockSkew(() => clock.now()),
        mask,
        secretOutput(name, value) {
            for (const line of value.split(/\r?\n/))
                mask(line.trim());
            mask(value);
            c.setOutput(name, value);
        },
        output: (name, value) => c.setOutput(name, String(value)),
        async writeSummary(build) {
            if (!inputs.summary || !runtime.env.GITHUB_STEP_SUMMARY)
                return;
            build(c.summary);
            await c.summary.write();
        }
    };
}

;// CONCATENATED MODULE: ./src/domain.ts
/**
 * The action's vocabulary: the values an input may take, as types. Inputs are parsed into
 * these (inputs.ts); keys, modes and the Okta clients speak them without depending on how
 * inputs are read.
 */
const MODES = ['token', 'provision', 'rotate', 'jwk', 'assertion', 'request'];
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'];
const KEY_TYPES = [
    'RSA-2048',
    'RSA-3072',
    'RSA-4096',
    'EC-P256',
    'EC-P384',
    'EC-P521'
];
const DPOP_MODES = ['auto', 'true', 'false'];
const RETIRE_MODES = ['deactivate', 'delete', 'keep'];
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** Okta's standard admin role types (docs/okta-behaviour.md, "Admin roles"). */
const ADMIN_ROLES = [
    'SUPER_ADMIN',
    'ORG_ADMIN',
    'APP_ADMIN',
    'USER_ADMIN',
    'GROUP_MEMBERSHIP_ADMIN',
    'HELP_DESK_ADMIN',
    'READ_ONLY_ADMIN',
    'REPORT_ADMIN',
    'API_ACCESS_MANAGEMENT_ADMIN',
    'WORKFLOWS_ADMIN',
    'ACCESS_CERTIFICATIONS_ADMIN',
    'ACCESS_REQUESTS_ADMIN'
];

;// CONCATENATED MODULE: ./src/inputs/remote-keys.ts

/**
 * signing-key and new-signing-key: parsed (scheme, endpoint) before any network call. Each stands
 * for a private-key, so giving both is refused rather than one silently winning. In rotate mode the
 * key to rotate to is private-key or new-signing-key; signing-key there means the same, as it does
 * for private-key in rotate today. In self-rotation (rotate with no admin credential) private-key
 * or signing-key is the app's current key, and new-signing-key the remote key to rotate to.
 */
function remoteKeys(mode, get, selfRotation, parseKeyUri) {
    if (get('private-key') && get('signing-key'))
        throw bothSet('private-key', 'signing-key');
    const newRaw = get('new-signing-key');
    if (newRaw && mode !== 'rotate') {
        throw new errors/* InputError */.dz('new-signing-key', `Input new-signing-key is only used in rotate mode; in ${mode} mode the key is signing-key.`);
    }
    if (newRaw && !selfRotation) {
        if (get('private-key'))
            throw bothSet('private-key', 'new-signing-key');
        if (get('signing-key'))
            throw bothSet('signing-key', 'new-signing-key');
    }
    const signingRaw = get('signing-key');
    return {
        signingKey: signingRaw ? parseKeyUri('signing-key', signingRaw) : undefined,
        newSigningKey: newRaw ? parseKeyUri('new-signing-key', newRaw) : undefined
    };
}
/** Two inputs that each name the same key: refused rather than one silently winning. */
function bothSet(first, second) {
    return new errors/* InputError */.dz(second, `Inputs ${first} and ${second} are both set; give one of them.`);
}
/** The inputs that take a key URI. */
const KEY_URI_INPUTS = ['signing-key', 'new-signing-key', 'admin-signing-key'];
/**
 * The key-URI parser, loaded only when a key-URI input is set; otherwise a stand-in that
 * remoteKeys and adminInputs never call, since they parse only inputs that are set. Either way
 * every key URI is parsed in parseInputs, before any request.
 */
async function keyUriParserFor(get) {
    if (KEY_URI_INPUTS.some(name => get(name)))
        return (await __nccwpck_require__.e(/* import() */ 111).then(__nccwpck_require__.bind(__nccwpck_require__, 4111))).parseKeyUri;
    return input => {
        throw new Error(`The key-URI parser was not loaded, yet input ${input} is set.`);
    };
}

;// CONCATENATED MODULE: ./src/inputs/values.ts

/**
 * Parsers for one input value each: they trim, check and convert, and every message names
 * the input and echoes the value only through printable(). inputs.ts decides which input
 * goes through which.
 */
function oneOf(name, raw, allowed) {
    const value = raw.trim();
    if (allowed.includes(value))
        return value;
    throw new errors/* InputError */.dz(name, `Input ${name} has an unknown value "${(0,errors/* printable */.g$)(value)}"; allowed values: ${allowed.join(', ')}.`);
}
/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput. */
function values_boolean(name, raw, fallback) {
    const value = raw.trim();
    if (!value)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors/* InputError */.dz(name, `Input ${name} must be true or false, not "${(0,errors/* printable */.g$)(value)}".`);
}
function integer(name, raw, fallback, min, max) {
    const value = raw.trim();
    if (!value)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new errors/* InputError */.dz(name, `Input ${name} must be a whole number from ${min} to ${max}, not "${(0,errors/* printable */.g$)(value)}".`);
    }
    return Number(value);
}
/** Lists split on spaces, commas and newlines, trimmed, empties dropped, duplicates removed. */
function list(raw) {
    return [...new Set(raw.split(/[\s,]+/).filter(Boolean))];
}
function validateScopes(scopes) {
    for (const scope of scopes) {
        // RFC 6749 §3.3 scope-token: printable ASCII except space, quote and backslash.
        if (!/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(scope)) {
            throw new errors/* InputError */.dz('scopes', `Input scopes has an invalid scope "${(0,errors/* printable */.g$)(scope)}".`);
        }
    }
}
function authorizationServer(raw) {
    const value = raw.trim();
    if (value && !/^[A-Za-z0-9_-]+$/.test(value)) {
        throw new errors/* InputError */.dz('authorization-server', `Input authorization-server must be empty (org server), "default" or an authorization server id such as aus1a2b3c4d5e6f7g8h9, not "${(0,errors/* printable */.g$)(value)}".`);
    }
    return value;
}
/** `name`: client-id, or admin-client-id for the admin app's. */
function clientId(raw, name = 'client-id') {
    const value = raw.trim();
    if (value && !/^[\x21-\x7e]+$/.test(value)) {
        throw new errors/* InputError */.dz(name, `Input ${name} contains spaces or control characters; paste the client id alone (e.g. 0oa1b2c3d4e5f6g7h8i9).`);
    }
    if (value.length > 255) {
        throw new errors/* InputError */.dz(name, `Input ${name} is longer than 255 characters.`);
    }
    return value;
}
/** `name`: key-id, or admin-key-id for the admin app's. */
function keyId(raw, name = 'key-id') {
    const value = raw.trim();
    if (value && !/^[\x21-\x7e]{1,255}$/.test(value)) {
        throw new errors/* InputError */.dz(name, `Input ${name} must be 1 to 255 printable characters without spaces.`);
    }
    return value;
}
function label(raw) {
    const value = raw.trim();
    if (value.length > 100 || /[\x00-\x1f\x7f]/.test(value)) {
        throw new errors/* InputError */.dz('app-label', 'Input app-label must be at most 100 characters without control characters.');
    }
    return value;
}
function secretName(name, raw) {
    const value = raw.trim();
    // GitHub: alphanumerics and underscores, not starting with a digit or GITHUB_.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value) || /^GITHUB_/i.test(value)) {
        throw new errors/* InputError */.dz(name, `Input ${name} must contain only letters, digits and underscores, not start with a digit or GITHUB_: "${(0,errors/* printable */.g$)(value)}".`);
    }
    return value;
}
function jsonText(name, raw) {
    if (!raw.trim())
        return '';
    try {
        JSON.parse(raw);
    }
    catch (error) {
        // V8's message quotes the text itself; keep only the position so no value is echoed.
        const at = /position (\d+)/.exec(error.message);
        throw new errors/* InputError */.dz(name, `Input ${name} is not valid JSON${at ? ` (syntax error at position ${at[1]})` : ''}.`);
    }
    return raw;
}

;// CONCATENATED MODULE: ./src/inputs/admin-credential.ts



const ADMIN_MODES = ['provision', 'rotate'];
function adminInputs(mode, get, missing, parseKeyUri) {
    const values = {
        adminCredential: 'none',
        adminClientId: clientId(get('admin-client-id'), 'admin-client-id'),
        adminPrivateKey: get('admin-private-key'),
        adminPrivateKeyPassphrase: get('admin-private-key-passphrase'),
        adminSigningKey: undefined,
        adminKeyId: keyId(get('admin-key-id'), 'admin-key-id')
    };
    if (!ADMIN_MODES.includes(mode))
        return values;
    const apiToken = get('api-token');
    const remote = get('admin-signing-key');
    if (remote && values.adminPrivateKey) {
        throw bothSet('admin-private-key', 'admin-signing-key');
    }
    if (remote)
        values.adminSigningKey = parseKeyUri('admin-signing-key', remote);
    const key = values.adminPrivateKey || remote;
    const app = values.adminClientId || key;
    if (apiToken && app) {
        throw new errors/* InputError */.dz('api-token', `Inputs api-token and ${values.adminClientId ? 'admin-client-id' : remote ? 'admin-signing-key' : 'admin-private-key'} are two admin credentials; give one: api-token (an API token) or admin-client-id with admin-private-key (an admin service app).`);
    }
    if (values.adminClientId && !key) {
        throw new errors/* InputError */.dz('admin-private-key', 'Input admin-private-key is required with admin-client-id but is empty; give the admin app its private key (or admin-signing-key, a key URI), or leave admin-client-id empty.');
    }
    if (key && !values.adminClientId) {
        throw new errors/* InputError */.dz('admin-client-id', `Input admin-client-id is required with ${remote ? 'admin-signing-key' : 'admin-private-key'} but is empty; give the admin app's client id.`);
    }
    for (const part of ['admin-private-key-passphrase', 'admin-key-id']) {
        if (get(part) && !app) {
            throw new errors/* InputError */.dz(part, `Input ${part} belongs to admin-client-id and admin-private-key, which are empty; give them, or leave ${part} empty.`);
        }
    }
    if (apiToken)
        values.adminCredential = 'api-token';
    else if (app)
        values.adminCredential = 'admin-app';
    else if (mode === 'rotate') {
        if (!get('private-key') && !get('signing-key')) {
            throw new errors/* InputError */.dz('private-key', "Input private-key (or signing-key) is required in rotate mode without api-token or admin-client-id: it is the app's current key, with which the app rotates itself (self-rotation).");
        }
        values.adminCredential = 'self';
    }
    else
        throw missing('api-token', 'admin-client-id with admin-private-key');
    return values;
}

;// CONCATENATED MODULE: ./src/inputs/combinations.ts



/**
 * The checks that need several inputs at once (scopes by mode, admin roles, the request
 * options), after each input has been read on its own by parseInputs.
 */
function checkModeCombinations(inputs) {
    if (inputs.mode === 'token' || inputs.mode === 'request')
        validateScopes(inputs.scopes);
    if (inputs.mode === 'rotate') {
        validateScopes(inputs.scopes);
        // The app's okta.* grants (the default proof scopes) only apply to the org server.
        if (inputs.scopes.length === 0 && (inputs.authorizationServer || inputs.tokenEndpoint)) {
            throw new errors/* InputError */.dz('scopes', 'Input scopes is required in rotate mode with a custom authorization server: name a scope that server grants the app, for the token that proves the new key.');
        }
    }
    if (inputs.mode === 'provision') {
        validateScopes(inputs.scopes);
        // Only okta.* scopes can be granted to an app (they come from the org authorization
        // server); a typo would otherwise surface as an Okta 400 after the app was created.
        const notOkta = inputs.scopes.filter(scope => !/^okta\.[A-Za-z]+\.[A-Za-z]+$/.test(scope));
        if (notOkta.length) {
            throw new errors/* InputError */.dz('scopes', `Input scopes in provision mode takes Okta API scopes such as okta.users.read; not: ${notOkta.map(errors/* printable */.g$).join(', ')}.`);
        }
        const unknownRoles = inputs.adminRoles.filter(role => !ADMIN_ROLES.includes(role));
        if (unknownRoles.length) {
            throw new errors/* InputError */.dz('admin-roles', `Input admin-roles has unknown role type${unknownRoles.length > 1 ? 's' : ''} ${unknownRoles.map(errors/* printable */.g$).join(', ')}; allowed values: ${ADMIN_ROLES.join(', ')}.`);
        }
    }
    if (inputs.requestBody && inputs.requestMethod === 'GET') {
        throw new errors/* InputError */.dz('request-body', 'Input request-body cannot be sent with request-method GET; use POST, PUT, PATCH or DELETE.');
    }
    if (inputs.requestPaginate && inputs.requestMethod !== 'GET') {
        throw new errors/* InputError */.dz('request-paginate', 'Input request-paginate only works with request-method GET.');
    }
}

;// CONCATENATED MODULE: ./src/inputs/urls.ts

/**
 * The inputs that are URLs: okta-domain, token-endpoint, audience and request-path, each
 * checked once while the inputs are parsed, so a URL that would leak a credential or reach
 * the Admin Console host never gets as far as a request.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Turns `acme.okta.com`, `https://acme.okta.com/` or a custom domain into an origin. */
function normalizeOktaDomain(raw, input = 'okta-domain') {
    const trimmed = raw.trim().replace(/\/+$/, '');
    if (!trimmed)
        throw new errors/* InputError */.dz(input, `Input ${input} is empty.`);
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new errors/* InputError */.dz(input, `Input ${input} is not a valid host name: use the org URL, e.g. https://acme.okta.com.`);
    }
    if (url.username || url.password) {
        // Never echoed: the part before @ is a password more often than not.
        throw new errors/* InputError */.dz(input, `Input ${input} must not contain a user name or password; use the org URL alone, e.g. https://acme.okta.com.`);
    }
    if (url.pathname !== '/' || url.search || url.hash) {
        throw new errors/* InputError */.dz(input, `Input ${input} must be the org URL alone (https://acme.okta.com), without a path such as "${url.pathname}${url.search}"; use authorization-server for a custom authorization server.`);
    }
    const host = url.hostname.toLowerCase();
    if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(host)) {
        throw new errors/* InputError */.dz(input, `Input ${input} must use https (http is only allowed for localhost and 127.0.0.1).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* InputError */.dz(input, `Input ${input} must be an https URL, not ${url.protocol}.`);
    }
    // The Admin Console host serves the UI, not the API (docs/okta-behaviour.md, "Domains and
    // hosts").
    const admin = /^([a-z0-9-]+)-admin\.(okta|oktapreview|okta-emea|okta-gov|okta-mil)\.com$/.exec(host);
    if (admin) {
        throw new errors/* InputError */.dz(input, `Input ${input} is the Admin Console host ${host}; use the org host ${admin[1]}.${admin[2]}.com instead.`);
    }
    return url.origin;
}
/** Validates a full URL input (`token-endpoint`, `audience`). */
function parseEndpointUrl(raw, input) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new errors/* InputError */.dz(input, `Input ${input} must be a full URL such as https://acme.okta.com/oauth2/v1/token.`);
    }
    if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
        throw new errors/* InputError */.dz(input, `Input ${input} must use https (http is only allowed for localhost and 127.0.0.1).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* InputError */.dz(input, `Input ${input} must be an https URL.`);
    }
    if (url.username || url.password) {
        // Never echoed, and refused: the URL is logged and is the assertion's aud.
        throw new errors/* InputError */.dz(input, `Input ${input} must not contain a user name or password; private_key_jwt needs no credentials in the URL.`);
    }
    // Returned as written: it may be used as an exact `aud`.
    return raw.trim();
}
/**
 * The URL request mode calls, from `request-path`: a path under the org (`/api/v1/users?limit=2`)
 * or a full URL on exactly the org's origin. Checked while the inputs are parsed, before any key
 * is loaded or token minted, because the access token goes in this request's Authorization
 * header: a URL that resolves anywhere else (`//evil.com/x`, `/\evil.com`, `https://org@evil.com`,
 * another port or scheme) would hand the token to that host.
 */
function orgRequestUrl(origin, raw, 
/** How the message names the value: okta-api names its PATH argument. */
subject = 'Input request-path') {
    const value = raw.trim();
    const fail = (why) => new errors/* InputError */.dz('request-path', `${subject} ${why}; use a path under the org (/api/v1/users?limit=200) or a full URL on ${origin}, so the access token is never sent to another host.`);
    if (/[\x00-\x20\x7f]/.test(value)) {
        throw fail('contains spaces or control characters (percent-encode them)');
    }
    // Browsers' URL parsing turns "\" into "/" and resolves "//host" against the scheme alone:
    // both would leave the org, so a relative path must start with exactly one "/".
    const relative = value.startsWith('/');
    if (relative && /^\/[/\\]/.test(value)) {
        throw fail('starts with "//" or a backslash, which names another host');
    }
    if (!relative && !/^https?:\/\//i.test(value)) {
        throw fail('must start with "/" or be a full https URL');
    }
    let url;
    try {
        url = relative ? new URL(value, `${origin}/`) : new URL(value);
    }
    catch {
        throw fail('is not a valid URL');
    }
    if (url.username || url.password) {
        throw fail('must not contain a user name or password');
    }
    if (url.origin !== origin) {
        throw fail(`points to ${url.origin}, not the org ${origin}`);
    }
    // A fragment is never sent; dropping it keeps the URL we sign (htu) and send identical.
    url.hash = '';
    return url.toString();
}

;// CONCATENATED MODULE: ./src/inputs.ts







/** Inputs that hold secrets: masked by main.ts before anything else runs. */
const SECRET_INPUTS = [
    'private-key',
    'private-key-passphrase',
    'api-token',
    'github-token',
    'admin-private-key',
    'admin-private-key-passphrase'
];
/** Which inputs each mode cannot do without. */
const REQUIRED = {
    token: ['client-id', 'private-key', 'scopes'],
    request: ['okta-domain', 'client-id', 'private-key', 'scopes', 'request-path'],
    assertion: ['client-id', 'private-key'],
    jwk: [],
    // and one admin credential (inputs/admin-credential.ts)
    provision: ['okta-domain'],
    rotate: ['okta-domain', 'client-id']
};
// An input in this list that resolves to empty is most often a secret the workflow cannot
// see: pull requests from forks and Dependabot runs get no repository secrets.
const SECRET_HINT = new Set(['private-key', 'client-id', 'api-token', 'okta-domain']);
/**
 * Reads and checks every input before anything else runs: what main.ts and the post step call.
 * The key-URI parser loads only when a key-URI input is set (a PEM run does not load it).
 */
async function readInputs(read) {
    return parseInputs(read, await keyUriParserFor(read));
}
/** parseInputs with the key-URI parser given (readInputs loads it; tests pass it directly). */
function parseInputs(read, parseKeyUri) {
    const mode = oneOf('mode', read('mode') || 'token', MODES);
    const get = (name) => read(name);
    for (const name of REQUIRED[mode]) {
        // A key URI in signing-key stands in for private-key.
        if (name === 'private-key' && get('signing-key'))
            continue;
        if (!get(name))
            throw missing(name, mode);
    }
    const admin = adminInputs(mode, get, (name, alternative) => missing(name, mode, alternative), parseKeyUri);
    const keys = remoteKeys(mode, get, admin.adminCredential === 'self', parseKeyUri);
    const tokenEndpointRaw = get('token-endpoint');
    const domainRaw = get('okta-domain');
    // token and assertion modes can work from token-endpoint alone (any OAuth server); assertion
    // mode also from an explicit audience. The message names every way out.
    if (mode === 'token' && !domainRaw && !tokenEndpointRaw) {
        throw missing('okta-domain', mode, 'token-endpoint');
    }
    if (mode === 'assertion' && !domainRaw && !tokenEndpointRaw && !get('audience')) {
        throw missing('okta-domain', mode, 'token-endpoint, or audience');
    }
    const inputs = {
        ...admin,
        mode,
        oktaDomain: domainRaw ? normalizeOktaDomain(domainRaw) : '',
        authorizationServer: authorizationServer(get('authorization-server')),
        tokenEndpoint: tokenEndpointRaw ? parseEndpointUrl(tokenEndpointRaw, 'token-endpoint') : '',
        audience: get('audience') ? parseEndpointUrl(get('audience'), 'audience') : '',
        clientId: clientId(get('client-id')),
        privateKey: get('private-key'),
        privateKeyPassphrase: get('private-key-passphrase'),
        ...keys,
        keyId: keyId(get('key-id')),
        algorithm: get('algorithm') ? oneOf('algorithm', get('algorithm'), ALGORITHMS) : undefined,
        scopes: list(get('scopes')),
        assertionLifetime: integer('assertion-lifetime', get('assertion-lifetime'), 300, 1, 3600),
        dpop: oneOf('dpop', get('dpop') || 'auto', DPOP_MODES),
        maxAttempts: integer('max-attempts', get('max-attempts'), 4, 1, 10),
        timeoutSeconds: integer('timeout', get('timeout'), 30, 1, 600),
        exportEnv: values_boolean('export-env', get('export-env'), false),
        oktaApi: values_boolean('okta-api', get('okta-api'), true),
        revoke: values_boolean('revoke', get('revoke'), true),
        summary: values_boolean('summary', get('summary'), true),
        apiToken: get('api-token'),
        appLabel: label(get('app-label') || 'GitHub Actions service app'),
        adminRoles: list(get('admin-roles')).map(r => r.toUpperCase()),
        requireDpop: values_boolean('require-dpop', get('require-dpop'), false),
        keyType: oneOf('key-type', get('key-type') || 'RSA-2048', KEY_TYPES),
        retireOldKeys: oneOf('retire-old-keys', get('retire-old-keys') || 'deactivate', RETIRE_MODES),
        dryRun: values_boolean('dry-run', get('dry-run'), false),
        githubToken: get('github-token'),
        privateKeySecret: secretName('private-key-secret', get('private-key-secret') || 'OKTA_PRIVATE_KEY'),
        clientIdVariable: secretName('client-id-variable', get('client-id-variable') || 'OKTA_CLIENT_ID'),
        requestMethod: oneOf('request-method', (get('request-method') || 'GET').toUpperCase(), HTTP_METHODS),
        requestUrl: mode === 'request' ? orgRequestUrl(normalizeOktaDomain(domainRaw), get('request-path')) : '',
        requestBody: jsonText('request-body', get('request-body')),
        requestPaginate: values_boolean('request-paginate', get('request-paginate'), false),
        responseFile: get('response-file')
    };
    if ((inputs.mode === 'token' || inputs.mode === 'request') && inputs.scopes.length === 0) {
        throw missing('scopes', mode);
    }
    checkModeCombinations(inputs);
    return inputs;
}
function missing(name, mode, alternative) {
    const or = alternative ? ` (or ${alternative})` : '';
    const hint = SECRET_HINT.has(name)
        ? ' If it comes from a secret or variable, that value may not be available in this context (pull requests from forks and Dependabot runs get no secrets).'
        : '';
    return new errors/* InputError */.dz(name, `Input ${name}${or} is required in ${mode} mode but is empty.${hint}`);
}

// EXTERNAL MODULE: ./src/keys/signing-key.ts + 4 modules
var signing_key = __nccwpck_require__(6491);
;// CONCATENATED MODULE: ./src/secret-inputs.ts



/**
 * First thing in both steps, before any input is parsed or anything printed: the runner masks
 * secrets it knows as whole values, but a key pasted with literal \n or base64-wrapped turns
 * into other strings once decoded, so every line is masked too.
 */
function maskSecretInputs(runtime) {
    const { core } = runtime;
    const mask = createMask(core);
    for (const name of SECRET_INPUTS) {
        const value = core.getInput(name);
        if (!value)
            continue;
        if (name === 'private-key' || name === 'admin-private-key')
            (0,signing_key/* maskKeyText */.tB)(value, mask);
        else
            mask(value);
    }
    // A key URI is not a secret, but a PKCS#11 PIN in it (pin-value, RFC 7512 §2.3) is; a key
    // pasted into signing-key by mistake is masked like private-key.
    for (const name of KEY_URI_INPUTS) {
        const value = core.getInput(name);
        const pin = /[?&]pin-value=([^&]*)/.exec(value)?.[1];
        if (pin) {
            mask(pin);
            mask(safeDecode(pin));
        }
        if (value && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value.trim()))
            (0,signing_key/* maskKeyText */.tB)(value, mask);
    }
    return mask;
}
function safeDecode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
/** core.setSecret, once per value: the same value masked twice only lengthens the log. */
function createMask(core) {
    const masked = new Set();
    return secret => {
        if (!secret || masked.has(secret))
            return;
        masked.add(secret);
        core.setSecret(secret);
    };
}

// EXTERNAL MODULE: ./src/signing/opened.ts
var opened = __nccwpck_require__(9138);
;// CONCATENATED MODULE: ./src/main.ts





// Each mode is loaded only when chosen: token mode never pays for @actions/github or
// libsodium (ncc puts each dynamic import in its own chunk).
const main_MODES = {
    token: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(757), __nccwpck_require__.e(184)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7184))).runTokenMode,
    jwk: async () => (await __nccwpck_require__.e(/* import() */ 28).then(__nccwpck_require__.bind(__nccwpck_require__, 3028))).runJwkMode,
    assertion: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(757), __nccwpck_require__.e(380)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9380))).runAssertionMode,
    request: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(757), __nccwpck_require__.e(582)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2582))).runRequestMode,
    provision: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(757), __nccwpck_require__.e(344), __nccwpck_require__.e(382)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6382))).runProvisionMode,
    rotate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(757), __nccwpck_require__.e(344), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4142))).runRotateMode
};
async function run(given) {
    const runtime = await runtimeOrDefault(given);
    const { core } = runtime;
    try {
        const mask = maskSecretInputs(runtime);
        const inputs = await readInputs(name => core.getInput(name));
        const runMode = await main_MODES[inputs.mode]();
        await runMode(createModeContext(runtime, inputs, mask), inputs);
    }
    catch (error) {
        reportFailure(runtime, error);
    }
    finally {
        await (0,opened/* closeRemoteKeys */.H)();
    }
}
/** Expected failures are one line; anything else is a bug and keeps its stack for the report. */
function reportFailure(runtime, error) {
    if (error instanceof errors/* ActionError */.lZ) {
        runtime.core.setFailed(error.message);
        return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    runtime.core.debug(err.stack ?? '');
    runtime.core.setFailed(`Unexpected error (please report it): ${err.message}`);
}


/***/ }),

/***/ 5111:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ signWithLocalKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The signature of a key held in memory (the private-key input, or a key the action generated).
 * Node signs ECDSA straight into JOSE's r||s with dsaEncoding 'ieee-p1363' (RFC 7518 §3.4), so
 * no conversion is needed here.
 */
function signWithLocalKey(privateKey, algorithm) {
    const hash = `sha${algorithm.slice(2)}`;
    const ec = algorithm.startsWith('ES');
    return signingInput => Promise.resolve(new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(hash, signingInput, ec ? { key: privateKey, dsaEncoding: 'ieee-p1363' } : privateKey)));
}


/***/ }),

/***/ 9138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ closeRemoteKeys),
/* harmony export */   J: () => (/* binding */ closeWhenDone)
/* harmony export */ });
/**
 * Remote keys this step opened (a PKCS#11 login and session, an SDK client): each provider's
 * close() is registered here when it opens, and main.ts releases them all when the step ends,
 * success or failure. Kept free of imports so that a run with a PEM key loads nothing more.
 */
const closers = [];
function closeWhenDone(close) {
    closers.push(close);
}
async function closeRemoteKeys() {
    for (const close of closers.splice(0)) {
        try {
            await close();
        }
        catch {
            // Releasing is best effort: the step's outcome is already decided.
        }
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 7410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ decoder),
/* harmony export */   Rd: () => (/* binding */ encoder),
/* harmony export */   WG: () => (/* binding */ encodeBase64),
/* harmony export */   br: () => (/* binding */ digest),
/* harmony export */   lF: () => (/* binding */ encode),
/* harmony export */   xW: () => (/* binding */ concat),
/* harmony export */   y4: () => (/* binding */ decodeBase64)
/* harmony export */ });
/* unused harmony exports strictDecoder, uint32be, uint64be */
const encoder = new TextEncoder(), decoder = new TextDecoder(), strictDecoder = new TextDecoder("utf-8", { fatal: !0 }), UINT32_RANGE = (/* unused pure expression or super */ null && (2 ** 32));
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
function writeUInt32BE(buf, value, offset) {
  if (value < 0 || value >= UINT32_RANGE)
    throw new RangeError(`value must be >= 0 and <= ${UINT32_RANGE - 1}. Received ${value}`);
  buf.set([value >>> 24, value >>> 16, value >>> 8, value & 255], offset);
}
function uint64be(value) {
  const high = Math.floor(value / UINT32_RANGE), low = value % UINT32_RANGE, buf = new Uint8Array(8);
  return writeUInt32BE(buf, high, 0), writeUInt32BE(buf, low, 4), buf;
}
function uint32be(value) {
  const buf = new Uint8Array(4);
  return writeUInt32BE(buf, value), buf;
}
const NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function encodeBase64(input, url = !1) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = !1) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}
async function digest(algorithm, data) {
  const subtleDigest = `SHA-${algorithm.slice(-3)}`;
  return new Uint8Array(await crypto.subtle.digest(subtleDigest, data));
}



/***/ }),

/***/ 7859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ isKeyObject),
/* harmony export */   GK: () => (/* binding */ rawKey),
/* harmony export */   P2: () => (/* binding */ isKeyLike),
/* harmony export */   R7: () => (/* binding */ isCryptoKey),
/* harmony export */   XP: () => (/* binding */ invalidKeyInput),
/* harmony export */   ZZ: () => (/* binding */ snapshotJwk),
/* harmony export */   dT: () => (/* binding */ prepareKey),
/* harmony export */   or: () => (/* binding */ checkModulusLength)
/* harmony export */ });
/* unused harmony exports assertCryptoKey, checkCryptoKey, checkUsage, jwkToKey, normalizeJwk, validateExtractableOption */
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7784);
/* harmony import */ var _util_base64url_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1445);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5674);



const tag = (key) => key[Symbol.toStringTag], jwkMatchesOp = (entry, key, usage) => {
  const { alg } = entry;
  if (key.use !== void 0) {
    const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry, key, usage) {
  const { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if ((0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct")
      return (0,_util_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .decode */ .D)(normalized.k);
    if (!Object.isFrozen(key)) {
      const { key_ops } = key;
      Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
    }
  } else {
    if (!isKeyLike(key))
      throw invalidKeyType(alg, key, secret);
    const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
    if (key.type !== expectedType && (secret || ["secret", "public", "private"].includes(key.type)))
      throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
    if (isCryptoKey(key))
      return key;
    if (keyObject = key, keyObject.type === "secret")
      return keyObject.export();
  }
  cache ||= /* @__PURE__ */ new WeakMap();
  const cacheKey = key;
  let cached = cache.get(cacheKey);
  if (cached?.[alg])
    return cached[alg];
  if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
    const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({ crv, asymmetricKeyType: keyObject.asymmetricKeyType }) ?? entry.subtle;
    return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
  }
  return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
let cache;
const nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
function assertCryptoKey(key) {
  if (!isCryptoKey(key))
    throw new Error("CryptoKey instance expected");
}
const isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return !0;
  try {
    return key instanceof CryptoKey;
  } catch {
    return !1;
  }
}, isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject", isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
  if (types.length > 2) {
    const last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
const invalidKeyInput = (actual, ...types) => message("Key must be ", actual, ...types);
function invalidKeyType(alg, actual, secret) {
  const types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
const unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
  if (usage && !key.usages.includes(usage))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
  const { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage);
}
function snapshotJwk(jwk) {
  return { __proto__: null, ...jwk };
}
function normalizeJwk(jwk) {
  const normalized = snapshotJwk(jwk);
  if (normalized.ext !== void 0 && typeof normalized.ext != "boolean")
    throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  if (normalized.key_ops !== void 0) {
    const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
    if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length)
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    normalized.key_ops = keyOps;
  }
  return normalized;
}
function validateExtractableOption(extractable) {
  if (extractable !== void 0 && typeof extractable != "boolean")
    throw new TypeError('"extractable" option must be a boolean');
  return extractable;
}
async function jwkToKey(entry, jwk, extractable) {
  if (!entry.kty.includes(jwk.kty))
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .JOSENotSupported */ .T0('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  const algorithm = entry.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = !1) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}



/***/ }),

/***/ 7784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ validateCritDuplicates),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   J0: () => (/* binding */ validateB64),
/* harmony export */   ac: () => (/* binding */ assertNotSet),
/* harmony export */   fz: () => (/* binding */ isDisjoint),
/* harmony export */   ji: () => (/* binding */ serializeJoseHeader),
/* harmony export */   nI: () => (/* binding */ validateCrit),
/* harmony export */   qc: () => (/* binding */ JWS_RECOGNIZED)
/* harmony export */ });
/* unused harmony exports JWE_RECOGNIZED, assertUint8Array, decodeBase64url, encodeAsciiMember, isJwkSet, parseJoseHeader, validateAlgorithms */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5674);



function assertUint8Array(input, label) {
  if (!(input instanceof Uint8Array))
    throw new TypeError(`${label} must be an instance of Uint8Array`);
}
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return !1;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return isObject(input) && Array.isArray(input.keys) && Array.from(input.keys).every(isObject);
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return !1;
        parameters.add(parameter);
      }
  return !0;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
function decodeBase64url(value, label, ErrorClass) {
  try {
    return decode(value);
  } catch (cause) {
    throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
  }
}
function encodeAsciiMember(value, label, ErrorClass) {
  try {
    return encode(value);
  } catch (cause) {
    throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
  }
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message, { cause });
  }
  if (!isObject(parsed))
    throw new ErrorClass(message);
  return parsed;
}
const JWS_RECOGNIZED = { __proto__: null, b64: !0 }, JWE_RECOGNIZED = { __proto__: null };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .JOSENotSupported */ .T0(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .JWSInvalid */ .Ye('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return !0;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}



/***/ }),

/***/ 1445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ decode),
/* harmony export */   l: () => (/* binding */ encode)
/* harmony export */ });
/* harmony import */ var _lib_buffer_utils_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7410);

const invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return (0,_lib_buffer_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeBase64 */ .y4)(typeof input == "string" ? input : _lib_buffer_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .decoder */ .D0.decode(input), !0);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function encode(input) {
  return (0,_lib_buffer_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeBase64 */ .WG)(typeof input == "string" ? _lib_buffer_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .encoder */ .Rd.encode(input) : input, !0);
}



/***/ }),

/***/ 5674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ JWTInvalid),
/* harmony export */   T0: () => (/* binding */ JOSENotSupported),
/* harmony export */   Ye: () => (/* binding */ JWSInvalid),
/* harmony export */   _L: () => (/* binding */ JWKInvalid)
/* harmony export */ });
/* unused harmony exports JOSEAlgNotAllowed, JOSEError, JWEDecryptionFailed, JWEInvalid, JWKSInvalid, JWKSMultipleMatchingKeys, JWKSNoMatchingKey, JWKSTimeout, JWSSignatureVerificationFailed, JWTClaimValidationFailed, JWTExpired */
class JOSEError extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message, options) {
    super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
}
class JWTClaimValidationFailed extends JOSEError {
  static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JWTExpired extends JOSEError {
  static code = "ERR_JWT_EXPIRED";
  code = "ERR_JWT_EXPIRED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JOSEAlgNotAllowed extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JOSE_ALG_NOT_ALLOWED"));
  code = "ERR_JOSE_ALG_NOT_ALLOWED";
}
class JOSENotSupported extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
}
class JWEDecryptionFailed extends JOSEError {
  static code = "ERR_JWE_DECRYPTION_FAILED";
  code = "ERR_JWE_DECRYPTION_FAILED";
  constructor(message = "decryption operation failed", options) {
    super(message, options);
  }
}
class JWEInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWE_INVALID"));
  code = "ERR_JWE_INVALID";
}
class JWSInvalid extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
}
class JWTInvalid extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
}
class JWKInvalid extends JOSEError {
  static code = "ERR_JWK_INVALID";
  code = "ERR_JWK_INVALID";
}
class JWKSInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWKS_INVALID"));
  code = "ERR_JWKS_INVALID";
}
class JWKSNoMatchingKey extends JOSEError {
  static code = "ERR_JWKS_NO_MATCHING_KEY";
  code = "ERR_JWKS_NO_MATCHING_KEY";
  constructor(message = "no applicable key found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSMultipleMatchingKeys extends JOSEError {
  [Symbol.asyncIterator] = async function* () {
  };
  static code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  constructor(message = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSTimeout extends JOSEError {
  static code = "ERR_JWKS_TIMEOUT";
  code = "ERR_JWKS_TIMEOUT";
  constructor(message = "request timed out", options) {
    super(message, options);
  }
}
class JWSSignatureVerificationFailed extends JOSEError {
  static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  constructor(message = "signature verification failed", options) {
    super(message, options);
  }
}



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
