import { shortId } from '../../knowledge/knowledge-base.js';
import type { Grant, GrantValue } from '../../knowledge/schema.js';
import { grant, GRANT_VALUE_WORDS, isMgLicense, type GrantAspect } from '../../rules/grant.js';
import type { AnswerContext, Draft } from '../draft.js';
import { VERDICT_MARK } from '../words.js';
import { askForLicenses } from './missing-license.js';

const HEADLINES: Record<GrantAspect, Record<GrantValue, string>> = {
  revocable: {
    yes: `${VERDICT_MARK.yes} Yes: the licensor can revoke the grant.`,
    no: `${VERDICT_MARK.no} No: the grant is irrevocable.`,
    'not-stated': `${VERDICT_MARK.caution} Not stated: the license is silent, which is generally read as implicitly revocable.`,
    'auto-licensing': `${VERDICT_MARK.caution} Auto licensing: recipients are licensed directly by the original licensor.`,
    'n/a': 'Not applicable: this license grants no such right.',
  },
  sublicensable: {
    yes: `${VERDICT_MARK.yes} Yes: you may sublicense it.`,
    no: `${VERDICT_MARK.no} No: you may not sublicense it.`,
    'not-stated': `${VERDICT_MARK.caution} Not stated: the license does not say.`,
    'auto-licensing': `${VERDICT_MARK.no} No sublicensing, and none is needed: every recipient gets a license directly from the original licensor (auto licensing).`,
    'n/a': 'Not applicable: this license grants no such right.',
  },
};

export function grantAnswer(ctx: AnswerContext): Draft {
  const { u, kb, licenses } = ctx;
  const license = licenses.all[0];
  if (!license) return askForLicenses(ctx, 'grant', 'Which license\'s grant do you mean? For example: "is MG-BY-NC revocable?"');

  const aspect = u.aspect ?? 'revocable';
  const outcome = grant(license, aspect, u.right, (id) => kb.footnotes.get(id));
  const name = isMgLicense(license) ? license.id : license.name;
  const paragraphs: string[] = [];
  if (outcome.combined) {
    paragraphs.push('ModelGo licenses grant patent and copyright rights together in one clause, so the answer is the same for both.');
  } else {
    paragraphs.push(`Patent grant: ${describe(outcome.patent)}. Copyright grant: ${describe(outcome.copyright)}.`);
    if (outcome.rightAssumed) paragraphs.push('You didn\'t say patent or copyright, so the short answer follows the copyright grant.');
  }
  if (!u.aspect) paragraphs.push(`Sublicensable: ${GRANT_VALUE_WORDS[(outcome.right === 'patent' ? outcome.patent : outcome.copyright).sublicensable]}.`);
  paragraphs.push(...outcome.footnotes);
  if (isMgLicense(license)) {
    // Only the sheet-vs-text notes about this aspect's rows (ids such as "revocable-derivatives").
    const stem = aspect === 'revocable' ? 'revoc' : 'sublicens';
    paragraphs.push(...license.discrepancies.filter((d) => d.topic.includes(stem)).map((d) => d.note));
    paragraphs.push('Trademark rights are never granted by a ModelGo license.');
  }
  return {
    verdict: outcome.verdict,
    card: {
      title: `${name}: ${aspect === 'revocable' ? 'can the grant be revoked?' : 'can it be sublicensed?'}`,
      headline: HEADLINES[aspect][outcome.verdict],
      tone: outcome.verdict === 'yes' ? (aspect === 'revocable' ? 'caution' : 'positive') : outcome.verdict === 'no' ? 'neutral' : 'caution',
      paragraphs,
      fields: [
        { label: 'Patent grant', value: describe(outcome.patent) },
        { label: 'Copyright grant', value: describe(outcome.copyright) },
      ],
      choices: isMgLicense(license) ? [{ label: `About ${shortId(license.id)}`, question: `what is ${shortId(license.id)}?` }] : [],
      source: isMgLicense(license)
        ? 'ModelGo FAQ, grant table "Grant of patent and copyright licenses in ModelGo"'
        : 'ModelGo FAQ, tables "Grant of patent license" and "Grant of copyright license"',
    },
  };
}

function describe(g: Grant): string {
  return `revocable: ${GRANT_VALUE_WORDS[g.revocable]}; sublicensable: ${GRANT_VALUE_WORDS[g.sublicensable]}`;
}
