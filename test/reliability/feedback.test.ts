import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedbackLog, type FeedbackRecord } from '../../src/runtime/feedback-log.js';
import { runCli, tempDir } from './run-cli.js';

function record(kind: FeedbackRecord['kind'], question: string, intent = kind === 'unknown' ? 'unknown' : 'remix'): FeedbackRecord {
  return { kind, platform: 'slack', question, intent, confidence: kind === 'unknown' ? 0 : 0.4, user: 'a1b2c3d4e5f6', at: '2025-01-01T00:00:00.000Z' };
}

function jsonl(records: Array<FeedbackRecord | string>): string {
  return records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
}

function lines(file: string): Array<{ question: string }> {
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { question: string });
}

describe('FeedbackLog', () => {
  it('rotates to .1 when the next line would pass the cap, and keeps writing', () => {
    const file = join(tempDir(), 'var', 'feedback.jsonl');
    const cap = 1_000;
    const log = new FeedbackLog(file, cap);
    const lineSize = Buffer.byteLength(`${JSON.stringify(record('unknown', 'question 00'))}\n`);
    const count = Math.floor(cap / lineSize) + 3;
    for (let i = 0; i < count; i++) log.append(record('unknown', `question ${String(i).padStart(2, '0')}`));

    const rotated = lines(`${file}.1`).map((r) => r.question);
    const current = lines(file).map((r) => r.question);
    // Nothing lost, nothing twice, order kept: the old file ends where the new one starts.
    expect([...rotated, ...current]).toEqual(Array.from({ length: count }, (_, i) => `question ${String(i).padStart(2, '0')}`));
    expect(current.length).toBeGreaterThan(0);
    expect(statSync(`${file}.1`).size).toBeLessThanOrEqual(cap);
    expect(statSync(file).size).toBeLessThanOrEqual(cap);
  });

  it('keeps one old file: a second rotation replaces it', () => {
    const file = join(tempDir(), 'feedback.jsonl');
    const log = new FeedbackLog(file, 400);
    for (let i = 0; i < 30; i++) log.append(record('unknown', `q${i}`));
    expect(existsSync(`${file}.2`)).toBe(false);
    const kept = [...lines(`${file}.1`), ...lines(file)].map((r) => r.question);
    expect(kept.at(-1)).toBe('q29');
    expect(kept).toEqual(kept.slice().sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
  });
});

describe('modelgo-bot report', () => {
  function feedbackDir(): { dir: string; file: string } {
    const dir = tempDir();
    mkdirSync(join(dir, 'var'));
    const file = join(dir, 'var', 'feedback.jsonl');
    // Older lines, rotated away.
    writeFileSync(
      `${file}.1`,
      jsonl([
        record('unknown', 'What is the GPL?'),
        record('unknown', 'what is the gpl'),
        record('thumbs-down', 'can I merge MG-BY-NC with MG-BY-OS?', 'remix'),
        record('low-confidence', 'can I fine-tune on outputs?', 'permission'),
      ]),
    );
    writeFileSync(
      file,
      jsonl([
        record('unknown', '  WHAT IS THE GPL  '),
        '{"kind":"unknown","question":', // a torn write
        'not json at all',
        JSON.stringify({ kind: 'applause', question: 'x', intent: 'help' }),
        record('low-confidence', 'Can I fine-tune on outputs?', 'permission'),
        record('unknown', 'who wrote ModelGo?'),
        record('unknown', '<!channel>\u0007 who wrote\u200b ModelGo\u001b'),
        record('thumbs-down', 'is MG-BY-RAI revocable?', 'grant'),
        record('thumbs-down', 'merge MG0 and MG-BY', 'remix'),
        record('thumbs-up', 'what is MG-BY-ND?', 'license'),
        record('thumbs-up', 'average MG-BY and MG-BY-OS', 'remix'),
        '',
      ]),
    );
    return { dir, file };
  }

  it('summarises kinds, the most common misses and the intents with the most 👎, as JSON', () => {
    const { file } = feedbackDir();
    const run = runCli(['report', '--file', file, '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      files: [`${file}.1`, file],
      records: 12,
      skipped: 3,
      kinds: { 'thumbs-up': 2, 'thumbs-down': 3, unknown: 5, 'low-confidence': 2 },
      fromSuggestions: 0,
      topQuestions: [
        { question: 'what is the gpl', count: 3 },
        { question: 'can i fine-tune on outputs', count: 2 },
        { question: 'who wrote modelgo', count: 2 },
      ],
      thumbsDownByIntent: [
        { intent: 'remix', thumbsDown: 2, thumbsUp: 1 },
        { intent: 'grant', thumbsDown: 1, thumbsUp: 0 },
      ],
    });
  });

  it('reads FEEDBACK_LOG by default and prints a readable summary', () => {
    const { dir } = feedbackDir();
    const run = runCli(['report'], { cwd: dir, env: { FEEDBACK_LOG: 'var/feedback.jsonl' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('12 records: 2 thumbs-up, 3 thumbs-down, 5 unknown, 2 low-confidence (3 malformed lines skipped)');
    expect(run.stdout).toMatch(/3× what is the gpl\n\s+2× can i fine-tune on outputs\n\s+2× who wrote modelgo\n/);
    expect(run.stdout).toMatch(/remix: 2 👎, 1 👍\n\s+grant: 1 👎, 0 👍/);
    // Logged questions are user input: no escape sequence or ping reaches the owner's terminal.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what this test looks for.
    expect(run.stdout).not.toMatch(/[\u001b]|<!channel>/);
  });

  it("does not count answers to the bot's own suggestion buttons as misses", () => {
    const file = join(tempDir(), 'feedback.jsonl');
    const clicked = { ...record('low-confidence', 'what is MG-BY-NC?', 'license'), suggestion: true };
    writeFileSync(file, jsonl([clicked, clicked, clicked, record('unknown', 'who wrote ModelGo?')]));
    const summary = JSON.parse(runCli(['report', '--file', file, '--json']).stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      records: 4,
      fromSuggestions: 3,
      kinds: { 'low-confidence': 0, unknown: 1 },
      topQuestions: [{ question: 'who wrote modelgo', count: 1 }],
    });
    expect(runCli(['report', '--file', file]).stdout).toContain("3 answers to the bot's own suggestion buttons not counted as misses");
  });

  it('lists at most ten questions', () => {
    const dir = tempDir();
    const file = join(dir, 'feedback.jsonl');
    writeFileSync(file, jsonl(Array.from({ length: 25 }, (_, i) => record('unknown', `question number ${i}`))));
    const summary = JSON.parse(runCli(['report', '--file', file, '--json']).stdout) as { topQuestions: unknown[]; files: string[] };
    expect(summary.topQuestions).toHaveLength(10);
    expect(summary.files).toEqual([file]);
  });

  it('says no feedback was recorded yet when there is no log', () => {
    const run = runCli(['report'], { env: { FEEDBACK_LOG: 'var/nothing-here.jsonl' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^No feedback recorded yet/);
    const json = runCli(['report', '--json'], { env: { FEEDBACK_LOG: 'var/nothing-here.jsonl' } });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ files: [], records: 0, skipped: 0, topQuestions: [], thumbsDownByIntent: [] });
  });

  it('exits 1 with a one-line message when the log cannot be read', () => {
    const run = runCli(['report', '--file', tempDir()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^modelgo-bot: cannot read the feedback log .*\n$/);
  });
});
