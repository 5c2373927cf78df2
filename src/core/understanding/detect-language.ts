import { franc } from 'franc-min';
import type { Language } from '../domain/languages.js';

/**
 * Which language a chat message is written in. Pure, and cheap: what says nothing about the language
 * (license ids, Slack markup, links, code) is taken out first; Han characters mean Chinese, simplified
 * or traditional; otherwise common function words and Spanish marks decide, and the trigram detector
 * (franc-min, limited to a few Latin-script candidates) settles longer messages with no clear cue.
 *
 * Returns `undefined` when the message is too short to tell ("ok", "MG-BY-ND?", "2025"), so a
 * conversation keeps the language it already has, and `'other'` for a language the bot does not read.
 */
export type Detected = Language | 'other' | undefined;

/** Slack's <@U…>, <#C…|name>, <!here> and <https://…|label>, bare links, and inline or fenced code. */
const MARKUP = /<[@#!][^>]*>|<https?:[^>]*>|https?:\/\/\S+|```[\s\S]*?```|`[^`]*`/g;
/**
 * License ids and version-like tokens: "MG-BY-NC", "mg0", "CC-BY-4.0", "Apache-2.0", "v2", "2025". Any
 * token holding a digit, or hyphen-joined short parts, or one of the families people name. Ids are
 * Latin, so a Chinese word written against one ("2025版里") is not taken with it.
 */
const IDS =
  /[\p{Script=Latin}\p{N}._-]*\p{N}[\p{Script=Latin}\p{N}._-]*|\b[a-z]{1,4}(?:-[a-z0-9.]{1,5})+\b|\b(?:mg|modelgo|gpl|agpl|lgpl|mit|bsd|mpl|apache|openrail|rail|llama|gemma|cc|by|nc|nd|os|sa|rai|osi|ai2|impact|hugging ?face|lora|api)\b/giu;

const HAN = /\p{Script=Han}/u;
const OTHER_SCRIPT =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}]/u;

/** Marks only Spanish uses among the candidates. */
const SPANISH_MARKS = /[¿¡ñ]/i;
const ACCENTED_WORD = /^\p{L}*[áéíóúü]\p{L}*$/iu;

/** Very common words of each candidate; words both share ("a", "me", "no") count for neither. */
const SPANISH_WORDS = new Set(
  'que qué el la los las un una unos unas de del con para por puedo puede pueden podemos podría se es son está están estoy y si sí mi mis su sus lo le les al como cómo cuál cual cuáles quiero necesito tengo tiene hay pero sin uso usar también más muy esto este esta eso ese esa modelo modelos licencia licencias hola gracias vale bueno pues entonces porque cuando donde dónde qué tal ya sobre entre hacer hago debo otro otra mismo mismos nuestro nuestra cuenta datos salida salidas'.split(
    ' ',
  ),
);
const ENGLISH_WORDS = new Set(
  "the is are can could i an of to and with for my it its what how do does did if in on under model models license licenses licence use using you we our this that be or which should must may about why any need want would will have has from into they them their there whats what's get hi hello hey thanks thank please tell show give yes still just only also than then so not don't can't is it".split(
    ' ',
  ),
);

/** Common words of languages often mistaken for those (German, French, Portuguese, Italian). */
const OTHER_WORDS = new Set(
  'ich das und nicht ist der die kann wir sie mit für ein eine je peux est ce cette une les des pour nous vous avec dans sur pas posso um uma não em você com isso essa nosso il è questo questa sono della per'.split(
    ' ',
  ),
);

/** Trigram candidates: the two Latin-script languages the bot reads, and the ones most often mistaken for them. */
const FRANC_CANDIDATES = ['eng', 'spa', 'por', 'fra', 'ita', 'deu', 'nld'];
/** Below this many letters the trigram detector is not asked. */
const FRANC_MIN_LETTERS = 24;

/** The words of a message that can tell its language, after markup, code and ids are taken out. */
function wordsOf(text: string): string[] {
  const plain = text.replace(MARKUP, ' ').replace(IDS, ' ').toLowerCase();
  return plain.match(/[\p{L}']+/gu) ?? [];
}

export function detectLanguage(text: string): Detected {
  const words = wordsOf(text);
  const joined = words.join(' ');
  // Kana or another script beside Han is Japanese or another language, not Chinese.
  if (OTHER_SCRIPT.test(joined)) return 'other';
  if (HAN.test(joined)) return 'zh';
  if (words.length === 0) return undefined;
  let es = SPANISH_MARKS.test(text.replace(MARKUP, ' ')) ? 2 : 0;
  let en = 0;
  let other = 0;
  for (const w of words) {
    if (OTHER_WORDS.has(w)) other += 1;
    if (SPANISH_WORDS.has(w)) es += 1;
    else if (ACCENTED_WORD.test(w)) es += 1;
    if (ENGLISH_WORDS.has(w)) en += 1;
  }
  const letters = joined.replace(/[^\p{L}]/gu, '').length;
  const trigrams = (): string => (letters < FRANC_MIN_LETTERS ? 'und' : franc(joined, { only: FRANC_CANDIDATES, minLength: FRANC_MIN_LETTERS }));
  if (es >= 2 && es > en) {
    // Portuguese, French and Italian share many of these words; the trigrams tell them apart.
    const guess = SPANISH_MARKS.test(text) || other === 0 ? 'spa' : trigrams();
    return guess === 'spa' || guess === 'eng' || guess === 'und' ? 'es' : 'other';
  }
  if (en >= 1 && en > es) return 'en';
  if (letters < FRANC_MIN_LETTERS) return es > en ? 'es' : en > 0 ? 'en' : undefined;
  const guess = trigrams();
  if (guess === 'eng') return 'en';
  // Spanish needs a cue of its own besides the trigrams: an English message is never read as Spanish by chance.
  if (guess === 'spa') return es > 0 ? 'es' : 'en';
  // Another language needs words of its own too: English jargon ("revocable vs irrevocable?") is not French.
  return other >= 2 && other > en ? 'other' : en > 0 ? 'en' : undefined;
}
