export const id = 334;
export const ids = [334];
export const modules = {

/***/ 7334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTokenMode: () => (/* binding */ runTokenMode)
});

// EXTERNAL MODULE: ./src/modes/access-token.ts + 5 modules
var access_token = __webpack_require__(537);
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
    (0,access_token/* publishToken */.ZM)(ctx, inputs, key, token);
    await writeTokenSummary(ctx, inputs, key, token);
}


/***/ })

};
