/** The request never got an HTTP answer: refused, reset, timed out, proxy failure. */
export class NetworkError extends Error {
  override name = 'NetworkError'
  constructor(
    message: string,
    /** False when retrying cannot help (a proxy that refuses the tunnel). */
    readonly retryable = true
  ) {
    super(message)
  }
}
