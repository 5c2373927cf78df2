import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KnowledgeBase } from '../core/knowledge/knowledge-base.js';
import { trainingExample } from '../core/matcher/matcher.js';
import { DEFAULT_SETTINGS, TextClassifier } from '../core/matcher/text-classifier.js';
import { checkUtterances, type LabelledUtterance, UtteranceFileSchema } from '../core/matcher/utterances.js';
import { DataError, readJsonFile } from './load-knowledge.js';
import { modelFingerprint } from './model-fingerprint.js';
import { projectRoot } from './paths.js';

/** Where the trained model is cached; `npm run build` writes it, start-up reads it. */
export const MODEL_CACHE = join(projectRoot, 'dist', 'intent-model.json');

const INTENTS_DIR = join(projectRoot, 'intents');

/** The utterance files under intents/, in a stable order. */
function utteranceFiles(dir = INTENTS_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** One line on stderr: the bot still answers, only slower to start, so this is a warning, not a stop. */
const warnOnStderr = (message: string): void => void process.stderr.write(`modelgo-bot: ${message}\n`);

/** The cached model, or nothing when there is none yet, or when it cannot be read (it is then rebuilt). */
function readCache(cache: string, warn: (message: string) => void): { fingerprint?: string; model?: unknown } | undefined {
  let text: string;
  try {
    text = readFileSync(cache, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warn(`cannot read the intent model cache ${cache} (${(err as Error).message}); retraining`);
    return undefined;
  }
  try {
    return JSON.parse(text) ?? undefined;
  } catch {
    warn(`the intent model cache ${cache} is damaged; retraining`);
    return undefined;
  }
}

function trainClassifier(kb: KnowledgeBase): TextClassifier {
  let utterances: LabelledUtterance[];
  try {
    utterances = checkUtterances(utteranceFiles().map((f) => readJsonFile(f, UtteranceFileSchema)));
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw new DataError(`intents/: ${(err as Error).message}`);
  }
  // Fixed settings, the ones cross-validation on these utterances chooses (see DEFAULT_SETTINGS): running
  // the choice at each build would take a minute.
  return TextClassifier.train(
    utterances.map((u) => trainingExample(u.text, u.label, kb)),
    DEFAULT_SETTINGS,
  );
}

/**
 * The cached model when it matches the current inputs; otherwise trains one and refreshes the cache.
 * A cache hit only hashes the input files: validating the utterances is part of training.
 */
export function loadClassifier(kb: KnowledgeBase, cache = MODEL_CACHE, warn = warnOnStderr): TextClassifier {
  const print = modelFingerprint();
  const cached = readCache(cache, warn);
  if (cached?.fingerprint === print) {
    try {
      return TextClassifier.fromJSON(cached.model);
    } catch (err) {
      warn(`the intent model cache ${cache} holds no usable model (${(err as Error).message}); retraining`);
    }
  }
  const classifier = trainClassifier(kb);
  try {
    mkdirSync(dirname(cache), { recursive: true });
    // Written aside and renamed, so a process starting meanwhile never reads half a model.
    const partial = `${cache}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify({ fingerprint: print, model: classifier.toJSON() }));
    renameSync(partial, cache);
  } catch (err) {
    // A read-only install still works; it just trains at each start.
    warn(`cannot write the intent model cache ${cache} (${(err as Error).message}); the model is retrained at each start`);
  }
  return classifier;
}
