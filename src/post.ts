// The runner's post entry (action.yml runs.post): revokes the token at job end.
import { run } from './post-step.js'

await run()
