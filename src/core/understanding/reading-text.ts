import type { Lexicon } from './lexicon.js';

/**
 * Turns a Chinese or Spanish message into the English reading text the readers and the classifier
 * consume: license ids are kept exactly as written, the rest is folded, its question shape rewritten
 * (`polarity`), and its phrases replaced by their English, longest first. Words the lexicon does not
 * know stay, as separate words (Chinese is cut into words by `Intl.Segmenter`), so the classifier trained
 * on the same kind of text can still use them. Pure; the same function prepares training utterances.
 */

/** Where a license id sits in the message; kept verbatim. */
export interface Span {
  start: number;
  end: number;
}

/** Private-use characters stand in for the kept spans while the rest is rewritten. */
const HOLD = 0xe100;
const MAX_HELD = 0x100;
const HELD = /[\ue100-\ue1ff]/gu;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** "MG-BY-NC许可证" → "MG-BY-NC 许可证": Chinese is written without spaces, ids are found as words. */
export function separateScripts(text: string): string {
  return text.replace(/(\p{Script=Han})(?=[\p{Script=Latin}\p{N}])|([\p{Script=Latin}\p{N}])(?=\p{Script=Han})/gu, '$1$2 ');
}

export function readingText(text: string, lexicon: Lexicon, keep: readonly Span[] = []): string {
  const kept: string[] = [];
  let work = '';
  let at = 0;
  for (const span of [...keep].sort((a, b) => a.start - b.start)) {
    if (span.start < at || kept.length >= MAX_HELD) continue;
    work += `${lexicon.fold(text.slice(at, span.start))} ${String.fromCharCode(HOLD + kept.length)} `;
    kept.push(text.slice(span.start, span.end));
    at = span.end;
  }
  work += lexicon.fold(text.slice(at));

  let front = '';
  let end = '';
  for (const shape of lexicon.polarity) {
    const m = shape.pattern.exec(work);
    if (!m) continue;
    work = `${work.slice(0, m.index)} ${m.slice(1).filter(Boolean).join(' ')} ${work.slice(m.index + m[0].length)}`;
    front = shape.front;
    end = shape.end;
    break;
  }

  const body = lexicon.segmentation === 'words' ? byWords(work, lexicon) : byCharacters(work, lexicon);
  const restored = body.replace(HELD, (c) => kept[c.charCodeAt(0) - HOLD] ?? ' ');
  return `${front} ${restored} ${end}`.replace(/\s+/g, ' ').trim();
}

/** Whole words, the longest phrase starting at each word first; punctuation and kept ids stay between them. */
function byWords(work: string, lexicon: Lexicon): string {
  const parts = work.split(/([\p{L}\p{N}]+)/u);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      out += parts[i];
      continue;
    }
    const match = lexicon.byFirstWord
      .get(parts[i]!)
      ?.find((p) => p.words.every((w, k) => parts[i + 2 * k] === w && (k === 0 || /^\s+$/.test(parts[i + 2 * k - 1]!))));
    if (!match) {
      out += parts[i];
      continue;
    }
    out += ` ${match.canonical} `;
    i += 2 * (match.words.length - 1);
  }
  return out;
}

function isNative(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return code > 0x7f && !(code >= HOLD && code < HOLD + MAX_HELD);
}

/** Any position, the longest phrase there first; stretches no phrase covers are cut into words. */
function byCharacters(work: string, lexicon: Lexicon): string {
  const chars = [...work];
  let out = '';
  let unknown = '';
  const flush = (): void => {
    if (unknown === '') return;
    for (const s of segmenter.segment(unknown)) out += ` ${s.segment} `;
    unknown = '';
  };
  for (let i = 0; i < chars.length; ) {
    if (!isNative(chars[i]!)) {
      flush();
      out += chars[i];
      i += 1;
      continue;
    }
    let length = Math.min(lexicon.longest, chars.length - i);
    for (; length > 0; length--) {
      const canonical = lexicon.phrases.get(chars.slice(i, i + length).join(''));
      if (canonical !== undefined) {
        flush();
        out += ` ${canonical} `;
        break;
      }
    }
    if (length > 0) {
      i += length;
    } else {
      unknown += chars[i];
      i += 1;
    }
  }
  flush();
  return out;
}
