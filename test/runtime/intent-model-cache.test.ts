import { appendFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadClassifier } from '../../src/runtime/intent-model.js';
import { modelFingerprint, NATURAL_VERSION, sourceClosure } from '../../src/runtime/model-fingerprint.js';
import { projectRoot } from '../../src/runtime/paths.js';
import { kb } from '../helpers.js';

/** A copy of the checkout's model inputs, to change without touching the real one. */
function copyOfCheckout(): string {
  const root = mkdtempSync(join(tmpdir(), 'modelgo-fingerprint-'));
  for (const dir of ['src', 'intents', 'data']) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  return root;
}

describe('the intent model fingerprint', () => {
  let root: string;
  let before: string;
  beforeEach(() => {
    root = copyOfCheckout();
    before = modelFingerprint(root, NATURAL_VERSION);
  });

  it('is the same for the same inputs wherever the checkout is', () => {
    expect(before).toBe(modelFingerprint(projectRoot));
  });

  it('follows the training code through its imports, types aside', () => {
    const closure = sourceClosure(join(projectRoot, 'src', 'runtime', 'intent-model.ts')).map((f) => f.slice(projectRoot.length + 1));
    expect(closure).toEqual(expect.arrayContaining(['src/core/matcher/text-features.ts', 'src/core/knowledge/license-mentions.ts', 'src/core/rules/remix.ts']));
    expect(closure).not.toContain('src/core/answer/compose.ts');
    expect(closure.every((f) => f.startsWith('src/'))).toBe(true);
  });

  it('changes with the natural version', () => {
    expect(modelFingerprint(root, `${NATURAL_VERSION}-next`)).not.toBe(before);
  });

  it.each([
    ['a matcher source', 'src/core/matcher/text-features.ts'],
    ['a module the matcher imports from rules/', 'src/core/rules/remix.ts'],
    ['the training code', 'src/runtime/intent-model.ts'],
    ['an utterance file in a subfolder', 'intents/faq/datasets.json'],
    ['the license data', 'data/licenses-2025.json'],
  ])('changes with %s', (_what, file) => {
    appendFileSync(join(root, file), '\n');
    expect(modelFingerprint(root)).not.toBe(before);
  });

  it('changes when a file is added under intents/ or data/', () => {
    mkdirSync(join(root, 'intents', 'extra'));
    writeFileSync(join(root, 'intents', 'extra', 'more.json'), '{}');
    expect(modelFingerprint(root)).not.toBe(before);
  });

  it('stays when code the model does not depend on changes', () => {
    appendFileSync(join(root, 'src', 'adapters', 'cli', 'eval.ts'), '\n');
    appendFileSync(join(root, 'src', 'core', 'answer', 'compose.ts'), '\n');
    expect(modelFingerprint(root)).toBe(before);
  });
});

describe('cache faults', () => {
  it('are reported in one line each, and the bot still gets its model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgo-model-'));
    const warnings: string[] = [];
    const warn = (line: string) => warnings.push(line);
    const q = 'is MG-BY-NC revocable?';

    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, '{ not json');
    const rebuilt = loadClassifier(kb, damaged, warn);
    expect(warnings).toEqual([expect.stringMatching(/damaged\.json is damaged; retraining$/)]);
    warnings.length = 0;
    expect(loadClassifier(kb, damaged, warn).classify(q).ranking).toEqual(rebuilt.classify(q).ranking);
    expect(warnings, 'the rebuilt cache is read back without a word').toEqual([]);

    // A folder where the cache file should be: it can be neither read nor written.
    const blocked = join(dir, 'blocked.json');
    mkdirSync(blocked);
    expect(loadClassifier(kb, blocked, warn).classify(q).ranking).toEqual(rebuilt.classify(q).ranking);
    expect(warnings).toEqual([
      expect.stringMatching(/^cannot read the intent model cache .*blocked\.json/),
      expect.stringMatching(/^cannot write the intent model cache .*blocked\.json/),
    ]);
    // Two trainings: on a busy 2-core machine they can take longer than the default 20 s.
  }, 90_000);
});
