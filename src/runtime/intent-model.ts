import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isLexiconLanguage, LANGUAGES, type Language } from '../core/domain/languages.js';
import type { KnowledgeBase } from '../core/knowledge/knowledge-base.js';
import { trainingExample } from '../core/matcher/matcher.js';
import { DEFAULT_SETTINGS, TextClassifier } from '../core/matcher/text-classifier.js';
import { checkUtterances, type LabelledUtterance, UtteranceFileSchema } from '../core/matcher/utterances.js';
import { DataError, readJsonFile } from './load-knowledge.js';
import { loadLexicons } from './load-lexicons.js';
import { modelFingerprint } from './model-fingerprint.js';
import { projectRoot } from './paths.js';

/** Where the trained model is cached; `npm run build` writes it, start-up reads it. */
export const MODEL_CACHE = join(projectRoot, 'dist', 'intent-model.bin');

const INTENTS_DIR = join(projectRoot, 'intents');

/** Folders under intents/ that hold no English utterances: the lexicons, and each other language's utterances. */
const NOT_ENGLISH = new Set<string>(['lexicon', ...LANGUAGES.filter((l) => l !== 'en')]);

/**
 * The utterance files of one language, in a stable order: English ones under intents/ (the other
 * languages' folders aside), another language's under intents/<language>/, which must exist.
 */
function utteranceFiles(language: Language, root = INTENTS_DIR): string[] {
  const dir = language === 'en' ? root : join(root, language);
  if (!existsSync(dir)) throw new DataError(`${dir}: missing; every language in LANGUAGES needs its training utterances there`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && !(language === 'en' && NOT_ENGLISH.has(f.split(/[\\/]/)[0]!)))
    .sort()
    .map((f) => join(dir, f));
}

function readUtterances(language: Language): LabelledUtterance[] {
  try {
    return checkUtterances(utteranceFiles(language).map((f) => readJsonFile(f, UtteranceFileSchema)));
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw new DataError(`intents/${language === 'en' ? '' : `${language}/`}: ${(err as Error).message}`);
  }
}

/** One line on stderr: the bot still answers, only slower to start, so this is a warning, not a stop. */
const warnOnStderr = (message: string): void => void process.stderr.write(`modelgo-bot: ${message}\n`);

/**
 * The cache file: a 4-byte length, a JSON header (the fingerprint, and per language the model's small
 * part and where its weights start), padding to 4 bytes, then every model's weights as float32s.
 * Start-up thus reads the weights into place instead of parsing them out of JSON.
 */
interface CacheHeader {
  fingerprint: string;
  models: Record<string, { meta: unknown; offset: number; length: number }>;
}

function encodeCache(fingerprint: string, classifiers: Record<Language, TextClassifier>): Buffer {
  const packed = LANGUAGES.map((l) => [l, classifiers[l].pack()] as const);
  let offset = 0;
  const models: CacheHeader['models'] = {};
  for (const [l, p] of packed) {
    models[l] = { meta: p.meta, offset, length: p.weights.length };
    offset += p.weights.length;
  }
  const header = Buffer.from(JSON.stringify({ fingerprint, models } satisfies CacheHeader));
  const start = Math.ceil((4 + header.length) / 4) * 4;
  const out = Buffer.alloc(start + offset * 4);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  const weights = new Float32Array(out.buffer, out.byteOffset + start, offset);
  for (const [l, p] of packed) weights.set(p.weights, models[l]!.offset);
  return out;
}

function decodeCache(bytes: Buffer): { header: CacheHeader; weights: Float32Array } {
  const length = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as CacheHeader;
  const start = Math.ceil((4 + length) / 4) * 4;
  // A Float32Array needs a 4-byte-aligned start; a file read whole usually has one, else copy it once.
  const aligned = (bytes.byteOffset + start) % 4 === 0 ? bytes : Buffer.from(bytes);
  return { header, weights: new Float32Array(aligned.buffer, aligned.byteOffset + start, (bytes.length - start) / 4) };
}

/** The header of a cache file, for checking what it holds. */
export function readCacheHeader(cache: string): CacheHeader {
  return decodeCache(readFileSync(cache)).header;
}

/** The cached models when they match `fingerprint`; nothing when there is no cache yet or it cannot be used (they are then rebuilt). */
function readCache(cache: string, fingerprint: string, warn: (message: string) => void): Record<Language, TextClassifier> | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cache);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warn(`cannot read the intent model cache ${cache} (${(err as Error).message}); retraining`);
    return undefined;
  }
  let decoded: ReturnType<typeof decodeCache>;
  try {
    decoded = decodeCache(bytes);
  } catch {
    warn(`the intent model cache ${cache} is damaged; retraining`);
    return undefined;
  }
  const { header, weights } = decoded;
  if (header.fingerprint !== fingerprint) return undefined;
  try {
    return Object.fromEntries(
      LANGUAGES.map((l) => {
        const entry = header.models[l];
        if (!entry) throw new Error(`no model for ${l}`);
        return [l, TextClassifier.unpack(entry.meta, weights.subarray(entry.offset, entry.offset + entry.length))];
      }),
    ) as Record<Language, TextClassifier>;
  } catch (err) {
    warn(`the intent model cache ${cache} holds no usable model (${(err as Error).message}); retraining`);
    return undefined;
  }
}

/**
 * One classifier per language. English learns from the English utterances alone, so adding a language
 * never changes how English is read; another language learns from the English ones and its own, each
 * prepared through its lexicon as a live message in that language is.
 */
function trainClassifiers(kb: KnowledgeBase): Record<Language, TextClassifier> {
  const lexicons = loadLexicons();
  // Fixed settings, the ones cross-validation on the utterances chooses (see DEFAULT_SETTINGS): choosing at each build would take a minute.
  const english = readUtterances('en').map((u) => trainingExample(u.text, u.label, kb));
  return Object.fromEntries(
    LANGUAGES.map((language) => {
      if (!isLexiconLanguage(language)) return [language, TextClassifier.train(english, DEFAULT_SETTINGS)];
      const own = readUtterances(language).map((u) => trainingExample(u.text, u.label, kb, lexicons[language]));
      return [language, TextClassifier.train([...english, ...own], DEFAULT_SETTINGS)];
    }),
  ) as Record<Language, TextClassifier>;
}

/**
 * The cached model when it matches the current inputs; otherwise trains one and refreshes the cache.
 * A cache hit only hashes the input files: validating the utterances is part of training.
 */
export function loadClassifiers(kb: KnowledgeBase, cache = MODEL_CACHE, warn = warnOnStderr): Record<Language, TextClassifier> {
  const print = modelFingerprint();
  const cached = readCache(cache, print, warn);
  if (cached) return cached;
  const classifiers = trainClassifiers(kb);
  try {
    mkdirSync(dirname(cache), { recursive: true });
    // Written aside and renamed, so a process starting meanwhile never reads half a model.
    const partial = `${cache}.${process.pid}.tmp`;
    writeFileSync(partial, encodeCache(print, classifiers));
    renameSync(partial, cache);
  } catch (err) {
    // A read-only install still works; it just trains at each start.
    warn(`cannot write the intent model cache ${cache} (${(err as Error).message}); the model is retrained at each start`);
  }
  return classifiers;
}

/** The English classifier alone, as the bot read before it had other languages. */
export function loadClassifier(kb: KnowledgeBase, cache = MODEL_CACHE, warn = warnOnStderr): TextClassifier {
  return loadClassifiers(kb, cache, warn).en;
}
