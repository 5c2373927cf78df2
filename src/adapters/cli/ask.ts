import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { type Answer, toContractJson } from '../../core/answer/answer.js';
import type { Bot } from '../../core/bot.js';
import { type Edition, EditionSchema } from '../../core/knowledge/schema.js';
import { withImageFile } from '../../runtime/matrix-image.js';

export interface AskFlags {
  json: boolean;
  edition?: Edition;
  /** Where pictures are written (default: the current folder). */
  outDir?: string;
  /** `jsonl`: each stdin line is `{"question", "conversation"?, "edition"?}` (docs/json-contract.md). */
  input?: 'lines' | 'jsonl';
}

/** One line of `--input jsonl`; questions with the same `conversation` are one conversation. */
const InputLine = z.object({ question: z.string(), conversation: z.string().min(1).optional(), edition: EditionSchema.optional() });

/** Conversation ids from the input are kept apart from every other platform's keys. */
const CONVERSATION_PREFIX = 'ask:';

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

/**
 * One question from the arguments, or one per stdin line, answered in order in one process. Output waits
 * for stdout to drain, so a slow reader slows the reading of stdin instead of filling memory.
 */
export async function askCommand(bot: Bot, question: string, flags: AskFlags): Promise<number> {
  // A reader that stops early (`| head`) closes the pipe: stop answering quietly, as command-line tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
  if (question.trim() !== '' || process.stdin.isTTY) {
    await write(showAnswer(bot, bot.ask(question, { edition: flags.edition }), flags));
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    await write(flags.input === 'jsonl' ? answerJsonLine(bot, line, flags) : showAnswer(bot, bot.ask(line, { edition: flags.edition }), flags));
  }
  return 0;
}

function answerJsonLine(bot: Bot, line: string, flags: AskFlags): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    parsed = undefined;
  }
  const input = InputLine.safeParse(parsed);
  if (!input.success) return notAQuestion(line, flags.edition ?? bot.defaultEdition, flags.json);
  const { question, conversation } = input.data;
  const edition = input.data.edition ?? flags.edition;
  const answer = bot.ask(question, { ...(conversation ? { conversation: CONVERSATION_PREFIX + conversation } : {}), ...(edition ? { edition } : {}) });
  return showAnswer(bot, answer, flags);
}

/** The answer to a line that is not an input object: still one line out, saying what was expected. */
function notAQuestion(line: string, edition: Edition, json: boolean): string {
  const text =
    'That line is not a question object. Each line should be JSON like {"question": "is MG-BY-NC revocable?", "conversation": "c1", "edition": "2025"} (conversation and edition optional).';
  if (!json) return `${text}\n`;
  return JSON.stringify({
    question: line,
    intent: 'unknown',
    confidence: 0,
    licenses: [],
    faq: null,
    verdict: null,
    result: null,
    text,
    edition,
    language: 'en',
    term: null,
    clarify: null,
    details: null,
    image: null,
  });
}

/** Writes one output line and waits while stdout's buffer is full. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(`${text}\n`)) await once(process.stdout, 'drain');
}
