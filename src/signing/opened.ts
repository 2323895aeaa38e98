/**
 * Remote keys this step opened (a PKCS#11 login and session, an SDK client): each provider's
 * close() is registered here when it opens, and main.ts releases them all when the step ends,
 * success or failure. Kept free of imports so that a run with a PEM key loads nothing more.
 */
const closers: Array<() => Promise<void>> = []

export function closeWhenDone(close: () => Promise<void>): void {
  closers.push(close)
}

export async function closeRemoteKeys(): Promise<void> {
  for (const close of closers.splice(0)) {
    try {
      await close()
    } catch {
      // Releasing is best effort: the step's outcome is already decided.
    }
  }
}
