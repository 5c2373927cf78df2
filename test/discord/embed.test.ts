import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnswerMessage, renderAnswer, renderEmbed } from '../../src/adapters/discord/embed.js';
import type { Answer, Card } from '../../src/core/answer/answer.js';
import { catalogue } from '../../src/core/answer/messages/catalogue.js';
import { en } from '../../src/core/answer/messages/en.js';
import type { Language } from '../../src/core/domain/languages.js';
import { REMIX_METHODS } from '../../src/core/rules/remix.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { hostileText, SEED } from '../reliability/hostile.js';

const bot = createBot('2024');
const editions = [...bot.kb.editions.keys()];

/** Every limit Discord enforces on what we send; a message breaking one would be rejected whole. */
function expectWithinLimits(message: AnswerMessage, language: Language = 'en'): void {
  const [embed] = message.embeds;
  const fields = embed.fields ?? [];
  expect(embed.title?.length ?? 0).toBeGreaterThan(0);
  expect(embed.title!.length).toBeLessThanOrEqual(256);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
  expect(fields.length).toBeLessThanOrEqual(25);
  for (const f of fields) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(256);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(1024);
  }
  expect(embed.footer!.text.length).toBeLessThanOrEqual(2048);
  expect(embed.footer!.text).toContain(catalogue(language).answer.disclaimer);
  const total =
    (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + embed.footer!.text.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  expect(total).toBeLessThanOrEqual(6000);

  expect(message.components.length).toBeLessThanOrEqual(5);
  const ids = message.components.flatMap((row) => row.components.map((b) => b.custom_id));
  expect(new Set(ids).size).toBe(ids.length);
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const b of row.components) {
      expect(b.custom_id.length).toBeLessThanOrEqual(100);
      expect((b.label ?? '').length).toBeLessThanOrEqual(80);
      expect(b.label || b.emoji).toBeTruthy();
    }
  }
  expect(message.allowedMentions).toEqual({ parse: [] });
}

/** The text a reader sees: it must not show a ping, whatever the question said. */
function shown(message: AnswerMessage): string {
  const [e] = message.embeds;
  return [
    e.title,
    e.description,
    e.footer?.text,
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ...message.components.flatMap((r) => r.components.map((b) => b.label ?? '')),
  ].join('\n');
}

const licenseIds = bot.kb.allIds();
const mgIds = [...new Set(editions.flatMap((e) => bot.kb.licenses(e).map((l) => l.id)))];

describe('Discord embeds stay within Discord limits', () => {
  it.each(editions)('for every license card (%s edition)', (edition) => {
    for (const id of licenseIds) {
      const answer = bot.ask(`license ${id}`, { edition });
      expectWithinLimits(renderAnswer(answer));
    }
  });

  it('shows Model Sheet rows as fields and the group as colour on MG license cards', () => {
    const message = renderAnswer(bot.ask('license MG-BY-ND-2.0'));
    expect(message.embeds[0].fields?.length).toBeGreaterThanOrEqual(3);
    expect(message.embeds[0].color).toBe(0xe74c3c);
    expect(renderAnswer(bot.ask('license MG0-2.0')).embeds[0].color).toBe(0x2ecc71);
  });

  it.each(editions)('for every FAQ topic (%s edition)', (edition) => {
    for (const topic of bot.kb.faqTopics) expectWithinLimits(renderAnswer(bot.ask(`faq ${topic.id}`, { edition })));
  });

  it.each(editions)('for every comparison and every remix of two MG licenses (%s edition)', (edition) => {
    for (const a of mgIds) {
      for (const b of mgIds) {
        expectWithinLimits(renderAnswer(bot.ask(`compare ${a} and ${b}`, { edition })));
        for (const method of REMIX_METHODS) expectWithinLimits(renderAnswer(bot.ask(`remix ${a} ${b} ${method}`, { edition })));
      }
    }
  });

  it('for the longest answers the bot gives, with every choice still offered as a button', () => {
    const questions = [
      ...licenseIds.map((id) => `license ${id}`),
      ...bot.kb.faqTopics.map((t) => t.question),
      'help',
      'which license should I choose?',
      'what is MG-BY-XYZ?',
      'asdf qwer zxcv',
      'MG0 MG-BY MG-BY-OS MG-BY-RAI MG-BY-NC MG-BY-NC-OS MG-BY-NC-RAI MG-BY-ND MG-BY-NC-ND',
      'x'.repeat(5000),
    ];
    const answers = questions.flatMap((q) => editions.map((edition) => bot.ask(q, { edition }))).sort((a, b) => b.text.length - a.text.length);
    for (const answer of answers.slice(0, 20)) {
      const message = renderAnswer(answer);
      expectWithinLimits(message);
      const labels = message.components.flatMap((r) => r.components).filter((b) => b.label).length;
      expect(labels).toBe(new Set(answer.card.choices.map((c) => c.question)).size);
    }
  });

  it('trims an oversized card gracefully: the verdict first, fields kept in order, the disclaimer intact', () => {
    const huge: Card = {
      title: 'T'.repeat(1000),
      headline: 'The verdict comes first.',
      tone: 'caution',
      paragraphs: ['word '.repeat(3000)],
      fields: Array.from({ length: 40 }, (_, i) => ({ label: `Row ${i} ${'n'.repeat(300)}`, value: 'v'.repeat(2000) })),
      choices: Array.from({ length: 30 }, (_, i) => ({ label: `Choice ${i} ${'l'.repeat(100)}`, question: `question ${i}?` })),
      source: 's'.repeat(3000),
      details: [],
      citations: [],
    };
    const answer: Answer = {
      question: 'q',
      readIn: 'en',
      intent: 'faq',
      confidence: 1,
      licenses: [],
      faq: null,
      verdict: null,
      result: null,
      edition: '2024',
      term: null,
      clarify: null,
      details: null,
      image: null,
      text: '',
      card: huge,
      language: 'en',
    };
    const message = renderAnswer(answer);
    expectWithinLimits(message);
    expect(message.embeds[0].description).toMatch(/^\*\*The verdict comes first\.\*\*/);
    expect(message.embeds[0].description).toMatch(/…$/);
    expect(message.embeds[0].fields?.[0]?.name).toMatch(/^Row 0 /);
  });

  it('renders empty labels and values as a dash rather than something Discord rejects', () => {
    const embed = renderEmbed(
      {
        title: '',
        headline: null,
        tone: 'neutral',
        paragraphs: [],
        fields: [{ label: ' ', value: '' }],
        choices: [],
        source: 'x',
        details: [],
        citations: [],
      },
      en,
    );
    expect(embed.title).toBe('ModelGo');
    expect(embed.fields).toEqual([{ name: '—', value: '—', inline: true }]);
  });

  it('keeps random and hostile questions within limits, pinging no one', () => {
    fc.assert(
      fc.property(hostileText, (question) => {
        const answer = bot.ask(question);
        const message = renderAnswer(answer);
        expectWithinLimits(message, answer.language);
        expect(shown(message)).not.toMatch(/@(everyone|here)\b|<@/i);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('defuses pings even when a card itself carries one', () => {
    const card: Card = {
      title: 'Hi @everyone',
      headline: '<@123> and @here',
      tone: 'neutral',
      paragraphs: ['<@&456>'],
      fields: [{ label: '@everyone', value: '<#1>' }],
      choices: [{ label: '@here', question: 'help' }],
      source: '@everyone',
      details: [],
      citations: [],
    };
    const message = renderAnswer({
      question: 'q',
      readIn: 'en',
      intent: 'help',
      confidence: 1,
      licenses: [],
      faq: null,
      verdict: null,
      result: null,
      edition: '2024',
      term: null,
      clarify: null,
      details: null,
      image: null,
      text: '',
      card,
      language: 'en',
    });
    expect(shown(message)).not.toMatch(/@(everyone|here)\b|<[@#]/);
    expect(shown(message)).toContain('everyone');
  });
});
