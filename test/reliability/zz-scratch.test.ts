import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCLAIMER, INTENTS, type Answer } from '../../src/core/answer/answer.js';
import { findLicenseMentions } from '../../src/core/knowledge/license-mentions.js';
import type { Edition } from '../../src/core/knowledge/schema.js';
import { sanitize } from '../../src/core/matcher/sanitize.js';
import { kb } from '../helpers.js';
import { hostileText, SEED } from './hostile.js';

const RUNS = { numRuns: 300, seed: SEED };

/** Anything that would notify a whole channel or a person on Slack or Discord. */
const PINGS = ['@everyone', '@here', '<!channel>', '<!here>', '<!everyone>', '<@'];

describe('license ids in any text', () => {
  it('findLicenseMentions never throws, and every mention points into the text', () => {
    fc.assert(fc.property(hostileText, (text) => {
      for (const m of findLicenseMentions(text, kb)) {
        expect(text.slice(m.start, m.start + m.text.length)).toBe(m.text);
      }
    }), RUNS);
  });
});

describe('sanitize', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(hostileText, (text) => {
      const once = sanitize(text);
      expect(sanitize(once)).toBe(once);
    }), RUNS);
  });

  it('leaves no ping and no control or invisible character', () => {
    fc.assert(fc.property(hostileText, (text) => {
      const clean = sanitize(text);
      expect(clean).not.toMatch(/<@[!&]?\w[^<>]*>|<!(?:channel|here|everyone|subteam)[^<>]*>|@(?:everyone|here|channel)\b/i);
      expect(clean).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    }), RUNS);
  });
});

