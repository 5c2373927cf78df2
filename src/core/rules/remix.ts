import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { shortId } from '../knowledge/knowledge-base.js';
import type { CompatibilityException, Edition, License, LicenseOption } from '../knowledge/schema.js';

export const REMIX_METHODS = ['merge', 'average', 'fuse', 'concat', 'distill', 'ensemble', 'vote', 'stack', 'moe', 'pipeline'] as const;
export type RemixMethod = (typeof REMIX_METHODS)[number];

/** Methods that leave the models apart, so no new combined work is created (FAQ: separable remix). */
const SEPARABLE: ReadonlySet<RemixMethod> = new Set(['ensemble', 'vote', 'stack', 'moe', 'pipeline']);

export type RemixVerdict = 'compatible' | 'cannot-share' | 'incompatible' | 'separable';

export interface RemixOutcome {
  verdict: RemixVerdict;
  /** The license for the combined model (compatible only). */
  result: License | null;
  method: RemixMethod;
  /** True when the user named no method and merging was assumed. */
  methodAssumed: boolean;
  parents: License[];
  /** Why, most decisive first; the answer layer words each one. */
  reasons: RemixReason[];
}

/** License ids are short ("MG-BY-NC") and listed once each. */
export type RemixReason =
  /** An edition's listed exception, explained in the edition's own data. */
  | { kind: 'exception'; explanation: string }
  | { kind: 'separate'; method: RemixMethod; licenses: string[] }
  | { kind: 'own-additions' }
  | { kind: 'own-terms-apply'; license: string }
  | { kind: 'keeps-options'; options: LicenseOption[]; license: string }
  | { kind: 'table-compatible' }
  | { kind: 'copyleft'; option: 'OS' | 'SA' }
  | { kind: 'no-derivatives'; licenses: string[] }
  | { kind: 'option-conflict'; a: LicenseOption; from: string; b: LicenseOption; other: string }
  | { kind: 'follow-originals' };

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
        { kind: 'separate', method: chosen, licenses: unique(names) },
        { kind: 'own-additions' },
        ...parents
          .filter((p) => p.options.includes('NC'))
          .slice(0, 1)
          .map((p): RemixReason => ({ kind: 'own-terms-apply', license: shortId(p.id) })),
      ],
    };
  }

  const union = unionOptions(parents);
  const exception = findException(parents, kb, edition);
  const candidate = kb.byOptions(union, edition);
  const verdict: Exclude<RemixVerdict, 'separable'> =
    exception?.verdict ?? (!candidate ? 'incompatible' : candidate.options.includes('ND') ? 'cannot-share' : 'compatible');
  const reasons: RemixReason[] = [];
  if (exception) reasons.push({ kind: 'exception', explanation: exception.explanation });
  if (verdict === 'compatible' && candidate) {
    reasons.push({ kind: 'keeps-options', options: union, license: shortId(candidate.id) }, { kind: 'table-compatible' });
    if (union.includes('OS') || union.includes('SA')) reasons.push({ kind: 'copyleft', option: union.includes('OS') ? 'OS' : 'SA' });
  } else if (verdict === 'cannot-share') {
    reasons.push({ kind: 'no-derivatives', licenses: unique(parents.filter((p) => p.options.includes('ND')).map((p) => shortId(p.id))) });
  } else if (!exception) {
    reasons.push(...conflicts(parents, kb, edition), { kind: 'follow-originals' });
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
function conflicts(parents: License[], kb: KnowledgeBase, edition: Edition): RemixReason[] {
  const lines: RemixReason[] = [];
  const seen = new Set<string>();
  for (const [i, p] of parents.entries()) {
    for (const q of parents.slice(i + 1)) {
      for (const a of p.options) {
        for (const b of q.options) {
          const key = [a, b].sort().join('+');
          if (a === b || seen.has(key) || kb.licenses(edition).some((l) => l.options.includes(a) && l.options.includes(b))) continue;
          seen.add(key);
          lines.push({ kind: 'option-conflict', a, from: shortId(p.id), b, other: shortId(q.id) });
        }
      }
    }
  }
  return lines;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
