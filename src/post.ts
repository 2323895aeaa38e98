// The runner's post entry (action.yml runs.post): revokes the token at job end.
import { runPost } from './post-step.js'
import { removeOktaApiCredentials } from './okta-api/uninstall.js'

await runPost()
// After the revoke (or its warning): okta-api's credentials file goes in every case.
removeOktaApiCredentials()
