// Reads the drawn cells back out of the matrix SVG, so tests check what the picture shows.
import type { Edition } from '../../src/core/knowledge/schema.js';
import { TABLE_2024, TABLE_2025 } from '../fixtures/compatibility-tables.js';

export const MARK = { Y: 'compatible', W: 'cannot-share', X: 'incompatible' } as const;
export const TABLES: Record<Edition, typeof TABLE_2024 | typeof TABLE_2025> = { 2024: TABLE_2024, 2025: TABLE_2025 };

export interface DrawnCell {
  row: string;
  col: string;
  verdict: string;
  exception: boolean;
  /** The mark the cell draws and where. */
  mark: { id: string; x: number; y: number };
  texts: string[];
  /** The cell's background rectangle. */
  box: { x: number; y: number };
}

export function drawnCells(svg: string): DrawnCell[] {
  return [...svg.matchAll(/<g data-row="([^"]+)" data-col="([^"]+)" data-verdict="([^"]+)" data-result="[^"]*"( data-exception="true")?>(.*?)<\/g>/g)].map(
    ([, row, col, verdict, exception, body]) => {
      const use = body!.match(/<use href="#mark-([a-z-]+)" x="([\d.]+)" y="([\d.]+)"\/>/)!;
      const box = body!.match(/<rect x="([\d.]+)" y="([\d.]+)"/)!;
      return {
        row: row!.replace(/-2\.0$/, ''),
        col: col!.replace(/-2\.0$/, ''),
        verdict: verdict!,
        exception: Boolean(exception),
        mark: { id: use[1]!, x: Number(use[2]), y: Number(use[3]) },
        texts: [...body!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!),
        box: { x: Number(box[1]), y: Number(box[2]) },
      };
    },
  );
}

/** Every cell of a transcribed official table: its mark letter and, for ✅, the result license. */
export function officialCells(edition: Edition) {
  const table = TABLES[edition];
  return Object.entries(table.rows).flatMap(([row, marks]) =>
    marks.split(' ').map((mark, i) => ({
      row,
      col: table.columns[i]!,
      mark: mark as keyof typeof MARK,
      result: (table.results as Record<string, readonly string[]>)[row]![i]!,
    })),
  );
}
