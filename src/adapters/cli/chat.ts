import { createInterface } from 'node:readline';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import type { Bot } from '../../core/bot.js';
import { showAnswer } from './ask.js';

/** The console chat: the same answers as Slack and Discord, one conversation, follow-ups included. */
export async function chatCommand(bot: Bot): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
  process.stdout.write(`${catalogue(bot.language).console.welcome}\n`);
  rl.prompt();
  for await (const line of rl) {
    if (/^\s*(exit|quit|bye)\s*$/i.test(line)) break;
    process.stdout.write(`\n${showAnswer(bot, bot.ask(line, { conversation: 'cli' }), { json: false })}\n`);
    rl.prompt();
  }
  rl.close();
  return 0;
}
