import { createInterface } from 'node:readline';
import type { Bot } from '../../core/bot.js';
import { toContractJson, type Answer } from '../../core/answer/answer.js';
import type { Edition } from '../../core/knowledge/schema.js';

interface AskFlags {
  json: boolean;
  edition?: Edition;
}

function format(answer: Answer, json: boolean): string {
  return json ? JSON.stringify(toContractJson(answer)) : `${answer.text}\n`;
}

/** One question from the arguments, or one per stdin line (JSON Lines with --json), all in one process. */
export async function askCommand(bot: Bot, question: string, flags: AskFlags): Promise<number> {
  if (question.trim() !== '' || process.stdin.isTTY) {
    process.stdout.write(`${format(bot.ask(question, { edition: flags.edition }), flags.json)}\n`);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    process.stdout.write(`${format(bot.ask(line, { edition: flags.edition }), flags.json)}\n`);
  }
  return 0;
}
