// The baseline of okta-api's GET: a bare Node script making the same GET with fetch and the
// same token (Bearer), printing the body. `npm run bench` times okta-api against it.
/* global fetch */
const [url, token] = process.argv.slice(2)
const response = await fetch(url, {
  headers: { Accept: 'application/json', Authorization: `Bearer ${token}` }
})
process.stdout.write(await response.text())
if (!response.ok) process.exitCode = 1
