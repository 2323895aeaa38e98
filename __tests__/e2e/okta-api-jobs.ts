// The setup both okta-api later-step files share: one token fixture per file, a Job (its own
// runner workspace and PATH) per test, and the emulator reset and the jobs' folders removed
// after each test.
import { Job } from '../../testkit/okta-api-job.js'
import { fx, useTokenFixture } from '../use-token-fixture.js'

const jobs: Job[] = []

export function useOktaApiJobs(): void {
  useTokenFixture({
    after: async fixture => {
      await fixture.control.reset()
      for (const job of jobs.splice(0)) job.cleanup()
    }
  })
}

/** A job whose folder is removed after the test. */
export function newJob(): Job {
  const job = new Job()
  jobs.push(job)
  return job
}

/** What reached the emulator's management API (/api/…), optionally on one route only. */
export async function apiLog(route?: string) {
  const all = await fx.control.requests()
  return all.filter(e => e.path.startsWith('/api/') && (!route || e.route === route))
}
