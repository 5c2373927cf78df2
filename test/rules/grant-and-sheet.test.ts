import { describe, expect, it } from 'vitest';
import { shortId } from '../../src/core/knowledge/knowledge-base.js';
import { grant } from '../../src/core/rules/grant.js';
import { permission } from '../../src/core/rules/permission.js';
import { MG_GRANTS, OTHER_GRANTS, SHEET_2024 } from '../fixtures/grant-and-sheet-tables.js';
import { frameFor, kb } from '../helpers.js';

const note = (id: string) => kb.footnotes.get(id);

describe('ModelGo grant table (2024 edition)', () => {
  const rows = Object.entries(MG_GRANTS).filter(([, v]) => v['2024'] !== null);
  it('covers every license of the edition', () => expect(rows).toHaveLength(kb.licenses('2024').length));

  it.each(rows)('%s', (short, expected) => {
    const license = kb.mgLicense(`${short}-2.0`, '2024')!;
    const [revocable, sublicensable] = expected['2024']!;
    for (const right of ['patent', 'copyright', undefined] as const) {
      expect(grant(license, 'revocable', right, note).verdict).toBe(revocable);
      expect(grant(license, 'sublicensable', right, note).verdict).toBe(sublicensable);
    }
  });
});

describe('other licenses in the FAQ grant tables', () => {
  it.each(Object.entries(OTHER_GRANTS))('%s', (id, [patentRev, patentSub, copyRev, copySub]) => {
    const license = kb.other(id)!;
    expect(license).toBeDefined();
    expect(grant(license, 'revocable', 'patent', note).verdict).toBe(patentRev);
    expect(grant(license, 'sublicensable', 'patent', note).verdict).toBe(patentSub);
    expect(grant(license, 'revocable', 'copyright', note).verdict).toBe(copyRev);
    expect(grant(license, 'sublicensable', 'copyright', note).verdict).toBe(copySub);
  });

  it('follows the copyright grant when the question names no right', () => {
    const gpl = kb.other('GPL-3.0')!;
    const outcome = grant(gpl, 'revocable', undefined, note);
    expect(outcome).toMatchObject({ verdict: 'no', right: 'copyright', rightAssumed: true });
    expect(outcome.patent.revocable).toBe('not-stated');
  });

  it('explains "not stated" and "auto licensing"', () => {
    const outcome = grant(kb.other('GPL-3.0')!, 'revocable', 'patent', note);
    expect(outcome.footnotes.join(' ')).toMatch(/implicitly revocable/);
    expect(outcome.footnotes.join(' ')).toMatch(/directly from the original licensor/);
  });
});

describe('Model Sheets (Nov 2024 texts)', () => {
  const rows = kb.edition('2024').sheetRows;
  it('has every official row, in order', () => expect(rows).toHaveLength(SHEET_2024.rows.length));

  it.each(SHEET_2024.rows.map(([label, marks], i) => ({ label, marks, i })))('$label', ({ marks, i }) => {
    const row = rows[i]!;
    SHEET_2024.columns.forEach((short, c) => {
      const license = kb.mgLicense(`${short}-2.0`, '2024')!;
      // Where the sheet and the license text disagree, the data follows the text (asserted below).
      const governed = row.id === 'revocable-derivatives' && license.options.includes('ND');
      const expected = governed ? true : marks[c] === 'Y';
      expect(license.sheet[row.id], `${short} ${row.id}`).toBe(expected);
      for (const action of row.actions) expect(permission(license, frameFor(action), kb, '2024').verdict, `${short} ${action}`).toBe(expected ? 'yes' : 'no');
    });
  });

  it.each(['MG-BY-ND', 'MG-BY-NC-ND'])('follows the license text over the %s sheet on revoking derivatives', (short) => {
    const index = SHEET_2024.columns.indexOf(short as (typeof SHEET_2024.columns)[number]);
    const sheetRow = SHEET_2024.rows.find(([label]) => label === 'Revocable License to Derivative Materials')!;
    expect(sheetRow[1][index], 'the sheet says not revocable').toBe('N');
    const license = kb.mgLicense(`${short}-2.0`, '2024')!;
    expect(license.sheet['revocable-derivatives']).toBe(true);
    expect(license.discrepancies.map((d) => d.note).join(' ')).toMatch(/license text governs/);
    expect(shortId(license.id)).toBe(short);
  });
});
