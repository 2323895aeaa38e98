import { SHARE_ENV, Worker } from 'node:worker_threads'

/**
 * Sets (or, for undefined, removes) variables in the process's real environment and returns their
 * previous values. Inside jest, `process.env` is a copy that native code never sees, and SoftHSM2
 * and pkcs11-spy read theirs with getenv(): a worker thread sharing the environment (SHARE_ENV)
 * writes through to the real one.
 */
export async function setProcessEnvironment(
  values: Record<string, string | undefined>
): Promise<Record<string, string | undefined>> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads')
     const saved = {}
     for (const [name, value] of Object.entries(workerData)) {
       saved[name] = process.env[name]
       if (value === undefined) delete process.env[name]
       else process.env[name] = value
     }
     parentPort.postMessage(saved)`,
    { eval: true, env: SHARE_ENV, workerData: values }
  )
  const [saved] = (await Promise.all([
    new Promise(resolve => worker.once('message', resolve)),
    new Promise(resolve => worker.once('exit', resolve))
  ])) as [Record<string, string | undefined>, unknown]
  return saved
}
