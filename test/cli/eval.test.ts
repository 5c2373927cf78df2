import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEval, readLabelled } from '../../src/adapters/cli/eval.js';
import type { Answer } from '../../src/core/answer/answer.js';
import type { AskOptions } from '../../src/core/bot.js';
import { runCli, tempDir } from '../reliability/run-cli.js';

/**
 * The scoring is checked against a scripted answerer, so what counts as right is pinned down whatever
 * the matcher answers today; one run of the real command checks the wiring.
 */
/** `intent` is any string, so intents the contract has and the Answer type does not yet can be scored. */
type Scripted = Partial<Omit<Answer, 'intent'>> & { intent?: string };

function scripted(answers: Record<string, Scripted>) {
  const calls: Array<{ question: string; options: AskOptions | undefined }> = [];
  const ask = (question: string, options?: AskOptions): Answer => {
    calls.push({ question, options });
    const given = answers[question];
    if (!given) throw new Error(`no scripted answer for "${question}"`);
    const base = {
      question,
      intent: 'unknown',
      confidence: 1,
      licenses: [],
      faq: null,
      verdict: null,
      result: null,
      edition: '2024',
      term: null,
      clarify: null,
      details: null,
      image: null,
      text: 'x',
    };
    return { ...base, card: {} as Answer['card'], ...given } as Answer;
  };
  return { bot: { ask }, calls };
}

function file(lines: unknown[]): string {
  const path = join(tempDir(), 'labelled.jsonl');
  writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n\n`);
  return path;
}

describe('eval scoring', () => {
  it('compares ids without case or -2.0, and only the fields a line gives', () => {
    const { bot } = scripted({
      'merge?': { intent: 'remix', licenses: ['MG-BY-NC-2.0', 'MG-BY-OS-2.0'], verdict: 'compatible', result: 'MG-BY-NC-OS-2.0', text: 'abcd' },
      'faq?': { intent: 'faq', faq: 'datasets', verdict: 'yes', text: 'ab' },
    });
    const report = evaluate(bot, [
      { cat: 'remix', q: 'merge?', intent: 'remix', licenses: ['mg-by-nc', 'MG-BY-OS'], verdict: 'compatible', result: 'mg-by-nc-os' },
      { cat: 'faq', q: 'faq?', intent: 'faq', faq: 'datasets' },
    ]);
    expect(report).toMatchObject({ total: 2, correct: 2, wrongVerdicts: 0, misses: [] });
  });

  it('scores term, edition and licenses, and counts a wrong verdict only where the answer gives one', () => {
    const { bot } = scripted({
      'term?': { intent: 'definition', term: 'derivative', edition: '2025' },
      'which edition?': { intent: 'grant', verdict: 'yes', edition: '2024' },
      'order?': { intent: 'compare', licenses: ['MG-BY-OS-2.0', 'MG0-2.0'] },
      'asks back': { intent: 'permission', verdict: null, clarify: ['a?', 'b?'] },
      'wrong result': { intent: 'choose', result: 'MG-BY-2.0' },
    });
    const report = evaluate(bot, [
      { cat: 'definition', q: 'term?', intent: 'definition', term: 'non-commercial' },
      { cat: 'edition', q: 'which edition?', intent: 'grant', verdict: 'yes', edition: '2025' },
      { cat: 'compare', q: 'order?', intent: 'compare', licenses: ['MG0', 'MG-BY-OS'] },
      { cat: 'permission', q: 'asks back', intent: 'permission', verdict: 'no' },
      { cat: 'choose', q: 'wrong result', intent: 'choose', result: 'MG-BY-NC' },
    ]);
    expect(report.correct).toBe(0);
    expect(report.misses.map((m) => m.question)).toEqual(['term?', 'which edition?', 'order?', 'asks back', 'wrong result']);
    // "which edition?" gives a verdict from the wrong edition and "wrong result" a wrong pick; asking back is no verdict.
    expect(report.wrongVerdicts).toBe(2);
  });

  it('accepts any label listed in alt', () => {
    const { bot } = scripted({ 'relicense?': { intent: 'faq', faq: 'os-copyleft' }, 'other?': { intent: 'faq', faq: 'v1' } });
    const alt = [{ intent: 'faq', faq: 'os-copyleft' }];
    const report = evaluate(bot, [
      { cat: 'permission', q: 'relicense?', intent: 'permission', verdict: 'no', alt },
      { cat: 'permission', q: 'other?', intent: 'permission', verdict: 'no', alt },
    ]);
    expect(report).toMatchObject({ total: 2, correct: 1, byCategory: { permission: { total: 2, correct: 1 } } });
  });

  it('keeps the conversations of two runs apart, though their ids are the same', () => {
    const { bot, calls } = scripted({ hi: { intent: 'help' } });
    for (let i = 0; i < 2; i++) evaluate(bot, [{ id: 'c1', turns: [{ q: 'hi', intent: 'help' }] }]);
    expect(calls[0]?.options?.conversation).not.toBe(calls[1]?.options?.conversation);
  });

  it('asks the turns of a conversation in order, in that conversation and edition, and scores each', () => {
    const { bot, calls } = scripted({
      'is MG-BY-NC revocable?': { intent: 'grant', verdict: 'yes', licenses: ['MG-BY-NC-2.0'] },
      'what about MG-BY?': { intent: 'grant', verdict: 'yes', licenses: ['MG-BY-2.0'] },
      'in 2025?': { intent: 'grant', verdict: 'no', edition: '2025', licenses: ['MG-BY-2.0'] },
    });
    const report = evaluate(bot, [
      {
        id: 'cv-1',
        turns: [
          { q: 'is MG-BY-NC revocable?', intent: 'grant', verdict: 'yes' },
          { q: 'what about MG-BY?', intent: 'grant', licenses: ['MG-BY'], verdict: 'no' },
          { q: 'in 2025?', intent: 'grant', verdict: 'no', edition: '2025' },
        ],
      },
    ]);
    // One conversation for the three turns, named after the line's id within this run.
    const conversation = calls[0]?.options?.conversation;
    expect(conversation).toMatch(/:cv-1$/);
    expect(calls).toEqual([
      { question: 'is MG-BY-NC revocable?', options: { conversation, edition: undefined } },
      { question: 'what about MG-BY?', options: { conversation, edition: undefined } },
      { question: 'in 2025?', options: { conversation, edition: '2025' } },
    ]);
    expect(report).toMatchObject({
      total: 3,
      correct: 2,
      wrongVerdicts: 1,
      byCategory: { 'first-turn': { total: 1, correct: 1 }, 'follow-up': { total: 2, correct: 1 } },
      misses: [{ question: 'what about MG-BY?', conversation: 'cv-1' }],
    });
  });

  it('gives the median and 90th percentile of the text length', () => {
    const lengths = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    const { bot } = scripted(Object.fromEntries(lengths.map((n) => [`q${n}`, { intent: 'help', text: 'x'.repeat(n) }])));
    const report = evaluate(
      bot,
      lengths.map((n) => ({ cat: 'help', q: `q${n}`, intent: 'help' })),
    );
    expect(report.textLength).toEqual({ median: 50, p90: 90 });
    expect(formatEval(report)).toMatch(/overall\s+10\/10\s+100\.0%[\s\S]*wrong verdicts: 0[\s\S]*median 50, p90 90/);
  });
});

describe('reading labelled files', () => {
  it('reads questions and conversations, skipping blank lines', () => {
    const items = readLabelled(
      file([
        { cat: 'help', q: 'hi', intent: 'help', note: 'a greeting' },
        { id: 'c', turns: [{ q: 'hi', intent: 'help' }] },
      ]),
    );
    expect(items).toHaveLength(2);
  });

  it('names the file and line of a bad line', () => {
    const path = file([
      { cat: 'help', q: 'hi', intent: 'help' },
      { cat: 'help', intent: 'help' },
    ]);
    expect(() => readLabelled(path)).toThrow(/labelled\.jsonl:2: q: /);
    writeFileSync(path, '{"q": "hi", "intent": "help"}\n{nope\n');
    expect(() => readLabelled(path)).toThrow(/labelled\.jsonl:2: not JSON$/);
  });
});

describe('modelgo-bot eval and nlu-benchmark', () => {
  it('score given files with the real bot, one JSON report per file', () => {
    const right = file([{ cat: 'help', q: 'hello', intent: 'help' }]);
    const wrong = file([{ cat: 'remix', q: 'can I merge MG-BY-NC with MG-BY-OS?', intent: 'remix', verdict: 'incompatible' }]);
    const run = runCli(['eval', right, wrong, '--json']);
    expect(run.stderr).toBe('');
    const reports = JSON.parse(run.stdout);
    expect(reports).toMatchObject([
      { file: right, total: 1, correct: 1, wrongVerdicts: 0 },
      { file: wrong, total: 1, correct: 0, wrongVerdicts: 1, misses: [{ got: { verdict: 'compatible' } }] },
    ]);
    expect(reports[0].textLength.median).toBeGreaterThan(0);
  });

  it('name a missing file or folder in one line, without a stack trace', () => {
    const dir = tempDir();
    for (const args of [
      ['eval', join(dir, 'none.jsonl')],
      ['nlu-benchmark', join(dir, 'no-corpora')],
    ]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(/^modelgo-bot: cannot read the .* \S*(none\.jsonl|no-corpora): ENOENT\n$/);
    }
  });
});
