import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/core/answer/messages/catalogue.js';
import { LANGUAGES } from '../../src/core/domain/languages.js';
import { createBot } from '../../src/runtime/create-bot.js';

/**
 * The questions the bot itself offers (help examples, each intent's example) are sent back as messages
 * when a user taps them, so each must be understood in its own language as its English original is.
 */
const bot = createBot('2024');
const offered = (language: (typeof LANGUAGES)[number]) => {
  const msg = catalogue(language);
  return [...msg.help.examples.map((e) => e.question), ...Object.values(msg.intents).map((i) => i.example)];
};

describe('the questions the bot offers', () => {
  const english = offered('en').map((q) => bot.ask(q).intent);

  it.each(LANGUAGES.filter((l) => l !== 'en'))('are understood in %s as in English, and answered in that language', (language) => {
    const answers = offered(language).map((q) => bot.ask(q));
    expect(answers.map((a) => a.intent)).toEqual(english);
    expect(answers.every((a) => a.language === language)).toBe(true);
  });
});
