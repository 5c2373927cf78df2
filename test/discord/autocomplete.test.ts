import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { faqSuggestions, licenseSuggestions } from '../../src/adapters/discord/autocomplete.js';
import { shortId } from '../../src/core/knowledge/knowledge-base.js';
import { kb } from '../helpers.js';
import { hostileText, SEED } from '../reliability/hostile.js';

const editions = [...kb.editions.keys()];

describe('Discord autocomplete', () => {
  it.each(editions)('offers every %s MG license and the other known licenses, at most 25, before anything is typed', (edition) => {
    const choices = licenseSuggestions(kb, edition, '');
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(kb.licenses(edition).map((l) => l.id)));
  });

  it.each(editions)('finds each %s license from any prefix of its short id, typed in any case or spacing', (edition) => {
    for (const license of kb.licenses(edition)) {
      const id = shortId(license.id);
      for (let n = 1; n <= id.length; n++) {
        const typed = id.slice(0, n);
        for (const variant of [typed, typed.toLowerCase(), typed.replace(/-/g, ' ')]) {
          expect(
            licenseSuggestions(kb, edition, variant).map((c) => c.value),
            variant,
          ).toContain(license.id);
        }
      }
    }
  });

  it('puts ids that start with the input before ids that merely contain it', () => {
    const values = licenseSuggestions(kb, '2024', 'mg-by-nc').map((c) => c.value);
    expect(values[0]).toBe('MG-BY-NC-2.0');
    expect(values.every((v) => v.startsWith('MG-BY-NC'))).toBe(true);
  });

  it('finds licenses by words of their name, e.g. "noncommercial"', () => {
    const values = licenseSuggestions(kb, '2024', 'noncommercial').map((c) => c.value);
    expect(values).toContain('MG-BY-NC-ND-2.0');
    expect(values).not.toContain('MG-BY-2.0');
  });

  it('leaves other licenses out of remix suggestions', () => {
    expect(licenseSuggestions(kb, '2024', 'apache', true)).toEqual([]);
    expect(licenseSuggestions(kb, '2024', 'apache').map((c) => c.value)).toEqual(['Apache-2.0']);
  });

  it('suggests FAQ topics by title, with the topic id as the value', () => {
    expect(faqSuggestions(kb, 'openrail')).toContainEqual({ name: 'ModelGo vs OpenRAIL', value: 'vs-openrail' });
    expect(faqSuggestions(kb, '').length).toBe(Math.min(25, kb.faqTopics.length));
  });

  it('answers anything typed with at most 25 choices of names and values Discord accepts', () => {
    fc.assert(
      fc.property(hostileText, (typed) => {
        for (const choices of [licenseSuggestions(kb, '2024', typed), faqSuggestions(kb, typed)]) {
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThan(0);
            expect(c.name.length).toBeLessThanOrEqual(100);
            expect(c.value.length).toBeLessThanOrEqual(100);
          }
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
