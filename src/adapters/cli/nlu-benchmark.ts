import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { TextClassifier } from '../../core/matcher/text-classifier.js';
import { DataError } from '../../runtime/load-knowledge.js';
import { projectRoot } from '../../runtime/paths.js';

/**
 * The matcher's classifier, with the bot's settings, on the intent corpora of Braun et al. (SIGdial 2017):
 * train on the sentences marked `training`, classify the rest, count the top label. Accuracy equals
 * micro-F1 when every sentence has one label; "overall" pools the test sentences of all corpora.
 */

/** The corpora kept in the repository, with their license. */
export const DEFAULT_CORPORA = join(projectRoot, 'benchmarks', 'nlu-evaluation-corpora');

export interface NluBenchmarkResult {
  corpora: Record<string, number>;
  overall: number;
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
  let correct = 0;
  let total = 0;
  for (const file of files) {
    const parsed = CorpusSchema.safeParse(parseJson(await readFile(join(dir, file), 'utf8')));
    if (!parsed.success) throw new DataError(`${file}: not an NLU corpus: ${parsed.error.issues[0]?.message}`);
    const { sentences } = parsed.data;
    const test = sentences.filter((s) => !s.training);
    if (test.length === 0) throw new DataError(`${file}: no test sentences.`);
    const classifier = TextClassifier.train(sentences.filter((s) => s.training).map((s) => ({ text: s.text, label: s.intent })));
    const right = test.filter((s) => classifier.classify(s.text).ranking[0]?.label === s.intent).length;
    corpora[basename(file, '.json')] = right / test.length;
    correct += right;
    total += test.length;
  }
  return { corpora, overall: correct / total };
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
  const rows = [...Object.entries(result.corpora), ['overall', result.overall] as const];
  const width = Math.max(...rows.map(([name]) => name.length));
  return [
    `${'corpus'.padEnd(width)}  accuracy`,
    ...rows.map(([name, accuracy]) => `${name.padEnd(width)}  ${accuracy.toFixed(3)}`),
    `(${REFERENCE.name}, the best published: ${REFERENCE.overall.toFixed(3)} overall)`,
  ].join('\n');
}
