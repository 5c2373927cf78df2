import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnswer, renderNotice, type SlackMessage } from '../../src/adapters/slack/blocks.js';
import type { Answer } from '../../src/core/answer/answer.js';
import { en } from '../../src/core/answer/messages/en.js';
import type { Bot } from '../../src/core/bot.js';
import { blockKitProblems, mentionTokenIn } from './block-limits.js';
import { testBot } from './running-app.js';

let bot: Bot;
beforeAll(() => {
  bot = testBot();
});

/** Both renderings of one question: the ephemeral one (with Share) and the public one. */
function rendered(question: string): SlackMessage[] {
  const answer = bot.ask(question);
  return [renderAnswer(answer, { shareable: true }), renderAnswer(answer, { shareable: false })];
}

function expectValid(question: string): void {
  for (const message of rendered(question)) expect(blockKitProblems(message), question).toEqual([]);
}

function mgIds(): string[] {
  return bot.kb.allIds().filter((id) => id.startsWith('MG'));
}

describe('Block Kit limits hold for every answer the knowledge base can produce', () => {
  it('every license card, in both editions', () => {
    for (const id of bot.kb.allIds()) {
      expectValid(`license ${id}`);
      expectValid(`license ${id} in the 2025 version`);
    }
  });

  it('every FAQ topic, by command and by its own question', () => {
    for (const topic of bot.kb.faqTopics) {
      expectValid(`faq ${topic.id}`);
      expectValid(topic.question);
    }
  });

  it('every comparison and remix of two MG licenses', () => {
    for (const a of mgIds()) {
      for (const b of mgIds()) {
        expectValid(`compare ${a} and ${b}`);
        expectValid(`remix ${a} ${b} distill`);
      }
    }
  });

  it('the longest answers', () => {
    const questions = [
      ...bot.kb.allIds().map((id) => `license ${id}`),
      ...bot.kb.faqTopics.map((t) => t.question),
      'help',
      `can I merge ${mgIds().join(' with ')}?`,
      'x'.repeat(5000),
    ];
    const longest = questions
      .map((q) => bot.ask(q))
      .sort((x, y) => y.text.length - x.text.length)
      .slice(0, 5);
    for (const answer of longest) expect(blockKitProblems(renderAnswer(answer, { shareable: true })), answer.question).toEqual([]);
  });

  it('a card far beyond every limit is cut to fit, and still ends with the disclaimer and buttons', () => {
    const long = 'A long reason & more <b>. '.repeat(400);
    const answer: Answer = {
      ...bot.ask('license MG-BY-ND'),
      question: 'q'.repeat(3000),
      card: {
        title: `<!channel> ${'T'.repeat(300)}`,
        headline: long,
        tone: 'caution',
        paragraphs: Array.from({ length: 60 }, () => long),
        fields: Array.from({ length: 25 }, (_, i) => ({ label: `Row ${i}`, value: 'v'.repeat(2500) })),
        choices: Array.from({ length: 12 }, (_, i) => ({ label: `Choice ${i} ${'l'.repeat(100)}`, question: `question ${i}` })),
        source: 's'.repeat(5000),
        details: [],
        citations: [],
      },
    };
    const message = renderAnswer(answer, { shareable: true });
    expect(blockKitProblems(message)).toEqual([]);
    expect(mentionTokenIn(message)).toBeUndefined();
    expect(message.blocks.at(-2)).toMatchObject({ type: 'context' });
    expect(JSON.stringify(message.blocks.at(-2))).toContain(en.answer.disclaimer);
    expect(message.blocks.at(-1)).toMatchObject({ type: 'actions' });
  });
});

describe('what a license card looks like', () => {
  it('has the license as header, the verdict line first, the Model Sheet rows as fields, source and disclaimer, and buttons', () => {
    const [ephemeral, shared] = rendered('license MG-BY-ND');
    const blocks = ephemeral!.blocks as Record<string, any>[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect(blocks[0]!.text.text).toContain('MG-BY-ND');
    expect(blocks[1]!.text.text).toMatch(/^.*\*.+\*$/s);
    const fields = blocks.find((b) => b.fields)!.fields as { text: string }[];
    expect(fields.some((f) => /revoke/i.test(f.text))).toBe(true);
    const context = JSON.stringify(blocks.find((b) => b.type === 'context'));
    expect(context).toContain('Source:');
    expect(context).toContain(en.answer.disclaimer);
    const buttons = (blocks.at(-1)!.elements as { text: { text: string } }[]).map((b) => b.text.text);
    expect(buttons).toEqual(expect.arrayContaining(['Share in channel', '👍', '👎', 'Revocable?']));
    expect(JSON.stringify(shared)).not.toContain('Share in channel');
    expect(ephemeral!.text).toContain('MG-BY-ND');
  });

  it('says "not legal advice" on notices too', () => {
    expect(JSON.stringify(renderNotice('Slow down, please.', 'en'))).toContain(en.answer.disclaimer);
  });
});

describe('any question, however hostile', () => {
  const hostile = fc.constantFrom(
    '<!channel>',
    '<!here>',
    '<!everyone>',
    '<@U123>',
    '<#C123|general>',
    '<!subteam^S1|team>',
    '@channel',
    '&',
    '<',
    '>',
    '&lt;',
    'MG-BY-NC',
    'MG-BY-OS',
    'license',
    'remix',
    '*',
    '_',
    '`',
    '\n',
    '👍',
    'MG-BY-<!here>',
  );
  const question = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.array(fc.oneof(hostile, fc.string({ maxLength: 8 })), { maxLength: 30 }).map((p) => p.join(' ')),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
  );

  it('renders within the limits and without a single mention from the input', () => {
    fc.assert(
      fc.property(question, (q) => {
        for (const message of rendered(q)) {
          expect(blockKitProblems(message), q).toEqual([]);
          expect(mentionTokenIn(message), q).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
