// Draws the compatibility table as an SVG, the picture people share when they ask "which of these can
// I merge?". Pure: the runtime turns it into a PNG with a font it ships, so the marks are drawn as
// shapes (no emoji font needed) and the only text is Latin, in the family named here.
import type { Answer } from '../answer/answer.js';
import { catalogue, DEFAULT_LANGUAGE } from '../answer/messages/catalogue.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { shortId } from '../knowledge/knowledge-base.js';
import type { LicenseGroup } from '../knowledge/schema.js';
import { compatibilityMatrix, GROUP_ORDER, type MatrixCell, type MatrixTable } from './matrix-table.js';

/** The one family the picture uses; the runtime loads its regular and bold files and nothing else. */
export const MATRIX_FONT_FAMILY = 'DejaVu Sans';

/** Which table to draw; `highlight` holds canonical ids: the first is the highlighted row, the second the column, and their cell is outlined. */
export type MatrixPicture = NonNullable<Answer['picture']>;

const PAD = 24;
const BAND = 24;
const ROW_HEAD = 132;
const COL_HEAD = 30;
const CELL_W = 108;
const CELL_H = 60;
const GRID_X = PAD + BAND + ROW_HEAD;
const GRID_Y = 84 + BAND + COL_HEAD;
const MARK_Y = 24;
const LINE = 32;

// The picture is cached and named by edition and highlight alone, and its font covers Latin only, so
// it is drawn in the default language until both know about languages.
const msg = catalogue(DEFAULT_LANGUAGE);
const words = msg.matrix.picture;

const VERDICT_STYLE: Record<MatrixCell['verdict'], { fill: string; label: string }> = {
  compatible: { fill: '#ebfbee', label: words.compatible },
  'cannot-share': { fill: '#fff9db', label: words.cannotShare },
  incompatible: { fill: '#fff5f5', label: words.incompatible },
};
const GROUP_FILL: Record<LicenseGroup, string> = { Permissive: '#e7f5ff', Conditional: '#d0ebff', Stringent: '#a5d8ff' };
const EXCEPTION_COLOUR = '#862e9c';
const HIGHLIGHT_FILL = '#ffe066';
const HIGHLIGHT_STROKE = '#1971c2';

/** The three marks, centred on the origin; every cell and the legend `use` them. */
const MARK_DEFS = `<defs>
<g id="mark-compatible"><circle r="13" fill="#2f9e44"/><path d="M-6 0.5 L-1.8 4.8 L6.5 -4.5" fill="none" stroke="#fff" stroke-width="2.8" stroke-linecap="round" stroke-linejoin="round"/></g>
<g id="mark-cannot-share"><path d="M0 -13 L13.5 11 L-13.5 11 Z" fill="#f59f00" stroke="#f59f00" stroke-width="2" stroke-linejoin="round"/><rect x="-1.4" y="-5.5" width="2.8" height="8" rx="1.4" fill="#212529"/><circle cy="5.5" r="1.6" fill="#212529"/></g>
<g id="mark-incompatible"><circle r="13" fill="#e03131"/><path d="M-5 -5 L5 5 M5 -5 L-5 5" fill="none" stroke="#fff" stroke-width="2.8" stroke-linecap="round"/></g>
</defs>`;

/** The table of `picture.edition` as an SVG document, with the highlighted pair if any. */
export function matrixSvg(kb: KnowledgeBase, picture: MatrixPicture): string {
  const table = compatibilityMatrix(kb, picture.edition);
  const { title, texts } = kb.edition(picture.edition);
  const n = table.licenses.length;
  const width = GRID_X + n * CELL_W + PAD;
  const index = (id: string | undefined) => table.licenses.findIndex((l) => l.id === id);
  const row = index(picture.highlight[0]);
  const col = picture.highlight.length > 1 ? index(picture.highlight[1]) : row;
  const legend = legendLines(table, row, col);
  const legendY = GRID_Y + n * CELL_H + 36;
  const footerY = legendY + legend.length * LINE + 16;
  const footer = [words.edition(title, texts), words.source, msg.answer.disclaimer];
  const height = footerY + footer.length * 16 + PAD - 8;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${MATRIX_FONT_FAMILY}" data-edition="${table.edition}">`,
    MARK_DEFS,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    text(PAD, 44, words.title, { size: 22, bold: true }),
    text(PAD, 68, words.subtitle(title), { size: 13, fill: '#495057' }),
    ...groupBands(table),
    ...table.licenses.flatMap((license, i) => headers(shortId(license.id), i, i === row, i === col)),
    ...table.cells.flatMap((cells, r) => cells.map((cell, c) => cellSvg(table, r, c, cell, r === row || c === col))),
    ...gridLines(table),
    ...(row >= 0 && col >= 0 && picture.highlight.length > 1 ? [highlightOutline(row, col)] : []),
    ...legend.map((line, i) => line(PAD, legendY + i * LINE)),
    ...footer.map((line, i) => text(PAD, footerY + i * 16, line, { size: 11, fill: '#495057' })),
    '</svg>',
  ].join('\n');
}

function cellSvg(table: MatrixTable, r: number, c: number, cell: MatrixCell, highlighted: boolean): string {
  const x = GRID_X + c * CELL_W;
  const y = GRID_Y + r * CELL_H;
  const result = cell.result ? shortId(cell.result.id) : '';
  return [
    `<g data-row="${table.licenses[r]!.id}" data-col="${table.licenses[c]!.id}" data-verdict="${cell.verdict}" data-result="${cell.result?.id ?? ''}"${cell.exception ? ' data-exception="true"' : ''}>`,
    `<rect x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" fill="${VERDICT_STYLE[cell.verdict].fill}"/>`,
    highlighted ? `<rect x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" fill="${HIGHLIGHT_FILL}" fill-opacity="0.35"/>` : '',
    `<use href="#mark-${cell.verdict}" x="${x + CELL_W / 2}" y="${y + MARK_Y}"/>`,
    result ? text(x + CELL_W / 2, y + 51, result, { size: 11, fill: '#343a40', anchor: 'middle' }) : '',
    cell.exception ? exceptionMark(x, y) : '',
    '</g>',
  ]
    .filter(Boolean)
    .join('');
}

/** A dashed frame and a dagger: the official mark differs from what the option rule alone gives. */
function exceptionMark(x: number, y: number): string {
  return (
    `<rect x="${x + 4}" y="${y + 4}" width="${CELL_W - 8}" height="${CELL_H - 8}" fill="none" stroke="${EXCEPTION_COLOUR}" stroke-width="2" stroke-dasharray="5 3"/>` +
    text(x + CELL_W - 20, y + 22, '†', { size: 14, bold: true, fill: EXCEPTION_COLOUR })
  );
}

function highlightOutline(r: number, c: number): string {
  return `<rect x="${GRID_X + c * CELL_W + 1.5}" y="${GRID_Y + r * CELL_H + 1.5}" width="${CELL_W - 3}" height="${CELL_H - 3}" fill="none" stroke="${HIGHLIGHT_STROKE}" stroke-width="3" data-highlight="cell"/>`;
}

function headers(label: string, i: number, isRow: boolean, isCol: boolean): string[] {
  const rowY = GRID_Y + i * CELL_H;
  const colX = GRID_X + i * CELL_W;
  return [
    isRow ? `<rect x="${PAD + BAND}" y="${rowY}" width="${ROW_HEAD}" height="${CELL_H}" fill="${HIGHLIGHT_FILL}" data-highlight="row"/>` : '',
    text(GRID_X - 10, rowY + CELL_H / 2 + 4, label, { size: 12, bold: true, anchor: 'end' }),
    isCol ? `<rect x="${colX}" y="${GRID_Y - COL_HEAD}" width="${CELL_W}" height="${COL_HEAD}" fill="${HIGHLIGHT_FILL}" data-highlight="column"/>` : '',
    text(colX + CELL_W / 2, GRID_Y - 10, label, { size: 12, bold: true, anchor: 'middle' }),
  ].filter(Boolean);
}

/** The group names above the columns and beside the rows, each spanning its licenses. */
function groupBands(table: MatrixTable): string[] {
  const spans = GROUP_ORDER.map((group) => ({
    group,
    first: table.licenses.findIndex((l) => l.group === group),
    count: table.licenses.filter((l) => l.group === group).length,
  })).filter((s) => s.count > 0);
  return spans.flatMap(({ group, first, count }) => {
    const x = GRID_X + first * CELL_W;
    const y = GRID_Y + first * CELL_H;
    const midY = y + (count * CELL_H) / 2;
    return [
      `<rect x="${x}" y="${GRID_Y - COL_HEAD - BAND}" width="${count * CELL_W}" height="${BAND}" fill="${GROUP_FILL[group]}"/>`,
      text(x + (count * CELL_W) / 2, GRID_Y - COL_HEAD - 7, group, { size: 12, fill: '#1864ab', anchor: 'middle' }),
      `<rect x="${PAD}" y="${y}" width="${BAND}" height="${count * CELL_H}" fill="${GROUP_FILL[group]}"/>`,
      `<text x="0" y="0" font-size="12" fill="#1864ab" text-anchor="middle" transform="translate(${PAD + BAND / 2 + 4} ${midY}) rotate(-90)">${escapeXml(group)}</text>`,
    ];
  });
}

/** Thin lines between cells, thicker ones where a group ends. */
function gridLines(table: MatrixTable): string[] {
  const n = table.licenses.length;
  const right = GRID_X + n * CELL_W;
  const bottom = GRID_Y + n * CELL_H;
  return Array.from({ length: n + 1 }, (_, i) => {
    const groupEdge = i === 0 || i === n || table.licenses[i]!.group !== table.licenses[i - 1]!.group;
    const stroke = groupEdge ? 'stroke="#495057" stroke-width="2"' : 'stroke="#ced4da" stroke-width="1"';
    const x = GRID_X + i * CELL_W;
    const y = GRID_Y + i * CELL_H;
    return `<line x1="${x}" y1="${GRID_Y}" x2="${x}" y2="${bottom}" ${stroke}/><line x1="${GRID_X}" y1="${y}" x2="${right}" y2="${y}" ${stroke}/>`;
  });
}

type LegendLine = (x: number, y: number) => string;

function legendLines(table: MatrixTable, row: number, col: number): LegendLine[] {
  const lines: LegendLine[] = (Object.keys(VERDICT_STYLE) as MatrixCell['verdict'][]).map(
    (verdict) => (x, y) => `<use href="#mark-${verdict}" x="${x + 13}" y="${y - 5}"/>` + text(x + 34, y, VERDICT_STYLE[verdict].label, { size: 13 }),
  );
  if (table.cells.some((cells) => cells.some((c) => c.exception))) {
    lines.push(
      (x, y) =>
        `<rect x="${x + 3}" y="${y - 14}" width="20" height="20" fill="none" stroke="${EXCEPTION_COLOUR}" stroke-width="2" stroke-dasharray="5 3"/>` +
        text(x + 8, y + 1, '†', { size: 14, bold: true, fill: EXCEPTION_COLOUR }) +
        text(x + 34, y, words.exception, { size: 13 }),
    );
  }
  if (row >= 0 && col >= 0) {
    const pair = row === col ? [shortId(table.licenses[row]!.id)] : [shortId(table.licenses[row]!.id), shortId(table.licenses[col]!.id)];
    lines.push(
      (x, y) =>
        `<rect x="${x + 3}" y="${y - 14}" width="20" height="20" fill="${HIGHLIGHT_FILL}" stroke="${HIGHLIGHT_STROKE}" stroke-width="2"/>` +
        text(x + 34, y, words.highlighted(pair), { size: 13 }),
    );
  }
  return lines;
}

interface TextStyle {
  size: number;
  bold?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

function text(x: number, y: number, content: string, style: TextStyle): string {
  const weight = style.bold ? ' font-weight="bold"' : '';
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  return `<text x="${x}" y="${y}" font-size="${style.size}"${weight}${anchor} fill="${style.fill ?? '#212529'}">${escapeXml(content)}</text>`;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
