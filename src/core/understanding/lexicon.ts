import { z } from 'zod';
import { LanguageSchema, type LexiconLanguage } from '../domain/languages.js';

/**
 * A language's lexicon: how a Chinese or Spanish message becomes the English reading text the readers
 * and the classifier already understand. Plain data under `intents/lexicon/<language>.json`, validated
 * here; loading happens at the edge.
 *
 * - `segmentation`: `words` for languages written with spaces (phrases match whole words), `characters`
 *   for Chinese (phrases match anywhere, longest first; the rest is cut into words by `Intl.Segmenter`).
 * - `characters`: single characters folded before matching: traditional to simplified Chinese, accented
 *   to plain Spanish letters, "¿" to nothing. Upper case is folded too.
 * - `polarity`: question shapes, tried in order, the first that matches only: its markers (what the
 *   pattern matches outside its capture groups) are taken out, `front` opens the reading text and `end`
 *   closes it ("可以…吗" → "can i … ?", "¿no hace falta…?" → "i do not have to … right?").
 * - `phrases`: native phrase → the English the readers know ("合并" → "merge", "fusionar" → "merge");
 *   an empty value drops the phrase. Keys are written as people write them; they are folded like messages.
 */

const Pattern = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be a valid regular expression' },
);
/** What the English readers consume: plain ASCII, so it is never read as the native language again. */
const Canonical = z.string().regex(/^[\x20-\x7e]*$/, 'must be plain English (ASCII)');

export const LexiconFileSchema = z.strictObject({
  language: LanguageSchema.exclude(['en']),
  segmentation: z.enum(['words', 'characters']),
  characters: z.record(z.string().length(1, 'a folded character is one character'), z.string().max(1)).default({}),
  polarity: z.array(z.strictObject({ pattern: Pattern, front: Canonical, end: Canonical.default('') })).default([]),
  phrases: z.record(z.string().trim().min(1, 'a phrase must not be empty'), Canonical),
});
export type LexiconFile = z.infer<typeof LexiconFileSchema>;

export interface Lexicon {
  language: LexiconLanguage;
  segmentation: 'words' | 'characters';
  /** Folds a message's own text (never its license ids) the way the phrases were folded. */
  fold(text: string): string;
  polarity: Array<{ pattern: RegExp; front: string; end: string }>;
  /** Folded phrase → canonical English. */
  phrases: Map<string, string>;
  /** For `words`: the phrases by their first word, longest first, as word lists. */
  byFirstWord: Map<string, Array<{ words: string[]; canonical: string }>>;
  /** For `characters`: the longest phrase, to bound the search at each position. */
  longest: number;
}

/** Validates a lexicon file and prepares it for matching. Throws an Error naming the first problem. */
export function compileLexicon(raw: unknown): Lexicon {
  const parsed = LexiconFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  const file = parsed.data;
  const folding = new Map(Object.entries(file.characters));
  const fold = (text: string): string => {
    let out = '';
    for (const ch of text.toLowerCase()) out += folding.get(ch) ?? ch;
    return out;
  };
  const phrases = new Map<string, string>();
  for (const [native, canonical] of Object.entries(file.phrases)) {
    const key = file.segmentation === 'words' ? (fold(native).match(WORD) ?? []).join(' ') : fold(native).replace(/\s+/g, '');
    if (key === '') throw new Error(`phrases.${native}: has no ${file.segmentation === 'words' ? 'word' : 'character'} left once folded`);
    const earlier = phrases.get(key);
    if (earlier !== undefined && earlier !== canonical) throw new Error(`phrases.${native}: folds to "${key}", which already reads as "${earlier}"`);
    phrases.set(key, canonical);
  }
  const byFirstWord = new Map<string, Array<{ words: string[]; canonical: string }>>();
  if (file.segmentation === 'words') {
    for (const [key, canonical] of phrases) {
      const words = key.split(' ');
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ words, canonical });
      byFirstWord.set(words[0]!, list);
    }
    for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  return {
    language: file.language,
    segmentation: file.segmentation,
    fold,
    polarity: file.polarity.map((p) => ({ pattern: new RegExp(p.pattern, 'u'), front: p.front, end: p.end })),
    phrases,
    byFirstWord,
    longest: Math.max(0, ...[...phrases.keys()].map((k) => [...k].length)),
  };
}

/** A word of a language written with spaces. */
export const WORD = /[\p{L}\p{N}]+/gu;
