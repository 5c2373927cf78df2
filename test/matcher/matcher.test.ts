import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, readLabelled } from '../../src/adapters/cli/eval.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { loadClassifier, readCacheHeader } from '../../src/runtime/intent-model.js';
import { projectRoot } from '../../src/runtime/paths.js';
import { kb } from '../helpers.js';

const bot = createBot('2024');

describe('intent accuracy', () => {
  it('is at least 97% on eval/dev.jsonl', () => {
    const report = evaluate(bot, readLabelled(join(projectRoot, 'eval', 'dev.jsonl')));
    expect(report.correct / report.total, JSON.stringify(report.misses, null, 1)).toBeGreaterThanOrEqual(0.97);
  });

  it('is as good on held-out phrasings the matcher never trained on', () => {
    const report = evaluate(bot, readLabelled(join(projectRoot, 'test', 'fixtures', 'paraphrases.jsonl')));
    expect(report.correct / report.total, JSON.stringify(report.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('reading messages', () => {
  it('reads sloppy questions with typos in the ids', () => {
    const a = bot.ask('is it ok to average weights of mg by nc and mg-by-os checkpoints');
    expect(a).toMatchObject({ intent: 'remix', verdict: 'compatible', result: 'MG-BY-NC-OS-2.0' });
    expect(bot.ask('is MG-BY-CN revocable?')).toMatchObject({ intent: 'grant', verdict: 'yes', licenses: ['MG-BY-NC-2.0'] });
  });

  it('reads an edition request as the edition, not as part of the question', () => {
    expect(bot.ask('what is MG-BY-OS in the 2025 version?')).toMatchObject({ intent: 'license', licenses: ['MG-BY-SA-2.0'], edition: '2025' });
    expect(bot.ask('is MG-BY-RAI sublicensable in the 2025 version?')).toMatchObject({ intent: 'grant', verdict: 'no', edition: '2025' });
  });

  it('answers typed commands without guessing', () => {
    expect(bot.ask('/license MG-BY-ND')).toMatchObject({ intent: 'license', licenses: ['MG-BY-ND-2.0'], confidence: 1 });
    expect(bot.ask('remix MG-BY-NC MG-BY-OS vote')).toMatchObject({ intent: 'remix', verdict: 'separable' });
    expect(bot.ask('faq datasets')).toMatchObject({ intent: 'faq', faq: 'datasets' });
    expect(bot.ask('help')).toMatchObject({ intent: 'help' });
    expect(bot.ask('help me choose a license that prevents commercial use')).toMatchObject({ intent: 'choose', result: 'MG-BY-NC-2.0' });
  });

  it('says when it does not know, and what it can answer', () => {
    for (const q of ['zzzz qwxv', 'tell me a joke', 'what is the capital of France']) {
      const a = bot.ask(q);
      expect(a.intent, q).toBe('unknown');
      expect(a.text).toMatch(/ModelGo/);
    }
  });

  it('reports an unknown license id with the closest known ones, and gives no verdict', () => {
    const a = bot.ask('is MG-BY-XYZ revocable?');
    expect(a.intent).toBe('grant');
    expect(a.verdict).toBeNull();
    expect(a.card.choices.map((c) => c.label).join(' ')).toMatch(/MG-BY/);
  });

  it('offers the close runner-up as a "did you mean" choice', () => {
    const a = bot.ask('merging');
    expect(a.card.choices.map((c) => c.question).join(' ')).toMatch(/merge/);
  });

  it('asks for the license when a question needs one and names none', () => {
    const a = bot.ask('revoke');
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/Which license/);
  });
});

describe('follow-ups', () => {
  it('reuses the previous question with a new license, per conversation', () => {
    const talk = { conversation: 'test:follow-up' };
    expect(bot.ask('can I merge MG-BY-NC with MG-BY-OS?', talk)).toMatchObject({ verdict: 'compatible' });
    expect(bot.ask('what about MG-BY-ND?', talk)).toMatchObject({ intent: 'remix', verdict: 'cannot-share', licenses: ['MG-BY-NC-2.0', 'MG-BY-ND-2.0'] });
    expect(bot.ask('is MG-BY-RAI revocable?', talk)).toMatchObject({ intent: 'grant', verdict: 'yes' });
    expect(bot.ask('and for MG0?', talk)).toMatchObject({ intent: 'grant', verdict: 'no', licenses: ['MG0-2.0'] });
    expect(bot.ask('what about MG-BY-ND?', { conversation: 'test:someone-else' }).intent).not.toBe('remix');
  });
});

describe('the cached intent model', () => {
  it('is written once and read back with the same rankings; a stale or damaged cache is rebuilt', () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'modelgo-model-')), 'model.bin');
    const first = loadClassifier(kb, cache);
    const written = readCacheHeader(cache);
    const again = loadClassifier(kb, cache);
    const q = 'can I sublicense MG-BY-ND';
    expect(again.classify(q).ranking).toEqual(first.classify(q).ranking);

    // The same file with another fingerprint of the same length in its header.
    const bytes = readFileSync(cache);
    writeFileSync(cache, Buffer.from(bytes.toString('latin1').replace(written.fingerprint, 'x'.repeat(written.fingerprint.length)), 'latin1'));
    expect(readCacheHeader(cache).fingerprint).not.toBe(written.fingerprint);
    loadClassifier(kb, cache);
    expect(readCacheHeader(cache).fingerprint).toBe(written.fingerprint);

    writeFileSync(cache, '{ not json');
    expect(loadClassifier(kb, cache).classify(q).ranking[0]?.label).toBe(first.classify(q).ranking[0]?.label);
    // Three trainings: on a busy 2-core machine they take longer than the default 20 s.
  }, 90_000);
});
