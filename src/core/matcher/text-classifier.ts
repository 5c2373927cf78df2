import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import { extractFeatures, tokenize, isFunctionToken, type TextFeatures } from './text-features.js';

export const DEBUG: { on: boolean; out: unknown } = { on: false, out: null };
export const C = {
  epochs: 40, lr: 0.5, l2: 1e-4,
  wLR: 1, wNB: 0, wKNN: 0, wCEN: 1, cenBeta: 10,
  nbTemp: 1, knnBeta: 10, knnMode: 'max' as 'max' | 'centroid',
  nbChar: false, nbOnly: 'all', nbMode: 'mnb', nbAlpha: 1, nbUniform: true, lrIdf: 0, lrNorm: true, oov: 0, oovMode: 'frac', pool: 'lin', aug: 0, loss: 'log', svmT: 3, balance: true,
};

export interface TrainingExample { text: string; label: string; features?: string[] }
export interface Classification { label: string; score: number }
export interface ClassifierResult { ranking: Classification[]; coverage: number }

function rng(seed: number) { let s = seed >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; }; }

function softmax(z: Float64Array): Float64Array {
  let m = -Infinity; for (const v of z) m = Math.max(m, v);
  let sum = 0; const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) { out[i] = Math.exp(z[i]! - m); sum += out[i]!; }
  for (let i = 0; i < z.length; i++) out[i]! /= sum;
  return out;
}

function lrInput(f: Map<string, number>, idf: Map<string, number>): { features: Map<string, number> } {
  const out = new Map<string, number>();
  let sq = 0;
  for (const [k, v] of f) { const i = idf.get(k); if (i === undefined) continue; const x = v * Math.pow(i, C.lrIdf); out.set(k, x); sq += x * x; }
  const n = C.lrNorm ? Math.sqrt(sq) || 1 : 1;
  for (const [k, v] of out) out.set(k, v / n);
  return { features: out };
}

function oovValue(unknown: number, total: number): number {
  if (unknown === 0) return 0;
  return C.oov * (C.oovMode === 'frac' ? unknown / total : C.oovMode === 'sqrt' ? Math.sqrt(unknown) / 2 : unknown / 3);
}

function nbUse(k: string) { return C.nbOnly === 'all' ? C.nbChar || !k.startsWith('c:') : C.nbOnly.split(',').some((p) => k.startsWith(p + ':')); }

export class TextClassifier {
  private constructor(
    readonly labels: string[],
    readonly lrW: Map<string, Float64Array>, readonly lrB: Float64Array, readonly lrIdf: Map<string, number>,
    readonly nbLog: Map<string, Float64Array>, readonly nbMissing: Float64Array, readonly nbPrior: Float64Array,
    readonly knn: Map<string, Array<[number, number]>>, readonly docLabel: Int32Array, readonly idf: Map<string, number>,
    readonly centroid: Map<string, Float64Array>,
    readonly vocab: Set<string>,
  ) {}

  static train(examples: TrainingExample[]): TextClassifier {
    const labels = [...new Set(examples.map((e) => e.label))].sort();
    const L = labels.length;
    const y = examples.map((e) => labels.indexOf(e.label));
    const docs: TextFeatures[] = examples.map((e) => extractFeatures(e.text, e.features));
    const vocab = new Set(docs.flatMap((d) => d.words));
    if (C.oov > 0) {
      const wdf = new Map<string, number>();
      for (const d of docs) for (const w of new Set(d.words)) wdf.set(w, (wdf.get(w) ?? 0) + 1);
      for (const d of docs) if (d.features.has('f:__oov__')) { d.features.delete('f:__oov__'); d.features.set('u:oov', C.oov); }
      for (const d of docs) { if (d.features.has('u:oov')) continue; const v = oovValue(d.words.filter((w) => wdf.get(w) === 1).length, d.words.length); if (v > 0) d.features.set('u:oov', v); }
    }
    const df0 = new Map<string, number>();
    for (const d of docs) for (const k of d.features.keys()) df0.set(k, (df0.get(k) ?? 0) + 1);
    const idf0 = new Map<string, number>();
    for (const [k, n] of df0) idf0.set(k, Math.log(1 + docs.length / n));
    const lrDocs = docs.map((d) => lrInput(d.features, idf0));
    const lrY = [...y];
    const lrSw: number[] = y.map(() => 1);
    if (C.aug > 0) examples.forEach((e, i) => {
      const toks = tokenize(e.text);
      const content = toks.map((t, j) => [t, j] as const).filter(([t]) => !isFunctionToken(t));
      if (content.length < 2) return;
      for (const [, j] of content) {
        const f = extractFeatures(toks.filter((_, k) => k !== j).join(' '), e.features).features;
        const o = docs[i]!.features.get('u:oov'); if (o) f.set('u:oov', o);
        lrDocs.push(lrInput(f, idf0)); lrY.push(y[i]!); lrSw.push(C.aug / content.length);
      }
    });
    // LR softmax, SGD
    const W = new Map<string, Float64Array>();
    for (const d of docs) for (const k of d.features.keys()) if (!W.has(k)) W.set(k, new Float64Array(L));
    const B = new Float64Array(L);
    const rand = rng(42);
    const order = lrDocs.map((_, i) => i);
    const z = new Float64Array(L);
    let t = 0;
    const cnt = new Float64Array(L); y.forEach((c) => cnt[c]!++);
    const sw = lrY.map((c, i) => lrSw[i]! * (C.balance ? docs.length / (L * cnt[c]!) : 1));
    for (let ep = 0; ep < C.epochs; ep++) {
      for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
      for (const di of order) {
        const eta = sw[di]! * C.lr / (1 + t++ / lrDocs.length);
        const d = lrDocs[di]!;
        z.set(B);
        for (const [k, v] of d.features) { const w = W.get(k)!; for (let c = 0; c < L; c++) z[c]! += w[c]! * v; }
        let p: Float64Array;
        if (C.loss === 'log') { p = softmax(z); p[lrY[di]!]! -= 1; }
        else {
          p = new Float64Array(L); const yy = lrY[di]!; let best = -1, bv = -Infinity;
          for (let c = 0; c < L; c++) if (c !== yy && z[c]! > bv) { bv = z[c]!; best = c; }
          if (best >= 0 && z[yy]! - bv < 1) { p[yy] = -1; p[best] = 1; }
        }
        for (let c = 0; c < L; c++) B[c]! -= eta * p[c]!;
        for (const [k, v] of d.features) { const w = W.get(k)!; for (let c = 0; c < L; c++) w[c] = w[c]! * (1 - eta * C.l2) - eta * p[c]! * v; }
      }
    }
    // natural Bayes
    const nb = new BayesClassifier();
    const nbKeys = (d: TextFeatures) => [...d.features.keys()].filter(nbUse);
    docs.forEach((d, i) => { const ks = nbKeys(d); if (ks.length) nb.addDocument(ks, examples[i]!.label); });
    nb.train();
    const keys = Object.keys(nb.features);
    const ac = nb.classifier;
    const nbLog = new Map<string, Float64Array>();
    const nbMissing = new Float64Array(L); const nbPrior = new Float64Array(L);
    const V = keys.length;
    labels.forEach((l, c) => {
      const tot = ac.classTotals[l] ?? 1;
      nbPrior[c] = C.nbUniform ? 0 : Math.log(tot / ac.totalExamples);
      if (C.nbMode === 'natural') nbMissing[c] = Math.log(ac.smoothing / tot);
    });
    const dfc = (l: string, i: number) => { const x = ac.classFeatures[l]?.[i]; return x === undefined ? 0 : x - ac.smoothing; };
    const totals = labels.map((l) => keys.reduce((a, _, i) => a + dfc(l, i), 0));
    keys.forEach((k, i) => {
      const v = new Float64Array(L);
      labels.forEach((l, c) => {
        const tot = ac.classTotals[l] ?? 1;
        if (C.nbMode === 'natural') v[c] = Math.log((ac.classFeatures[l]?.[i] ?? ac.smoothing) / tot);
        else if (C.nbMode === 'mnb') v[c] = Math.log((dfc(l, i) + C.nbAlpha) / (totals[c]! + C.nbAlpha * V));
        else { const p = (dfc(l, i) + C.nbAlpha) / (tot - 1 + 2 * C.nbAlpha); v[c] = Math.log(p) - Math.log(1 - p); nbMissing[c]! += Math.log(1 - p); }
      });
      nbLog.set(k, v);
    });
    // kNN with idf
    const df = new Map<string, number>();
    for (const d of docs) for (const k of d.features.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    const idf = new Map<string, number>();
    for (const [k, n] of df) idf.set(k, Math.log(1 + docs.length / n));
    const knn = new Map<string, Array<[number, number]>>();
    const centroid = new Map<string, Float64Array>();
    const perLabel = new Float64Array(L); y.forEach((c) => perLabel[c]!++);
    docs.forEach((d, i) => {
      let sq = 0; for (const [k, v] of d.features) sq += (v * idf.get(k)!) ** 2;
      const n = Math.sqrt(sq) || 1;
      for (const [k, v] of d.features) {
        const w = (v * idf.get(k)!) / n;
        let post = knn.get(k); if (!post) knn.set(k, (post = [])); post.push([i, w]);
        let cv = centroid.get(k); if (!cv) centroid.set(k, (cv = new Float64Array(L))); cv[y[i]!]! += w / perLabel[y[i]!]!;
      }
    });
    return new TextClassifier(labels, W, B, idf0, nbLog, nbMissing, nbPrior, knn, Int32Array.from(y), idf, centroid, vocab);
  }

  classify(text: string, features: readonly string[] = []): ClassifierResult {
    const L = this.labels.length;
    const f = extractFeatures(text, features);
    if (C.oov > 0) { const v = oovValue(f.words.filter((w) => !this.vocab.has(w)).length, f.words.length); if (v > 0) f.features.set('u:oov', v); }
    const z = Float64Array.from(this.lrB);
    for (const [k, v] of lrInput(f.features, this.lrIdf).features) { const w = this.lrW.get(k); if (w) for (let c = 0; c < L; c++) z[c]! += w[c]! * v; }
    if (C.loss !== 'log') for (let c = 0; c < L; c++) z[c]! *= C.svmT;
    const pLR = softmax(z);
    const nbz = Float64Array.from(this.nbPrior);
    if (C.nbMode === 'bern') for (let c = 0; c < L; c++) nbz[c]! += this.nbMissing[c]!;
    let fmax = 0; for (const v of f.features.values()) fmax = Math.max(fmax, v);
    for (const [k, x] of f.features) { if (!nbUse(k)) continue; const v = this.nbLog.get(k); if (v) for (let c = 0; c < L; c++) nbz[c]! += v[c]! * x / fmax; }
    for (let c = 0; c < L; c++) nbz[c]! /= C.nbTemp;
    const pNB = softmax(nbz);
    const sim = new Float64Array(L);
    let sq = 0; for (const [k, v] of f.features) { const i = this.idf.get(k); if (i) sq += (v * i) ** 2; }
    const qn = Math.sqrt(sq) || 1;
    const cen = new Float64Array(L);
    for (const [k, v] of f.features) { const cv = this.centroid.get(k); if (!cv) continue; const q = (v * this.idf.get(k)!) / qn; for (let c = 0; c < L; c++) cen[c]! += q * cv[c]! * C.cenBeta; }
    const pCEN = softmax(cen);
    if (C.knnMode === 'max') {
      const dots = new Map<number, number>();
      for (const [k, v] of f.features) { const post = this.knn.get(k); if (!post) continue; const q = (v * this.idf.get(k)!) / qn; for (const [d, w] of post) dots.set(d, (dots.get(d) ?? 0) + q * w); }
      for (const [d, s] of dots) { const c = this.docLabel[d]!; if (s > sim[c]!) sim[c] = s; }
    } else {
      for (const [k, v] of f.features) { const cv = this.centroid.get(k); if (!cv) continue; const q = (v * this.idf.get(k)!) / qn; for (let c = 0; c < L; c++) sim[c]! += q * cv[c]!; }
    }
    for (let c = 0; c < L; c++) sim[c]! *= C.knnBeta;
    const pKNN = softmax(sim);
    const wsum = C.wLR + C.wNB + C.wKNN + C.wCEN;
    if (DEBUG.on) { const top = (p: Float64Array) => { let b = 0; p.forEach((v, i) => { if (v > p[b]!) b = i; }); return this.labels[b] + ' ' + p[b]!.toFixed(2); }; DEBUG.out = { LR: top(pLR), NB: top(pNB), CEN: top(pCEN), KNN: top(pKNN) }; }
    let scores: Float64Array;
    if (C.pool === 'lin') scores = this.labels.length ? Float64Array.from(this.labels, (_, c) => (C.wLR * pLR[c]! + C.wNB * pNB[c]! + C.wKNN * pKNN[c]! + C.wCEN * pCEN[c]!) / wsum) : new Float64Array();
    else scores = softmax(Float64Array.from(this.labels, (_, c) => (C.wLR * Math.log(pLR[c]!) + C.wNB * Math.log(pNB[c]!) + C.wKNN * Math.log(pKNN[c]!) + C.wCEN * Math.log(pCEN[c]!)) / wsum));
    const ranking = this.labels.map((label, c) => ({ label, score: scores[c]! }));
    ranking.sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : 1));
    const known = f.words.filter((w) => this.vocab.has(w)).length;
    return { ranking, coverage: f.words.length ? known / f.words.length : 0 };
  }
}
