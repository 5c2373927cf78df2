import { shortId } from '../../knowledge/knowledge-base.js';
import type { License, PermissionAction } from '../../knowledge/schema.js';
import { FAQ_URL, licenseCitation, sourceLine } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';
import type { Catalogue } from '../messages/catalogue.js';
import { askForLicenses } from './missing-license.js';

/** What a card says you may do, and what you must do, in that order: what people ask about most. */
const MAY = ['commercial-model', 'share-derivatives', 'share-extracted', 'share-output'] as const satisfies readonly (keyof Catalogue['license']['may'] &
  PermissionAction)[];
const MUST = [
  'keep-attribution',
  'indicate-changes',
  'disclose-source',
  'same-license',
  'rai-restrictions',
  'output-dataset-notice',
] as const satisfies readonly (keyof Catalogue['license']['must'] & PermissionAction)[];

/** The "license card": one license at a glance, grouped as what it is for, what you may do and what you must do. */
export function licenseCard(ctx: AnswerContext): Draft {
  const { kb, edition, licenses, msg } = ctx;
  const words = msg.license;
  const license = licenses.mg[0];
  if (!license) {
    const other = licenses.others[0];
    if (!other) return askForLicenses(ctx, 'license');
    const citation = { label: msg.citations.otherGrantTables, url: FAQ_URL };
    return {
      card: {
        title: other.name,
        headline: words.other.headline(other.name, other.summary),
        tone: 'neutral',
        paragraphs: [words.other.paragraph(other.patent, other.copyright)],
        fields: [],
        choices: [],
        source: citation.label,
        details: [],
        citations: [citation],
      },
    };
  }
  const id = shortId(license.id);
  const may = MAY.flatMap((action) => {
    const v = value(license, action, ctx);
    return v === null ? [] : [words.mark(v, words.may[action])];
  });
  const must = MUST.filter((action) => value(license, action, ctx) === true).map((action) => words.must[action]);
  const citation = licenseCitation(ctx, license, edition);
  return {
    card: {
      title: words.title(license.id, license.name),
      headline: words.headline(license.id, kb.groupName(license.group), license.summary),
      tone: 'neutral',
      paragraphs: [words.mayLine(may, license.grant.revocable, license.grant.sublicensable), words.mustLine(must)],
      fields: [
        { label: words.fields.revocable, value: msg.grant.value[license.grant.revocable] },
        { label: words.fields.sublicensable, value: msg.grant.value[license.grant.sublicensable] },
        ...kb.edition(edition).sheetRows.flatMap((row) => {
          const v = license.sheet[row.id];
          return v === null || v === undefined ? [] : [{ label: row.label, value: v ? msg.answer.yes : msg.answer.no }];
        }),
      ],
      choices: [
        { label: words.revocable, question: words.revocableQuestion(id) },
        { label: words.commercial, question: words.commercialQuestion(id) },
      ],
      source: sourceLine([citation]),
      details: [words.apply(license.name, license.id)],
      citations: [citation],
      group: license.group,
    },
  };
}

function value(license: License, action: PermissionAction, { kb, edition }: AnswerContext): boolean | null {
  const row = kb.rowFor(action, edition);
  return row ? (license.sheet[row.id] ?? null) : null;
}
