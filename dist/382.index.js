export const id = 382;
export const ids = [382];
export const modules = {

/***/ 6382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runProvisionMode: () => (/* binding */ runProvisionMode)
});

// EXTERNAL MODULE: ./src/keys/generate.ts
var generate = __webpack_require__(2989);
// EXTERNAL MODULE: ./src/keys/signing-key.ts + 4 modules
var signing_key = __webpack_require__(6491);
// EXTERNAL MODULE: ./src/modes/load-key.ts
var load_key = __webpack_require__(9624);
// EXTERNAL MODULE: ./src/modes/admin-preflight.ts
var admin_preflight = __webpack_require__(8957);
// EXTERNAL MODULE: ./src/modes/admin-session.ts + 4 modules
var admin_session = __webpack_require__(1295);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/okta/app-keys.ts
var app_keys = __webpack_require__(7275);
// EXTERNAL MODULE: ./src/okta/apps.ts
var apps = __webpack_require__(925);
;// CONCATENATED MODULE: ./src/okta/concurrent-calls.ts
/**
 * Runs `task` over `items`, at most `limit` at a time. After the first failure no new task
 * starts; the ones in flight are awaited (so a rollback never races a call still on the
 * wire), then the first error is thrown.
 *
 * Why bounded: Okta gives one API token at most 50 % of a rate-limit bucket, and the
 * `/api/v1/apps/*` bucket that grants fall in is among the smallest (20 to 100 calls a
 * minute, docs/okta-behaviour.md, "Rate limits and retries"). A handful of calls at once
 * shortens a run without spending that share in one burst; a 429 is still waited out by the
 * RetryingClient.
 *
 * Why 12: Okta's concurrency limit is 35 simultaneous requests per org on the Integrator Free
 * plan and 75 on the others (https://developer.okta.com/docs/reference/rl2-concurrency/), so 12 stays
 * about a third of the smallest, under the default per-app share of half. The count of calls
 * (what the per-minute buckets limit) is the same at any concurrency. `npm run bench`, 20
 * grants + 3 roles at 50 ms latency against the same calls made one after another: 4 at once
 * 0.44×, 8 (three rounds) 0.34-0.39×, 12 (two rounds) 25-40 ms less than 8.
 */
const MANAGEMENT_CONCURRENCY = 12;
async function runBounded(items, limit, task) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < items.length) {
            const item = items[next++];
            try {
                await task(item);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
}

// EXTERNAL MODULE: ./src/okta/grants.ts
var okta_grants = __webpack_require__(370);
// EXTERNAL MODULE: ./src/okta/roles.ts
var okta_roles = __webpack_require__(7908);
;// CONCATENATED MODULE: ./src/modes/provision-apply.ts






/**
 * Carries out a provision plan, one log line per step, and records every change so that a
 * failure can say what happened: an app this run created is deactivated and deleted (nothing
 * half-made, action contract); on an existing app the changes made so far are listed.
 */
class ProvisionChanges {
    /** The app this run created, until the run succeeds. */
    createdApp;
    /** The existing app being converged. */
    existingApp;
    made = [];
    record(change) {
        this.made.push(change);
    }
}
async function applyProvisionPlan(ctx, client, inputs, plan, jwk, changes) {
    const { log } = ctx;
    const dpopWord = inputs.requireDpop ? 'required' : 'not required';
    let appId;
    let clientId;
    let keyRegistered = false;
    if (!plan.app) {
        const app = await (0,apps/* createServiceApp */.ny)(client, {
            label: plan.label,
            jwk,
            requireDpop: inputs.requireDpop
        });
        appId = app.id;
        clientId = (0,apps/* clientIdOf */.Am)(app);
        changes.createdApp = { id: appId, label: plan.label };
        changes.record(`created app ${appId}`);
        keyRegistered = true;
        log.info(`Created app "${plan.label}": id ${appId}, client id ${clientId}, key ${jwk.kid} registered, DPoP ${dpopWord}`);
    }
    else {
        appId = plan.app.id;
        clientId = plan.clientId;
        changes.existingApp = { id: appId, label: plan.label };
        log.info(`Found app "${plan.label}": id ${appId}, client id ${clientId}, ${plan.app.status}`);
        if (plan.activateApp) {
            await (0,apps/* activateApp */.Vt)(client, appId);
            changes.record('activated the app');
            log.info('Activated the app (it was INACTIVE)');
        }
        if (plan.key === 'register') {
            await (0,app_keys/* addAppKey */.WN)(client, appId, jwk);
            changes.record(`registered key ${jwk.kid}`);
            keyRegistered = true;
            log.info(`Registered key ${jwk.kid} (ACTIVE); the app's other keys are unchanged`);
        }
        else if (plan.key === 'activate') {
            await (0,app_keys/* activateAppKey */.y9)(client, appId, plan.registeredKey.id);
            changes.record(`activated key ${jwk.kid}`);
            keyRegistered = true;
            log.info(`Activated key ${jwk.kid} (it was registered but INACTIVE)`);
        }
        else {
            log.info(`Key ${jwk.kid}: already registered and ACTIVE`);
        }
        if (plan.setDpop) {
            // PUT is a full replace (docs/okta-behaviour.md, "Management API"): read the app as it is
            // now, change one member.
            const current = await (0,apps/* getApp */.Sx)(client, appId);
            current.settings.oauthClient.dpop_bound_access_tokens = inputs.requireDpop;
            await (0,apps/* replaceApp */.cy)(client, current);
            changes.record(`set DPoP to ${dpopWord}`);
            if (inputs.requireDpop) {
                log.info(`DPoP: changed to ${dpopWord}`);
            }
            else {
                // Turning proof of possession off weakens the app (the Admin Console turns it on for
                // new API Services apps), and require-dpop defaults to false: say so where it shows.
                log.warning(`DPoP: "Require DPoP" was on for app ${appId} and is now off, because require-dpop is false; set require-dpop: true to keep it on.`);
            }
        }
        else {
            log.info(`DPoP: already ${dpopWord}`);
        }
    }
    for (const scope of plan.alreadyGranted)
        log.info(`Scope ${scope}: already granted`);
    for (const role of plan.alreadyAssigned)
        log.info(`Admin role ${role}: already assigned`);
    const calls = [
        ...plan.grant.map(scope => async () => {
            await (0,okta_grants/* grantScope */.xt)(client, appId, scope);
            changes.record(`granted ${scope}`);
            log.info(`Scope ${scope}: granted`);
        }),
        ...plan.assign.map(role => async () => {
            await (0,okta_roles/* assignClientRole */.D4)(client, clientId, role);
            changes.record(`assigned role ${role}`);
            log.info(`Admin role ${role}: assigned`);
        })
    ];
    await runBounded(calls, MANAGEMENT_CONCURRENCY, call => call());
    return { appId, clientId, created: !plan.app, keyRegistered };
}
/**
 * The error to fail with after `error`: an app this run created is deactivated and deleted
 * first; otherwise the message lists what was changed before the failure.
 */
async function rollBack(ctx, client, changes, error) {
    let suffix;
    const created = changes.createdApp;
    if (created) {
        ctx.log.info(`Rolling back: deactivating and deleting app "${created.label}" (${created.id})`);
        try {
            await (0,apps/* deactivateAndDeleteApp */.MK)(client, created.id);
            suffix = `Rolled back: deactivated and deleted app "${created.label}" (${created.id}) that this run had created.`;
        }
        catch (rollbackError) {
            const why = rollbackError instanceof Error ? rollbackError.message : String(rollbackError);
            suffix = `Rolling back failed too (${why}): delete app "${created.label}" (${created.id}) by hand (Applications > the app > Deactivate, then Delete).`;
        }
    }
    else if (changes.existingApp) {
        const app = `app "${changes.existingApp.label}" (${changes.existingApp.id})`;
        suffix = changes.made.length
            ? `Changed on ${app} before the failure: ${changes.made.join('; ')}. Nothing was removed; re-run to finish.`
            : `Nothing was changed on ${app}.`;
    }
    else {
        suffix = 'Nothing was changed in Okta.';
    }
    const message = `${error instanceof Error ? error.message : String(error)} ${suffix}`;
    if (error instanceof errors/* ActionError */.lZ || !(error instanceof Error))
        return new errors/* ActionError */.lZ(message);
    // A bug keeps its stack (main.ts reports it as unexpected), with the rollback appended.
    error.message = message;
    return error;
}

;// CONCATENATED MODULE: ./src/modes/provision-plan.ts





/** `jwk` is undefined in a dry run that would generate the key (nothing to compare yet). */
async function planProvision(client, inputs, jwk, reads = { grants: true, roles: true }) {
    const label = inputs.appLabel;
    const found = await (0,apps/* findAppsByLabel */.rc)(client, label);
    if (found.length > 1) {
        throw new errors/* ActionError */.lZ(`Found ${found.length} apps labelled "${label}" (${found.map(a => a.id).join(', ')}); provision cannot tell which one to converge. Delete or rename the extras, or choose another app-label.`);
    }
    const app = found[0];
    if (!app) {
        return {
            label,
            activateApp: false,
            key: 'inline',
            setDpop: false,
            grant: inputs.scopes,
            alreadyGranted: [],
            assign: inputs.adminRoles,
            alreadyAssigned: []
        };
    }
    checkServiceApp(app);
    const clientId = (0,apps/* clientIdOf */.Am)(app);
    const [keys, grants, roles] = await Promise.all([
        (0,app_keys/* listAppKeys */.my)(client, app.id),
        reads.grants ? (0,okta_grants/* listGrants */.s8)(client, app.id) : undefined,
        reads.roles ? (0,okta_roles/* listClientRoles */.Lc)(client, clientId) : []
    ]);
    const registeredKey = jwk ? (0,app_keys/* findKeyByKid */.I$)(keys, jwk.kid) : undefined;
    if (jwk && registeredKey && !(0,app_keys/* sameKeyMaterial */.xv)(registeredKey, jwk)) {
        throw new errors/* ActionError */.lZ(`App "${label}" (${app.id}) already has a different public key with kid ${jwk.kid}: set key-id to a new kid, or give the private key that belongs to the registered one.`);
    }
    const granted = (0,okta_grants/* grantedScopes */.By)(grants ?? [], client.orgUrl);
    const assigned = new Set(roles.map(r => r.type));
    const currentDpop = app.settings.oauthClient.dpop_bound_access_tokens === true;
    return {
        label,
        app,
        clientId,
        activateApp: app.status !== 'ACTIVE',
        key: !registeredKey ? 'register' : registeredKey.status === 'ACTIVE' ? 'present' : 'activate',
        registeredKey,
        currentDpop,
        setDpop: currentDpop !== inputs.requireDpop,
        grant: inputs.scopes.filter(s => !granted.has(s)),
        alreadyGranted: inputs.scopes.filter(s => granted.has(s)),
        assign: inputs.adminRoles.filter(r => !assigned.has(r)),
        alreadyAssigned: inputs.adminRoles.filter(r => assigned.has(r)),
        scopedApp: grants && granted.size > 0
    };
}
/**
 * Only an API Services app with private_key_jwt can be converged: switching another app's
 * client authentication would delete its client secrets (docs/okta-behaviour.md, "Apps").
 */
function checkServiceApp(app) {
    // The label lookup finds apps of every kind: a SAML or bookmark app has no oauthClient.
    const type = app.settings?.oauthClient?.application_type;
    const method = app.credentials?.oauthClient?.token_endpoint_auth_method;
    if (type !== 'service' || method !== 'private_key_jwt') {
        throw new errors/* ActionError */.lZ(`App "${app.label}" (${app.id}) exists but is not an API Services app with private_key_jwt (application_type ${type ?? 'unknown'}, token_endpoint_auth_method ${method ?? 'unknown'}); provision does not change that. Choose another app-label.`);
    }
}
/** One line per planned step, for the log and the dry-run summary. */
function planSteps(plan, inputs, kid) {
    const keyName = kid ? `key ${kid}` : `a new ${inputs.keyType} key (kid: its RFC 7638 thumbprint)`;
    const dpop = (on) => (on ? 'required' : 'not required');
    const steps = [];
    if (!plan.app) {
        steps.push(`Create API Services app "${plan.label}" (private_key_jwt, client_credentials) with ${keyName}, DPoP ${dpop(inputs.requireDpop)}`);
    }
    else {
        steps.push(`Use existing app "${plan.label}" (${plan.app.id}, client id ${plan.clientId})`);
        if (plan.activateApp)
            steps.push('Activate the app (it is INACTIVE)');
        if (plan.key === 'register')
            steps.push(`Register ${keyName}`);
        if (plan.key === 'activate')
            steps.push(`Activate ${keyName} (registered but INACTIVE)`);
        if (plan.key === 'present')
            steps.push(`Keep ${keyName}: already registered and ACTIVE`);
        steps.push(plan.setDpop
            ? `Change DPoP from ${dpop(plan.currentDpop)} to ${dpop(inputs.requireDpop)}`
            : `Keep DPoP ${dpop(inputs.requireDpop)}`);
    }
    for (const scope of plan.grant)
        steps.push(`Grant scope ${scope}`);
    for (const scope of plan.alreadyGranted)
        steps.push(`Keep scope ${scope}: already granted`);
    for (const role of plan.assign)
        steps.push(`Assign admin role ${role}`);
    for (const role of plan.alreadyAssigned)
        steps.push(`Keep admin role ${role}: already assigned`);
    return steps;
}

;// CONCATENATED MODULE: ./src/modes/provision-summary.ts
/** `owner/repo@ref` of this action when the runner says so, else a placeholder. */
function actionReference(env) {
    const repository = env.GITHUB_ACTION_REPOSITORY;
    const ref = env.GITHUB_ACTION_REF;
    return repository ? `${repository}@${ref || 'v1'}` : '<owner>/okta-private-key-jwt-action@v1';
}
/** The step a workflow adds to mint a token with the provisioned app. */
function tokenModeStep(inputs, facts, env) {
    const clientId = facts.stored ? `\${{ vars.${inputs.clientIdVariable} }}` : facts.clientId;
    const scopes = facts.scopes.length ? facts.scopes.join(' ') : '<okta.* scopes granted to the app>';
    return [
        `- uses: ${actionReference(env)}`,
        '  id: okta',
        '  with:',
        `    okta-domain: ${inputs.oktaDomain}`,
        `    client-id: ${clientId}`,
        inputs.signingKey
            ? `    signing-key: ${inputs.signingKey.display}`
            : `    private-key: \${{ secrets.${inputs.privateKeySecret} }}`,
        `    key-id: ${facts.kid}`,
        `    scopes: ${scopes}`
    ].join('\n');
}
/** How to store the key and client id when github-token was not given. */
function manualStorageSteps(inputs, facts) {
    const steps = [];
    if (facts.keyGenerated) {
        steps.push(`Store the \`private-key\` output as repository secret \`${inputs.privateKeySecret}\` in a later step of this job (it is masked in the log and cannot be copied from it), e.g. \`gh secret set ${inputs.privateKeySecret} --repo "$GITHUB_REPOSITORY" <<< "$PRIVATE_KEY"\` with \`PRIVATE_KEY: \${{ steps.<id>.outputs.private-key }}\` and \`GH_TOKEN\` set to a token allowed to write secrets; or set github-token and re-run.`);
    }
    else if (!inputs.signingKey) {
        steps.push(`Keep the private key you gave in a repository secret, e.g. \`${inputs.privateKeySecret}\`.`);
    }
    steps.push(`Create repository variable \`${inputs.clientIdVariable}\` with the client id \`${facts.clientId}\` (Settings > Secrets and variables > Actions > Variables, or \`gh variable set ${inputs.clientIdVariable} --body ${facts.clientId}\`).`);
    return steps;
}
async function writeProvisionSummary(ctx, inputs, facts) {
    await ctx.writeSummary(summary => {
        const key = `${facts.kid} (${facts.keyDescription}; ${facts.keyGenerated
            ? 'generated by this run'
            : inputs.signingKey
                ? 'from signing-key'
                : 'from private-key'}${facts.keyRegistered ? ', registered by this run' : ', already registered'})`;
        summary
            .addHeading(`Okta service app ${facts.created ? 'created' : 'up to date'}`, 3)
            .addTable([
            [
                { data: 'Fact', header: true },
                { data: 'Value', header: true }
            ],
            ['App', `${escapeHtml(facts.label)} (${facts.appId})`],
            ['Client id', facts.clientId],
            ['Created by this run', facts.created ? 'yes' : 'no (existing app reused)'],
            ['Key id (kid)', escapeHtml(key)],
            ['Scopes granted', facts.scopes.join(' ') || 'none requested'],
            ['Admin roles', facts.roles.join(' ') || 'none requested'],
            ['DPoP required', inputs.requireDpop ? 'yes' : 'no'],
            [
                'Stored in the repository',
                facts.stored
                    ? `${facts.stored.secret ? `secret ${facts.stored.secret}, ` : ''}variable ${facts.stored.variable} (${facts.stored.repository})`
                    : 'nothing (github-token not set)'
            ]
        ])
            .addHeading('Public JWK', 4)
            .addCodeBlock(JSON.stringify(JSON.parse(facts.jwkJson), null, 2), 'json')
            .addHeading('Token mode step', 4)
            .addCodeBlock(escapeHtml(tokenModeStep(inputs, facts, ctx.env)), 'yaml');
        if (!facts.stored) {
            // Markdown, not addList: GitHub renders no markdown (the `code` spans) inside HTML.
            const steps = manualStorageSteps(inputs, facts).map(step => `- ${step}`);
            summary.addHeading('Store the credentials', 4).addRaw(`\n${steps.join('\n')}\n`, true);
        }
    });
}
/** The dry-run summary: the plan, nothing else. Code blocks and tables are HTML: escaped. */
async function writePlanSummary(ctx, label, steps) {
    await ctx.writeSummary(summary => {
        summary
            .addHeading(`Provisioning plan for "${escapeHtml(label)}" (dry run: nothing changed)`, 3)
            .addList(steps.map(escapeHtml));
    });
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/modes/provision-storage.ts

/**
 * With github-token: the generated private key goes to the repository secret
 * `private-key-secret` and the client id to the variable `client-id-variable`. A key given in
 * private-key is a secret already and is not stored again. Without github-token the log says
 * how to store them by hand. The GitHub modules load only here (dynamic import).
 */
async function storeProvisionedCredentials(ctx, inputs, facts) {
    if (!inputs.githubToken) {
        ctx.log.info('github-token is empty: nothing is stored in the repository. To store by hand:');
        const steps = manualStorageSteps(inputs, {
            clientId: facts.clientId,
            keyGenerated: facts.generatedPem !== undefined
        });
        for (const step of steps)
            ctx.log.info(`  - ${step}`);
        return undefined;
    }
    const { openRepositoryStore } = await __webpack_require__.e(/* import() */ 191).then(__webpack_require__.bind(__webpack_require__, 5191));
    const store = await openRepositoryStore(inputs.githubToken, ctx.http, ctx.env);
    // The variable first: unlike a secret, its old value can be read, and so put back if the
    // secret cannot be stored (the run then deletes the app the variable would point to).
    const variable = await store.storeVariable(inputs.clientIdVariable, facts.clientId);
    ctx.log.info(`Repository variable ${inputs.clientIdVariable} in ${store.repository} holds the client id (${variable.outcome})`);
    let secret;
    if (facts.generatedPem !== undefined) {
        let outcome;
        try {
            outcome = await store.storeSecret(inputs.privateKeySecret, facts.generatedPem);
        }
        catch (error) {
            if (variable.outcome !== 'unchanged')
                await restoreVariable(ctx, store, inputs, variable);
            throw error;
        }
        facts.changes.record(`${outcome} secret ${inputs.privateKeySecret} in ${store.repository}`);
        ctx.log.info(`Stored the private key as repository secret ${inputs.privateKeySecret} in ${store.repository} (${outcome})`);
        secret = inputs.privateKeySecret;
    }
    else if (inputs.signingKey) {
        ctx.log.info('signing-key names a key in a key service: there is no private key to store');
    }
    else {
        ctx.log.info('private-key was given: it is a secret already, so it is not stored again');
    }
    if (variable.outcome !== 'unchanged') {
        facts.changes.record(`${variable.outcome} variable ${inputs.clientIdVariable} in ${store.repository}`);
    }
    return { repository: store.repository, secret, variable: inputs.clientIdVariable };
}
/** Best effort: the secret's failure is what the run reports; a failed restore is a warning. */
async function restoreVariable(ctx, store, inputs, variable) {
    const name = inputs.clientIdVariable;
    try {
        await store.restoreVariable(name, variable.previous);
        ctx.log.info(`Put repository variable ${name} back as it was (${variable.previous === undefined ? 'deleted' : 'its previous value'})`);
    }
    catch (error) {
        ctx.log.warning(`Could not put repository variable ${name} back (${error.message}); check its value by hand.`);
    }
}

;// CONCATENATED MODULE: ./src/modes/provision.ts









async function runProvisionMode(ctx, inputs) {
    // The admin key first: a bad one is refused before a key is generated or anything is sent.
    const admin = await (0,admin_session/* loadAdminCredential */.d)(ctx, inputs);
    if (inputs.dryRun)
        return planOnly(ctx, inputs, admin);
    const key = await provisionKey(ctx, inputs);
    const jwkJson = JSON.stringify(key.jwk);
    ctx.log.info(`Public JWK: ${jwkJson}`);
    const scopes = (0,admin_preflight/* provisionScopes */.xC)(inputs);
    const session = await admin.open((0,admin_preflight/* requestedScopes */._r)(scopes));
    try {
        await provisionWith(ctx, inputs, session, key, jwkJson);
    }
    finally {
        await session.end();
    }
}
async function provisionWith(ctx, inputs, session, key, jwkJson) {
    const { client } = session;
    const plan = await planProvision(client, inputs, key.jwk, readsOf(session));
    await (0,admin_preflight/* preflight */.Mz)(ctx, session, (0,admin_preflight/* provisionScopes */.xC)(inputs), roleNeed(ctx, plan));
    const changes = new ProvisionChanges();
    let applied;
    let stored;
    try {
        applied = await applyProvisionPlan(ctx, client, inputs, plan, key.jwk, changes);
        // Inside the rollback: a generated key that cannot be stored leaves an app nobody can
        // use (the key exists only in a masked output).
        stored = await storeProvisionedCredentials(ctx, inputs, {
            clientId: applied.clientId,
            generatedPem: key.generatedPem,
            changes
        });
    }
    catch (error) {
        throw await rollBack(ctx, client, changes, error);
    }
    const keyChanged = key.generatedPem !== undefined || applied.keyRegistered;
    ctx.output('app-id', applied.appId);
    ctx.output('client-id', applied.clientId);
    ctx.output('key-id', key.jwk.kid);
    ctx.output('jwk', jwkJson);
    ctx.output('created', applied.created);
    ctx.output('key-changed', keyChanged);
    ctx.log.info(`Provisioned app "${plan.label}" (${applied.appId}), client id ${applied.clientId}, kid ${key.jwk.kid}: ${applied.created
        ? 'created by this run'
        : changes.made.length
            ? `updated (${changes.made.join('; ')})`
            : 'already up to date'}`);
    await writeProvisionSummary(ctx, inputs, {
        label: plan.label,
        appId: applied.appId,
        clientId: applied.clientId,
        created: applied.created,
        kid: key.jwk.kid,
        keyDescription: key.description,
        jwkJson,
        keyGenerated: key.generatedPem !== undefined,
        keyRegistered: applied.keyRegistered,
        scopes: inputs.scopes,
        roles: inputs.adminRoles,
        stored
    });
}
/** What the plan may read with this credential (an admin token's scopes bound it). */
function readsOf(session) {
    return {
        grants: (0,admin_preflight/* holds */.v9)(session.granted, 'okta.appGrants.read'),
        roles: (0,admin_preflight/* holds */.v9)(session.granted, 'okta.roles.read')
    };
}
/** The admin role the plan needs, by Okta's rules (admin-preflight.ts). */
function roleNeed(ctx, plan) {
    const superAdmin = [];
    if (plan.grant.length)
        superAdmin.push('granting okta.* scopes');
    if (plan.assign.length)
        superAdmin.push('assigning admin roles');
    if (plan.app && (plan.key === 'register' || plan.key === 'activate')) {
        if (plan.scopedApp) {
            superAdmin.push(`changing the keys of app ${plan.app.id}, which has okta.* grants`);
        }
        else if (plan.scopedApp === undefined) {
            ctx.log.info(`Cannot read the okta.* grants of app ${plan.app.id} (no okta.appGrants.read): if it has some, only a Super Admin may change its keys`);
        }
    }
    return { superAdmin };
}
/**
 * The signing key: the public half of private-key, or a new pair per key-type whose PKCS#8
 * PEM is masked line by line, then output, before anything else happens.
 */
async function provisionKey(ctx, inputs) {
    // A remote key (signing-key) registers its public half: nothing is generated or stored.
    if ((0,load_key/* keyGiven */.XN)(inputs)) {
        const key = await (0,load_key/* loadKeyFromInputs */.bL)(ctx, inputs);
        return { jwk: key.publicJwk, description: key.description };
    }
    const fresh = await (0,generate/* generateSigningKey */.I)(inputs.keyType);
    ctx.secretOutput('private-key', fresh.pkcs8Pem);
    const { jwk, description, algorithm } = await (0,signing_key/* publicJwkOf */.Hd)(fresh.privateKey, inputs.keyId);
    ctx.log.info(`Key: generated a new ${description} key pair (${inputs.keyType}), kid ${jwk.kid} (${inputs.keyId ? 'key-id input' : 'RFC 7638 thumbprint'}), algorithm ${algorithm}; the private key is in the masked private-key output`);
    return { jwk, description, generatedPem: fresh.pkcs8Pem };
}
/**
 * dry-run: read calls only, through a client that refuses every write. A key that would be
 * generated is not generated: its kid would be thrown away with it.
 */
async function planOnly(ctx, inputs, admin) {
    let jwk;
    if ((0,load_key/* keyGiven */.XN)(inputs)) {
        jwk = (await (0,load_key/* loadKeyFromInputs */.bL)(ctx, inputs)).publicJwk;
        ctx.log.info(`Public JWK: ${JSON.stringify(jwk)}`);
        ctx.output('key-id', jwk.kid);
        ctx.output('jwk', JSON.stringify(jwk));
    }
    const scopes = (0,admin_preflight/* provisionScopes */.xC)(inputs);
    const session = await admin.open((0,admin_preflight/* requestedScopes */._r)(scopes), { readOnly: true });
    try {
        await planWith(ctx, inputs, session, jwk);
    }
    finally {
        await session.end();
    }
}
async function planWith(ctx, inputs, session, jwk) {
    const plan = await planProvision(session.client, inputs, jwk, readsOf(session));
    // The role check is the real run's; the scopes are the dry run's own (read).
    await (0,admin_preflight/* preflight */.Mz)(ctx, session, (0,admin_preflight/* provisionScopes */.xC)(inputs), roleNeed(ctx, plan));
    const steps = planSteps(plan, inputs, jwk?.kid);
    if (session.credential !== 'api-token') {
        steps.unshift(`Mint the admin token with scopes ${(0,admin_preflight/* requestedScopes */._r)((0,admin_preflight/* provisionScopes */.xC)(inputs, false)).join(' ')}`);
    }
    if (inputs.githubToken) {
        const target = ctx.env.GITHUB_REPOSITORY ?? 'this repository';
        if (!(0,load_key/* keyGiven */.XN)(inputs))
            steps.push(`Store the new private key as secret ${inputs.privateKeySecret} in ${target}`);
        steps.push(`Store the client id as variable ${inputs.clientIdVariable} in ${target}`);
    }
    ctx.log.info(`Dry run: nothing will be changed. Plan for app "${plan.label}":`);
    for (const step of steps)
        ctx.log.info(`  - ${step}`);
    if (plan.app) {
        ctx.output('app-id', plan.app.id);
        ctx.output('client-id', plan.clientId);
    }
    ctx.output('created', false);
    ctx.output('key-changed', false);
    await writePlanSummary(ctx, plan.label, steps);
}


/***/ })

};
