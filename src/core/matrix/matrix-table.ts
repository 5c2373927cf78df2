// The remix compatibility table of one edition, cell by cell, as the rules engine answers it: the
// picture draws this, so it can never disagree with what the bot says about a single pair.
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Edition, License, LicenseGroup } from '../knowledge/schema.js';
import { type RemixVerdict, remix } from '../rules/remix.js';

export const GROUP_ORDER: readonly LicenseGroup[] = ['Permissive', 'Conditional', 'Stringent'];

export interface MatrixCell {
  verdict: Exclude<RemixVerdict, 'separable'>;
  /** The license of the merged model, for compatible cells. */
  result: License | null;
  /** The official mark is listed as an exception to the option rule. */
  exception: boolean;
}

export interface MatrixTable {
  edition: Edition;
  /** Rows and columns alike, in group order (the data's order within a group). */
  licenses: License[];
  /** cells[row][column], indexed like `licenses`. */
  cells: MatrixCell[][];
}

export function compatibilityMatrix(kb: KnowledgeBase, edition: Edition): MatrixTable {
  const licenses = [...kb.licenses(edition)].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
  const exceptions = kb.edition(edition).compatibilityExceptions;
  const cells = licenses.map((row) =>
    licenses.map((col): MatrixCell => {
      const { verdict, result } = remix([row, col], 'merge', kb, edition);
      if (verdict === 'separable') throw new Error('merging is never separable');
      const exception = row.id !== col.id && exceptions.some((e) => e.pair.includes(row.id) && e.pair.includes(col.id));
      return { verdict, result, exception };
    }),
  );
  return { edition, licenses, cells };
}
