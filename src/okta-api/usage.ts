/** `okta-api --help`, laid out like `gh api --help`. */
export const USAGE = `Call Okta's API with the access token that the token step of this job minted.

USAGE
  okta-api <path> [flags]

  <path> is a path under the org, such as /api/v1/users?limit=200, or a full URL on the
  org's own scheme, host and port; anything else is refused before a request is made.
  The response body goes to stdout as it came; errors go to stderr as one line.

  A DPoP-bound token gets a fresh DPoP proof for every request, page and retry, and one
  more try with the nonce when the server asks for one (use_dpop_nonce).

FLAGS
  -X, --method string      HTTP method (default "GET", or "POST" when a body is given)
  -f, --raw-field key=val  Add a string field to the JSON body
  -F, --field key=val      Add a typed field: true, false, null and numbers become JSON
                           values, @file reads a file's content (@- reads stdin).
                           Nested keys: profile[login]=a@example.com; arrays: ids[]=1
                           With GET, fields go to the query string instead.
      --input file         The raw JSON body, from a file (- for stdin)
  -H, --header key:value   Add a request header (Authorization and DPoP are refused)
      --paginate           Follow Link rel="next"; pages that are JSON arrays come out
                           as one array
  -i, --include            Print the HTTP status line and response headers first
      --batch file         Many calls in one process: NDJSON lines of
                           {"method","path","body"} (file, or - for stdin); answers as
                           NDJSON lines {"index","status","requestId","body"} in input
                           order, calls running concurrently inside Okta's rate limits
      --concurrency n      Most calls of a batch in flight at once (default 10)
      --step id            Use the token of the step with this id (default: the latest
                           token step of the job)
      --verbose            Method, URL, status, time and rate-limit headers on stderr
                           (never a token, proof or body)
  -h, --help               Show this help

RATE LIMITS AND RETRIES
  Network errors, 408, 429 (until X-Rate-Limit-Reset, by the server's Date) and 5xx are
  retried, up to OKTA_API_MAX_ATTEMPTS attempts (default 4); other 4xx never are. After an
  answer with X-Rate-Limit-Remaining: 0 the next call to that bucket waits for its reset
  instead of spending a 429, and a batch keeps no more calls in flight than remain.

EXIT CODES
  0  a 2xx answer (every line of a batch)
  1  an HTTP error, no answer after every attempt, or a failed batch line
  2  a usage error, no credentials, an expired token, or a refused URL

EXAMPLES
  okta-api /api/v1/users --paginate | jq -r '.[].profile.login'
  okta-api /api/v1/groups -f 'profile[name]=Engineering'
  okta-api -X POST /api/v1/users/00u1abc -f 'profile[title]=Engineer'
  jq -c '{method:"POST", path:"/api/v1/users", body:{profile:.}}' users.ndjson |
    okta-api --batch - | jq -s 'map(select(.status >= 300))'
`
