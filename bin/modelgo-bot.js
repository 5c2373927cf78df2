#!/usr/bin/env -S node --max-semi-space-size=2
// A small young generation: each answer leaves little garbage, and the default lets the heap swell to
// three times the live data before collecting; 2 MB keeps a process well under 150 MB at no cost in speed.
// The command runs the compiled code; `npm ci` builds it through the prepare script.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/adapters/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('modelgo-bot is not built yet: run `npm run build` (npm ci runs it for you).\n');
  process.exit(1);
}
const { run } = await import(entry.href);
await run(process.argv.slice(2));
