// Types of scripts/mutation-record.mjs (plain JavaScript, so that npm run mutation runs it
// without a loader), for the TypeScript script that reads the same files (mutation-total.ts).
export function mutableSources(root?: string): Promise<string[]>
