// Types of scripts/doc-blocks.mjs (plain JavaScript, so that node runs it without a loader),
// for the TypeScript scripts that write a block too (mutation-total.ts).
export function markedRange(text: string, file: string, name: string): [number, number]
export function checkMarkers(files: string[], name: string): void
export function writeBlock(files: string[], name: string, block: string): void
export function summaryBlock(command: string, context: string, lines: string[]): string
export function treeDescription(paths?: string[]): string
