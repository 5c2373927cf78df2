import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Edition, License } from '../knowledge/schema.js';
import { GRANT_VALUE_WORDS } from './grant.js';

export interface Difference {
  label: string;
  a: string;
  b: string;
}

/** The rows where two licenses of one edition differ: options, group, grant, then each Model Sheet row. */
export function compare(a: License, b: License, kb: KnowledgeBase, edition: Edition): Difference[] {
  const diffs: Difference[] = [];
  const add = (label: string, x: string, y: string): void => {
    if (x !== y) diffs.push({ label, a: x, b: y });
  };
  add('Options', a.options.join(', ') || 'none', b.options.join(', ') || 'none');
  add('Group', a.group, b.group);
  add('Revocable', GRANT_VALUE_WORDS[a.grant.revocable], GRANT_VALUE_WORDS[b.grant.revocable]);
  add('Sublicensable', GRANT_VALUE_WORDS[a.grant.sublicensable], GRANT_VALUE_WORDS[b.grant.sublicensable]);
  for (const row of kb.edition(edition).sheetRows) {
    add(row.label, mark(a.sheet[row.id]), mark(b.sheet[row.id]));
  }
  return diffs;
}

function mark(value: boolean | null | undefined): string {
  return value === true ? 'Yes' : value === false ? 'No' : 'Not stated';
}
