import { shortId } from '../../knowledge/knowledge-base.js';
import type { License, PermissionAction } from '../../knowledge/schema.js';
import { GRANT_VALUE_WORDS } from '../../rules/grant.js';
import { FAQ_URL, licenseCitation, sourceLine } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';
import { askForLicenses } from './missing-license.js';

/** What a card says you may do, and what you must do, in that order: what people ask about most. */
const MAY: Array<[PermissionAction, string]> = [
  ['commercial-model', 'commercial use'],
  ['share-derivatives', 'share derivatives'],
  ['share-extracted', 'share distilled models'],
  ['share-output', 'share output'],
];
const MUST: Array<[PermissionAction, string]> = [
  ['keep-attribution', 'keep attribution'],
  ['indicate-changes', 'state changes'],
  ['disclose-source', 'release source form'],
  ['same-license', 'same license for derivatives'],
  ['rai-restrictions', 'follow use restrictions'],
  ['output-dataset-notice', 'provenance notice on output datasets'],
];

/** The "license card": one license at a glance, grouped as what it is for, what you may do and what you must do. */
export function licenseCard(ctx: AnswerContext): Draft {
  const { kb, edition, licenses } = ctx;
  const license = licenses.mg[0];
  if (!license) {
    const other = licenses.others[0];
    if (!other) return askForLicenses(ctx, 'license', 'Which license should I describe? For example: "what is MG-BY-ND?"');
    const citation = { label: 'ModelGo FAQ: grant tables for other licenses', url: FAQ_URL };
    return {
      card: {
        title: other.name,
        headline: `${other.name}: ${other.summary}`,
        tone: 'neutral',
        paragraphs: [`Not a ModelGo license. Patent grant: ${grantWords(other.patent)}. Copyright grant: ${grantWords(other.copyright)}.`],
        fields: [],
        choices: [],
        source: citation.label,
        details: [],
        citations: [citation],
      },
    };
  }
  const id = shortId(license.id);
  const may = marks(license, MAY, ctx).join(' · ');
  const must = MUST.filter(([action]) => value(license, action, ctx) === true).map(([, words]) => words);
  const citation = licenseCitation(kb, license, edition);
  return {
    card: {
      title: `${license.id}: ${license.name}`,
      headline: `${license.id} (${license.group}): ${license.summary}`,
      tone: 'neutral',
      paragraphs: [
        `May: ${may} · revocable: ${GRANT_VALUE_WORDS[license.grant.revocable].toLowerCase()} · sublicensable: ${GRANT_VALUE_WORDS[license.grant.sublicensable].toLowerCase()}`,
        `Must: ${must.length > 0 ? must.join(' · ') : 'nothing beyond passing the license on'}`,
      ],
      fields: [
        { label: 'Revocable', value: GRANT_VALUE_WORDS[license.grant.revocable] },
        { label: 'Sublicensable', value: GRANT_VALUE_WORDS[license.grant.sublicensable] },
        ...kb.edition(edition).sheetRows.flatMap((row) => {
          const v = license.sheet[row.id];
          return v === null || v === undefined ? [] : [{ label: row.label, value: v ? 'Yes' : 'No' }];
        }),
      ],
      choices: [
        { label: 'Revocable?', question: `is ${id} revocable?` },
        { label: 'Commercial use?', question: `can I use ${id} models commercially?` },
      ],
      source: sourceLine([citation]),
      details: [`To apply it, put the LICENSE file in your model repository and declare "${license.name} (${license.id})" in the README or model card.`],
      citations: [citation],
      group: license.group,
    },
  };
}

function value(license: License, action: PermissionAction, { kb, edition }: AnswerContext): boolean | null {
  const row = kb.rowFor(action, edition);
  return row ? (license.sheet[row.id] ?? null) : null;
}

function marks(license: License, table: Array<[PermissionAction, string]>, ctx: AnswerContext): string[] {
  return table.flatMap(([action, words]) => {
    const v = value(license, action, ctx);
    return v === null ? [] : [`${v ? '✅' : '❌'} ${words}`];
  });
}

function grantWords(g: { revocable: keyof typeof GRANT_VALUE_WORDS; sublicensable: keyof typeof GRANT_VALUE_WORDS }): string {
  return `revocable ${GRANT_VALUE_WORDS[g.revocable].toLowerCase()}, sublicensable ${GRANT_VALUE_WORDS[g.sublicensable].toLowerCase()}`;
}
