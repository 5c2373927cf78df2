import { type ClassifierSettings, DEFAULT_SETTINGS, lcg, TextClassifier, type TrainingExample } from './text-classifier.js';

/**
 * Picks the classifier's settings for a set of training examples by k-fold cross-validation on those
 * examples alone: nothing else is read, so a held-out test set cannot leak into the choice.
 */

/**
 * The settings tried, the default first. Cross-validation on the NLU benchmark's training sentences and on
 * the bot's own utterances moved with these two knobs and hardly with the others (L2 decay, epochs, naive
 * Bayes temperature, pairs of neighbouring words as features): how far the centroid scorer speaks in the average, and how much
 * character n-grams weigh, which pays where typos and word variants are common.
 */
export const SETTINGS_GRID: readonly ClassifierSettings[] = [5, 10, 20].flatMap((centroidSharpness) =>
  [1.5, 3].map((charGramMass) => ({ ...DEFAULT_SETTINGS, centroidSharpness, features: { ...DEFAULT_SETTINGS.features, charGramMass } })),
);

export interface CrossValidation {
  folds: number;
  /** Each repetition deals the examples into folds anew; their results are averaged. */
  repeats: number;
  seed: number;
}
export const DEFAULT_CROSS_VALIDATION: CrossValidation = { folds: 5, repeats: 3, seed: 7 };

export interface Score {
  /** Share of held-out examples whose top label is right. */
  accuracy: number;
  /** Mean log-probability of the right label: finer than accuracy, so it breaks ties. */
  logLikelihood: number;
}
export interface Selection extends Score {
  settings: ClassifierSettings;
  /** Every setting tried, in grid order. */
  tried: Array<Score & { settings: ClassifierSettings }>;
}

/** An example whose label its fold's training lacks can only be wrong; its probability counts as this. */
const ABSENT_LABEL_PROBABILITY = 1e-4;

/**
 * The best settings of `grid` by cross-validated accuracy, then log-likelihood, then grid order. The
 * figures are those of the chosen setting, so slightly optimistic: they are the best of several tries.
 */
export function selectSettings(
  examples: readonly TrainingExample[],
  grid: readonly ClassifierSettings[] = SETTINGS_GRID,
  cv: CrossValidation = DEFAULT_CROSS_VALIDATION,
): Selection {
  if (grid.length === 0) throw new Error('selectSettings needs at least one setting to try.');
  const assignments = Array.from({ length: cv.repeats }, (_, r) => assignFolds(examples, cv.folds, r === 0 ? undefined : cv.seed + r));
  const tried = grid.map((settings) => ({ settings, ...crossValidate(examples, settings, assignments) }));
  const best = tried.reduce((b, t) => (t.accuracy > b.accuracy || (t.accuracy === b.accuracy && t.logLikelihood > b.logLikelihood) ? t : b));
  return { ...best, tried };
}

/**
 * Stratified folds: each label's examples are dealt in turn (in the order given, or shuffled by `seed`),
 * so every fold holds about the same share of every label.
 */
export function assignFolds(examples: readonly TrainingExample[], folds: number, seed?: number): number[] {
  const byLabel = new Map<string, number[]>();
  examples.forEach((e, i) => {
    const list = byLabel.get(e.label);
    if (list) list.push(i);
    else byLabel.set(e.label, [i]);
  });
  const random = seed === undefined ? undefined : lcg(seed);
  const fold = new Array<number>(examples.length);
  let dealt = 0;
  for (const label of [...byLabel.keys()].sort()) {
    const indices = byLabel.get(label)!;
    if (random) {
      for (let i = indices.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [indices[i], indices[j]] = [indices[j]!, indices[i]!];
      }
    }
    for (const i of indices) fold[i] = dealt++ % folds;
  }
  return fold;
}

/** Accuracy and log-likelihood over every fold of every assignment (an assignment maps example → fold). */
export function crossValidate(examples: readonly TrainingExample[], settings: ClassifierSettings, assignments: readonly number[][]): Score {
  let right = 0;
  let logLikelihood = 0;
  let scored = 0;
  for (const fold of assignments) {
    for (const k of new Set(fold)) {
      const held = examples.filter((_, i) => fold[i] === k);
      const rest = examples.filter((_, i) => fold[i] !== k);
      if (rest.length === 0) continue;
      const classifier = TextClassifier.train(rest, settings);
      for (const e of held) {
        const { ranking } = classifier.classify(e.text, e.features);
        if (ranking[0]?.label === e.label) right++;
        logLikelihood += Math.log(ranking.find((r) => r.label === e.label)?.score ?? ABSENT_LABEL_PROBABILITY);
        scored++;
      }
    }
  }
  return { accuracy: scored > 0 ? right / scored : 0, logLikelihood: scored > 0 ? logLikelihood / scored : 0 };
}
