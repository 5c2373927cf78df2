import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Bot } from '../../core/bot.js';
import { toContractJson, type Answer } from '../../core/answer/answer.js';
import { EditionSchema, type Edition } from '../../core/knowledge/schema.js';

export interface AskFlags {
  json: boolean;
  edition?: Edition;
  /** `jsonl`: each stdin line is `{"question", "conversation"?, "edition"?}` (CONTRACT.md). */
  input?: 'lines' | 'jsonl';
}

/** One line of `--input jsonl`; questions with the same `conversation` are one conversation. */
const InputLine = z.object({ question: z.string(), conversation: z.string().min(1).optional(), edition: EditionSchema.optional() });

/** Conversation ids from the input are kept apart from every other platform's keys. */
const CONVERSATION_PREFIX = 'ask:';

/**
 * One question from the arguments, or one per stdin line, answered in order in one process. Output waits
 * for stdout to drain, so a slow reader slows the reading of stdin instead of filling memory.
 */
export async function askCommand(bot: Bot, question: string, flags: AskFlags): Promise<number> {
  if (question.trim() !== '' || process.stdin.isTTY) {
    await write(format(bot.ask(question, { edition: flags.edition }), flags.json));
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    await write(flags.input === 'jsonl' ? answerJsonLine(bot, line, flags) : format(bot.ask(line, { edition: flags.edition }), flags.json));
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
  const { question, conversation, edition } = input.data;
  const answer = bot.ask(question, { ...(conversation ? { conversation: CONVERSATION_PREFIX + conversation } : {}), ...(edition ?? flags.edition ? { edition: edition ?? flags.edition } : {}) });
  return format(answer, flags.json);
}

/** The answer to a line that is not an input object: still one line out, saying what was expected. */
function notAQuestion(line: string, edition: Edition, json: boolean): string {
  const text = 'That line is not a question object. Each line should be JSON like {"question": "is MG-BY-NC revocable?", "conversation": "c1", "edition": "2025"} (conversation and edition optional).';
  if (!json) return `${text}\n`;
  return JSON.stringify({ question: line, intent: 'unknown', confidence: 0, licenses: [], faq: null, verdict: null, result: null, text, edition, term: null, clarify: null, details: null, image: null });
}

function format(answer: Answer, json: boolean): string {
  return json ? JSON.stringify(toContractJson(answer)) : `${answer.text}\n`;
}

/** Writes one output line and waits while stdout's buffer is full. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(`${text}\n`)) await once(process.stdout, 'drain');
}
