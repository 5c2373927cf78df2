import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, FakeSlack } from './fake-slack.js';
import { SECRET, send, slashCommand } from './slack-requests.js';

const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'modelgo-bot.js');

interface Child {
  process: ChildProcess;
  output: () => string;
  logs: () => Record<string, unknown>[];
  exited: Promise<number | null>;
}

/** `modelgo-bot slack` as a user runs it, in an empty directory (no stray .env) with only these variables. */
function runSlack(env: Record<string, string>): Child {
  const cwd = mkdtempSync(join(tmpdir(), 'modelgo-slack-cli-'));
  const child = spawn(process.execPath, [BIN, 'slack'], { cwd, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    process: child,
    output: () => stdout + stderr,
    logs: () =>
      stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    exited,
  };
}

let fake: FakeSlack;
let feedbackDir: string;
const running: Child[] = [];

beforeAll(async () => {
  fake = await FakeSlack.start();
  feedbackDir = mkdtempSync(join(tmpdir(), 'modelgo-slack-feedback-'));
});

afterAll(async () => {
  for (const child of running) child.process.kill('SIGKILL');
  await fake?.close();
});

function env(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: '0',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_API_URL: fake.apiUrl,
    LOG_LEVEL: 'debug',
    FEEDBACK_LOG: join(feedbackDir, 'feedback.jsonl'),
    ...overrides,
  };
}

describe('modelgo-bot slack', () => {
  it('answers a signed /modelgo, finishes the answer in flight on SIGTERM, exits 0, and never logs the token', async () => {
    const child = runSlack(env());
    running.push(child);
    await eventually(() => child.logs().some((l) => l['msg'] === 'slack app started'), 15_000, 'the start-up line');
    const port = child.logs().find((l) => l['msg'] === 'slack app started')!['port'] as number;
    const appUrl = `http://127.0.0.1:${port}`;

    const first = await send(appUrl, slashCommand('can I merge MG-BY-NC with MG-BY-OS?', fake.responseUrl('cli-1')), 'form');
    expect(first.status).toBe(200);
    expect(JSON.stringify((await fake.waitFor('/response/cli-1')).body)).toContain('MG-BY-NC-OS-2.0');

    // The fake holds the next answer back until the app has been told to stop.
    let release!: () => void;
    fake.plan('/response/cli-2', { until: new Promise<void>((r) => (release = r)) });
    await send(appUrl, slashCommand('license MG-BY-ND', fake.responseUrl('cli-2')), 'form');
    await eventually(() => fake.received.some((r) => r.path === '/response/cli-2'), 8000, 'the answer to reach Slack');
    child.process.kill('SIGTERM');
    await eventually(() => child.logs().some((l) => l['msg'] === 'shutting down'), 8000, 'the shutdown line');
    release();

    expect(await child.exited).toBe(0);
    expect(JSON.stringify(fake.delivered('/response/cli-2')[0]?.body)).toContain('MG-BY-ND');
    const messages = child.logs().map((l) => l['msg']);
    expect(messages.lastIndexOf('answered')).toBeGreaterThan(messages.indexOf('shutting down'));
    expect(messages.at(-1)).toBe('stopped');
    expect(child.output()).not.toContain('xoxb-test');
  });

  it('stops with one line naming SLACK_SIGNING_SECRET when it is missing', async () => {
    const { SLACK_SIGNING_SECRET: _, ...rest } = env();
    const child = runSlack(rest);
    running.push(child);
    expect(await child.exited).toBe(1);
    const lines = child.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('SLACK_SIGNING_SECRET');
  });
});
