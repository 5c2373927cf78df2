import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { matrixSvg } from '../../src/core/matrix/matrix-svg.js';
import { matrixPng, writeMatrixImage } from '../../src/runtime/matrix-image.js';
import { kb } from '../helpers.js';
import { tempDir } from '../reliability/run-cli.js';
import { drawnCells, MARK, officialCells } from './svg-cells.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The colour each mark is filled with, as drawn in the PNG. */
const MARK_COLOUR = { compatible: [0x2f, 0x9e, 0x44], 'cannot-share': [0xf5, 0x9f, 0x00], incompatible: [0xe0, 0x31, 0x31] };

function svgSize(svg: string): [number, number] {
  const [, w, h] = svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/)!;
  return [Number(w), Number(h)];
}

describe.each(['2024', '2025'] as const)('the %s PNG', (edition) => {
  const picture = { edition, highlight: ['MG-BY-NC-2.0', 'MG-BY-ND-2.0'] };
  const png = matrixPng(kb, picture);
  const svg = matrixSvg(kb, picture);

  it("is a PNG of the SVG's size", () => {
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(svgSize(svg));
  });

  it("paints every cell's mark in the colour of the official mark", () => {
    const image = decode(png);
    const cells = drawnCells(svg);
    for (const { row, col, mark } of officialCells(edition)) {
      const drawn = cells.find((c) => c.row === row && c.col === col)!;
      // 9 px below the mark's centre is inside the circle or triangle and clear of the glyph on it.
      const offset = ((drawn.mark.y + 9) * image.width + drawn.mark.x) * image.channels;
      const pixel = [...image.data.subarray(offset, offset + 3)];
      expect({ row, col, pixel }).toEqual({ row, col, pixel: MARK_COLOUR[MARK[mark]] });
    }
  });
});

describe('writing the picture for an answer', () => {
  it('writes the PNG under a name stable per edition and highlight, and serves repeats from memory', () => {
    const dir = tempDir();
    const picture = { edition: '2024' as const, highlight: ['MG-BY-NC-2.0', 'MG-BY-OS-2.0'] };
    const path = writeMatrixImage(kb, picture, join(dir, 'out'));
    expect(path).toBe(join(dir, 'out', 'modelgo-matrix-2024-mg-by-nc+mg-by-os.png'));
    expect(readFileSync(path)).toEqual(matrixPng(kb, picture));
    expect(matrixPng(kb, { ...picture, highlight: [...picture.highlight] })).toBe(matrixPng(kb, picture));
    expect(writeMatrixImage(kb, { edition: '2025', highlight: [] }, dir)).toBe(join(dir, 'modelgo-matrix-2025.png'));
    expect(existsSync(join(dir, 'modelgo-matrix-2025.png'))).toBe(true);
  });
});
