import type { Clause, Grant, GrantValue, License, OtherLicense } from '../knowledge/schema.js';

export type GrantAspect = 'revocable' | 'sublicensable' | 'terminable';
export type GrantRight = 'patent' | 'copyright';

export interface GrantOutcome {
  aspect: GrantAspect;
  right: GrantRight;
  /** True when the question named neither patent nor copyright, so the copyright grant was used. */
  rightAssumed: boolean;
  /** The table's value; for termination yes/no from the clause; null when the sources say nothing. */
  verdict: GrantValue | null;
  /** The termination clause the verdict rests on, for termination questions. */
  termination?: Clause;
  patent: Grant;
  copyright: Grant;
  /** ModelGo licenses grant patent and copyright together in one clause. */
  combined: boolean;
  footnotes: string[];
}

export function isMgLicense(license: License | OtherLicense): license is License {
  return 'options' in license;
}

/** Revocable / sublicensable, exactly as the FAQ's grant tables give it. */
export function grant(
  license: License | OtherLicense,
  aspect: GrantAspect,
  right: GrantRight | undefined,
  footnoteText: (id: string) => string | undefined,
  termination?: Clause,
): GrantOutcome {
  const patent = isMgLicense(license) ? license.grant : license.patent;
  const copyright = isMgLicense(license) ? license.grant : license.copyright;
  const chosenRight = right ?? 'copyright';
  const verdict = aspect === 'terminable' ? terminable(license, termination) : (chosenRight === 'patent' ? patent : copyright)[aspect];
  const used = new Set<string>(isMgLicense(license) ? [] : license.footnotes);
  // The answer shows both grants in full, so every value it shows gets its footnote.
  for (const value of [patent.revocable, patent.sublicensable, copyright.revocable, copyright.sublicensable]) {
    if (value === 'not-stated' || value === 'auto-licensing') used.add(value);
  }
  return {
    aspect,
    right: chosenRight,
    rightAssumed: right === undefined,
    verdict,
    patent,
    copyright,
    termination: aspect === 'terminable' && isMgLicense(license) ? termination : undefined,
    combined: isMgLicense(license),
    footnotes: [...used].map(footnoteText).filter((t): t is string => t !== undefined),
  };
}

/**
 * Whether the license can end: a question apart from revocation, since even an irrevocable grant ends
 * under a termination clause. Only ModelGo texts are known clause by clause.
 */
function terminable(license: License | OtherLicense, termination: Clause | undefined): GrantValue | null {
  if (!isMgLicense(license) || !termination) return null;
  return termination.applies && !termination.except.includes(license.id) ? 'yes' : 'no';
}
