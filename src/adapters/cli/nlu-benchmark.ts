import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_CROSS_VALIDATION, selectSettings } from '../../core/matcher/select-settings.js';
import { type ClassifierSettings, TextClassifier } from '../../core/matcher/text-classifier.js';
import { DataError } from '../../runtime/load-knowledge.js';
import { projectRoot } from '../../runtime/paths.js';

/**
 * The matcher's classifier on the intent corpora of Braun et al. (SIGdial 2017): for each corpus, settings
 * are chosen by cross-validation on the sentences marked `training` (select-settings.ts), a model with them
 * is trained on those sentences, and the rest are classified, counting the top label. Accuracy equals
 * micro-F1 when every sentence has one label; "overall" pools the test sentences of all corpora.
 */

/** The corpora kept in the repository, with their license. */
export const DEFAULT_CORPORA = join(projectRoot, 'benchmarks', 'nlu-evaluation-corpora');

export interface NluBenchmarkResult {
  /** Test accuracy per corpus. */
  corpora: Record<string, number>;
  /** Test accuracy over the test sentences of all corpora. */
  overall: number;
  /** Cross-validated accuracy of the chosen settings on the training sentences, per corpus and pooled. */
  crossValidation: { folds: number; repeats: number; corpora: Record<string, number>; overall: number };
  /** The settings cross-validation chose for each corpus. */
  settings: Record<string, ClassifierSettings>;
}

/** Published and re-measured best on these corpora (nlp.js 4, see the platform notes §2.4). */
const REFERENCE = { name: 'nlp.js', overall: 0.931 };

const CorpusSchema = z.object({
  sentences: z.array(z.object({ text: z.string(), intent: z.string(), training: z.boolean() })).min(1),
});

export async function runNluBenchmark(dir: string): Promise<NluBenchmarkResult> {
  const files = (await listCorpora(dir)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new DataError(`No corpus (*.json) in ${dir}.`);
  const corpora: Record<string, number> = {};
  const cv: Record<string, number> = {};
  const settings: Record<string, ClassifierSettings> = {};
  let correct = 0;
  let total = 0;
  let cvCorrect = 0;
  let cvTotal = 0;
  for (const file of files) {
    const parsed = CorpusSchema.safeParse(parseJson(await readFile(join(dir, file), 'utf8')));
    if (!parsed.success) throw new DataError(`${file}: not an NLU corpus: ${parsed.error.issues[0]?.message}`);
    const { sentences } = parsed.data;
    const test = sentences.filter((s) => !s.training);
    if (test.length === 0) throw new DataError(`${file}: no test sentences.`);
    const training = sentences.filter((s) => s.training).map((s) => ({ text: s.text, label: s.intent }));
    if (training.length === 0) throw new DataError(`${file}: no training sentences.`);
    // Only the training sentences go into the choice of settings.
    const chosen = selectSettings(training);
    const classifier = TextClassifier.train(training, chosen.settings);
    const right = test.filter((s) => classifier.classify(s.text).ranking[0]?.label === s.intent).length;
    const name = basename(file, '.json');
    corpora[name] = right / test.length;
    cv[name] = chosen.accuracy;
    settings[name] = chosen.settings;
    correct += right;
    total += test.length;
    cvCorrect += chosen.accuracy * training.length;
    cvTotal += training.length;
  }
  const { folds, repeats } = DEFAULT_CROSS_VALIDATION;
  return { corpora, overall: correct / total, crossValidation: { folds, repeats, corpora: cv, overall: cvCorrect / cvTotal }, settings };
}

async function listCorpora(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (err) {
    throw new DataError(`cannot read the NLU corpora folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** Not JSON reads as "not an NLU corpus", with the file's name, like a file of the wrong shape. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function formatNluBenchmark(result: NluBenchmarkResult): string {
  const { crossValidation: cv } = result;
  const rows = [
    ...Object.entries(result.corpora).map(([name, test]) => [name, test, cv.corpora[name] ?? Number.NaN] as const),
    ['overall', result.overall, cv.overall] as const,
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return [
    `${'corpus'.padEnd(width)}  test   cv`,
    ...rows.map(([name, test, validated]) => `${name.padEnd(width)}  ${test.toFixed(3)}  ${validated.toFixed(3)}`),
    `(test: accuracy = micro-F1 on the test sentences; cv: ${cv.folds}-fold cross-validation ×${cv.repeats} on the training sentences, which chose the settings)`,
    `(${REFERENCE.name}, the best published: ${REFERENCE.overall.toFixed(3)} overall)`,
  ].join('\n');
}
