// The runner's post entry (action.yml runs.post): revokes the token at job end.
import { runPost } from './post-step.js'

await runPost()
