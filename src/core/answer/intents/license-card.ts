import { shortId } from '../../knowledge/knowledge-base.js';
import type { PermissionAction } from '../../knowledge/schema.js';
import { GRANT_VALUE_WORDS } from '../../rules/grant.js';
import type { CardField } from '../answer.js';
import type { AnswerContext, Draft } from '../draft.js';
import { askForLicenses } from './missing-license.js';

/** The Model Sheet rows a license card shows, in this order: what people ask about most. */
const KEY_ACTIONS: PermissionAction[] = [
  'commercial-model', 'share-derivatives', 'share-output', 'share-extracted', 'commercial-output', 'keep-attribution',
  'disclose-source', 'same-license', 'rai-restrictions', 'output-dataset-notice',
];

/** The "license card": one license at a glance. */
export function licenseCard(ctx: AnswerContext): Draft {
  const { kb, edition, licenses } = ctx;
  const license = licenses.mg[0];
  if (!license) {
    const other = licenses.others[0];
    if (!other) return askForLicenses(ctx, 'license', 'Which license should I describe? For example: "what is MG-BY-ND?"');
    return {
      card: {
        title: other.name,
        headline: other.summary,
        tone: 'neutral',
        paragraphs: ['This is not a ModelGo license. What I know of it comes from the ModelGo FAQ\'s grant tables:'],
        fields: [
          { label: 'Patent grant', value: `revocable: ${GRANT_VALUE_WORDS[other.patent.revocable]}; sublicensable: ${GRANT_VALUE_WORDS[other.patent.sublicensable]}` },
          { label: 'Copyright grant', value: `revocable: ${GRANT_VALUE_WORDS[other.copyright.revocable]}; sublicensable: ${GRANT_VALUE_WORDS[other.copyright.sublicensable]}` },
        ],
        choices: [],
        source: kb.othersSource.replace(/^reference\//, ''),
      },
    };
  }
  const fields: CardField[] = KEY_ACTIONS.flatMap((action) => {
    const row = kb.rowFor(action, edition);
    const value = row ? license.sheet[row.id] : undefined;
    return row && value !== undefined && value !== null ? [{ label: row.label, value: value ? 'Yes' : 'No' }] : [];
  }).slice(0, 8);
  fields.push(
    { label: 'Revocable', value: GRANT_VALUE_WORDS[license.grant.revocable] },
    { label: 'Sublicensable', value: GRANT_VALUE_WORDS[license.grant.sublicensable] },
  );
  const id = shortId(license.id);
  return {
    card: {
      title: `${license.id}: ${license.name}`,
      headline: `${license.group} license · options: ${license.options.join(', ') || 'none'} · ${license.tags.join(', ')}`,
      tone: 'neutral',
      paragraphs: [
        license.summary,
        `To apply it, put the LICENSE file in your model repository and declare "${license.name} (${license.id})" in the README or model card, linking to ${kb.edition(edition).licenseUrl.replace('<ID>', shortId(license.id))}.`,
      ],
      fields,
      choices: [
        { label: 'Revocable?', question: `is ${id} revocable?` },
        { label: 'Commercial use?', question: `can I use ${id} models commercially?` },
      ],
      source: `${license.id} Model Sheet and the ModelGo license list (${kb.edition(edition).texts})`,
      group: license.group,
    },
  };
}
