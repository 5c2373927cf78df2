import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { shortId } from '../knowledge/knowledge-base.js';
import type { CompatibilityException, Edition, License, LicenseOption } from '../knowledge/schema.js';
import { OPTION_NAMES } from './option-names.js';

export const REMIX_METHODS = ['merge', 'average', 'fuse', 'concat', 'distill', 'ensemble', 'vote', 'stack', 'moe', 'pipeline'] as const;
export type RemixMethod = (typeof REMIX_METHODS)[number];

/** Methods that leave the models apart, so no new combined work is created (FAQ: separable remix). */
const SEPARABLE: ReadonlySet<RemixMethod> = new Set(['ensemble', 'vote', 'stack', 'moe', 'pipeline']);

export const METHOD_NAMES: Record<RemixMethod, string> = {
  merge: 'merging the models into one',
  average: 'weight averaging',
  fuse: 'model fusion',
  concat: 'layer concatenation',
  distill: 'distillation into one model',
  ensemble: 'an ensemble',
  vote: 'a voting ensemble',
  stack: 'stacking',
  moe: 'a mixture of experts',
  pipeline: 'a pipeline',
};

export type RemixVerdict = 'compatible' | 'cannot-share' | 'incompatible' | 'separable';

export interface RemixOutcome {
  verdict: RemixVerdict;
  /** The license for the combined model (compatible only). */
  result: License | null;
  method: RemixMethod;
  /** True when the user named no method and merging was assumed. */
  methodAssumed: boolean;
  parents: License[];
  /** Why, in plain words, one sentence per line. */
  reasons: string[];
}

export function isSeparable(method: RemixMethod): boolean {
  return SEPARABLE.has(method);
}

/**
 * Compatibility of two or more MG licenses of one edition. The official tables show only marks; the
 * FAQ's one-way rule (the result keeps every option of every parent) reproduces them, and the
 * edition's listed exceptions cover the cells where the official mark differs from that rule.
 */
export function remix(parents: License[], method: RemixMethod | undefined, kb: KnowledgeBase, edition: Edition): RemixOutcome {
  const chosen = method ?? 'merge';
  const base = { method: chosen, methodAssumed: method === undefined, parents };
  const names = parents.map((p) => shortId(p.id));
  if (isSeparable(chosen)) {
    return {
      ...base,
      verdict: 'separable',
      result: null,
      reasons: [
        `With ${METHOD_NAMES[chosen]} the models stay separate, so no new combined work is created and each model keeps its own license (${unique(names).join(', ')}).`,
        "Whatever you add yourself, such as router or gating weights, can carry a license of your choice; it does not change the base models' licenses.",
        ...parents
          .filter((p) => p.options.includes('NC'))
          .slice(0, 1)
          .map((p) => `Each model's own terms still apply when you run the system: for example ${shortId(p.id)} rules out commercial use of that model.`),
      ],
    };
  }

  const union = unionOptions(parents);
  const exception = findException(parents, kb, edition);
  const candidate = kb.byOptions(union, edition);
  const verdict: Exclude<RemixVerdict, 'separable'> =
    exception?.verdict ?? (!candidate ? 'incompatible' : candidate.options.includes('ND') ? 'cannot-share' : 'compatible');
  const reasons: string[] = [];
  if (exception) reasons.push(exception.explanation);
  if (verdict === 'compatible' && candidate) {
    reasons.push(
      `The result must keep every option of its parents (${union.join(', ')}): ModelGo allows adding options to a remix, never dropping them. ${shortId(candidate.id)} is the license with exactly those options.`,
      "The official compatibility table marks this pair as compatible; the resulting license follows from the FAQ's one-way rule (Permissive → Conditional → Stringent) and its worked example.",
    );
    if (union.includes('OS') || union.includes('SA')) {
      reasons.push(
        `The ${union.includes('OS') ? 'OpenSource' : 'ShareAlike'} option is copyleft, so the merged model must be shared in source form under that license.`,
      );
    }
  } else if (verdict === 'cannot-share') {
    const nd = parents.filter((p) => p.options.includes('ND')).map((p) => shortId(p.id));
    reasons.push(
      `${unique(nd).join(' and ')} ${unique(nd).length > 1 ? 'carry' : 'carries'} NoDerivatives, and a merged model is a derivative. You may build it and use it yourself, but you may not share it, so no license can be applied to it.`,
    );
  } else if (!exception) {
    reasons.push(...conflicts(parents, kb, edition));
    reasons.push("You may still follow each original license's terms for derivatives, but the merged model cannot be relicensed under any ModelGo license.");
  }
  return { ...base, verdict, result: verdict === 'compatible' ? (candidate ?? null) : null, reasons };
}

function unionOptions(parents: License[]): LicenseOption[] {
  return unique(parents.flatMap((p) => p.options));
}

function findException(parents: License[], kb: KnowledgeBase, edition: Edition): CompatibilityException | undefined {
  const ids = new Set(parents.map((p) => p.id));
  return kb.edition(edition).compatibilityExceptions.find((e) => {
    const [a, b] = e.pair;
    return ids.size === 2 && ids.has(a) && ids.has(b);
  });
}

/** The option pairs, taken from different parents, that no license of the edition combines. */
function conflicts(parents: License[], kb: KnowledgeBase, edition: Edition): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const [i, p] of parents.entries()) {
    for (const q of parents.slice(i + 1)) {
      for (const a of p.options) {
        for (const b of q.options) {
          const key = [a, b].sort().join('+');
          if (a === b || seen.has(key) || kb.licenses(edition).some((l) => l.options.includes(a) && l.options.includes(b))) continue;
          seen.add(key);
          lines.push(
            `No ModelGo license combines ${OPTION_NAMES[a]} (from ${shortId(p.id)}) with ${OPTION_NAMES[b]} (from ${shortId(q.id)}), so no license can carry the merged model.`,
          );
        }
      }
    }
  }
  return lines;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
