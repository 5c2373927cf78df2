import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { RegexpTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';

/**
 * Turns a message into the weighted features the intent classifier reads. Pure: no I/O, no state
 * except a stem cache.
 *
 * natural's default stop-word list drops can/must/should/only/not/what/how…, which are exactly the words
 * that separate "can I…" from "must I…" here, so the policy is our own: a handful of words that never
 * carry intent are dropped, and closed-class "function words" are kept as features but are not content
 * (no character n-grams, no compounds, not counted for coverage).
 */

const DROPPED = new Set([
  'a',
  'an',
  'the',
  'i',
  'me',
  'my',
  'mine',
  'we',
  'our',
  'us',
  'you',
  'your',
  'it',
  'its',
  'is',
  'am',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'this',
  'that',
  'these',
  'those',
  's',
  'please',
]);

const FUNCTION_WORDS = new Set([
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'into',
  'about',
  'between',
  'after',
  'before',
  'without',
  'and',
  'or',
  'if',
  'as',
  'than',
  'then',
  'so',
  'like',
  'there',
  'some',
  'any',
  'all',
  'only',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'get',
  'not',
  'no',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'will',
  'would',
  'how',
  'what',
  'which',
  'when',
  'where',
  'why',
  'who',
]);

/** Words, numbers and dotted versions ("12.04", "2.0") stay whole; everything else separates. */
const tokenizer = new RegexpTokenizer({ pattern: /[\p{L}\p{N}]+(?:\.\p{N}+)*/gu, gaps: false });

const CHAR_GRAMS = [3, 4];
const STEM_CACHE_LIMIT = 50_000;

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/n't\b/g, ' not')
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
}

export function tokenize(text: string): string[] {
  return tokenizer.tokenize(normalise(text)) ?? [];
}

/** Content words carry the topic; the rest is grammar (see the lists above). */
export function isContentWord(token: string): boolean {
  return !DROPPED.has(token) && !FUNCTION_WORDS.has(token);
}

// Porter stemming costs ~2 µs a word and chat vocabulary repeats, so stems are memoised.
const stems = new Map<string, string>();
export function stem(token: string): string {
  let s = stems.get(token);
  if (s === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    s = PorterStemmer.stem(token);
    stems.set(token, s);
  }
  return s;
}

export interface FeatureOptions {
  /** Length (L2) of one word's block of character n-grams, against 1 for the word itself, whatever its length (0: none). */
  charGramMass: number;
}
export const DEFAULT_FEATURES: FeatureOptions = { charGramMass: 1.5 };

export interface TextFeatures {
  /** Stems of the content words, then the extra feature tokens: what coverage is measured on. */
  content: string[];
  /** Feature key → weight, unit length. Keys are prefixed by kind: w: word, c: character n-gram, s: shape, f: extra. */
  features: Map<string, number>;
}

/**
 * Features of one message: word stems, joined neighbours ("set up" also gives "setup"), character
 * n-grams of content words (typos and word variants still overlap), a shape for numbers and versions,
 * and the caller's extra tokens. `correct` may replace an unknown content word before any of that.
 */
export function extractFeatures(
  text: string,
  extra: readonly string[] = [],
  correct?: (word: string) => string,
  { charGramMass }: FeatureOptions = DEFAULT_FEATURES,
): TextFeatures {
  const tokens = tokenize(text).map((t) => (correct && isContentWord(t) ? correct(t) : t));
  const content: string[] = [];
  const features = new Map<string, number>();
  const put = (key: string, weight: number): void => {
    features.set(key, Math.max(features.get(key) ?? 0, weight));
  };

  tokens.forEach((token, i) => {
    if (DROPPED.has(token)) return;
    const s = stem(token);
    put(`w:${s}`, 1);
    if (!isContentWord(token)) return;
    content.push(s);
    if (/\p{N}/u.test(token)) {
      put(token.includes('.') ? 's:version' : 's:number', 1);
    } else {
      if (charGramMass > 0) addCharGrams(token, charGramMass, put);
    }
    const next = tokens[i + 1];
    if (next !== undefined && isContentWord(next)) put(`w:${stem(token + next)}`, 1);
  });
  for (const f of extra) {
    content.push(f);
    put(`f:${f}`, 1);
  }

  let norm = 0;
  for (const v of features.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (const [k, v] of features) features.set(k, v / norm);
  return { content, features };
}

function addCharGrams(word: string, mass: number, put: (key: string, weight: number) => void): void {
  const padded = `<${word}>`;
  const count = CHAR_GRAMS.reduce((sum, n) => sum + Math.max(0, padded.length - n + 1), 0);
  const weight = mass / Math.sqrt(count);
  for (const n of CHAR_GRAMS) {
    for (let j = 0; j + n <= padded.length; j++) put(`c:${padded.slice(j, j + n)}`, weight);
  }
}
