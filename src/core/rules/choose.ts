import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { shortId } from '../knowledge/knowledge-base.js';
import type { Edition, License, LicenseOption } from '../knowledge/schema.js';

export const NEEDS = ['no-commercial', 'keep-open', 'no-derivatives', 'prevent-misuse', 'credit', 'no-conditions', 'most-restrictive'] as const;
export type Need = (typeof NEEDS)[number];

export interface ChooseOutcome {
  needs: Need[];
  options: LicenseOption[];
  /** The least restrictive license meeting every need; null when no license combines them. */
  pick: License | null;
  reasons: ChooseReason[];
}

/** Why the pick fits, or why there is none; `license` is a short id, `options` leave out BY. */
export type ChooseReason =
  | { kind: 'most-permissive'; license: string }
  | { kind: 'least-restrictive'; license: string; options: LicenseOption[] }
  | { kind: 'attribution-only'; license: string }
  | { kind: 'none-combines'; options: LicenseOption[] };

/** The options each need asks for; the copyleft option is whatever the edition's data names. */
function optionsFor(need: Need, copyleft: LicenseOption): LicenseOption[] {
  switch (need) {
    case 'no-commercial':
      return ['NC'];
    case 'keep-open':
      return [copyleft];
    case 'no-derivatives':
      return ['ND'];
    case 'prevent-misuse':
      return ['RAI'];
    case 'credit':
      return ['BY'];
    case 'no-conditions':
      return [];
    case 'most-restrictive':
      return ['NC', 'ND'];
  }
}

export function choose(needs: Need[], kb: KnowledgeBase, edition: Edition): ChooseOutcome {
  const copyleft = kb.edition(edition).copyleft;
  const wanted = [...new Set(needs.flatMap((n) => optionsFor(n, copyleft)))];
  // Every ModelGo license except MG0 carries BY, so any condition at all brings attribution with it.
  const options: LicenseOption[] = wanted.length === 0 ? [] : [...new Set<LicenseOption>(['BY', ...wanted])];
  const pick =
    kb
      .licenses(edition)
      .filter((l) => options.every((o) => l.options.includes(o)))
      .sort((a, b) => a.options.length - b.options.length)[0] ?? null;
  const reason: ChooseReason = !pick
    ? { kind: 'none-combines', options: options.filter((o) => o !== 'BY') }
    : options.length === 0
      ? { kind: 'most-permissive', license: shortId(pick.id) }
      : wanted.some((o) => o !== 'BY')
        ? { kind: 'least-restrictive', license: shortId(pick.id), options: wanted.filter((o) => o !== 'BY') }
        : { kind: 'attribution-only', license: shortId(pick.id) };
  return { needs, options, pick, reasons: [reason] };
}
