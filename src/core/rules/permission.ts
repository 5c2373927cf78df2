import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Discrepancy, Edition, License, PermissionAction, SheetRow } from '../knowledge/schema.js';

export interface PermissionOutcome {
  action: PermissionAction;
  /** The Model Sheet row that answers the question; undefined when this edition's sheet has none. */
  row: SheetRow | undefined;
  /** ✓ → yes, ✗ → no; null when the row is not printed for this license. */
  verdict: 'yes' | 'no' | null;
  discrepancies: Discrepancy[];
}

/** "Can I / must I do X under L?", answered from L's Model Sheet row for X. */
export function permission(license: License, action: PermissionAction, kb: KnowledgeBase, edition: Edition): PermissionOutcome {
  const row = kb.rowFor(action, edition);
  const value = row ? license.sheet[row.id] : undefined;
  return {
    action,
    row,
    verdict: value === true ? 'yes' : value === false ? 'no' : null,
    discrepancies: license.discrepancies.filter((d) => row && d.topic === row.id),
  };
}
