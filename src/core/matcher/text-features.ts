import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { RegexpTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';

export const S = {
  stopMode: 'func' as 'small' | 'none' | 'func' | 'funcstop',
  bigrams: 'all' as 'all' | 'content' | 'none',
  joined: true,
  charMin: 3,
  charMax: 4,
  charWeight: 0.3,
  bigramWeight: 0.7,
  shapes: true,
  extraWeight: 1,
  stopUnigrams: false,
  normalise: true, funcWeight: 1, charNorm: false, capWeight: 1,
};

const STOP = new Set(['a', 'an', 'the', 'i', 'me', 'my', 'mine', 'we', 'our', 'us', 'you', 'your', 'it', 'its', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'this', 'that', 'these', 'those', 's', 'please']);
const FUNC = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'there', 'do', 'does', 'did', 'some', 'any', 'so', 'how', 'what', 'which', 'when', 'where', 'why', 'who', 'can', 'could', 'should', 'must', 'may', 'might', 'will', 'would', 'not', 'no', 'if', 'as', 'into', 'about', 'than', 'then', 'have', 'has', 'had', 'get', 'all', 'only', 'without', 'between', 'after', 'before', 'like']);

const tokenizer = new RegexpTokenizer({ pattern: /[\p{L}\p{N}]+(?:\.\p{N}+)*/gu, gaps: false });

export function normaliseCased(text: string): string {
  return text.normalize('NFKC')
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/\bwon't\b/g, 'will not').replace(/\bcan't\b/g, 'can not').replace(/n't\b/g, ' not')
    .replace(/'s\b/g, '').replace(/'/g, '');
}

export function normalise(text: string): string { return normaliseCased(text).toLowerCase(); }

export function tokenize(text: string): string[] {
  return tokenizer.tokenize(normalise(text)) ?? [];
}

const stemCache = new Map<string, string>();
export function stem(token: string): string {
  let s = stemCache.get(token);
  if (s === undefined) {
    if (stemCache.size > 50000) stemCache.clear();
    s = PorterStemmer.stem(token);
    stemCache.set(token, s);
  }
  return s;
}

export interface TextFeatures { words: string[]; features: Map<string, number> }

function add(m: Map<string, number>, k: string, w: number) { m.set(k, Math.max(m.get(k) ?? 0, w)); }

export function extractFeatures(text: string, extra: readonly string[] = []): TextFeatures {
  const tokens = tokenize(text);
  const stems = tokens.map(stem);
  const isStop = tokens.map((t) => S.stopMode !== 'none' && STOP.has(t));
  const isFunc = tokens.map((t) => S.stopMode === 'func' ? FUNC.has(t) : S.stopMode === 'funcstop' ? FUNC.has(t) || STOP.has(t) : false);
  const features = new Map<string, number>();
  const words: string[] = [];
  const cased = tokenizer.tokenize(normaliseCased(text)) ?? [];
  const capital = cased.map((t) => /^\p{Lu}/u.test(t));
  const titleCase = capital.filter(Boolean).length > cased.length / 2;
  const wt = tokens.map((_, i) => (S.capWeight !== 1 && i > 0 && !titleCase && cased.length === tokens.length && capital[i] ? S.capWeight : 1));
  stems.forEach((s, i) => {
    if (isStop[i]) { if (S.stopUnigrams) add(features, 'w:' + s, 0.5); return; }
    add(features, 'w:' + s, (isFunc[i] ? S.funcWeight : 1) * wt[i]!);
    if (isFunc[i]) return;
    words.push(s);
    if (S.shapes && /[0-9]/.test(s)) add(features, s.includes('.') ? 's:ver' : 's:num', 1);
    if (S.charWeight > 0 && !/[0-9]/.test(s)) {
      const t = `<${tokens[i]}>`;
      let count = 0;
      for (let n = S.charMin; n <= S.charMax; n++) count += Math.max(0, t.length - n + 1);
      const cw = S.charNorm ? S.charWeight * 3 / Math.sqrt(count) : S.charWeight;
      for (let n = S.charMin; n <= S.charMax; n++) for (let j = 0; j + n <= t.length; j++) add(features, 'c:' + t.slice(j, j + n), cw * wt[i]!);
    }
  });
  const seq = S.bigrams === 'content' ? stems.filter((_, i) => !isStop[i]) : stems;
  if (S.bigrams !== 'none') for (let i = 0; i + 1 < seq.length; i++) add(features, `b:${seq[i]} ${seq[i + 1]}`, S.bigramWeight);
  if (S.joined) for (let i = 0; i + 1 < tokens.length; i++) if (!isStop[i] && !isStop[i + 1] && !isFunc[i] && !isFunc[i + 1]) add(features, 'w:' + stem(tokens[i]! + tokens[i + 1]!), 1);
  for (const f of extra) add(features, 'f:' + f, S.extraWeight);
  if (S.normalise) {
    let sq = 0; for (const v of features.values()) sq += v * v;
    const norm = Math.sqrt(sq) || 1;
    for (const [k, v] of features) features.set(k, v / norm);
  }
  return { words, features };
}

export function isFunctionToken(t: string): boolean { return STOP.has(t) || FUNC.has(t); }
