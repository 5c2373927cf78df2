import { shortId } from '../../knowledge/knowledge-base.js';
import type { License, LicenseGroup } from '../../knowledge/schema.js';
import { compare, type Difference, rowKey } from '../../rules/compare.js';
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
  const { u, kb, edition, licenses, msg } = ctx;
  const all = [...new Map(licenses.mg.map((l) => [l.id, l])).values()];
  const [a, b] = all;
  if (!a) return askForLicenses(ctx, 'compare');
  if (!b) return licenseCard(ctx);
  const ids = all.map((l) => shortId(l.id));
  // Every row where any two of the licenses differ, with each license's value in order.
  const rows = new Map<string, Difference>();
  for (const other of all.slice(1)) {
    for (const d of compare(a, other, kb, edition)) rows.set(rowKey(d), d);
  }
  const cellOf = (l: License, key: string): string => {
    const d = compare(l, l === a ? b : a, kb, edition).find((x) => rowKey(x) === key) ?? sameAs(key, a, all, kb, edition);
    if (!d) return '—';
    return d.row === 'group' ? kb.groupName(d.a) : msg.compare.value(d, 'a');
  };
  const table = [...rows.entries()].map(([key, d]) => ({
    label: msg.compare.row(d),
    value: msg.compare.field(
      ids,
      all.map((l) => cellOf(l, key)),
    ),
  }));
  const ranked = [...all].sort((x, y) => strictness(y) - strictness(x));
  const stricter = /strict|restrictive|permissive|more open|freer|looser/.test(u.question.toLowerCase());
  const headline = stricter
    ? msg.compare.stricter(
        shortId(ranked[0]!.id),
        ranked.map((l) => shortId(l.id)),
        all.length > 2,
      )
    : msg.compare.differ(ids, rows.size);
  const citations = all.map((l) => licenseCitation(ctx, l, edition, msg.citations.modelSheet));
  return {
    card: {
      title: msg.compare.title(ids),
      headline,
      tone: 'neutral',
      paragraphs: table.slice(0, SHOWN_ROWS).map((r) => msg.compare.paragraph(r.label, r.value)),
      fields: table,
      choices: ids.slice(0, 3).map(msg.answer.about),
      source: msg.citations.modelSheetsOf(kb.edition(edition).display),
      details: all.map((l) => msg.compare.summary(shortId(l.id), l.summary)),
      citations,
    },
  };
}

/** A row where this license agrees with the first one: read its value against another. */
function sameAs(key: string, a: License, all: License[], kb: AnswerContext['kb'], edition: AnswerContext['edition']): Difference | undefined {
  for (const other of all) {
    const d = compare(a, other, kb, edition).find((x) => rowKey(x) === key);
    if (d) return d;
  }
  return undefined;
}
