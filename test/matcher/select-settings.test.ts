import { describe, expect, it } from 'vitest';
import { assignFolds, DEFAULT_CROSS_VALIDATION, SETTINGS_GRID, selectSettings } from '../../src/core/matcher/select-settings.js';
import { DEFAULT_SETTINGS, type TrainingExample } from '../../src/core/matcher/text-classifier.js';

const examples: TrainingExample[] = [
  ...[
    'can I use it commercially',
    'may I sell products built on it',
    'is commercial use allowed',
    'can my company use it for profit',
    'can I use it in a paid app',
    'am I allowed to sell it',
  ].map((text) => ({ text, label: 'permission' })),
  ...[
    'must I credit the authors',
    'do I have to keep the notice',
    'must I mention my changes',
    'do I have to include the license',
    'must I give attribution',
  ].map((text) => ({ text, label: 'obligation' })),
  ...['hello there', 'hi bot', 'good morning', 'hey, how are you'].map((text) => ({ text, label: 'greeting' })),
];

describe('assignFolds', () => {
  it('spreads every label over the folds', () => {
    const fold = assignFolds(examples, 3);
    for (const label of ['permission', 'obligation', 'greeting']) {
      const counts = [0, 0, 0];
      examples.forEach((e, i) => {
        if (e.label === label) counts[fold[i]!]!++;
      });
      expect(Math.max(...counts) - Math.min(...counts), label).toBeLessThanOrEqual(1);
    }
  });

  it('is the same for the same seed and shuffles for another', () => {
    expect(assignFolds(examples, 3, 8)).toEqual(assignFolds(examples, 3, 8));
    expect(assignFolds(examples, 3, 8)).not.toEqual(assignFolds(examples, 3, 9));
  });
});

describe('selectSettings', () => {
  it('tries the default settings first', () => {
    expect(SETTINGS_GRID[0]).toEqual(DEFAULT_SETTINGS);
  });

  it('picks the setting that cross-validates best and reports every one tried', () => {
    // An untrained regression alone ranks every message the same, so it cannot beat the default.
    const untrained = { ...DEFAULT_SETTINGS, epochs: 0, pool: { regression: 1, bayes: 0, centroid: 0 } };
    const selection = selectSettings(examples, [untrained, DEFAULT_SETTINGS]);
    expect(selection.settings).toBe(DEFAULT_SETTINGS);
    expect(selection.tried.map((t) => t.settings)).toEqual([untrained, DEFAULT_SETTINGS]);
    expect(selection.accuracy).toBeGreaterThan(selection.tried[0]!.accuracy);
    expect(selection.accuracy).toBe(selection.tried[1]!.accuracy);
  });

  it('keeps the earlier of two settings that score the same', () => {
    const copy = structuredClone(DEFAULT_SETTINGS);
    expect(selectSettings(examples, [DEFAULT_SETTINGS, copy]).settings).toBe(DEFAULT_SETTINGS);
    expect(selectSettings(examples, [copy, DEFAULT_SETTINGS]).settings).toBe(copy);
  });

  it('gives the same choice and figures on every run', () => {
    const a = selectSettings(examples);
    const b = selectSettings(examples);
    expect(b).toEqual(a);
    expect(a.tried).toHaveLength(SETTINGS_GRID.length);
    expect(DEFAULT_CROSS_VALIDATION).toEqual({ folds: 5, repeats: 3, seed: 7 });
  });

  it('needs a setting to try', () => {
    expect(() => selectSettings(examples, [])).toThrow(/at least one setting/);
  });
});
