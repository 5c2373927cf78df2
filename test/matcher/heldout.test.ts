import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, readLabelled } from '../../src/adapters/cli/eval.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { projectRoot } from '../../src/runtime/paths.js';

/**
 * Every question set once written blind (eval/heldout-*), kept at its bar so a change that fixes one
 * reading never quietly breaks another: 97% right in English, 95% in Chinese and Spanish and in
 * conversations, and not one wrong verdict on the sets of dangerous questions.
 */
const bot = createBot('2024');
const files = readdirSync(join(projectRoot, 'eval'))
  .filter((f) => f.startsWith('heldout-') && f.endsWith('.jsonl'))
  .sort();

describe('the held-out sets, now regression sets', () => {
  it('are all here', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s', (file) => {
    const report = evaluate(bot, readLabelled(join(projectRoot, 'eval', file)));
    const bar = /-(zh|es)|conversations/.test(file) ? 0.95 : 0.97;
    expect(report.correct / report.total, JSON.stringify(report.misses.slice(0, 5), null, 1)).toBeGreaterThanOrEqual(bar);
    if (file.includes('dangerous')) expect(report.wrongVerdicts).toBe(0);
  });
});
