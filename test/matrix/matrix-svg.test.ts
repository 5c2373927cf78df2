import { describe, expect, it } from 'vitest';
import { matrixSvg } from '../../src/core/matrix/matrix-svg.js';
import { kb } from '../helpers.js';
import { drawnCells, MARK, officialCells } from './svg-cells.js';

describe.each([
  ['2024', 81],
  ['2025', 64],
] as const)('the %s compatibility picture', (edition, count) => {
  const svg = matrixSvg(kb, { edition, highlight: [] });
  const drawn = drawnCells(svg);
  const at = (row: string, col: string) => drawn.find((c) => c.row === row && c.col === col);

  it(`draws ${count} cells`, () => expect(drawn).toHaveLength(count));

  it.each(officialCells(edition))('$row × $col shows the official mark $mark', ({ row, col, mark, result }) => {
    const cell = at(row, col)!;
    expect(cell.mark.id).toBe(MARK[mark]);
    expect(cell.texts.filter((t) => t !== '†')).toEqual(result ? [result] : []);
  });

  it('orders rows and columns Permissive, Conditional, Stringent', () => {
    const groups = [...new Set(drawn.map((c) => c.row))].map((id) => kb.mgLicense(`${id}-2.0`, edition)!.group);
    expect([...new Set(groups)]).toEqual(['Permissive', 'Conditional', 'Stringent']);
    const columns = drawn.filter((c) => c.row === 'MG0').map((c) => c.col);
    expect(columns).toEqual([...new Set(drawn.map((c) => c.row))]);
  });

  it('names the edition and its public source in the footer, never our files', () => {
    expect(svg).toContain(kb.edition(edition).title);
    expect(svg).toContain('modelgo.li');
    expect(svg).not.toMatch(/reference\/|\.json|\.md\b/);
  });
});

describe('cells where the official table departs from the option rule', () => {
  it('marks the two 2025 MG-BY-ND × MG-BY-NC-ND cells and explains the mark in the legend', () => {
    const svg = matrixSvg(kb, { edition: '2025', highlight: [] });
    const marked = drawnCells(svg).filter((c) => c.exception);
    expect(marked.map((c) => `${c.row} × ${c.col}`).sort()).toEqual(['MG-BY-NC-ND × MG-BY-ND', 'MG-BY-ND × MG-BY-NC-ND']);
    expect(marked.every((c) => c.texts.includes('†') && c.mark.id === 'incompatible')).toBe(true);
    expect(svg).toContain('The official table differs from the option rule');
  });

  it('marks nothing in 2024, whose table follows the rule everywhere', () => {
    const svg = matrixSvg(kb, { edition: '2024', highlight: [] });
    expect(drawnCells(svg).some((c) => c.exception || c.texts.includes('†'))).toBe(false);
    expect(svg).not.toContain('differs from the option rule');
  });
});

describe('the highlighted pair', () => {
  const svg = matrixSvg(kb, { edition: '2024', highlight: ['MG-BY-NC-2.0', 'MG-BY-OS-2.0'] });
  const cell = drawnCells(svg).find((c) => c.row === 'MG-BY-NC' && c.col === 'MG-BY-OS')!;

  it('outlines the cell of the row license and the column license', () => {
    const outline = svg.match(/<rect x="([\d.]+)" y="([\d.]+)"[^>]*data-highlight="cell"/)!;
    expect([Number(outline[1]) - 1.5, Number(outline[2]) - 1.5]).toEqual([cell.box.x, cell.box.y]);
    expect(cell.texts).toEqual(['MG-BY-NC-OS']);
  });

  it('shades the row and column headers and names the pair in the legend', () => {
    expect(svg.match(/data-highlight="(row|column)"/g)).toHaveLength(2);
    expect(svg).toContain('Highlighted: MG-BY-NC × MG-BY-OS');
  });

  it('is absent when nothing is asked for', () => {
    expect(matrixSvg(kb, { edition: '2024', highlight: [] })).not.toMatch(/data-highlight|Highlighted:/);
  });
});
