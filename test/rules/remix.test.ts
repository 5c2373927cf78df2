import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/answer/messages/en.js';
import type { Edition } from '../../src/core/knowledge/schema.js';
import { remix } from '../../src/core/rules/remix.js';
import { TABLE_2024, TABLE_2025 } from '../fixtures/compatibility-tables.js';
import { kb } from '../helpers.js';

const VERDICT = { Y: 'compatible', W: 'cannot-share', X: 'incompatible' } as const;

function cells(table: typeof TABLE_2024 | typeof TABLE_2025) {
  return Object.entries(table.rows).flatMap(([row, marks]) =>
    marks.split(' ').map((mark, i) => ({
      row,
      col: table.columns[i]!,
      mark: mark as keyof typeof VERDICT,
      result: (table.results as Record<string, readonly string[]>)[row]![i]!,
    })),
  );
}

function license(short: string, edition: Edition) {
  const found = kb.mgLicense(`${short}-2.0`, edition);
  if (!found) throw new Error(`no ${short} in ${edition}`);
  return found;
}

describe.each([
  ['2024', TABLE_2024, 81],
  ['2025', TABLE_2025, 64],
] as const)('the official %s compatibility table', (edition, table, count) => {
  const all = cells(table);
  it(`has ${count} cells`, () => expect(all).toHaveLength(count));

  it.each(all)('$row × $col is $mark', ({ row, col, mark, result }) => {
    const outcome = remix([license(row, edition), license(col, edition)], 'merge', kb, edition);
    expect(outcome.verdict).toBe(VERDICT[mark]);
    expect(outcome.result?.id ?? '').toBe(result ? `${result}-2.0` : '');
    expect(outcome.reasons.map(en.remix.reason).join(' ')).not.toBe('');
  });
});

describe('remix reasons and methods', () => {
  const nc = license('MG-BY-NC', '2024');
  const os = license('MG-BY-OS', '2024');
  const rai = license('MG-BY-RAI', '2024');
  const nd = license('MG-BY-ND', '2024');

  it('names the conflicting options when no license can carry the result', () => {
    const outcome = remix([os, rai], 'average', kb, '2024');
    expect(outcome.verdict).toBe('incompatible');
    expect(outcome.reasons.map(en.remix.reason).join(' ')).toMatch(/OpenSource \(OS\).*ResponsibleAI \(RAI\)/);
  });

  it('blames NoDerivatives when the result cannot be shared', () => {
    const outcome = remix([license('MG-BY', '2024'), nd], 'fuse', kb, '2024');
    expect(outcome.verdict).toBe('cannot-share');
    expect(outcome.reasons.map(en.remix.reason).join(' ')).toContain('MG-BY-ND carries NoDerivatives');
  });

  it('assumes merging when no method is named, and says so', () => {
    const outcome = remix([nc, os], undefined, kb, '2024');
    expect(outcome).toMatchObject({ verdict: 'compatible', method: 'merge', methodAssumed: true });
    expect(outcome.result?.id).toBe('MG-BY-NC-OS-2.0');
  });

  it.each(['ensemble', 'vote', 'stack', 'moe', 'pipeline'] as const)('keeps each license for %s, even with ND', (method) => {
    const outcome = remix([nd, os], method, kb, '2024');
    expect(outcome.verdict).toBe('separable');
    expect(outcome.result).toBeNull();
  });

  it('combines three or more licenses by the same rule', () => {
    expect(remix([license('MG0', '2024'), nc, rai], 'merge', kb, '2024').result?.id).toBe('MG-BY-NC-RAI-2.0');
    expect(remix([nc, os, rai], 'merge', kb, '2024').verdict).toBe('incompatible');
  });
});
