// The setup the okta-api test files share (e2e: spawned token step and `bash -c` steps;
// unit and faults: the same in-process): one token fixture per file, a job (its own runner
// temp folder) per test, and the emulator reset and the jobs' folders removed after each test.
import { fx, useTokenFixture } from './use-token-fixture.js'

/** Registers the fixture and cleanup; returns how a test makes a job of `Job`. */
export function useOktaApiJobs<J extends { cleanup(): void }>(Job: new () => J): () => J {
  const jobs: J[] = []
  useTokenFixture({
    after: async fixture => {
      await fixture.control.reset()
      for (const job of jobs.splice(0)) job.cleanup()
    }
  })
  return () => {
    const job = new Job()
    jobs.push(job)
    return job
  }
}

/** What reached the emulator's management API (/api/…), optionally on one route only. */
export async function apiLog(route?: string) {
  const all = await fx.control.requests()
  return all.filter(e => e.path.startsWith('/api/') && (!route || e.route === route))
}
