import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, TextClassifier, type TrainingExample } from '../../src/core/matcher/text-classifier.js';
import { extractFeatures, tokenize } from '../../src/core/matcher/text-features.js';

const examples: TrainingExample[] = [
  ...[
    'can I use the model commercially',
    'am I allowed to sell products built on it',
    'can I use it in a paid app',
    'is commercial use permitted',
    'can my company use this model for profit',
  ].map((text) => ({ text, label: 'permission' })),
  ...[
    'must I credit the original authors',
    'do I have to keep the license notice',
    'must I mention the changes I made',
    'what do I have to do when I share it',
    'must I include a copy of the license',
  ].map((text) => ({ text, label: 'obligation' })),
  ...['hello there', 'hi bot, good morning', 'hey, how are you', 'good evening', 'hello, nice to meet you'].map((text) => ({ text, label: 'greeting' })),
];
const classifier = TextClassifier.train(examples);
const top = (text: string, features?: string[]) => classifier.classify(text, features).ranking[0]?.label;

describe('TextClassifier', () => {
  it('classifies paraphrases of its training utterances', () => {
    expect(top('can we use it commercially in our product?')).toBe('permission');
    expect(top('do I have to credit the authors?')).toBe('obligation');
    expect(top('hello bot')).toBe('greeting');
  });

  it('keeps modal and question words that a generic stop-word list would drop', () => {
    expect(top('must I?')).toBe('obligation');
    expect(top('can I?')).toBe('permission');
  });

  it('ranks every label once, best first, with scores that sum to 1', () => {
    const { ranking } = classifier.classify('can I sell it');
    expect(ranking.map((r) => r.label).sort()).toEqual(['greeting', 'obligation', 'permission']);
    expect(ranking.map((r) => r.score)).toEqual([...ranking.map((r) => r.score)].sort((a, b) => b - a));
    expect(ranking.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 10);
    for (const r of ranking) expect(r.score).toBeGreaterThan(0);
  });

  it('reads typos of training words', () => {
    expect(top('can I use the modle comercially')).toBe('permission');
    expect(classifier.classify('comercially').coverage).toBe(1);
  });

  it('lets the extra features decide between utterances that read alike', () => {
    const trained = TextClassifier.train([
      { text: 'what license does it get', label: 'remix', features: ['__two_licenses__'] },
      { text: 'what license applies to the result', label: 'remix', features: ['__two_licenses__'] },
      { text: 'which license when I merge them', label: 'remix', features: ['__two_licenses__'] },
      { text: 'what license does it have', label: 'license', features: ['__one_license__'] },
      { text: 'what license applies to this one', label: 'license', features: ['__one_license__'] },
      { text: 'which license is it under', label: 'license', features: ['__one_license__'] },
    ]);
    const q = 'what license is that';
    expect(trained.classify(q, ['__two_licenses__']).ranking[0]?.label).toBe('remix');
    expect(trained.classify(q, ['__one_license__']).ranking[0]?.label).toBe('license');
  });

  describe('coverage', () => {
    it('is 0 for gibberish and for messages without content words, whatever the ranking', () => {
      for (const text of ['qwxz blorf zzyzx', 'fjdkslaj', '', '???', 'how can I']) {
        const result = classifier.classify(text);
        expect(result.coverage, text).toBe(0);
        expect(result.ranking).toHaveLength(3);
      }
    });

    it('is the share of content words training has seen, extra features included', () => {
      expect(classifier.classify('can I sell the model').coverage).toBe(1);
      expect(classifier.classify('can I sell the spaceship').coverage).toBe(0.5);
      expect(classifier.classify('sell', ['__never_seen__']).coverage).toBe(0.5);
    });
  });

  describe('packed', () => {
    const queries = ['can I sell it', 'must I keep the notice?', 'hi', 'qwxz', 'can I use the modle comercially', ''];
    /** Packs a model and unpacks it, through JSON for its small part as the cache does. */
    const roundTrip = (c: TextClassifier) => {
      const { meta, weights } = c.pack();
      return TextClassifier.unpack(JSON.parse(JSON.stringify(meta)), Float32Array.from(weights));
    };

    it('round-trips to a model with identical rankings', () => {
      const restored = roundTrip(classifier);
      for (const q of queries) expect(restored.classify(q), q).toEqual(classifier.classify(q));
    });

    it('keeps the settings it was trained with, and scores with them', () => {
      const settings = { ...DEFAULT_SETTINGS, centroidSharpness: 20, features: { charGramMass: 0 } };
      const sharp = TextClassifier.train(examples, settings);
      const restored = roundTrip(sharp);
      expect(sharp.pack().meta.settings).toEqual(settings);
      expect(sharp.pack().meta.features.some((f) => f.startsWith('c:'))).toBe(false);
      for (const q of queries) expect(restored.classify(q), q).toEqual(sharp.classify(q));
      expect(sharp.classify('can I sell it').ranking).not.toEqual(classifier.classify('can I sell it').ranking);
    });

    it('is the same for the same training data', () => {
      const [again, first] = [TextClassifier.train(examples).pack(), classifier.pack()];
      expect(JSON.stringify(again.meta)).toBe(JSON.stringify(first.meta));
      expect(again.weights).toEqual(first.weights);
    });

    const { meta, weights } = classifier.pack();
    it.each([
      ['null', null, weights],
      ['a string', 'model', weights],
      ['an empty object', {}, weights],
      ['another format', { ...meta, format: 'natural-bayes' }, weights],
      ['too few weights', meta, weights.subarray(0, 3)],
      ['a weight that is not a number', meta, Float32Array.from(weights, (w, i) => (i === 7 ? Number.NaN : w))],
      ['no labels', { ...meta, labels: [] }, weights],
      ['pool weights that sum to 0', { ...meta, settings: { ...DEFAULT_SETTINGS, pool: { regression: 0, bayes: 0, centroid: 0 } } }, weights],
    ])('rejects %s with a clear error', (_, data, w) => {
      expect(() => TextClassifier.unpack(data, w)).toThrow(/^Not a trained text classifier: /);
    });
  });

  it('needs at least one example', () => {
    expect(() => TextClassifier.train([])).toThrow(/at least one example/);
  });
});

describe('text features', () => {
  it('keeps versions whole and expands negations', () => {
    expect(tokenize("Can't I upgrade 12.04 to MG-2.0?")).toEqual(['can', 'not', 'i', 'upgrade', '12.04', 'to', 'mg', '2.0']);
  });

  it('joins neighbouring content words so "shut down" meets "shutdown"', () => {
    expect(extractFeatures('how to shut down').features.has('w:shutdown')).toBe(true);
    expect(extractFeatures('shut the door down').features.has('w:shutdown')).toBe(false);
  });

  it('returns a unit-length vector and counts only content words and extras as content', () => {
    const { content, features } = extractFeatures('Must I credit the authors?', ['__one_license__']);
    expect(content).toEqual(['credit', 'author', '__one_license__']);
    expect([...features.values()].reduce((sum, v) => sum + v * v, 0)).toBeCloseTo(1, 10);
    expect(features.has('w:must')).toBe(true);
    expect(features.has('w:the')).toBe(false);
  });
});
