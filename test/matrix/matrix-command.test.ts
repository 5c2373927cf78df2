import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../reliability/run-cli.js';
import { drawnCells } from './svg-cells.js';

describe('npx modelgo-bot matrix', () => {
  it('writes the PNG named by --out and prints its path', () => {
    const dir = tempDir();
    const run = runCli(['matrix', '--edition', '2024', '--highlight', 'MG-BY-NC,mg-by-os', '--out', 'matrix.png'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('matrix.png\n');
    expect(readFileSync(join(dir, 'matrix.png')).subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('writes the SVG for a .svg name, with the chosen edition and pair', () => {
    const dir = tempDir();
    expect(runCli(['matrix', '--edition', '2025', '--highlight', 'MG-BY-ND,MG-BY-NC-ND', '--out', 'm.svg'], { cwd: dir }).status).toBe(0);
    const svg = readFileSync(join(dir, 'm.svg'), 'utf8');
    expect(drawnCells(svg)).toHaveLength(64);
    expect(svg).toContain('Highlighted: MG-BY-ND × MG-BY-NC-ND');
  });

  it('names the picture after the configured edition and the pair when --out is left out, and --stats reports the drawing', () => {
    const dir = tempDir();
    const run = runCli(['matrix', '--highlight', 'MG-BY-RAI', '--stats'], { cwd: dir, env: { MODELGO_EDITION: '2025' } });
    expect(run.stdout).toBe('modelgo-matrix-2025-mg-by-rai.png\n');
    expect(run.stderr).toMatch(/^svg [\d.]+ ms, png [\d.]+ ms, \d+ bytes, \d+×\d+ px\n$/);
    expect(readFileSync(join(dir, 'modelgo-matrix-2025-mg-by-rai.png')).length).toBeGreaterThan(1000);
  });

  it('refuses ids the edition does not have in one line naming them', () => {
    const run = runCli(['matrix', '--edition', '2025', '--highlight', 'MG-BY-OS,MG-FOO']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^modelgo-bot: --highlight: unknown license ids for the 2025 edition: MG-BY-OS, MG-FOO \(it has MG0, [^\n]*\)\n$/);
  });

  it('refuses an output name it cannot write', () => {
    const run = runCli(['matrix', '--out', 'table.jpg']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('modelgo-bot: --out must end in .png or .svg, not "table.jpg"\n');
  });
});
