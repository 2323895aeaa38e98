// What a route answers, before the pipeline adds Okta's common headers. Apart from router.ts
// so that the error and fault modules can build answers without importing the router.
export interface EmulatorResponse {
  status: number
  headers?: Record<string, string | string[]>
  /** An object is sent as JSON; a string as is (set Content-Type in headers). */
  body?: unknown
}
