import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { optionKey, shortId } from './knowledge-base.js';
import type { LicenseOption } from './schema.js';

/** A license named in a message: either one the bot knows, or a clear "unknown" with the nearest known ids. */
export type LicenseMention =
  | { kind: 'mg'; options: LicenseOption[]; text: string; start: number }
  | { kind: 'other'; id: string; text: string; start: number }
  | { kind: 'unknown'; text: string; start: number; reason: UnknownReason; suggestions: string[] };

/** Why a license named is one the bot has no data for; the answer layer words it. */
export type UnknownReason =
  /** Looks like a license of another family, but the grant tables do not list it. */
  | { kind: 'not-in-grant-tables' }
  | { kind: 'version-1' }
  | { kind: 'not-an-option'; part: string }
  | { kind: 'no-combination'; options: LicenseOption[] }
  /** Another version of a family the grant tables list (`known` is the one they list). */
  | { kind: 'other-version'; known: string }
  | { kind: 'not-in-edition'; title: string };

const OPTION_CODES: Record<string, LicenseOption> = {
  by: 'BY',
  nc: 'NC',
  nd: 'ND',
  os: 'OS',
  sa: 'SA',
  rai: 'RAI',
};
const OPTION_WORDS: Record<string, LicenseOption> = {
  attribution: 'BY',
  noncommercial: 'NC',
  noderivatives: 'ND',
  noderivs: 'ND',
  opensource: 'OS',
  sharealike: 'SA',
  responsibleai: 'RAI',
};
const ZERO = new Set(['0', 'zero', 'o']);
const VERSION = /^v?[12](\.0)?$/;
const CODE_LIST = Object.keys(OPTION_CODES);

/** Licenses people ask about that the ModelGo FAQ's tables do not cover: named, so no other row answers for them. */
const UNKNOWN_FAMILIES =
  /\b(?:MIT|BSD(?:[\s-]\d-clause)?|MPL(?:[\s-]2\.0)?|LGPL(?:[\s-]?v?\d(?:\.\d)?)?|AGPL(?:[\s-]?v?\d(?:\.\d)?)?|CC0|Unlicense|Gemma(?: terms(?: of use)?| license)?)\b/g;

/** A word with the hyphens, dots and underscores that hold license ids together. */
const CHUNK = /[\p{L}\p{N}][\p{L}\p{N}._-]*/gu;

interface Chunk {
  text: string;
  lower: string;
  start: number;
}

/** Finds every license the text names, in order of appearance. */
export function findLicenseMentions(text: string, kb: KnowledgeBase): LicenseMention[] {
  const chunks: Chunk[] = [];
  for (const m of text.matchAll(CHUNK)) {
    const raw = m[0].replace(/[._-]+$/, '');
    chunks.push({ text: raw, lower: raw.toLowerCase(), start: m.index });
  }
  const mentions: LicenseMention[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < chunks.length; i++) {
    const found = readMg(text, chunks, i, kb) ?? readFullName(chunks, i) ?? readBareOptions(chunks, i);
    if (!found) continue;
    mentions.push(found.mention);
    for (let k = i; k < found.next; k++) taken.add(k);
    i = found.next - 1;
  }
  mentions.push(...findOtherLicenses(text, chunks, taken, kb));
  for (const m of text.matchAll(UNKNOWN_FAMILIES)) {
    if (mentions.some((k) => m.index < k.start + k.text.length && m.index + m[0].length > k.start)) continue;
    mentions.push(unknown(m[0], m.index, { kind: 'not-in-grant-tables' }, kb));
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Reads `MG-BY-NC-2.0`, `mg by nc`, `MG0`, `mg-by-cn` (typo) starting at chunk i. */
function readMg(source: string, chunks: Chunk[], i: number, kb: KnowledgeBase): { mention: LicenseMention; next: number } | undefined {
  const first = chunks[i]!;
  const head = first.lower.match(/^(?:modelgo-)?mg(.*)$/);
  // "200 mg by mouth" is a dose, not a license; "2025: MG-BY-NC" is a year before an id.
  if (!head || (first.lower === 'mg' && /^\d+([.,]\d+)?$/.test(chunks[i - 1]?.lower ?? ''))) return undefined;
  const parts = splitParts(head[1]!).flatMap(segmentCodes);
  let next = i + 1;
  // Space-separated parts ("mg by nc") only count when they are exact codes, so "mg by nc so that"
  // does not read "so" as a typo of OS.
  while (next < chunks.length) {
    const word = chunks[next]!.lower;
    // "…the other is MG-BY. ND means…": punctuation between the words ends the id.
    const gap = source.slice(chunks[next - 1]!.start + chunks[next - 1]!.text.length, chunks[next]!.start);
    if (gap.trim() !== '') break;
    const wordParts = splitParts(word).flatMap(segmentCodes);
    if (wordParts.length === 0 || !wordParts.every((p) => p in OPTION_CODES || VERSION.test(p) || (ZERO.has(p) && p !== 'o'))) break;
    parts.push(...wordParts);
    next++;
  }
  const last = chunks[next - 1]!;
  const text = source.slice(first.start, last.start + last.text.length);
  const start = first.start;
  const body = parts.filter((p) => !VERSION.test(p) || ZERO.has(p));
  if (body.length === 0) return undefined; // a bare "mg" (milligrams) is not a license
  // "MG-licensed", "mg-style": a word after MG that is no option at all is not an id.
  const firstPart = body[0]!;
  if (!(firstPart in OPTION_CODES) && !(firstPart in OPTION_WORDS) && !ZERO.has(firstPart) && !typoOf(firstPart)) return undefined;
  const version = parts.find((p) => VERSION.test(p) && !ZERO.has(p));
  if (version && /^v?1/.test(version)) {
    return { mention: unknown(text, start, { kind: 'version-1' }, kb), next };
  }
  if (body.length === 1 && ZERO.has(body[0]!)) return { mention: { kind: 'mg', options: [], text, start }, next };

  const options: LicenseOption[] = [];
  for (const part of body) {
    const option = OPTION_CODES[part] ?? OPTION_WORDS[part] ?? typoOf(part);
    if (!option) return { mention: unknown(text, start, { kind: 'not-an-option', part }, kb), next };
    if (!options.includes(option)) options.push(option);
  }
  // People often drop the BY ("MG-NC-RAI"); every ModelGo license but MG0 carries it.
  if (!options.includes('BY')) options.push('BY');
  if (![...kb.editions.keys()].some((edition) => kb.byOptions(options, edition))) {
    return { mention: unknown(text, start, { kind: 'no-combination', options: optionKey(options).split('+') as LicenseOption[] }, kb), next };
  }
  return { mention: { kind: 'mg', options, text, start }, next };
}

/** "ND or NC-ND": option codes in capitals, without the MG prefix, as people shorten the ids in chat. */
const BARE_OPTIONS = /^(?:BY-)?(?:NC|ND|RAI|SA|OS)(?:-(?:NC|ND|RAI|SA|OS))*$/;
function readBareOptions(chunks: Chunk[], i: number): { mention: LicenseMention; next: number } | undefined {
  const chunk = chunks[i]!;
  if (!isBare(chunk) || chunks[i - 1]?.lower === 'cc') return undefined;
  // A single code ("ND") is an id only when set against a fuller one: "ND or NC-ND".
  const against = chunks[i + 2] ?? chunks[i - 2];
  const paired = ['or', 'vs', 'versus'].includes((chunks[i + 1] ?? chunks[i - 1])?.lower ?? '') && against && isBare(against);
  if (!chunk.text.includes('-') && !paired) return undefined;
  const options = [...new Set<LicenseOption>(['BY', ...chunk.text.split('-').map((p) => OPTION_CODES[p.toLowerCase()]!)])];
  return { mention: { kind: 'mg', options, text: chunk.text, start: chunk.start }, next: i + 1 };
}

function isBare(chunk: Chunk): boolean {
  return BARE_OPTIONS.test(chunk.text) && chunk.text !== 'OS' && chunk.text !== 'SA';
}

/** `ModelGo Attribution-NonCommercial License` style names; Creative Commons names are left alone. */
function readFullName(chunks: Chunk[], i: number): { mention: LicenseMention; next: number } | undefined {
  const chunk = chunks[i]!;
  const parts = splitParts(joinOptionWords(chunk.lower));
  const hasModelGo = chunks[i - 1]?.lower === 'modelgo';
  if (parts[0] === 'modelgo') parts.shift();
  // "ModelGo Zero License" is MG0, the one license without options.
  if ((hasModelGo || chunk.lower.startsWith('modelgo')) && parts.length === 1 && parts[0] === 'zero')
    return { mention: { kind: 'mg', options: [], text: chunk.text, start: chunk.start }, next: i + 1 };
  if (parts.length === 0 || !parts.every((p) => p in OPTION_WORDS)) return undefined;
  if (!hasModelGo && (parts[0] !== 'attribution' || parts.length < 2)) return undefined;
  const before = chunks[i - 1]?.lower;
  if (before === 'cc' || before === 'commons') return undefined;
  const options = [...new Set<LicenseOption>(['BY', ...parts.map((p) => OPTION_WORDS[p]!)])];
  return { mention: { kind: 'mg', options, text: chunk.text, start: chunk.start }, next: i + 1 };
}

function findOtherLicenses(text: string, chunks: Chunk[], taken: Set<number>, kb: KnowledgeBase): LicenseMention[] {
  const { pattern, idOf } = aliasMatcher(kb);
  const used: Array<[number, number]> = chunks.filter((_, k) => taken.has(k)).map((c) => [c.start, c.start + c.text.length]);
  const found: LicenseMention[] = [];
  for (const m of text.toLowerCase().matchAll(pattern)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const id = idOf.get(squash(m[0]));
    if (!id || used.some(([s, e]) => start < e && end > s)) continue;
    const clash = otherVersion(id, m[0], text.slice(end));
    if (clash) {
      found.push(unknown(text.slice(start, end + clash.length), start, { kind: 'other-version', known: id }, kb));
      continue;
    }
    found.push({ kind: 'other', id, text: text.slice(start, end), start });
  }
  return found;
}

/**
 * One regular expression for every alias of every other license, built once per knowledge base: at
 * each position the longest alias wins ("llama 2 community license" before "llama"). Spaces and
 * hyphens are interchangeable, so "apache-2.0", "apache 2.0" and "apache2.0" all match.
 */
const aliasMatchers = new WeakMap<KnowledgeBase, { pattern: RegExp; idOf: Map<string, string> }>();
function aliasMatcher(kb: KnowledgeBase): { pattern: RegExp; idOf: Map<string, string> } {
  let matcher = aliasMatchers.get(kb);
  if (!matcher) {
    const aliases = kb.others.flatMap((o) => o.aliases.map((alias) => ({ id: o.id, alias }))).sort((a, b) => b.alias.length - a.alias.length);
    const bodies = aliases.map(({ alias }) =>
      alias
        .split(/[\s-]+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s-]*'),
    );
    matcher = {
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${bodies.join('|')})(?![\\p{L}\\p{N}]|\\.\\d)`, 'gu'),
      idOf: new Map(aliases.map(({ id, alias }) => [squash(alias), id])),
    };
    aliasMatchers.set(kb, matcher);
  }
  return matcher;
}

/**
 * The version or variant written right after an alias, when it is not the one the data holds: "GPL-2.0",
 * "Llama 3", "CC BY-SA". Returns the extra text, or nothing when the mention is the known license.
 */
function otherVersion(id: string, alias: string, after: string): string | undefined {
  const variant = after.match(/^[\s-]*(?:sa|nc|nd)\b(?:[\s-]*(?:sa|nc|nd)\b)*(?:[\s-]*\d+(?:\.\d+)*)?/i);
  if (variant && /^cc/i.test(id)) return variant[0];
  if (/\d/.test(alias)) return undefined;
  const written = after.match(/^[\s-]*v?(?:ersion\s*)?(\d+(?:\.\d+)*)/i);
  if (!written) return undefined;
  const own = id.match(/-(\d+)(?:\.\d+)*$/)?.[1] ?? '1';
  return written[1]!.split('.')[0] === own ? undefined : written[0];
}

function squash(alias: string): string {
  return alias.replace(/[\s-]+/g, '');
}

/** "non-commercial" → "noncommercial", so hyphens can keep separating options. */
function joinOptionWords(s: string): string {
  return s
    .replace(/non-commercial/g, 'noncommercial')
    .replace(/no-derivatives/g, 'noderivatives')
    .replace(/open-source/g, 'opensource')
    .replace(/share-alike/g, 'sharealike')
    .replace(/responsible-ai/g, 'responsibleai');
}

function splitParts(s: string): string[] {
  return s
    .split(/[-_\s]+/)
    .flatMap((p) => (/^v?\d+(\.\d+)*$/.test(p) ? [p] : p.split('.')))
    .filter(Boolean);
}

/** "bync" → ["by", "nc"]: ids typed without separators, when the letters split into option codes exactly. */
function segmentCodes(part: string): string[] {
  if (part.length < 4 || part in OPTION_CODES || part in OPTION_WORDS) return [part];
  const split = (rest: string): string[] | undefined => {
    if (rest === '') return [];
    for (const code of CODE_LIST) {
      if (!rest.startsWith(code)) continue;
      const tail = split(rest.slice(code.length));
      if (tail) return [code, ...tail];
    }
    return undefined;
  };
  return split(part) ?? [part];
}

/** One edit (a swap counts as one) from exactly one option code: "cn" → NC, "ria" → RAI. */
function typoOf(part: string): LicenseOption | undefined {
  if (part.length < 2 || part.length > 4) return undefined;
  const close = Object.entries(OPTION_CODES).filter(([code]) => levenshtein.DamerauLevenshteinDistance(part, code) <= 1);
  return close.length === 1 ? close[0]![1] : undefined;
}

function unknown(text: string, start: number, reason: UnknownReason, kb: KnowledgeBase): LicenseMention {
  return { kind: 'unknown', text, start, reason, suggestions: closestIds(text, kb) };
}

/** The known ids that look most like what the user typed. */
function closestIds(text: string, kb: KnowledgeBase, count = 3): string[] {
  const typed = text.toUpperCase().replace(/[\s_]+/g, '-');
  return kb
    .allIds()
    .map((id) => ({ id, score: Math.max(jaroWinkler(typed, id), jaroWinkler(typed, shortId(id))) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((s) => s.id);
}
