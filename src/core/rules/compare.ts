import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Edition, GrantValue, License, LicenseGroup, LicenseOption } from '../knowledge/schema.js';

/** One row where two licenses differ, with each license's value (`a`, `b`) as data. */
export type Difference =
  | { row: 'options'; a: LicenseOption[]; b: LicenseOption[] }
  | { row: 'group'; a: LicenseGroup; b: LicenseGroup }
  | { row: 'revocable' | 'sublicensable'; a: GrantValue; b: GrantValue }
  /** A Model Sheet row; null when the sheet does not state it. */
  | { row: 'sheet'; id: string; label: string; a: boolean | null; b: boolean | null };

/** Which row a difference is, the same for every pair of licenses compared. */
export function rowKey(d: Difference): string {
  return d.row === 'sheet' ? `sheet:${d.id}` : d.row;
}

/** The rows where two licenses of one edition differ: options, group, grant, then each Model Sheet row. */
export function compare(a: License, b: License, kb: KnowledgeBase, edition: Edition): Difference[] {
  const diffs: Difference[] = [];
  if (a.options.join() !== b.options.join()) diffs.push({ row: 'options', a: a.options, b: b.options });
  if (a.group !== b.group) diffs.push({ row: 'group', a: a.group, b: b.group });
  for (const aspect of ['revocable', 'sublicensable'] as const) {
    if (a.grant[aspect] !== b.grant[aspect]) diffs.push({ row: aspect, a: a.grant[aspect], b: b.grant[aspect] });
  }
  for (const row of kb.edition(edition).sheetRows) {
    const x = a.sheet[row.id] ?? null;
    const y = b.sheet[row.id] ?? null;
    if (x !== y) diffs.push({ row: 'sheet', id: row.id, label: row.label, a: x, b: y });
  }
  return diffs;
}
