import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../reliability/run-cli.js';

/** Runs the real `modelgo-bot` command as a long-lived process and watches its output. */
const BIN = fileURLToPath(new URL('../../bin/modelgo-bot.js', import.meta.url));
/** Bounds each wait on the child; generous, since a loaded machine is slow to start Node. */
const WAIT_MS = 15_000;

export interface Running {
  child: ChildProcess;
  output: () => string;
  /** Resolves when the output matches `pattern`. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<void>;
  exited: Promise<number | null>;
}

/** `modelgo-bot <args>` as a user runs it: the real command, its own directory, only these variables. */
export function start(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: tempDir(), env: { PATH: process.env.PATH ?? '', ...env } });
  let text = '';
  const waiting = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const check of waiting) check();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const waitFor = (pattern: RegExp, timeoutMs = WAIT_MS) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`no ${pattern} in the output:\n${text}`)), timeoutMs);
      const done = (err?: Error) => {
        clearTimeout(timer);
        waiting.delete(check);
        if (err) reject(err);
        else resolve();
      };
      const check = () => {
        if (pattern.test(text)) done();
      };
      waiting.add(check);
      void exited.then(() => done(pattern.test(text) ? undefined : new Error(`exited without ${pattern}:\n${text}`)));
      check();
    });
  return { child, output: () => text, waitFor, exited };
}
