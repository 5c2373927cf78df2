import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer/answer.js';
import { compose } from '../../src/core/answer/compose.js';
import { findLicenseMentions } from '../../src/core/knowledge/license-mentions.js';
import type { Edition } from '../../src/core/knowledge/schema.js';
import type { Understanding } from '../../src/core/matcher/understanding.js';
import { choose } from '../../src/core/rules/choose.js';
import { grant } from '../../src/core/rules/grant.js';
import { permission } from '../../src/core/rules/permission.js';
import { MG_GRANTS, SHEET_2025 } from '../fixtures/grant-and-sheet-tables.js';
import { frameFor, kb } from '../helpers.js';

const note = (id: string) => kb.footnotes.get(id);

/** What the matcher would have understood, so answers can be checked without the intent model. */
function ask(question: string, intent: Understanding['intent'], extra: Partial<Understanding> = {}, defaultEdition: Edition = '2024'): Answer {
  const u: Understanding = {
    question,
    language: 'en',
    intent,
    confidence: 1,
    mentions: findLicenseMentions(question, kb),
    needs: [],
    alternatives: [],
    ...extra,
  };
  return compose(u, kb, defaultEdition, 'en');
}

/** The lines that set the other edition's answer beside this one. */
const editionLines = (a: Answer) => a.card.paragraphs.filter((p) => /^In the (2025 revision|Nov 2024 texts)\b/.test(p));

describe('ModelGo grant table (2025 revision)', () => {
  const rows = Object.entries(MG_GRANTS).filter(([, v]) => v['2025'] !== null);
  it('covers every license of the edition', () => expect(rows).toHaveLength(kb.licenses('2025').length));

  it.each(rows)('%s', (short, expected) => {
    const license = kb.mgLicense(`${short}-2.0`, '2025')!;
    const [revocable, sublicensable] = expected['2025']!;
    for (const right of ['patent', 'copyright', undefined] as const) {
      expect(grant(license, 'revocable', right, note).verdict).toBe(revocable);
      expect(grant(license, 'sublicensable', right, note).verdict).toBe(sublicensable);
    }
  });
});

describe('Model Sheets (Dec 2025 texts)', () => {
  const rows = kb.edition('2025').sheetRows.filter((r) => !r.fromText);
  const marksOf = (label: string): string => SHEET_2025.rows.find(([l]) => l === label)![1];
  const EITHER = 'Distribute Derivative Materials or Extracted Models';
  const [derivatives, extracted, either] = ['Distribute Derivative Materials', 'Distribute Extracted Models', EITHER].map(marksOf) as [string, string, string];
  const governed = (short: string, label: string) => SHEET_2025.textGoverns.some((c) => c.license === short && c.row === label);

  it('has every official row, in order', () => expect(rows).toHaveLength(SHEET_2025.rows.length));

  it.each(SHEET_2025.rows.map(([label, marks], i) => ({ label, marks, i })))('$label', ({ label, marks, i }) => {
    const row = rows[i]!;
    SHEET_2025.columns.forEach((short, c) => {
      if (governed(short, label)) return; // asserted below, with the note that explains it
      const license = kb.mgLicense(`${short}-2.0`, '2025')!;
      // A sheet prints either the two sharing rows or the combined one; the other is read from it.
      if (marks[c] === '-' && label === EITHER) expect(derivatives[c], short).toBe(extracted[c]);
      const mark = marks[c] !== '-' ? marks[c] : label === EITHER ? derivatives[c] : either[c];
      const expected = mark === 'Y';
      expect(license.sheet[row.id], `${short} ${row.id}`).toBe(expected);
      for (const action of row.actions) expect(permission(license, frameFor(action), kb, '2025').verdict, `${short} ${action}`).toBe(expected ? 'yes' : 'no');
    });
  });

  it.each(SHEET_2025.textGoverns)('follows the license text, not the sheet, for $license: $row', ({ license: short, row: label }) => {
    const row = rows[SHEET_2025.rows.findIndex(([l]) => l === label)]!;
    const license = kb.mgLicense(`${short}-2.0`, '2025')!;
    expect(marksOf(label)[SHEET_2025.columns.indexOf(short)], 'the sheet ticks it').toBe('Y');
    expect(license.sheet[row.id], 'the text does not require it').toBe(false);
    const discrepancy = license.discrepancies.find((d) => d.topic === row.id);
    expect(discrepancy?.note).toMatch(/Model Sheet/);
    expect(discrepancy?.note).toMatch(/license text governs/);
  });

  it('tells the user when the sheet and the text disagree', () => {
    const a = ask('does MG-BY-SA need a provenance notice for an output dataset?', 'permission', {
      permission: frameFor('output-dataset-notice'),
      edition: '2025',
    });
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/Model Sheet ticks a provenance notice.*no such clause/);
  });

  it('reads output sharing from the license text: allowed under all eight licenses', () => {
    for (const license of kb.licenses('2025')) expect(permission(license, frameFor('share-output'), kb, '2025').verdict, license.id).toBe('yes');
    const a = ask('can I share output of MG-BY-NC-ND?', 'permission', { permission: frameFor('share-output'), edition: '2025' });
    expect(a.card.fields[0]?.label).toMatch(/^License text:/);
    expect(a.text).toMatch(/dataset.*provenance notice/);
  });

  it('does not mix unrelated sheet-vs-text notes into grant answers', () => {
    const a = ask('is MG-BY revocable?', 'grant', { aspect: 'revocable', edition: '2025' });
    expect(a.verdict).toBe('no');
    expect(a.text).not.toMatch(/extracted/i);
  });
});

describe('edition notes', () => {
  it('says MG-BY-RAI stopped being sublicensable in 2025', () => {
    const old = ask('is MG-BY-RAI sublicensable?', 'grant', { aspect: 'sublicensable' });
    expect([old.edition, old.verdict]).toEqual(['2024', 'yes']);
    expect(editionLines(old)).toEqual(['In the 2025 revision: ❌ No, you may not sublicense MG-BY-RAI.']);
    const revised = ask('is MG-BY-RAI sublicensable?', 'grant', { aspect: 'sublicensable', edition: '2025' });
    expect([revised.edition, revised.verdict]).toEqual(['2025', 'no']);
    expect(editionLines(revised)).toEqual(['In the Nov 2024 texts: ✅ Yes, you may sublicense MG-BY-RAI.']);
  });

  it('says ND licenses allow sharing output in 2025', () => {
    const old = ask('can I share what MG-BY-ND generates?', 'permission', { permission: frameFor('share-output') });
    expect(old.verdict).toBe('no');
    expect(editionLines(old)).toEqual(['In the 2025 revision: ✅ Yes, you can share its output under MG-BY-ND.']);
  });

  it('sets NC + OS beside NC + SA, naming the rename', () => {
    const old = ask('can I merge MG-BY-NC with MG-BY-OS?', 'remix');
    expect([old.edition, old.verdict, old.result]).toEqual(['2024', 'compatible', 'MG-BY-NC-OS-2.0']);
    expect(editionLines(old)).toEqual([
      "In the 2025 revision (where MG-BY-OS became MG-BY-SA): ❌ No, MG-BY-NC + MG-BY-SA can't be merged and shared: no ModelGo license can cover the result.",
    ]);
    const revised = ask('can I merge MG-BY-NC with MG-BY-SA?', 'remix');
    expect([revised.edition, revised.verdict, revised.result]).toEqual(['2025', 'incompatible', null]);
    expect(editionLines(revised)).toEqual([
      'In the Nov 2024 texts (where MG-BY-SA was MG-BY-OS): ✅ Yes, MG-BY-NC + MG-BY-OS can be merged: license the result as MG-BY-NC-OS-2.0.',
    ]);
  });

  it('keeps the official 2025 mark for MG-BY-ND × MG-BY-NC-ND and explains the 2024 one', () => {
    const old = ask('merge MG-BY-ND and MG-BY-NC-ND', 'remix');
    expect(old.verdict).toBe('cannot-share');
    expect(editionLines(old)).toEqual([
      "In the 2025 revision: ❌ No, MG-BY-ND + MG-BY-NC-ND can't be merged and shared: no ModelGo license can cover the result.",
    ]);
    const revised = ask('merge MG-BY-NC-ND and MG-BY-ND', 'remix', { edition: '2025' });
    expect(revised.verdict).toBe('incompatible');
    expect(revised.text).toMatch(/2024 table marked the same pair "cannot share"/);
    expect(editionLines(revised)).toHaveLength(1);
  });

  it('adds nothing when both editions agree, or differ only by a rename', () => {
    for (const edition of ['2024', '2025'] as const) {
      expect(editionLines(ask('is MG-BY-NC revocable?', 'grant', { aspect: 'revocable', edition }))).toEqual([]);
      expect(editionLines(ask('merge MG-BY-NC with MG-BY-RAI', 'remix', { edition }))).toEqual([]);
    }
    const keepOpen = ask('which license keeps derivatives open?', 'choose', { needs: ['keep-open'] });
    expect(keepOpen.result).toBe('MG-BY-OS-2.0');
    expect(editionLines(keepOpen)).toEqual([]);
  });

  it('says no 2025 license is both non-commercial and open', () => {
    const a = ask('which license is non-commercial and keeps derivatives open?', 'choose', { needs: ['no-commercial', 'keep-open'] });
    expect(a.result).toBe('MG-BY-NC-OS-2.0');
    expect(editionLines(a)).toEqual(['In the 2025 revision: ❌ No single ModelGo license meets all of these needs.']);
  });

  it('warns that MG-BY-NC-OS was dropped when asked in 2024', () => {
    const a = ask('is MG-BY-NC-OS revocable?', 'grant', { aspect: 'revocable' });
    expect([a.edition, a.verdict]).toEqual(['2024', 'no']);
    expect(a.text).toMatch(/MG-BY-NC-OS-2\.0 was dropped in the 2025 revision/);
  });
});

describe('renamed and dropped licenses in the 2025 revision', () => {
  it('answers MG-BY-OS as MG-BY-SA and says why', () => {
    const a = ask('what is MG-BY-OS?', 'license', { edition: '2025' });
    expect([a.edition, a.licenses]).toEqual(['2025', ['MG-BY-SA-2.0']]);
    expect(a.card.paragraphs[0]).toMatch(/MG-BY-OS-2\.0 is called MG-BY-SA-2\.0/);
  });

  it('merges NC with OS as NC with SA when the 2025 revision is asked for', () => {
    const a = ask('can I merge MG-BY-NC with MG-BY-OS?', 'remix', { edition: '2025' });
    expect([a.edition, a.verdict]).toEqual(['2025', 'incompatible']);
    expect(a.text).toMatch(/is called MG-BY-SA-2\.0/);
  });

  it('says MG-BY-NC-OS no longer exists', () => {
    const a = ask('is MG-BY-NC-OS revocable?', 'grant', { aspect: 'revocable', edition: '2025' });
    expect(a.edition).toBe('2025');
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/dropped in the 2025 revision: no 2025 license combines NonCommercial with ShareAlike/);
  });
});

describe('choosing a license in the 2025 revision', () => {
  it('picks MG-BY-SA to keep derivatives open', () => {
    expect(choose(['keep-open'], kb, '2025').pick?.id).toBe('MG-BY-SA-2.0');
    const a = ask('which license keeps derivatives open?', 'choose', { needs: ['keep-open'], edition: '2025' });
    expect([a.edition, a.result]).toEqual(['2025', 'MG-BY-SA-2.0']);
  });
});

describe('FAQ answers that changed in the revision', () => {
  const KEY = {
    'output-sharing': [/It depends on the ND option/, /Yes, under all eight licenses/],
    'output-attribution': [/No\. The BY/, /It depends\. Ordinary use/],
    osi: [/No ModelGo license currently has OSI/, /MG-BY-SA-2\.0 \(it replaced MG-BY-OS/],
  } as const;

  it.each(Object.entries(KEY))('%s answers from the asked edition first, the other edition in the details', (faq, [old, revised]) => {
    for (const edition of ['2024', '2025'] as const) {
      const a = ask('faq', 'faq', { faq: faq as keyof typeof KEY, edition });
      const [asked, other] = edition === '2024' ? [old, revised] : [revised, old];
      expect(a.text).toMatch(asked);
      expect(a.text).not.toMatch(other);
      expect(a.details).toMatch(other);
      expect(a.details).toMatch(edition === '2024' ? /^2025 revision: /m : /^Nov 2024 texts: /m);
      expect(a.text.length).toBeLessThan(800);
    }
  });
});

describe('distillation in the 2025 revision', () => {
  it('says a distilled model is an Extracted Model and keeps the table verdict', () => {
    const distilled = ask('distill MG-BY-NC and MG-BY-RAI into one model', 'remix', { method: 'distill', edition: '2025' });
    const merged = ask('merge MG-BY-NC and MG-BY-RAI', 'remix', { method: 'merge', edition: '2025' });
    expect([distilled.verdict, distilled.result]).toEqual([merged.verdict, merged.result]);
    expect(distilled.text).toMatch(/"Extracted Model", not a derivative/);
    expect(merged.text).not.toMatch(/Extracted Model/);
    expect(ask('distill MG-BY-NC and MG-BY-RAI into one model', 'remix', { method: 'distill' }).text).not.toMatch(/Extracted Model/);
  });
});

describe('the modelgo-bot command', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  function cli(question: string): Record<string, unknown> {
    const out = execFileSync(process.execPath, ['bin/modelgo-bot.js', 'ask', '--json', question], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, MODELGO_EDITION: '' },
    });
    return JSON.parse(out) as Record<string, unknown>;
  }

  it('answers MG-BY-NC + MG-BY-SA from the 2025 revision: incompatible, and why', () => {
    const a = cli('can I merge MG-BY-NC with MG-BY-SA?');
    expect(a).toMatchObject({ intent: 'remix', verdict: 'incompatible', result: null, edition: '2025' });
    expect(a.text).toMatch(/NonCommercial \(NC\).*ShareAlike \(SA\)/);
  });

  it('still answers MG-BY-NC + MG-BY-OS from the Nov 2024 texts', () => {
    const a = cli('can I merge MG-BY-NC with MG-BY-OS?');
    expect(a).toMatchObject({ intent: 'remix', verdict: 'compatible', result: 'MG-BY-NC-OS-2.0', edition: '2024' });
  });
});
