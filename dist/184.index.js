export const id = 184;
export const ids = [184];
export const modules = {

/***/ 7184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTokenMode: () => (/* binding */ runTokenMode)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/retrying-client.ts
var retrying_client = __webpack_require__(7666);
// EXTERNAL MODULE: ./src/okta/endpoints.ts
var endpoints = __webpack_require__(4155);
;// CONCATENATED MODULE: ./src/oauth/revoke-endpoint.ts



/**
 * Where the post step will revoke the token. Okta's revoke URL sits beside its token URL; for
 * another server named by `token-endpoint` it is the `revocation_endpoint` of the server's
 * metadata (RFC 8414, OpenID Connect Discovery), and only of metadata whose `token_endpoint`
 * is ours and only on the same origin, so the token is never sent anywhere else. Undefined
 * when nothing names one: then there is no revocation, which is never worth failing the step.
 */
async function findRevokeEndpoint(http, log, tokenEndpoint) {
    const beside = (0,endpoints/* revokeEndpointFor */.n3)(tokenEndpoint);
    if (beside)
        return beside;
    for (const url of (0,endpoints/* metadataUrlsFor */.hO)(tokenEndpoint)) {
        const named = await revocationEndpointIn(http, url, tokenEndpoint);
        if (named) {
            log.info(`Revoke endpoint: ${named} (from ${url})`);
            return named;
        }
    }
    return undefined;
}
async function revocationEndpointIn(http, url, tokenEndpoint) {
    let text;
    try {
        const response = await http.send('Server metadata', () => ({ method: 'GET', url, headers: { Accept: 'application/json' } }), { validate: retrying_client/* expectJsonBody */.Gp });
        if (response.status !== 200)
            return undefined;
        text = response.text;
    }
    catch (error) {
        // Unreachable metadata only means no revocation; the token itself is fine.
        if (error instanceof errors/* ActionError */.l)
            return undefined;
        throw error;
    }
    const metadata = JSON.parse(text || 'null');
    const named = metadata?.revocation_endpoint;
    if (metadata?.token_endpoint !== tokenEndpoint || typeof named !== 'string')
        return undefined;
    if (!URL.canParse(named))
        return undefined;
    return new URL(named).origin === new URL(tokenEndpoint).origin ? named : undefined;
}

// EXTERNAL MODULE: ./src/modes/access-token.ts + 2 modules
var access_token = __webpack_require__(388);
// EXTERNAL MODULE: ./src/modes/load-key.ts
var load_key = __webpack_require__(9624);
;// CONCATENATED MODULE: ./src/modes/token-summary.ts
/** Job summary of a minted token: facts only, never the token, assertion or keys. */
async function writeTokenSummary(ctx, inputs, key, token) {
    await ctx.writeSummary(summary => {
        summary.addHeading('Okta access token', 3).addTable([
            [
                { data: 'Fact', header: true },
                { data: 'Value', header: true }
            ],
            ['Client id', inputs.clientId],
            ['Token endpoint', token.tokenEndpoint],
            ['Key', `${key.description}, kid ${key.kid}, ${key.algorithm}`],
            ['Token type', token.tokenType],
            ['Scopes granted', token.scope || '(none listed)'],
            ['Scopes missing', token.missingScopes.join(' ') || 'none'],
            ['Expires at', token.expiresAt],
            ['Revoked at job end', inputs.revoke ? 'yes' : 'no']
        ]);
        if (token.tokenType === 'DPoP') {
            summary.addRaw('\nThe token is DPoP-bound: every API call needs `Authorization: DPoP <token>` and a fresh proof signed with the `dpop-key` output (or use `mode: request`).\n', true);
        }
    });
}

;// CONCATENATED MODULE: ./src/modes/token.ts




/** mode: token — sign an assertion, exchange it, output a masked token; post step revokes. */
async function runTokenMode(ctx, inputs) {
    const key = await (0,load_key/* loadKeyFromInputs */.b)(ctx, inputs);
    const token = await (0,access_token/* mintToken */.W$)(ctx, inputs, key);
    const revokeEndpoint = inputs.revoke
        ? await findRevokeEndpoint(ctx.http, ctx.log, token.tokenEndpoint)
        : undefined;
    (0,access_token/* publishToken */.ZM)(ctx, inputs, key, token, revokeEndpoint);
    await writeTokenSummary(ctx, inputs, key, token);
}


/***/ })

};
