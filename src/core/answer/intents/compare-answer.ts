import { shortId } from '../../knowledge/knowledge-base.js';
import type { License, LicenseGroup } from '../../knowledge/schema.js';
import { compare } from '../../rules/compare.js';
import { licenseCitation } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';
import { licenseCard } from './license-card.js';
import { askForLicenses } from './missing-license.js';

/** Rows shown in the first message; the rest are one tap away. */
const SHOWN_ROWS = 3;

const GROUP_RANK: Record<LicenseGroup, number> = { Permissive: 0, Conditional: 1, Stringent: 2 };

/** Stricter = a later group, then more options: MG-BY-NC-ND is the strictest ModelGo license. */
function strictness(l: License): number {
  return GROUP_RANK[l.group] * 10 + l.options.length;
}

export function compareAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition, licenses } = ctx;
  const all = [...new Map(licenses.mg.map((l) => [l.id, l])).values()];
  const [a, b] = all;
  if (!a) return askForLicenses(ctx, 'compare', 'Which licenses should I compare? For example: "MG-BY-NC vs MG-BY-NC-ND".');
  if (!b) return licenseCard(ctx);
  const ids = all.map((l) => shortId(l.id));
  // Every row where any two of the licenses differ, with each license's value in order.
  const rows = new Map<string, string[]>();
  for (const other of all.slice(1)) {
    for (const d of compare(a, other, kb, edition)) rows.set(d.label, []);
  }
  for (const label of rows.keys()) {
    rows.set(
      label,
      all.map((l) => compare(l, l === a ? b : a, kb, edition).find((d) => d.label === label)?.a ?? sameAs(label, a, all, kb, edition)),
    );
  }
  const table = [...rows.entries()].map(([label, values]) => ({ label, value: values.map((v, i) => `${ids[i]}: ${v}`).join(' · ') }));
  const ranked = [...all].sort((x, y) => strictness(y) - strictness(x));
  const stricter = /strict|restrictive|permissive|more open|freer|looser/.test(u.question.toLowerCase());
  const headline = stricter
    ? `${shortId(ranked[0]!.id)} is the stricter${all.length > 2 ? ' of these' : ''}: ${ranked.map((l) => shortId(l.id)).join(' > ')} (most to least restrictive).`
    : `${ids.join(' vs ')}: they differ in ${rows.size} rows; the main ones are below.`;
  const citations = all.map((l) => licenseCitation(kb, l, edition, 'Model Sheet'));
  return {
    card: {
      title: ids.join(' vs '),
      headline,
      tone: 'neutral',
      paragraphs: table.slice(0, SHOWN_ROWS).map((r) => `${r.label}: ${r.value}`),
      fields: table,
      choices: all.slice(0, 3).map((l) => ({ label: `About ${shortId(l.id)}`, question: `what is ${shortId(l.id)}?` })),
      source: `Model Sheets, ${kb.edition(edition).display}`,
      details: all.map((l) => `${shortId(l.id)}: ${l.summary}`),
      citations,
    },
  };
}

/** A row where this license agrees with the first one: read its value against the second. */
function sameAs(label: string, a: License, all: License[], kb: AnswerContext['kb'], edition: AnswerContext['edition']): string {
  for (const other of all) {
    const d = compare(a, other, kb, edition).find((x) => x.label === label);
    if (d) return d.a;
  }
  return '—';
}
