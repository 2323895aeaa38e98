export const id = 631;
export const ids = [631];
export const modules = {

/***/ 325:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var Buffer = (__webpack_require__(3058).Buffer);

var getParamBytesForAlg = __webpack_require__(5028);

var MAX_OCTET = 0x80,
	CLASS_UNIVERSAL = 0,
	PRIMITIVE_BIT = 0x20,
	TAG_SEQ = 0x10,
	TAG_INT = 0x02,
	ENCODED_TAG_SEQ = (TAG_SEQ | PRIMITIVE_BIT) | (CLASS_UNIVERSAL << 6),
	ENCODED_TAG_INT = TAG_INT | (CLASS_UNIVERSAL << 6);

function base64Url(base64) {
	return base64
		.replace(/=/g, '')
		.replace(/\+/g, '-')
		.replace(/\//g, '_');
}

function signatureAsBuffer(signature) {
	if (Buffer.isBuffer(signature)) {
		return signature;
	} else if ('string' === typeof signature) {
		return Buffer.from(signature, 'base64');
	}

	throw new TypeError('ECDSA signature must be a Base64 string or a Buffer');
}

function derToJose(signature, alg) {
	signature = signatureAsBuffer(signature);
	var paramBytes = getParamBytesForAlg(alg);

	// the DER encoded param should at most be the param size, plus a padding
	// zero, since due to being a signed integer
	var maxEncodedParamLength = paramBytes + 1;

	var inputLength = signature.length;

	var offset = 0;
	if (signature[offset++] !== ENCODED_TAG_SEQ) {
		throw new Error('Could not find expected "seq"');
	}

	var seqLength = signature[offset++];
	if (seqLength === (MAX_OCTET | 1)) {
		seqLength = signature[offset++];
	}

	if (inputLength - offset < seqLength) {
		throw new Error('"seq" specified length of "' + seqLength + '", only "' + (inputLength - offset) + '" remaining');
	}

	if (signature[offset++] !== ENCODED_TAG_INT) {
		throw new Error('Could not find expected "int" for "r"');
	}

	var rLength = signature[offset++];

	if (inputLength - offset - 2 < rLength) {
		throw new Error('"r" specified length of "' + rLength + '", only "' + (inputLength - offset - 2) + '" available');
	}

	if (maxEncodedParamLength < rLength) {
		throw new Error('"r" specified length of "' + rLength + '", max of "' + maxEncodedParamLength + '" is acceptable');
	}

	var rOffset = offset;
	offset += rLength;

	if (signature[offset++] !== ENCODED_TAG_INT) {
		throw new Error('Could not find expected "int" for "s"');
	}

	var sLength = signature[offset++];

	if (inputLength - offset !== sLength) {
		throw new Error('"s" specified length of "' + sLength + '", expected "' + (inputLength - offset) + '"');
	}

	if (maxEncodedParamLength < sLength) {
		throw new Error('"s" specified length of "' + sLength + '", max of "' + maxEncodedParamLength + '" is acceptable');
	}

	var sOffset = offset;
	offset += sLength;

	if (offset !== inputLength) {
		throw new Error('Expected to consume entire buffer, but "' + (inputLength - offset) + '" bytes remain');
	}

	var rPadding = paramBytes - rLength,
		sPadding = paramBytes - sLength;

	var dst = Buffer.allocUnsafe(rPadding + rLength + sPadding + sLength);

	for (offset = 0; offset < rPadding; ++offset) {
		dst[offset] = 0;
	}
	signature.copy(dst, offset, rOffset + Math.max(-rPadding, 0), rOffset + rLength);

	offset = paramBytes;

	for (var o = offset; offset < o + sPadding; ++offset) {
		dst[offset] = 0;
	}
	signature.copy(dst, offset, sOffset + Math.max(-sPadding, 0), sOffset + sLength);

	dst = dst.toString('base64');
	dst = base64Url(dst);

	return dst;
}

function countPadding(buf, start, stop) {
	var padding = 0;
	while (start + padding < stop && buf[start + padding] === 0) {
		++padding;
	}

	var needsSign = buf[start + padding] >= MAX_OCTET;
	if (needsSign) {
		--padding;
	}

	return padding;
}

function joseToDer(signature, alg) {
	signature = signatureAsBuffer(signature);
	var paramBytes = getParamBytesForAlg(alg);

	var signatureBytes = signature.length;
	if (signatureBytes !== paramBytes * 2) {
		throw new TypeError('"' + alg + '" signatures must be "' + paramBytes * 2 + '" bytes, saw "' + signatureBytes + '"');
	}

	var rPadding = countPadding(signature, 0, paramBytes);
	var sPadding = countPadding(signature, paramBytes, signature.length);
	var rLength = paramBytes - rPadding;
	var sLength = paramBytes - sPadding;

	var rsBytes = 1 + 1 + rLength + 1 + 1 + sLength;

	var shortLength = rsBytes < MAX_OCTET;

	var dst = Buffer.allocUnsafe((shortLength ? 2 : 3) + rsBytes);

	var offset = 0;
	dst[offset++] = ENCODED_TAG_SEQ;
	if (shortLength) {
		// Bit 8 has value "0"
		// bits 7-1 give the length.
		dst[offset++] = rsBytes;
	} else {
		// Bit 8 of first octet has value "1"
		// bits 7-1 give the number of additional length octets.
		dst[offset++] = MAX_OCTET	| 1;
		// length, base 256
		dst[offset++] = rsBytes & 0xff;
	}
	dst[offset++] = ENCODED_TAG_INT;
	dst[offset++] = rLength;
	if (rPadding < 0) {
		dst[offset++] = 0;
		offset += signature.copy(dst, offset, 0, paramBytes);
	} else {
		offset += signature.copy(dst, offset, rPadding, paramBytes);
	}
	dst[offset++] = ENCODED_TAG_INT;
	dst[offset++] = sLength;
	if (sPadding < 0) {
		dst[offset++] = 0;
		signature.copy(dst, offset, paramBytes);
	} else {
		signature.copy(dst, offset, paramBytes + sPadding);
	}

	return dst;
}

module.exports = {
	derToJose: derToJose,
	joseToDer: joseToDer
};


/***/ }),

/***/ 5028:
/***/ ((module) => {



function getParamSize(keySize) {
	var result = ((keySize / 8) | 0) + (keySize % 8 === 0 ? 0 : 1);
	return result;
}

var paramBytesForAlg = {
	ES256: getParamSize(256),
	ES384: getParamSize(384),
	ES512: getParamSize(521)
};

function getParamBytesForAlg(alg) {
	var paramBytes = paramBytesForAlg[alg];
	if (paramBytes) {
		return paramBytes;
	}

	throw new Error('Unknown algorithm "' + alg + '"');
}

module.exports = getParamBytesForAlg;


/***/ }),

/***/ 3058:
/***/ ((module, exports, __webpack_require__) => {

/*! safe-buffer. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> */
/* eslint-disable node/no-deprecated-api */
var buffer = __webpack_require__(181)
var Buffer = buffer.Buffer

// alternative to using Object.keys for old browsers
function copyProps (src, dst) {
  for (var key in src) {
    dst[key] = src[key]
  }
}
if (Buffer.from && Buffer.alloc && Buffer.allocUnsafe && Buffer.allocUnsafeSlow) {
  module.exports = buffer
} else {
  // Copy properties from require('buffer')
  copyProps(buffer, exports)
  exports.Buffer = SafeBuffer
}

function SafeBuffer (arg, encodingOrOffset, length) {
  return Buffer(arg, encodingOrOffset, length)
}

SafeBuffer.prototype = Object.create(Buffer.prototype)

// Copy static methods from Buffer
copyProps(Buffer, SafeBuffer)

SafeBuffer.from = function (arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    throw new TypeError('Argument must not be a number')
  }
  return Buffer(arg, encodingOrOffset, length)
}

SafeBuffer.alloc = function (size, fill, encoding) {
  if (typeof size !== 'number') {
    throw new TypeError('Argument must be a number')
  }
  var buf = Buffer(size)
  if (fill !== undefined) {
    if (typeof encoding === 'string') {
      buf.fill(fill, encoding)
    } else {
      buf.fill(fill)
    }
  } else {
    buf.fill(0)
  }
  return buf
}

SafeBuffer.allocUnsafe = function (size) {
  if (typeof size !== 'number') {
    throw new TypeError('Argument must be a number')
  }
  return Buffer(size)
}

SafeBuffer.allocUnsafeSlow = function (size) {
  if (typeof size !== 'number') {
    throw new TypeError('Argument must be a number')
  }
  return buffer.SlowBuffer(size)
}


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRemoteSigner: () => (/* binding */ openRemoteSigner)
});

// EXTERNAL MODULE: ./src/signing/opened.ts
var opened = __webpack_require__(9138);
;// CONCATENATED MODULE: ./src/signing/registry.ts
/**
 * One loader per scheme. Each is a dynamic import, so the bundler puts every provider (and its
 * SDK) in a chunk of its own that loads only when its scheme is used: a run with a PEM key loads
 * none of them.
 */
const PROVIDERS = {
    awskms: () => Promise.all(/* import() */[__webpack_require__.e(632), __webpack_require__.e(450)]).then(__webpack_require__.bind(__webpack_require__, 3450)),
    gcpkms: () => Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(231)]).then(__webpack_require__.bind(__webpack_require__, 9231)),
    azurekms: () => Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(315), __webpack_require__.e(688)]).then(__webpack_require__.bind(__webpack_require__, 8688)),
    hashivault: () => __webpack_require__.e(/* import() */ 769).then(__webpack_require__.bind(__webpack_require__, 5769)),
    pkcs11: () => __webpack_require__.e(/* import() */ 727).then(__webpack_require__.bind(__webpack_require__, 2727))
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/base64url.js
var base64url = __webpack_require__(1445);
// EXTERNAL MODULE: ./node_modules/ecdsa-sig-formatter/src/ecdsa-sig-formatter.js
var ecdsa_sig_formatter = __webpack_require__(325);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/keys/signing-key.ts + 4 modules
var signing_key = __webpack_require__(6491);
// EXTERNAL MODULE: ./src/signing/provider.ts
var signing_provider = __webpack_require__(1990);
;// CONCATENATED MODULE: ./src/signing/remote-signer.ts






const EC_SIZES = { ES256: 64, ES384: 96, ES512: 132 };
async function remoteSigner(uri, provider, options = {}) {
    const early = options.signEarly && options.keyId && options.algorithm && provider.signsWithoutPublicKey;
    if (!early)
        return signerOf(provider, options, await checkedKey(uri, provider, options));
    // Both calls at once: getPublicKey now, the first Sign as soon as the assertion is built.
    // The refusals and the check of each signature happen as they would one after the other.
    const checked = checkedKey(uri, provider, options);
    const algorithm = options.algorithm;
    let known;
    const ready = checked.then(key => {
        known = key;
    });
    // A failure is reported by sign() (and to whoever awaits ready), never as an unhandled
    // rejection: ready's handler covers `checked` too.
    ready.catch(() => undefined);
    const unknown = (field) => {
        throw new Error(`${field} of ${provider.keyLabel} was read before its public key arrived.`);
    };
    return {
        algorithm,
        kid: options.keyId,
        kidSource: 'input',
        get publicJwk() {
            return known?.jwk ?? unknown('publicJwk');
        },
        get description() {
            return known?.description ?? unknown('description');
        },
        format: `${provider.service} key ${provider.keyLabel}`,
        ready,
        async sign(signingInput) {
            const [key, answer] = await Promise.allSettled([
                checked,
                provider.sign(signingInput, algorithm)
            ]);
            // The public key's failure first: it is what a run one call after the other reports.
            if (key.status === 'rejected')
                throw key.reason;
            if (answer.status === 'rejected')
                throw answer.reason;
            return checkedSignature(provider, key.value, signingInput, answer.value);
        }
    };
}
/** Reads the public key and decides the algorithm and kid, refusing a key Okta cannot use. */
async function checkedKey(uri, provider, options) {
    const remote = await publicKeyOf(provider);
    const refuse = (why) => new signing_provider/* RemoteKeyError */._(`${provider.service}: key ${provider.keyLabel} (input ${uri.input}) is ${remote.serviceKeyType}, ${why}; Okta accepts RSA 2048+ signing keys with PKCS#1 v1.5 (RS256/384/512) and EC P-256/P-384/P-521 signing keys.`);
    if (!remote.algorithms.length)
        throw refuse('which cannot sign for Okta');
    let described;
    try {
        described = await (0,signing_key/* publicJwkOf */.Hd)(remote.key, options.keyId);
    }
    catch (error) {
        // publicJwkOf refuses short RSA keys and other curves in private-key's words; say it as the service's key.
        throw refuse(error.message.replace(/^Input private-key is /, '').replace(/\.$/, ''));
    }
    const algorithm = options.algorithm ?? pickAlgorithm(remote.algorithms, described.algorithm);
    if (!remote.algorithms.includes(algorithm)) {
        throw new errors/* InputError */.dz('algorithm', `Input algorithm ${algorithm} is not one key ${provider.keyLabel} (${remote.serviceKeyType}) signs with; it signs with ${remote.algorithms.join(', ')}.`);
    }
    return {
        key: remote.key,
        algorithm,
        jwk: { ...described.jwk, alg: algorithm },
        description: described.description
    };
}
function signerOf(provider, options, checked) {
    return {
        algorithm: checked.algorithm,
        kid: checked.jwk.kid,
        kidSource: options.keyId ? 'input' : 'thumbprint',
        publicJwk: checked.jwk,
        format: `${provider.service} key ${provider.keyLabel}`,
        description: checked.description,
        async sign(signingInput) {
            const answer = await provider.sign(signingInput, checked.algorithm);
            return checkedSignature(provider, checked, signingInput, answer);
        }
    };
}
/** The service's answer as JOSE bytes, verified against the public key before it is used. */
function checkedSignature(provider, checked, signingInput, answer) {
    const signature = answer.encoding === 'der'
        ? fromDer(provider, answer.signature, checked.algorithm)
        : answer.signature;
    checkSignature(provider, checked.key, checked.algorithm, signingInput, signature);
    return signature;
}
/** The service's public key; an answer it cannot be read from is the service's failure, in one line. */
async function publicKeyOf(provider) {
    try {
        return await provider.getPublicKey();
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        throw new signing_provider/* RemoteKeyError */._(`${provider.service}: the public key of ${provider.keyLabel} could not be read from the service's answer (${error instanceof Error ? error.message : String(error)}).`);
    }
}
/** ECDSA-Sig-Value (RFC 3279 §2.2.3) to JOSE's fixed-size r||s (RFC 7518 §3.4). */
function fromDer(provider, der, algorithm) {
    try {
        return base64url/* decode */.D((0,ecdsa_sig_formatter.derToJose)(Buffer.from(der), algorithm));
    }
    catch {
        throw new signing_provider/* RemoteKeyError */._(`${provider.service}: the ${algorithm} signature of key ${provider.keyLabel} is not the DER ECDSA-Sig-Value (an ASN.1 SEQUENCE of two INTEGERs, RFC 3279 §2.2.3) the service documents; nothing was sent to Okta.`);
    }
}
/** The key's natural algorithm (RS256 for RSA, ES* by curve) when the service allows it. */
function pickAlgorithm(allowed, natural) {
    return allowed.includes(natural) ? natural : allowed[0];
}
function checkSignature(provider, key, algorithm, signingInput, signature) {
    const hash = `sha${algorithm.slice(2)}`;
    const size = EC_SIZES[algorithm];
    // Node's verify is false (not a throw) for an r||s of the wrong length.
    const ok = (0,external_node_crypto_.verify)(hash, signingInput, size ? { key, dsaEncoding: 'ieee-p1363' } : key, signature);
    if (!ok) {
        // The size is worth a word only when it is what is wrong (a DER or truncated signature).
        const shape = size && signature.length !== size
            ? `, ${signature.length} bytes where ${algorithm} r||s is ${size}`
            : '';
        throw new signing_provider/* RemoteKeyError */._(`${provider.service}: the signature of key ${provider.keyLabel} does not verify as ${algorithm} against its public key${shape}; nothing was sent to Okta. Check that the key is the one the URI names and signs with ${algorithm}.`);
    }
}

;// CONCATENATED MODULE: ./src/signing/open-signer.ts



/** The Signer for a signing-key / new-signing-key URI: loads its provider and reads its public key. */
async function openRemoteSigner(uri, ctx, options = {}) {
    const factory = (await PROVIDERS[uri.scheme]()).default;
    const provider = await factory(uri, {
        env: ctx.env,
        mask: ctx.mask,
        transport: ctx.transport,
        timeoutMs: ctx.timeoutMs
    });
    if (provider.close)
        (0,opened/* closeWhenDone */.J)(() => provider.close());
    const signer = await remoteSigner(uri, provider, options);
    const describe = () => ctx.log.info(`${options.what ?? 'Key'}: ${signer.format} (${uri.display}), ${signer.description}, kid ${signer.kid} (${signer.kidSource === 'input' ? 'key-id input' : 'RFC 7638 thumbprint'}), algorithm ${signer.algorithm}`);
    // A signer handed out early is described once its public key has arrived and been checked;
    // a failure there is the run's failure, reported by the signature that waits for it.
    if (signer.ready)
        signer.ready.then(describe, () => undefined);
    else
        describe();
    return signer;
}


/***/ }),

/***/ 1990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.lZ)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Provider failures: one line `<service>: <the service's message>. <the fix, e.g. "Grant kms:Sign on
 * the key to the job's role.">`. main.ts prints ActionError messages as one line without a stack.
 */



/***/ })

};
