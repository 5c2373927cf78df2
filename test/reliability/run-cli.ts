import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/modelgo-bot.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `modelgo-bot` command as a user would. By default in an empty directory with nothing
 * but PATH in its environment, so neither the checkout's .env nor the developer's variables leak in.
 */
export function runCli(args: string[], options: { env?: Record<string, string>; cwd?: string; input?: string | Buffer } = {}): CliRun {
  const child = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? tempDir(),
    env: { PATH: process.env.PATH ?? '', ...options.env },
    input: options.input ?? '',
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  if (child.error) throw child.error;
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'modelgo-bot-'));
}
