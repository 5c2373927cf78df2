import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../reliability/run-cli.js';

const BIN = new URL('../../bin/modelgo-bot.js', import.meta.url).pathname;

type Json = Record<string, unknown> & { text: string; licenses: string[] };

function answers(stdout: string): Json[] {
  const lines = stdout.split('\n');
  expect(lines.pop()).toBe('');
  return lines.map((l) => JSON.parse(l) as Json);
}

describe('modelgo-bot ask --json --input jsonl', () => {
  it('answers each line in order, with questions of one conversation read as follow-ups and the edition per line', () => {
    const input = [
      { question: 'is MG-BY-NC revocable?', conversation: 'c1' },
      { question: 'what about MG-BY-ND?', conversation: 'c2' },
      { question: 'what about MG-BY-ND?', conversation: 'c1' },
      { question: 'license MG-BY-OS', edition: '2025' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const run = runCli(['ask', '--json', '--input', 'jsonl'], { input });
    expect(run.status).toBe(0);
    const [first, unrelated, followUp, edition] = answers(run.stdout);
    expect(first).toMatchObject({ intent: 'grant', licenses: ['MG-BY-NC-2.0'] });
    // c2 never asked about revocation: the same words there are not a grant question.
    expect(unrelated!.intent).not.toBe('grant');
    expect(followUp).toMatchObject({ question: 'what about MG-BY-ND?', intent: 'grant', licenses: ['MG-BY-ND-2.0'] });
    expect(edition!.edition).toBe('2025');
  });

  it('answers a line that is not a question object with one JSON line saying so', () => {
    const bad = ['null', 'not json', '{"question": 5}', '{"conversation": "c1"}', '[]', '{"question": "hi", "edition": "1999"}'];
    const run = runCli(['ask', '--json', '--input', 'jsonl'], { input: `${bad.join('\n')}\n{"question": "what is MG-BY-ND?"}\n` });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const out = answers(run.stdout);
    expect(out).toHaveLength(bad.length + 1);
    for (const [i, answer] of out.slice(0, bad.length).entries()) {
      expect(answer).toMatchObject({ question: bad[i], intent: 'unknown', verdict: null });
      expect(answer.text).toMatch(/not a question object/);
    }
    expect(out.at(-1)!.licenses).toEqual(['MG-BY-ND-2.0']);
  });

  it('refuses an unknown --input with one line', () => {
    const run = runCli(['ask', '--json', '--input', 'xml'], { input: '' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['modelgo-bot: --input must be lines or jsonl, not "xml"']);
  });
});

describe('modelgo-bot ask --json with a slow reader', () => {
  it('answers every line and finishes while its stdout is read in small sips', async () => {
    const lines = 3000;
    const child = spawn(process.execPath, [BIN, 'ask', '--json'], { cwd: tempDir(), env: { PATH: process.env.PATH ?? '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end('is MG-BY-ND revocable?\n'.repeat(lines));
    child.stdout.pause();
    // Reading by hand, not in flowing mode. Without a 'readable' listener Node resumes a child's stdout
    // when the child exits, and whatever is still buffered then flows away unread.
    child.stdout.on('readable', () => {});
    let count = 0;
    const sip = setInterval(() => {
      const chunk = child.stdout.read(16_384) ?? child.stdout.read();
      if (chunk) count += (chunk.toString('latin1').match(/\n/g) ?? []).length;
    }, 2);
    const exited = once(child, 'exit');
    await once(child.stdout, 'end');
    clearInterval(sip);
    const [code] = await exited;
    expect(code).toBe(0);
    expect(count).toBe(lines);
  }, 60_000);

  it('stops quietly, exit 0 and no stack trace, when the reader closes the pipe early (`| head`)', async () => {
    const child = spawn(process.execPath, [BIN, 'ask', '--json'], { cwd: tempDir(), env: { PATH: process.env.PATH ?? '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end('is MG-BY-ND revocable?\n'.repeat(3000));
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const exited = once(child, 'exit');
    await once(child.stdout, 'readable');
    child.stdout.destroy();
    const [code] = await exited;
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 60_000);
});
