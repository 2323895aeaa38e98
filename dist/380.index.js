export const id = 380;
export const ids = [380];
export const modules = {

/***/ 9380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAssertionMode: () => (/* binding */ runAssertionMode)
/* harmony export */ });
/* harmony import */ var _jwt_client_assertion_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1239);
/* harmony import */ var _access_token_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5001);
/* harmony import */ var _load_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9624);



/**
 * mode: assertion — a signed RFC 7523 client assertion for any OAuth server that accepts
 * private_key_jwt; aud is the audience input, else the token endpoint (Okta's rule).
 */
async function runAssertionMode(ctx, inputs) {
    const key = await (0,_load_key_js__WEBPACK_IMPORTED_MODULE_2__/* .loadKeyFromInputs */ .bL)(ctx, inputs);
    // parseInputs refuses assertion mode without audience, okta-domain or token-endpoint, so
    // without an audience input there is a token endpoint to take it from.
    const audience = inputs.audience || (0,_access_token_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenEndpointOf */ .w0)(inputs).url;
    const lifetime = inputs.assertionLifetime;
    const assertion = await (0,_jwt_client_assertion_js__WEBPACK_IMPORTED_MODULE_0__/* .signClientAssertion */ .T)({
        key,
        clientId: inputs.clientId,
        audience,
        lifetimeSeconds: lifetime,
        nowSeconds: ctx.skew.nowSeconds()
    });
    ctx.secretOutput('client-assertion', assertion);
    ctx.output('key-id', key.kid);
    ctx.output('jwk', JSON.stringify(key.publicJwk));
    ctx.log.info(`Signed a client assertion for ${inputs.clientId}: aud ${audience}, valid ${lifetime} s, kid ${key.kid}, ${key.algorithm}; it is single-use (fresh jti)`);
    await ctx.writeSummary(summary => {
        summary.addHeading('Client assertion', 3).addTable([
            [
                { data: 'Fact', header: true },
                { data: 'Value', header: true }
            ],
            ['Client id (iss, sub)', inputs.clientId],
            ['Audience (aud)', audience],
            ['Lifetime', `${lifetime} s`],
            ['Key', `${key.description}, kid ${key.kid}, ${key.algorithm}`]
        ]);
    });
}


/***/ })

};
