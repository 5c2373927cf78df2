#!/usr/bin/env node
// The command runs the compiled code; `npm ci` builds it through the prepare script.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/adapters/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('modelgo-bot is not built yet: run `npm run build` (npm ci runs it for you).\n');
  process.exit(1);
}
const { run } = await import(entry.href);
await run(process.argv.slice(2));
