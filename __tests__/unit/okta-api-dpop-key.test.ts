// okta-api with credentials that name a DPoP token but hold no DPoP key (a credentials file
// edited or cut short after the token step wrote it): the call fails with one line naming the
// cause before anything is sent, rather than crashing while signing the proof.
import { expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InProcessJob } from '../../testkit/okta-api-in-process.js'
import { apiLog, useOktaApiJobs } from '../okta-api-jobs.js'
import { fx } from '../use-token-fixture.js'

const newJob = useOktaApiJobs(InProcessJob)

it('a DPoP token without its DPoP key fails with one line and sends nothing', async () => {
  const app = await fx.seedApp({ dpopRequired: true })
  const job = newJob()
  const token = await job.action(app.inputs(), 'mint')
  expect(token.outputs['token-type']).toBe('DPoP')
  const file = join(job.home, 'mint.json')
  const { dpopKey, ...stored } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  expect(dpopKey).toBeDefined()
  writeFileSync(file, JSON.stringify(stored))

  const run = await job.call(['/api/v1/users?limit=1'])
  expect(run.code).toBe(1)
  expect(run.stdout).toBe('')
  expect(run.stderr.trim()).toBe('okta-api: GET /api/v1/users: a DPoP token without its DPoP key.')
  expect(await apiLog()).toEqual([])
})
