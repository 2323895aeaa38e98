// Request mode paginating the emulator's 450 seeded users: one token, then one call per page
// (cursor pagination cannot be parallelised: each page's link comes with the page before).
import type { EmulatorHandle } from '../../testkit/emulator/process.js'
import { runChildOk } from './child.js'
import { ACTION_MAIN, createServiceApp, isTokenRequest } from './fixtures.js'
import { summarize, type Summary } from './stats.js'

export const SEEDED_USERS = 450

export interface RequestTiming {
  latencyMs: number
  pageSize: number
  time: Summary
  tokenRequests: number
  pageRequests: number
  /** ceil(450 / page size): the minimum. */
  pagesNeeded: number
  items: number
}

export async function benchRequest(
  emulator: EmulatorHandle,
  latencyMs: number,
  pageSize: number,
  iterations: number
): Promise<RequestTiming> {
  const app = await createServiceApp(emulator)
  const times: number[] = []
  let tokenRequests = 0
  let pageRequests = 0
  let items = 0
  for (let i = 0; i < iterations; i++) {
    await emulator.control.clearRequests()
    const run = await runChildOk(
      {
        node: process.execPath,
        args: [ACTION_MAIN],
        inputs: {
          ...app.inputs,
          mode: 'request',
          'request-path': `/api/v1/users?limit=${pageSize}`,
          'request-paginate': 'true'
        }
      },
      'request mode'
    )
    times.push(run.ms)
    const log = await emulator.control.requests()
    tokenRequests = log.filter(isTokenRequest).length
    pageRequests = log.filter(entry => entry.route === 'users.list').length
    items = (JSON.parse(run.outputs['response-body'] ?? '[]') as unknown[]).length
  }
  return {
    latencyMs,
    pageSize,
    time: summarize(times),
    tokenRequests,
    pageRequests,
    pagesNeeded: Math.ceil(SEEDED_USERS / pageSize),
    items
  }
}
