import { z } from 'zod';
import type { KnowledgeFiles } from './knowledge-base.js';
import type { LicenseGroup } from './schema.js';

/**
 * The user-facing sentences of the data files in another language: FAQ answers, license summaries,
 * Model Sheet row labels, clause summaries and notes, keyed by the ids of the English files. Facts
 * (verdicts, sheet values, options) are never translated, only the words that describe them, so a
 * translation can never change an answer.
 */
const Text = z.string().trim().min(1);

export const TranslationFileSchema = z.strictObject({
  faq: z.record(z.string(), z.strictObject({ question: Text, title: Text, answer: Text, byEdition: z.record(z.string(), Text).optional() })),
  editions: z.record(
    z.string(),
    z.strictObject({
      title: Text,
      display: Text,
      texts: Text,
      sheetRows: z.record(z.string(), Text),
      licenses: z.record(z.string(), z.strictObject({ summary: Text, group: Text })),
      discrepancies: z.record(z.string(), z.record(z.string(), Text)),
      clauses: z.record(z.string(), z.strictObject({ text: Text, exceptText: Text.optional(), note: Text.optional() })),
      renamed: z.record(z.string(), Text),
      compatibilityExceptions: z.record(z.string(), Text),
    }),
  ),
  grantFootnotes: z.record(z.string(), Text),
});
export type TranslationFile = z.infer<typeof TranslationFileSchema>;

/** The translation's skeleton: every sentence of the English files, by the key a translation gives it. */
export function sentences(files: KnowledgeFiles): TranslationFile {
  const byId = <T extends { id: string }, V>(items: readonly T[], value: (item: T) => V) => Object.fromEntries(items.map((i) => [i.id, value(i)]));
  return {
    faq: byId(files.faq.topics, (t) => ({ question: t.question, title: t.title, answer: t.answer, ...(t.byEdition ? { byEdition: { ...t.byEdition } } : {}) })),
    editions: Object.fromEntries(
      files.editions.map((e) => [
        e.edition,
        {
          title: e.title,
          display: e.display,
          texts: e.texts,
          sheetRows: byId(e.sheetRows, (r) => r.label),
          licenses: byId(e.licenses, (l) => ({ summary: l.summary, group: l.group })),
          discrepancies: Object.fromEntries(
            e.licenses.filter((l) => l.discrepancies.length > 0).map((l) => [l.id, Object.fromEntries(l.discrepancies.map((d) => [d.topic, d.note]))]),
          ),
          clauses: byId(e.clauses, (c) => ({ text: c.text, ...(c.exceptText ? { exceptText: c.exceptText } : {}), ...(c.note ? { note: c.note } : {}) })),
          renamed: Object.fromEntries(Object.entries(e.renamed).map(([id, r]) => [id, r.note])),
          compatibilityExceptions: Object.fromEntries(e.compatibilityExceptions.map((x) => [x.pair.join('+'), x.explanation])),
        },
      ]),
    ),
    grantFootnotes: byId(files.others.footnotes, (f) => f.text),
  };
}

/** Key paths the translation lacks or has beyond the English files: both stop start-up, so none goes unnoticed. */
export function keyProblems(expected: unknown, given: unknown, path = ''): string[] {
  if (typeof expected !== 'object' || expected === null) return typeof given === 'string' ? [] : [`${path || 'top level'}: not a sentence`];
  if (typeof given !== 'object' || given === null) return [`${path}: missing`];
  const e = expected as Record<string, unknown>;
  const g = given as Record<string, unknown>;
  return [
    ...Object.keys(e).flatMap((k) => (k in g ? keyProblems(e[k], g[k], path ? `${path}.${k}` : k) : [`${path ? `${path}.` : ''}${k}: missing`])),
    ...Object.keys(g)
      .filter((k) => !(k in e))
      .map((k) => `${path ? `${path}.` : ''}${k}: not in the English data`),
  ];
}

/** Licenses of one group whose translations name the group differently: answers would not agree. */
export function groupConflicts(files: KnowledgeFiles, t: TranslationFile): string[] {
  const named = new Map<string, string>();
  return files.editions.flatMap((e) =>
    e.licenses.flatMap((l) => {
      const name = t.editions[e.edition]?.licenses[l.id]?.group;
      const first = named.get(l.group);
      if (name === undefined) return [];
      if (first === undefined) named.set(l.group, name);
      return first === undefined || first === name
        ? []
        : [`editions.${e.edition}.licenses.${l.id}.group: "${name}", but other ${l.group} licenses say "${first}"`];
    }),
  );
}

/** The English files with their sentences replaced by the translation's; ids and facts stay as they are. */
export function translateFiles(files: KnowledgeFiles, t: TranslationFile): KnowledgeFiles & { groupNames: Record<LicenseGroup, string> } {
  const groupNames = {} as Record<LicenseGroup, string>;
  const editions = files.editions.map((e) => {
    const te = t.editions[e.edition]!;
    for (const l of e.licenses) groupNames[l.group] = te.licenses[l.id]!.group;
    return {
      ...e,
      title: te.title,
      display: te.display,
      texts: te.texts,
      sheetRows: e.sheetRows.map((r) => ({ ...r, label: te.sheetRows[r.id]! })),
      licenses: e.licenses.map((l) => ({
        ...l,
        summary: te.licenses[l.id]!.summary,
        discrepancies: l.discrepancies.map((d) => ({ ...d, note: te.discrepancies[l.id]![d.topic]! })),
      })),
      clauses: e.clauses.map((c) => ({ ...c, ...te.clauses[c.id]! })),
      renamed: Object.fromEntries(Object.entries(e.renamed).map(([id, r]) => [id, { ...r, note: te.renamed[id]! }])),
      compatibilityExceptions: e.compatibilityExceptions.map((x) => ({ ...x, explanation: te.compatibilityExceptions[x.pair.join('+')]! })),
    };
  });
  return {
    editions,
    others: { ...files.others, footnotes: files.others.footnotes.map((f) => ({ ...f, text: t.grantFootnotes[f.id]! })) },
    faq: { ...files.faq, topics: files.faq.topics.map((topic) => ({ ...topic, ...t.faq[topic.id]! })) },
    groupNames,
  };
}
