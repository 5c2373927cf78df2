import type { Grant, GrantValue, License, OtherLicense } from '../knowledge/schema.js';

export type GrantAspect = 'revocable' | 'sublicensable';
export type GrantRight = 'patent' | 'copyright';

export interface GrantOutcome {
  aspect: GrantAspect;
  right: GrantRight;
  /** True when the question named neither patent nor copyright, so the copyright grant was used. */
  rightAssumed: boolean;
  verdict: GrantValue;
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
): GrantOutcome {
  const patent = isMgLicense(license) ? license.grant : license.patent;
  const copyright = isMgLicense(license) ? license.grant : license.copyright;
  const chosenRight = right ?? 'copyright';
  const verdict = (chosenRight === 'patent' ? patent : copyright)[aspect];
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
    combined: isMgLicense(license),
    footnotes: [...used].map(footnoteText).filter((t): t is string => t !== undefined),
  };
}

export const GRANT_VALUE_WORDS: Record<GrantValue, string> = {
  yes: 'Yes',
  no: 'No',
  'not-stated': 'Not stated',
  'auto-licensing': 'No: auto licensing instead',
  'n/a': 'Not applicable',
};
