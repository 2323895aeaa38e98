// Removes the folder testkit/jest-global-setup.mjs compiled the child programs into.
import { rmSync } from 'node:fs'
import { COMPILED_CHILDREN } from './jest-global-setup.mjs'

export default function removeCompiledChildren() {
  const out = process.env[COMPILED_CHILDREN]
  if (out) rmSync(out, { recursive: true, force: true })
}
