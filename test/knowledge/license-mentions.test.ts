import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/answer/messages/en.js';
import { findLicenseMentions, type LicenseMention } from '../../src/core/knowledge/license-mentions.js';
import { kb } from '../helpers.js';

function ids(text: string): string[] {
  return findLicenseMentions(text, kb).map((m: LicenseMention) => {
    if (m.kind === 'other') return m.id;
    if (m.kind === 'unknown') return `?${m.text}`;
    return (kb.byOptions(m.options, '2024') ?? kb.byOptions(m.options, '2025'))!.id;
  });
}

describe('license ids in free text', () => {
  it.each([
    ['MG-BY-NC-2.0', ['MG-BY-NC-2.0']],
    ['mg-by-nc', ['MG-BY-NC-2.0']],
    ['mg by nc and mg by os', ['MG-BY-NC-2.0', 'MG-BY-OS-2.0']],
    ['MG_BY_NC_ND', ['MG-BY-NC-ND-2.0']],
    ['MG-BY-OS-NC', ['MG-BY-NC-OS-2.0']],
    ['mg0 or MG-0 or mg zero', ['MG0-2.0', 'MG0-2.0', 'MG0-2.0']],
    ['MG0-2.0', ['MG0-2.0']],
    ['the MG-NC-RAI license', ['MG-BY-NC-RAI-2.0']],
    ['ModelGo Attribution-NonCommercial License', ['MG-BY-NC-2.0']],
    ['Attribution-NonCommercial-NoDerivatives', ['MG-BY-NC-ND-2.0']],
    ['MG-BY-SA', ['MG-BY-SA-2.0']],
  ])('%s', (text, expected) => {
    if (!kb.editions.has('2025') && expected.includes('MG-BY-SA-2.0')) return;
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['MG-BY-CN', 'MG-BY-NC-2.0'],
    ['mg-by-dn', 'MG-BY-ND-2.0'],
    ['MG-BY-RIA', 'MG-BY-RAI-2.0'],
    ['MGO', 'MG0-2.0'],
  ])('forgives the typo %s', (text, expected) => {
    expect(ids(text)).toEqual([expected]);
  });

  it('reads other licenses by their common names', () => {
    expect(ids('Apache 2.0 vs GPLv3 vs the llama 2 community license')).toEqual(['Apache-2.0', 'GPL-3.0', 'Llama-2']);
    expect(ids('can Meta yank the llama license')).toEqual(['Llama']);
    expect(ids('is the CodeML OpenRAIL-M patent grant revocable')).toEqual(['CodeML-OpenRAIL-M']);
    expect(ids('CC BY 4.0')).toEqual(['CC-BY-4.0']);
  });

  it('leaves Creative Commons names and milligrams alone', () => {
    expect(ids('Creative Commons Attribution-NonCommercial')).not.toContain('MG-BY-NC-2.0');
    expect(ids('take 200 mg by mouth')).toEqual([]);
    expect(ids('merge mg-by-nc so that it works')).toEqual(['MG-BY-NC-2.0']);
  });

  it('reports unknown ids with the closest known ones', () => {
    const [m] = findLicenseMentions('is MG-BY-XYZ revocable?', kb);
    expect(m).toMatchObject({ kind: 'unknown', text: 'MG-BY-XYZ' });
    if (m?.kind !== 'unknown') throw new Error('expected unknown');
    expect(en.unknownLicense.reason(m.text, m.reason)).toMatch(/not a ModelGo option/);
    expect(m.suggestions.length).toBeGreaterThan(0);
    expect(m.suggestions[0]).toMatch(/^MG-BY/);
  });

  it('says when options exist but no license combines them', () => {
    const [m] = findLicenseMentions('MG-BY-OS-RAI', kb);
    expect(m).toMatchObject({ kind: 'unknown' });
    if (m?.kind === 'unknown') expect(en.unknownLicense.reason(m.text, m.reason)).toMatch(/no ModelGo license combines BY, OS, RAI/);
  });
});
