import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KnowledgeBase } from '../core/knowledge/knowledge-base.js';
import { trainingExample } from '../core/matcher/matcher.js';
import { TextClassifier } from '../core/matcher/text-classifier.js';
import { checkUtterances, UtteranceFileSchema } from '../core/matcher/utterances.js';
import { DataError, readJsonFile } from './load-knowledge.js';
import { projectRoot } from './paths.js';

/** Where the trained model is cached; `npm run build` writes it, start-up reads it. */
export const MODEL_CACHE = join(projectRoot, 'dist', 'intent-model.json');

const INTENTS_DIR = join(projectRoot, 'intents');

/** The utterance files under intents/, in a stable order. */
function utteranceFiles(dir = INTENTS_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

/**
 * What the trained model depends on: the utterances, the license data (ids are masked using it) and the
 * code that turns text into features. Any change to them makes the cache stale.
 */
function fingerprint(): string {
  // The TypeScript sources, not the compiled files, so tests (run from src/) and the command (run from
  // dist/) agree on the fingerprint.
  const code = ['text-classifier', 'text-features', 'entities', 'matcher', 'sanitize'].map((m) => join(projectRoot, 'src', 'core', 'matcher', `${m}.ts`));
  const inputs = [
    ...utteranceFiles(),
    ...readdirSync(join(projectRoot, 'data')).filter((f) => f.endsWith('.json')).sort().map((f) => join(projectRoot, 'data', f)),
    ...code,
  ];
  const hash = createHash('sha256');
  for (const f of inputs) hash.update(tryRead(f) ?? f);
  return hash.digest('hex');
}

function tryRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The cached model, or nothing when the file is missing or damaged (it is then rebuilt). */
function readCache(cache: string): { fingerprint?: string; model?: unknown } | undefined {
  try {
    return JSON.parse(tryRead(cache) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

function trainClassifier(kb: KnowledgeBase): TextClassifier {
  let utterances;
  try {
    utterances = checkUtterances(utteranceFiles().map((f) => readJsonFile(f, UtteranceFileSchema)));
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw new DataError(`intents/: ${(err as Error).message}`);
  }
  return TextClassifier.train(utterances.map((u) => trainingExample(u.text, u.label, kb)));
}

/**
 * The cached model when it matches the current inputs; otherwise trains one and refreshes the cache.
 * A cache hit only hashes the input files: validating the utterances is part of training.
 */
export function loadClassifier(kb: KnowledgeBase, cache = MODEL_CACHE): TextClassifier {
  const print = fingerprint();
  const cached = readCache(cache);
  if (cached?.fingerprint === print) {
    try {
      return TextClassifier.fromJSON(cached.model);
    } catch {
      // A damaged model is rebuilt like a stale one.
    }
  }
  const classifier = trainClassifier(kb);
  try {
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(cache, JSON.stringify({ fingerprint: print, model: classifier.toJSON() }));
  } catch {
    // A read-only install still works; it just trains at each start.
  }
  return classifier;
}
