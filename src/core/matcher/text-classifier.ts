import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { z } from 'zod';
import { DEFAULT_FEATURES, extractFeatures, type FeatureOptions, isContentWord, stem, tokenize } from './text-features.js';

/**
 * Intent classifier: an ensemble of three linear scorers over the features of text-features.ts.
 *
 * - Softmax logistic regression (our sparse SGD): the main, discriminative scorer. natural's own
 *   LogisticRegressionClassifier trains dense matrices by batch gradient descent and did not finish in
 *   ten minutes on 1500 utterances × 30 labels, so it is not used.
 * - natural's BayesClassifier, trained on the word-level features; its per-label counts are read back
 *   into a multinomial naive Bayes. natural's own scoring counts only the features a message has, which
 *   favours labels with few utterances, and loops over the whole vocabulary per call.
 * - A TF-IDF centroid per label: an utterance that shares a rare word with a label's examples leans to
 *   it even when the regression spread that word's weight over its neighbours.
 *
 * The three distributions are averaged, so scores sum to 1 over the labels and mean the same from one
 * message to the next. The settings a model is trained with are kept in it (its scoring reads some of
 * them); select-settings.ts chooses them by cross-validation on the training examples.
 */

export interface TrainingExample {
  text: string;
  label: string;
  features?: string[];
}
export interface Classification {
  label: string;
  score: number;
}
export interface ClassifierResult {
  /** All labels, best first; the scores sum to 1. */
  ranking: Classification[];
  /**
   * Share (0..1) of the message's content words (typos of training words included) and extra features
   * that training has seen; 0 when it has none, as for gibberish or a bare "how can I".
   */
  coverage: number;
}

/** The settings cross-validation may choose between (see select-settings.ts); the model keeps them. */
export interface ClassifierSettings {
  /** L2 decay of the regression's weights, per unit of learning rate. */
  l2: number;
  /** Passes of SGD over the training utterances. */
  epochs: number;
  /** Naive Bayes treats features as independent evidence and so is overconfident; its log-odds are divided by this. */
  bayesTemperature: number;
  /** Sharpness of the centroid scorer's softmax over cosine similarities (0..1). */
  centroidSharpness: number;
  /** Weights of the three distributions in the average. */
  pool: { regression: number; bayes: number; centroid: number };
  features: FeatureOptions;
}

/**
 * The regression leads; the two simpler scorers temper it where its evidence is thin. These are the
 * settings the bot trains with: selectSettings (5-fold ×3) on the bot's own utterances chooses them from
 * its grid (cv accuracy 0.836, against 0.833 to 0.834 for sharper centroids and 0.819 to 0.820 for heavier
 * character n-grams), but takes a minute, so the bot's build does not run it; re-check when the
 * utterances change much. The matcher's score thresholds are also set on the scale these settings give.
 */
export const DEFAULT_SETTINGS: ClassifierSettings = {
  l2: 3e-3,
  epochs: 50,
  bayesTemperature: 3,
  centroidSharpness: 5,
  pool: { regression: 1, bayes: 0.5, centroid: 0.5 },
  features: DEFAULT_FEATURES,
};
const SGD = { learningRate: 3, seed: 42 };
/** Jaro-Winkler similarity from which an unknown word is read as a typo of a known one. */
const TYPO_SIMILARITY = 0.93;
const TYPO_MIN_LENGTH = 4;
const TYPO_CACHE_LIMIT = 10_000;
/**
 * Share of a message's content words that training never saw. Training utterances get the share of their
 * words no other utterance has, so labels whose examples are varied (or off-topic) learn to absorb unknowns.
 */
const UNKNOWN_FEATURE = 'u:unknown';

/** Weights are rounded to this many significant digits and kept in single precision: half the memory, and a model reloads bit-identical. */
const PRECISION = 6;

/** A feature's weights for every label are rows of `labels.length` numbers in these flat matrices. */
interface Model {
  labels: string[];
  settings: ClassifierSettings;
  /** Feature key → row. */
  rows: Map<string, number>;
  bias: Float32Array;
  regression: Float32Array;
  /** Zero rows for character n-grams, which naive Bayes does not read. */
  bayes: Float32Array;
  centroid: Float32Array;
  idf: Float32Array;
  /** Content stems and extra features seen in training. */
  vocabulary: Set<string>;
  /** Content words as written in training, the candidates for typo correction. */
  words: string[];
}

export class TextClassifier {
  private readonly trigrams = new Map<string, string[]>();
  private readonly corrections = new Map<string, string>();

  private constructor(private readonly m: Model) {
    for (const w of m.words) {
      for (const g of trigramsOf(w)) {
        const list = this.trigrams.get(g);
        if (list) list.push(w);
        else this.trigrams.set(g, [w]);
      }
    }
  }

  static train(examples: TrainingExample[], settings: ClassifierSettings = DEFAULT_SETTINGS): TextClassifier {
    if (examples.length === 0) throw new Error('TextClassifier.train needs at least one example.');
    const labels = [...new Set(examples.map((e) => e.label))].sort();
    const index = new Map(labels.map((l, i) => [l, i]));
    const y = examples.map((e) => index.get(e.label)!);
    const docs = examples.map((e) => extractFeatures(e.text, e.features, undefined, settings.features));

    const df = new Map<string, number>();
    for (const d of docs) for (const c of new Set(d.content)) df.set(c, (df.get(c) ?? 0) + 1);
    const xs = docs.map((d) => withUnknownShare(d.features, d.content.filter((c) => df.get(c) === 1).length, d.content.length));

    const rows = new Map<string, number>();
    for (const x of xs) for (const key of x.keys()) if (!rows.has(key)) rows.set(key, rows.size);
    const sparse = xs.map((x) => toSparse(x, rows));
    const L = labels.length;
    const { weights: regression, bias } = trainRegression(sparse, y, L, rows.size, settings);
    const words = new Set(examples.flatMap((e) => tokenize(e.text).filter(isCorrectable)));
    return new TextClassifier({
      labels,
      settings,
      rows,
      bias: rounded(bias),
      regression: rounded(regression),
      bayes: rounded(trainBayes(xs, y, L, rows, settings.bayesTemperature)),
      ...trainCentroids(sparse, y, L, rows.size),
      vocabulary: new Set(df.keys()),
      words: [...words].sort(),
    });
  }

  classify(text: string, features: readonly string[] = []): ClassifierResult {
    const { labels, settings, rows, bias, regression: rw, bayes: bw, centroid: cw, idf, vocabulary } = this.m;
    const { pool, centroidSharpness } = settings;
    const L = labels.length;
    const { content, features: raw } = extractFeatures(text, features, this.correct, settings.features);
    const known = content.filter((c) => vocabulary.has(c)).length;
    const x = withUnknownShare(raw, content.length - known, content.length);

    const found: Array<[number, number]> = [];
    let norm = 0;
    let idfNorm = 0;
    for (const [key, value] of x) {
      const row = rows.get(key);
      if (row === undefined) continue;
      found.push([row, value]);
      norm += value * value;
      idfNorm += (value * idf[row]!) ** 2;
    }
    // Unknown features have no weights; the known ones are rescaled so a message is not judged weaker
    // for having words training never saw (the unknown-share feature speaks to that instead).
    norm = Math.sqrt(norm) || 1;
    idfNorm = Math.sqrt(idfNorm) || 1;
    const regression = Float64Array.from(bias);
    const bayes = new Float64Array(L);
    const centroid = new Float64Array(L);
    for (const [row, value] of found) {
      const r = value / norm;
      const q = (value * idf[row]! * centroidSharpness) / idfNorm;
      for (let c = 0, at = row * L; c < L; c++, at++) {
        regression[c]! += rw[at]! * r;
        bayes[c]! += bw[at]!;
        centroid[c]! += cw[at]! * q;
      }
    }

    softmaxInPlace(regression);
    softmaxInPlace(bayes);
    softmaxInPlace(centroid);
    const total = pool.regression + pool.bayes + pool.centroid;
    const ranking = labels.map((label, c) => ({
      label,
      score: (pool.regression * regression[c]! + pool.bayes * bayes[c]! + pool.centroid * centroid[c]!) / total,
    }));
    ranking.sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : 1));
    return { ranking, coverage: content.length > 0 ? known / content.length : 0 };
  }

  /** An unknown content word becomes the most similar training word, when one is similar enough. */
  private readonly correct = (word: string): string => {
    if (!isCorrectable(word) || this.m.vocabulary.has(stem(word))) return word;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    let best = word;
    let bestSimilarity = TYPO_SIMILARITY;
    const seen = new Set<string>();
    for (const g of trigramsOf(word)) {
      for (const candidate of this.trigrams.get(g) ?? []) {
        // A typo changes a word's length by a letter or two; skipping other candidates saves most comparisons.
        if (seen.has(candidate) || Math.abs(candidate.length - word.length) > 2) continue;
        seen.add(candidate);
        const similarity = jaroWinkler(word, candidate);
        if (similarity > bestSimilarity) [best, bestSimilarity] = [candidate, similarity];
      }
    }
    if (this.corrections.size >= TYPO_CACHE_LIMIT) this.corrections.clear();
    this.corrections.set(word, best);
    return best;
  };

  /** The model as a small JSON part and one block of weights; `unpack` turns them back into this model. */
  pack(): PackedModel {
    const m = this.m;
    const weights = new Float32Array(WEIGHTS.reduce((n, k) => n + m[k].length, 0));
    let at = 0;
    for (const k of WEIGHTS) {
      weights.set(m[k], at);
      at += m[k].length;
    }
    const meta = { format: FORMAT, labels: m.labels, settings: m.settings, features: [...m.rows.keys()], vocabulary: [...m.vocabulary], words: m.words };
    return { meta, weights };
  }

  /** A packed model back; the weights are used in place, not copied. */
  static unpack(meta: unknown, weights: Float32Array): TextClassifier {
    const parsed = MetaSchema.safeParse(meta);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`Not a trained text classifier: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
    }
    const j = parsed.data;
    const L = j.labels.length;
    const F = j.features.length;
    const sizes: Record<Weight, number> = { bias: L, regression: F * L, bayes: F * L, centroid: F * L, idf: F };
    const total = WEIGHTS.reduce((n, k) => n + sizes[k], 0);
    if (weights.length !== total) throw new Error(`Not a trained text classifier: expected ${total} weights, found ${weights.length}`);
    if (!weights.every(Number.isFinite)) throw new Error('Not a trained text classifier: a weight is not a finite number');
    const starts = WEIGHTS.map((_, i) => WEIGHTS.slice(0, i).reduce((n, k) => n + sizes[k], 0));
    const [bias, regression, bayes, centroid, idf] = WEIGHTS.map((k, i) => weights.subarray(starts[i]!, starts[i]! + sizes[k])) as [
      Float32Array,
      Float32Array,
      Float32Array,
      Float32Array,
      Float32Array,
    ];
    return new TextClassifier({
      labels: j.labels,
      settings: j.settings,
      rows: new Map(j.features.map((key, row) => [key, row])),
      bias,
      regression,
      bayes,
      centroid,
      idf,
      vocabulary: new Set(j.vocabulary),
      words: j.words,
    });
  }
}

const FORMAT = 'modelgo-text-classifier/3' as const;

/** The weight arrays, in the order a packed model holds them. */
const WEIGHTS = ['bias', 'regression', 'bayes', 'centroid', 'idf'] as const;
type Weight = (typeof WEIGHTS)[number];

const MetaSchema = z
  .strictObject({
    format: z.literal(FORMAT),
    labels: z.array(z.string()).min(1),
    settings: z.strictObject({
      l2: z.number().min(0),
      epochs: z.int().min(0),
      bayesTemperature: z.number().positive(),
      centroidSharpness: z.number().min(0),
      pool: z
        .strictObject({ regression: z.number().min(0), bayes: z.number().min(0), centroid: z.number().min(0) })
        .refine((p) => p.regression + p.bayes + p.centroid > 0, 'the pool weights sum to 0'),
      features: z.strictObject({ charGramMass: z.number().min(0) }),
    }),
    features: z.array(z.string()),
    vocabulary: z.array(z.string()),
    words: z.array(z.string()),
  })
  .refine((m) => new Set(m.features).size === m.features.length, { path: ['features'], message: 'duplicate feature' });

/**
 * A trained model as its JSON-sized part and its weights in one block of numbers: loading it reads a
 * few megabytes into place instead of parsing a million numbers out of JSON.
 */
export interface PackedModel {
  meta: z.infer<typeof MetaSchema>;
  weights: Float32Array;
}

function isCorrectable(word: string): boolean {
  return word.length >= TYPO_MIN_LENGTH && isContentWord(word) && !/\p{N}/u.test(word);
}

function trigramsOf(word: string): string[] {
  const padded = `<${word}>`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

function withUnknownShare(features: Map<string, number>, unknown: number, total: number): Map<string, number> {
  if (unknown === 0) return features;
  return new Map(features).set(UNKNOWN_FEATURE, unknown / total);
}

/** A unit-length feature vector as parallel arrays of rows and values. */
interface Sparse {
  rows: Int32Array;
  values: Float64Array;
}

function toSparse(x: Map<string, number>, rows: Map<string, number>): Sparse {
  let norm = 0;
  for (const v of x.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return { rows: Int32Array.from(x.keys(), (key) => rows.get(key)!), values: Float64Array.from(x.values(), (v) => v / norm) };
}

function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += z[i] = Math.exp(z[i]! - max);
  for (let i = 0; i < z.length; i++) z[i]! /= sum;
}

/** Trained weights as the model keeps them: rounded, in single precision, the same whether trained or loaded. */
function rounded(values: Float64Array): Float32Array {
  return Float32Array.from(values, (v) => Number(v.toPrecision(PRECISION)));
}

/** Deterministic shuffles: the same utterances always train the same model. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Multinomial logistic regression by stochastic gradient descent on unit-length feature vectors.
 * Each label weighs the same in total, whatever its number of utterances, so no intent wins on prior
 * alone; L2 decay is applied to the weights an example touches.
 */
function trainRegression(xs: Sparse[], y: number[], L: number, F: number, { epochs, l2 }: ClassifierSettings): { weights: Float64Array; bias: Float64Array } {
  const weights = new Float64Array(F * L);
  const bias = new Float64Array(L);
  const perLabel = new Array<number>(L).fill(0);
  for (const c of y) perLabel[c]!++;
  const n = xs.length;
  const labelWeight = perLabel.map((count) => n / (L * count));
  const order = xs.map((_, i) => i);
  const random = lcg(SGD.seed);
  const p = new Float64Array(L);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) {
      const { rows, values } = xs[d]!;
      const rate = (labelWeight[y[d]!]! * SGD.learningRate) / (1 + step++ / n);
      p.set(bias);
      for (let k = 0; k < rows.length; k++) {
        const at = rows[k]! * L;
        const v = values[k]!;
        for (let c = 0; c < L; c++) p[c]! += weights[at + c]! * v;
      }
      softmaxInPlace(p);
      p[y[d]!]! -= 1;
      for (let c = 0; c < L; c++) bias[c]! -= rate * p[c]!;
      const decay = 1 - rate * l2;
      for (let k = 0; k < rows.length; k++) {
        const at = rows[k]! * L;
        const v = values[k]!;
        for (let c = 0; c < L; c++) weights[at + c] = weights[at + c]! * decay - rate * p[c]! * v;
      }
    }
  }
  return { weights, bias };
}

/**
 * natural's BayesClassifier learns, per label, how many utterances hold each word-level feature; those
 * counts become a multinomial naive Bayes with add-one smoothing and even priors, tempered.
 */
function trainBayes(xs: Map<string, number>[], y: number[], L: number, rows: Map<string, number>, temperature: number): Float64Array {
  const natural = new BayesClassifier();
  // Labels go in as indices: natural trims label strings, and indices map back exactly.
  for (const [i, x] of xs.entries())
    natural.addDocument(
      [...x.keys()].filter((k) => !k.startsWith('c:')),
      String(y[i]),
    );
  natural.train();
  const keys = Object.keys(natural.features);
  const { classFeatures, smoothing } = natural.classifier;
  const counts = Array.from({ length: L }, (_, c) => keys.map((_, i) => (classFeatures[String(c)]?.[i] ?? smoothing) - smoothing));
  const totals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const logLikelihood = new Float64Array(rows.size * L);
  keys.forEach((key, i) => {
    const at = rows.get(key)! * L;
    for (let c = 0; c < L; c++) {
      logLikelihood[at + c] = Math.log((counts[c]![i]! + smoothing) / (totals[c]! + smoothing * keys.length)) / temperature;
    }
  });
  return logLikelihood;
}

/** Mean TF-IDF vector of each label's utterances, with idf = ln(1 + N/df). */
function trainCentroids(xs: Sparse[], y: number[], L: number, F: number): { centroid: Float32Array; idf: Float32Array } {
  const df = new Float64Array(F);
  for (const x of xs) for (const row of x.rows) df[row]!++;
  const idf = rounded(df.map((count) => Math.log(1 + xs.length / count)));
  const perLabel = new Array<number>(L).fill(0);
  for (const c of y) perLabel[c]!++;
  const centroid = new Float64Array(F * L);
  xs.forEach(({ rows, values }, d) => {
    const weighted = values.map((v, k) => v * idf[rows[k]!]!);
    const norm = Math.hypot(...weighted) || 1;
    const c = y[d]!;
    rows.forEach((row, k) => {
      centroid[row * L + c]! += weighted[k]! / norm / perLabel[c]!;
    });
  });
  return { centroid: rounded(centroid), idf: Float32Array.from(idf) };
}
