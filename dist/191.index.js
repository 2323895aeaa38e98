export const id = 191;
export const ids = [191];
export const modules = {

/***/ 5191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openRepositoryStore: () => (/* binding */ openRepositoryStore)
/* harmony export */ });
/* unused harmony exports repositoryFromEnv, NEEDED_PERMISSIONS, octokitFetch, githubError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** The workflow's repository, from GITHUB_REPOSITORY (`owner/repo`). */
function repositoryFromEnv(env) {
    const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('GITHUB_REPOSITORY is not set to owner/repo, so the repository to store the secret in is unknown; run this inside GitHub Actions or leave github-token empty.');
    }
    return { owner, repo };
}
const NEEDED_PERMISSIONS = 'github-token needs a fine-grained token with "Secrets: write" and "Variables: write" on this repository (or a classic PAT with the repo scope); the job\'s GITHUB_TOKEN cannot write secrets or variables';
/**
 * A store for the workflow's repository. The API base is GITHUB_API_URL (GitHub Enterprise
 * Server, or a test double), else api.github.com.
 */
async function openRepositoryStore(token, http, env) {
    const target = repositoryFromEnv(env);
    const repository = `${target.owner}/${target.repo}`;
    const [{ getOctokit }, sodiumModule] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413)),
        __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768))
    ]);
    const sodium = sodiumModule.default;
    await sodium.ready;
    const octokit = getOctokit(token, {
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        request: { fetch: octokitFetch(http) }
    });
    const call = async (what, fn) => {
        try {
            return await fn();
        }
        catch (error) {
            throw githubError(what, repository, error);
        }
    };
    return {
        repository,
        async storeSecret(name, value) {
            const what = `Storing secret ${name} in ${repository}`;
            const { data: publicKey } = await call(what, () => octokit.rest.actions.getRepoPublicKey({ ...target }));
            const original = sodium.base64_variants.ORIGINAL;
            const sealed = sodium.crypto_box_seal(sodium.from_string(value), sodium.from_base64(publicKey.key, original));
            const response = await call(what, () => octokit.rest.actions.createOrUpdateRepoSecret({
                ...target,
                secret_name: name,
                encrypted_value: sodium.to_base64(sealed, original),
                key_id: publicKey.key_id
            }));
            return response.status === 201 ? 'created' : 'updated';
        },
        async storeVariable(name, value) {
            const what = `Storing variable ${name} in ${repository}`;
            let previous;
            try {
                previous = (await octokit.rest.actions.getRepoVariable({ ...target, name })).data.value;
            }
            catch (error) {
                if (statusOf(error) !== 404)
                    throw githubError(what, repository, error);
            }
            if (previous === value)
                return { outcome: 'unchanged', previous };
            if (previous === undefined) {
                try {
                    await octokit.rest.actions.createRepoVariable({ ...target, name, value });
                    return { outcome: 'created' };
                }
                catch (error) {
                    // 409 "Already exists": a create whose answer was lost did happen; update instead.
                    if (statusOf(error) !== 409)
                        throw githubError(what, repository, error);
                }
            }
            await call(what, () => octokit.rest.actions.updateRepoVariable({ ...target, name, value }));
            return { outcome: previous === undefined ? 'created' : 'updated', previous };
        },
        async restoreVariable(name, previous) {
            const what = `Restoring variable ${name} in ${repository}`;
            await call(what, () => previous === undefined
                ? octokit.rest.actions.deleteRepoVariable({ ...target, name })
                : octokit.rest.actions.updateRepoVariable({ ...target, name, value: previous }));
        }
    };
}
/**
 * A fetch for Octokit that sends through the action's RetryingClient. Every GitHub call made
 * here is idempotent (GET, PUT, PATCH, DELETE) except creating a variable, whose lost-answer
 * retry storeVariable turns from 409 into an update.
 */
function octokitFetch(client) {
    // GitHub names its wait in Retry-After, which the client honours for any server.
    const http = client.withPeer({ name: 'the GitHub API (GITHUB_API_URL)' });
    return async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        const method = (init?.method ?? 'GET').toUpperCase();
        const headers = {};
        new Headers(init?.headers).forEach((value, key) => {
            headers[key] = value;
        });
        const body = typeof init?.body === 'string' ? init.body : undefined;
        const response = await http.send(`GitHub ${method} ${new URL(url).pathname}`, () => ({
            method,
            url,
            headers: { ...headers },
            body
        }));
        if (response.status >= 300 && response.status < 400 && response.status !== 304) {
            // The transport never follows redirects (a token must not travel on by itself), and
            // Octokit would take a 3xx for success: say where GitHub pointed instead.
            const location = response.headers.get('location');
            const target = location ? new URL(location, url) : undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`GitHub ${method} ${new URL(url).pathname} answered HTTP ${response.status}${target ? ` (moved to ${target.origin}${target.pathname})` : ''}: set GITHUB_API_URL to the API's own URL, or check that the repository was not renamed`);
        }
        // A Response with one of these statuses may not have a body (a HEAD's text is empty anyway).
        const empty = [204, 205, 304].includes(response.status);
        return new Response(empty ? null : response.text, {
            status: response.status,
            headers: response.headers
        });
    };
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** One line per failure, naming the fix; GitHub's message is short and holds no secret. */
function githubError(what, repository, error) {
    // No attempt got an answer: octokitFetch's own message (Octokit wraps it as a 500).
    const cause = error?.cause;
    if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: ${cause.message}`);
    const status = statusOf(error);
    const given = error?.message ?? error;
    const raw = typeof given === 'string' ? given : '';
    const message = raw.replace(/\s+-\s+https:\/\/docs\.github\.com\S*/, '').replace(/\s+/g, ' ');
    const said = message ? ` (${message.slice(0, 200)})` : '';
    switch (status) {
        case 403:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: HTTP 403${said}. ${NEEDED_PERMISSIONS}.`);
        case 401:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: HTTP 401${said}. github-token is invalid or expired: create a new one.`);
        case 404:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: HTTP 404${said}. github-token cannot see ${repository}: give a fine-grained token access to this repository.`);
        case undefined:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: ${message || 'no answer'}. Check the network path to the GitHub API (GITHUB_API_URL).`);
        default:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} failed: HTTP ${status}${said}.`);
    }
}


/***/ })

};
