import { shortId } from '../../knowledge/knowledge-base.js';
import { compare } from '../../rules/compare.js';
import type { AnswerContext, Draft } from '../draft.js';
import { licenseCard } from './license-card.js';
import { askForLicenses } from './missing-license.js';

/** Shown at most; the rest are summed up in one line so cards stay within platform limits. */
const MAX_ROWS = 9;

export function compareAnswer(ctx: AnswerContext): Draft {
  const { kb, edition, licenses } = ctx;
  const [a, b] = [...new Map(licenses.mg.map((l) => [l.id, l])).values()];
  if (!a) return askForLicenses(ctx, 'compare', 'Which two licenses should I compare? For example: "MG-BY-NC vs MG-BY-NC-ND".');
  if (!b) return licenseCard(ctx);
  const diffs = compare(a, b, kb, edition);
  const [x, y] = [shortId(a.id), shortId(b.id)];
  const shown = diffs.slice(0, MAX_ROWS);
  return {
    card: {
      title: `${x} vs ${y}`,
      headline: `They differ in ${diffs.length} rows of options, grant and Model Sheet.`,
      tone: 'neutral',
      paragraphs: [
        `${x}: ${a.summary}`,
        `${y}: ${b.summary}`,
        ...(diffs.length > shown.length ? [`…and ${diffs.length - shown.length} more Model Sheet rows; ask about either license for its full card.`] : []),
      ],
      fields: shown.map((d) => ({ label: d.label, value: `${x}: ${d.a} · ${y}: ${d.b}` })),
      choices: [
        { label: `About ${x}`, question: `what is ${x}?` },
        { label: `About ${y}`, question: `what is ${y}?` },
      ],
      source: `Model Sheets of ${a.id} and ${b.id} (${kb.edition(edition).texts})`,
    },
  };
}
