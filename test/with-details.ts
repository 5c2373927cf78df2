import type { Bot } from '../src/core/bot.js';

export const TEST_DETAILS = 'Every row of the comparison, the other edition and the caveats: the long version.';

/**
 * The real bot, except that an answer without details gets TEST_DETAILS: the adapters' "Why?" path
 * needs an answer that has details, whatever the core's current wording gives.
 */
export function withDetails(bot: Bot): Bot {
  const wrapped = Object.create(bot) as Bot;
  wrapped.ask = (question, options) => {
    const answer = bot.ask(question, options);
    return { ...answer, details: answer.details ?? TEST_DETAILS };
  };
  return wrapped;
}
