import { createInterface } from 'node:readline';
import type { Bot } from '../../core/bot.js';
import { toContractJson, type Answer } from '../../core/answer/answer.js';
import type { Edition } from '../../core/knowledge/schema.js';
import { withImageFile } from '../../runtime/matrix-image.js';

interface AskFlags {
  json: boolean;
  edition?: Edition;
  /** Where pictures are written (default: the current folder). */
  outDir?: string;
}

/** Writes the answer's picture if it has one; the text names the file, the JSON its `image` field. */
export function showAnswer(bot: Bot, answer: Answer, flags: AskFlags): string {
  let shown = answer;
  try {
    shown = withImageFile(answer, bot.kb, flags.outDir ?? '.');
  } catch (err) {
    // The answer still stands without its picture; an unwritable folder is reported, not a crash.
    process.stderr.write(`modelgo-bot: could not write the picture: ${(err as Error).message}\n`);
  }
  if (flags.json) return JSON.stringify(toContractJson(shown));
  return `${shown.text}\n${shown.image ? `Picture: ${shown.image}\n` : ''}`;
}

/** One question from the arguments, or one per stdin line (JSON Lines with --json), all in one process. */
export async function askCommand(bot: Bot, question: string, flags: AskFlags): Promise<number> {
  if (question.trim() !== '' || process.stdin.isTTY) {
    process.stdout.write(`${showAnswer(bot, bot.ask(question, { edition: flags.edition }), flags)}\n`);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    process.stdout.write(`${showAnswer(bot, bot.ask(line, { edition: flags.edition }), flags)}\n`);
  }
  return 0;
}
