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
export const MANAGEMENT_CONCURRENCY = 12

export async function runBounded<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]
      try {
        await task(item)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw failure.error
}
