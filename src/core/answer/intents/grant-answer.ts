import { shortId } from '../../knowledge/knowledge-base.js';
import type { Grant, GrantValue } from '../../knowledge/schema.js';
import { GRANT_VALUE_WORDS, type GrantAspect, grant, isMgLicense } from '../../rules/grant.js';
import { FAQ_URL, licenseCitation, sourceLine } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';
import { VERDICT_MARK } from '../words.js';
import { askForLicenses } from './missing-license.js';

/** The first line for each table value; `{id}` is the license. Negative wording ("irrevocable?") flips yes and no. */
const HEADLINES: Record<Exclude<GrantAspect, 'terminable'>, Record<GrantValue, [plain: string, negative: string]>> = {
  revocable: {
    yes: [
      `${VERDICT_MARK.caution} Yes, the licensor can revoke the {id} grant.`,
      `${VERDICT_MARK.caution} No, {id} is not irrevocable: the licensor can revoke the grant.`,
    ],
    no: [`${VERDICT_MARK.yes} No, the {id} grant is irrevocable.`, `${VERDICT_MARK.yes} Yes, {id} is irrevocable.`],
    'not-stated': [
      `${VERDICT_MARK.caution} {id} doesn't say, which is generally read as revocable.`,
      `${VERDICT_MARK.caution} {id} doesn't say it is irrevocable, which is generally read as revocable.`,
    ],
    'auto-licensing': [
      `${VERDICT_MARK.caution} {id} uses auto licensing: every recipient is licensed directly by the original licensor.`,
      `${VERDICT_MARK.caution} {id} uses auto licensing: every recipient is licensed directly by the original licensor.`,
    ],
    'n/a': ['{id} grants no such right.', '{id} grants no such right.'],
  },
  sublicensable: {
    yes: [`${VERDICT_MARK.yes} Yes, you may sublicense {id}.`, `${VERDICT_MARK.yes} No, {id} is sublicensable.`],
    no: [`${VERDICT_MARK.no} No, you may not sublicense {id}.`, `${VERDICT_MARK.no} Yes, {id} is non-sublicensable.`],
    'not-stated': [
      `${VERDICT_MARK.caution} {id} doesn't say whether it may be sublicensed.`,
      `${VERDICT_MARK.caution} {id} doesn't say whether it may be sublicensed.`,
    ],
    'auto-licensing': [
      `${VERDICT_MARK.no} No sublicensing under {id}, and none is needed: every recipient is licensed directly by the original licensor (auto licensing).`,
      `${VERDICT_MARK.no} Yes, {id} is non-sublicensable: every recipient is licensed directly by the original licensor (auto licensing).`,
    ],
    'n/a': ['{id} grants no such right.', '{id} grants no such right.'],
  },
};

export function grantAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition, licenses } = ctx;
  const license = licenses.all[0];
  if (!license) return askForLicenses(ctx, 'grant', 'Which license\'s grant do you mean? For example: "is MG-BY-NC revocable?"');

  const aspect = u.aspect ?? 'revocable';
  const termination = kb.edition(edition).clauses.find((c) => c.id === 'termination');
  const outcome = grant(license, aspect, u.right, (id) => kb.footnotes.get(id), termination);
  const name = isMgLicense(license) ? shortId(license.id) : license.id;
  const citations = isMgLicense(license)
    ? [
        aspect === 'terminable' && termination
          ? licenseCitation(kb, license, edition, termination.ref)
          : { label: 'ModelGo FAQ: "Grant of patent and copyright licenses in ModelGo"', url: FAQ_URL },
      ]
    : [{ label: 'ModelGo FAQ: grant tables for other licenses', url: FAQ_URL }];

  const details: string[] = [];
  let headline: string;
  const paragraphs: string[] = [];
  if (aspect === 'terminable') {
    headline =
      outcome.verdict === null
        ? `${VERDICT_MARK.caution} I know the termination terms of ModelGo licenses only, not of ${name}.`
        : outcome.verdict === 'yes'
          ? `${VERDICT_MARK.caution} Yes, the ${name} license can be terminated.`
          : `${VERDICT_MARK.yes} No, the ${name} license has no termination clause in the ${kb.edition(edition).display}.`;
    if (outcome.termination)
      paragraphs.push(
        outcome.verdict === 'yes' ? `${outcome.termination.text} (${outcome.termination.ref})` : (outcome.termination.exceptText ?? outcome.termination.text),
      );
    if (isMgLicense(license))
      paragraphs.push(
        `That is separate from revocation: the grant is ${license.grant.revocable === 'no' ? 'irrevocable' : 'revocable'}, yet the license still ends on these conditions.`,
      );
  } else {
    const [plain, negative] = HEADLINES[aspect][outcome.verdict ?? 'n/a'];
    headline = (u.negativeAspect ? negative : plain).replaceAll('{id}', name);
    if (outcome.combined) paragraphs.push('ModelGo licenses grant patent and copyright rights together, so the answer is the same for both.');
    else {
      paragraphs.push(`Patent grant: ${describe(outcome.patent)}. Copyright grant: ${describe(outcome.copyright)}.`);
      if (outcome.rightAssumed) details.push("You didn't say patent or copyright, so the short answer follows the copyright grant.");
    }
  }
  details.push(...outcome.footnotes);
  if (isMgLicense(license)) {
    const stem = aspect === 'revocable' ? 'revoc' : aspect === 'sublicensable' ? 'sublicens' : 'terminat';
    details.push(...license.discrepancies.filter((d) => d.topic.includes(stem)).map((d) => d.note));
    details.push('Trademark rights are never granted by a ModelGo license.');
  }
  return {
    verdict: outcome.verdict,
    card: {
      title: `${name}: ${aspect === 'revocable' ? 'can the grant be revoked?' : aspect === 'sublicensable' ? 'can it be sublicensed?' : 'can the license be terminated?'}`,
      headline,
      tone: outcome.verdict === 'no' ? 'neutral' : 'caution',
      paragraphs,
      fields: [
        { label: 'Patent grant', value: describe(outcome.patent) },
        { label: 'Copyright grant', value: describe(outcome.copyright) },
      ],
      choices: isMgLicense(license) ? [{ label: `About ${name}`, question: `what is ${name}?` }] : [],
      source: sourceLine(citations),
      details,
      citations,
    },
  };
}

function describe(g: Grant): string {
  return `revocable: ${GRANT_VALUE_WORDS[g.revocable]}; sublicensable: ${GRANT_VALUE_WORDS[g.sublicensable]}`;
}
