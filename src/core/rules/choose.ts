import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { shortId } from '../knowledge/knowledge-base.js';
import type { Edition, License, LicenseOption } from '../knowledge/schema.js';
import { OPTION_NAMES } from './option-names.js';

export const NEEDS = ['no-commercial', 'keep-open', 'no-derivatives', 'prevent-misuse', 'credit', 'no-conditions', 'most-restrictive'] as const;
export type Need = (typeof NEEDS)[number];

export const NEED_WORDS: Record<Need, string> = {
  'no-commercial': 'no commercial use',
  'keep-open': 'derivatives must stay open',
  'no-derivatives': 'no modified versions shared',
  'prevent-misuse': 'prevent misuse',
  credit: 'credit for your work',
  'no-conditions': 'as few conditions as possible',
  'most-restrictive': 'as much control as possible',
};

export interface ChooseOutcome {
  needs: Need[];
  options: LicenseOption[];
  /** The least restrictive license meeting every need; null when no license combines them. */
  pick: License | null;
  reasons: string[];
}

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
  const reasons: string[] = [];
  if (pick && options.length === 0) {
    reasons.push(`${shortId(pick.id)} is the most permissive ModelGo license: almost no conditions, irrevocable and sublicensable.`);
  } else if (pick) {
    const asked = wanted.filter((o) => o !== 'BY').map((o) => OPTION_NAMES[o]);
    reasons.push(
      asked.length > 0
        ? `${shortId(pick.id)} is the least restrictive ModelGo license with ${asked.join(' and ')}; every option except MG0 also asks for attribution.`
        : `${shortId(pick.id)} asks only for attribution: keep your credit and notices, and state changes in derivatives.`,
    );
  } else {
    reasons.push(
      `No ModelGo license combines ${options
        .filter((o) => o !== 'BY')
        .map((o) => OPTION_NAMES[o])
        .join(' and ')}; pick the need that matters most and I can suggest the license for it.`,
    );
  }
  return { needs, options, pick, reasons };
}
