import { shortId } from '../../knowledge/knowledge-base.js';
import { permission } from '../../rules/permission.js';
import type { AnswerContext, Draft } from '../draft.js';
import { ACTION_WORDS, VERDICT_MARK } from '../words.js';
import { licenseCard } from './license-card.js';
import { askForLicenses } from './missing-license.js';

export function permissionAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition, licenses } = ctx;
  const license = licenses.mg[0];
  if (!license) {
    if (licenses.others[0]) return licenseCard(ctx);
    return askForLicenses(ctx, 'permission', 'Which license do you mean? For example: "can I use MG-BY-NC-ND models commercially?"');
  }
  if (!u.action) {
    const card = licenseCard(ctx);
    return { ...card, verdict: null, card: { ...card.card, headline: 'I couldn\'t tell which right or duty you mean, so here is the whole license.' } };
  }
  const outcome = permission(license, u.action, kb, edition);
  const words = ACTION_WORDS[u.action];
  const id = shortId(license.id);
  // Some rows are read from the license text because the edition's Model Sheet has none for them.
  const where = outcome.row?.fromText ? 'License text' : 'Model Sheet';
  const headline = outcome.verdict === null
    ? `The ${id} Model Sheet has no row for ${words.topic}.`
    : words.must
      ? outcome.verdict === 'yes' ? `${VERDICT_MARK.yes} Yes: ${id} requires ${words.topic}.` : `${VERDICT_MARK.no} No: ${id} does not require ${words.topic}.`
      : outcome.verdict === 'yes' ? `${VERDICT_MARK.yes} Yes: ${id} allows ${words.topic}.` : `${VERDICT_MARK.no} No: ${id} does not allow ${words.topic}.`;
  return {
    verdict: outcome.verdict,
    card: {
      title: `${license.id}: ${words.topic}`,
      headline,
      tone: outcome.verdict === null ? 'neutral' : (outcome.verdict === 'yes') !== Boolean(words.must) ? 'positive' : 'caution',
      paragraphs: [license.summary, ...outcome.discrepancies.map((d) => d.note)],
      fields: outcome.row ? [{ label: `${where}: ${outcome.row.label}`, value: outcome.verdict === 'yes' ? 'Yes' : outcome.verdict === 'no' ? 'No' : 'Not stated' }] : [],
      choices: [{ label: `All of ${id}`, question: `what is ${id}?` }],
      source: `${license.id} ${where} (${kb.edition(edition).texts})`,
      group: license.group,
    },
  };
}
