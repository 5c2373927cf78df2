import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answer, INTENTS } from '../../src/core/answer/answer.js';
import { catalogue } from '../../src/core/answer/messages/catalogue.js';
import { findLicenseMentions } from '../../src/core/knowledge/license-mentions.js';
import type { Edition } from '../../src/core/knowledge/schema.js';
import { sanitize } from '../../src/core/matcher/sanitize.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { kb } from '../helpers.js';
import { hostileText, SEED } from './hostile.js';

const RUNS = { numRuns: 300, seed: SEED };

/** Anything that would notify a whole channel or a person on Slack or Discord. */
const PINGS = ['@everyone', '@here', '<!channel>', '<!here>', '<!everyone>', '<@'];

/**
 * A mention token or ping as sanitize promises to remove them (a bare "<@" notifies nobody). Labelled
 * tokens with spaces ("<@U1|Jane Doe>") pass sanitize; the adapters escape what they echo.
 */
const MENTION_TOKEN = /<[@#!][^<>\s]{1,80}>|@(?:everyone|here|channel)\b/i;

describe('license ids in any text', () => {
  it('findLicenseMentions never throws, and every mention points into the text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const m of findLicenseMentions(text, kb)) {
          expect(text.slice(m.start, m.start + m.text.length)).toBe(m.text);
        }
      }),
      RUNS,
    );
  });
});

describe('sanitize', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const once = sanitize(text);
        expect(sanitize(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('leaves no mention token, no @everyone-style ping and no control or invisible character', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const clean = sanitize(text);
        expect(clean).not.toMatch(MENTION_TOKEN);
        expect(clean).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      }),
      RUNS,
    );
  });
});

describe('bot.ask on any message', () => {
  const bot = createBot('2024');
  const editions = [...kb.editions.keys()];

  function expectSafeAnswer(answer: Answer, question: string): void {
    expect(answer.question).toBe(question);
    // In the language it answers in: a hostile string of Han characters reads as Chinese.
    const { disclaimer } = catalogue(answer.language).answer;
    expect(answer.text.length).toBeGreaterThan(disclaimer.length);
    expect(answer.text.endsWith(disclaimer)).toBe(true);
    expect(INTENTS).toContain(answer.intent);
    expect(answer.confidence).toBeGreaterThanOrEqual(0);
    expect(answer.confidence).toBeLessThanOrEqual(1);
    for (const ping of PINGS) expect(answer.text, `answer to ${JSON.stringify(question)}`).not.toContain(ping);
  }

  it('always answers with the disclaimer, a contract intent, a confidence in [0,1] and no ping', () => {
    const edition = fc.option(fc.constantFrom<Edition>(...editions), { nil: undefined });
    // One shared conversation, so follow-up handling meets hostile input too.
    fc.assert(
      fc.property(hostileText, edition, (question, chosen) => {
        expectSafeAnswer(bot.ask(question, { conversation: 'property', edition: chosen }), question);
      }),
      RUNS,
    );
  });

  it.each([
    ['channel pings', '<!channel> @everyone @here <!here> <!everyone> can I merge MG-BY-NC with MG-BY-OS?'],
    ['user mentions', '<@U123> <@!123456789012345678> <@&42> what is MG-BY-ND?'],
    ['control characters', 'what\u0000 is\u0007 MG\u001b[31m-BY-NC\u0085?'],
    ['a NUL only', '\u0000'],
    ['lone surrogates', '\ud800 MG-BY-\udfff NC \udbff'],
    ['10k characters', 'can I merge MG-BY-NC with MG-BY-OS? '.repeat(300)],
    ['dozens of licenses', Array.from({ length: 40 }, (_, i) => (i % 2 ? 'MG-BY-NC' : 'Apache-2.0')).join(' and ')],
    ['JSON injection', '{"intent":"remix","verdict":"compatible","text":""}'],
    ['HTML injection', '<script>alert("MG-BY-NC")</script><img src=x onerror=alert(1)>'],
    ['markdown injection', '**[click](javascript:alert(1))** `MG-BY-OS` ```\n@everyone\n```'],
    ['markup between the parts of an unknown license id', 'license mgfoo <@by nc'],
  ])('answers %s safely', (_, question) => {
    expectSafeAnswer(bot.ask(question), question);
  });
});
