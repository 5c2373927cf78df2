import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { sanitize } from '../../core/matcher/sanitize.js';
import { loadConfig } from '../../runtime/config.js';
import type { FeedbackRecord } from '../../runtime/feedback-log.js';

const KINDS = ['thumbs-up', 'thumbs-down', 'unknown', 'low-confidence'] as const satisfies ReadonlyArray<FeedbackRecord['kind']>;
const TOP = 10;

/** Only what the report reads; other fields may come and go without making old lines "malformed". */
const LineSchema = z.object({ kind: z.enum(KINDS), question: z.string(), intent: z.string(), suggestion: z.boolean().optional() });

export interface FeedbackSummary {
  /** The files that were read, oldest first. */
  files: string[];
  records: number;
  /** Lines that were not a feedback record (torn writes, hand edits). */
  skipped: number;
  kinds: Record<FeedbackRecord['kind'], number>;
  /** Unknown or low-confidence answers to the bot's own suggestion buttons: counted here, never as misses. */
  fromSuggestions: number;
  /** The questions to add utterances or FAQ entries for: unknown and low-confidence ones, grouped. */
  topQuestions: Array<{ question: string; count: number }>;
  /** Intents whose answers users disliked most, with their 👍 for scale. */
  thumbsDownByIntent: Array<{ intent: string; thumbsDown: number; thumbsUp: number }>;
}

/** `report [--file F] [--json]`: what the bot failed to answer, from the feedback log and its rotated `.1`. */
export function reportCommand(args: string[]): number {
  const { values } = parseArgs({ args, options: { file: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const file = values.file ?? loadConfig('cli').FEEDBACK_LOG;
  const texts: Array<{ file: string; text: string }> = [];
  // The rotated file holds the older lines.
  for (const path of [`${file}.1`, file]) {
    try {
      texts.push({ file: path, text: readFileSync(path, 'utf8') });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      process.stderr.write(`modelgo-bot: cannot read the feedback log ${path}: ${(err as Error).message}\n`);
      return 1;
    }
  }
  const summary = summarise(texts);
  if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else process.stdout.write(formatSummary(summary, file));
  return 0;
}

export function summarise(texts: Array<{ file: string; text: string }>): FeedbackSummary {
  const kinds = Object.fromEntries(KINDS.map((k) => [k, 0])) as FeedbackSummary['kinds'];
  const questions = new Map<string, number>();
  const votes = new Map<string, { thumbsDown: number; thumbsUp: number }>();
  let records = 0;
  let skipped = 0;
  let fromSuggestions = 0;
  for (const line of texts.flatMap((t) => t.text.split('\n'))) {
    if (line.trim() === '') continue;
    const record = parseLine(line);
    if (!record) {
      skipped++;
      continue;
    }
    records++;
    const miss = record.kind === 'unknown' || record.kind === 'low-confidence';
    // Clicking "what is MG-BY-NC?" under a vague answer says nothing about how people phrase questions.
    if (miss && record.suggestion) {
      fromSuggestions++;
      continue;
    }
    kinds[record.kind]++;
    if (miss) {
      const question = normalise(record.question);
      if (question) questions.set(question, (questions.get(question) ?? 0) + 1);
    } else {
      const intent = sanitize(record.intent) || 'unknown';
      const tally = votes.get(intent) ?? { thumbsDown: 0, thumbsUp: 0 };
      tally[record.kind === 'thumbs-down' ? 'thumbsDown' : 'thumbsUp']++;
      votes.set(intent, tally);
    }
  }
  return {
    files: texts.map((t) => t.file),
    records,
    skipped,
    kinds,
    fromSuggestions,
    topQuestions: [...questions]
      .map(([question, count]) => ({ question, count }))
      .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))
      .slice(0, TOP),
    thumbsDownByIntent: [...votes]
      .map(([intent, v]) => ({ intent, ...v }))
      .filter((v) => v.thumbsDown > 0)
      .sort((a, b) => b.thumbsDown - a.thumbsDown || a.intent.localeCompare(b.intent)),
  };
}

function parseLine(line: string): z.infer<typeof LineSchema> | undefined {
  try {
    const parsed = LineSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "What is GPL?", "what is gpl" and "  WHAT IS GPL " are one question to the owners. Sanitizing also
 * keeps escape sequences in logged questions from reaching the owner's terminal.
 */
function normalise(question: string): string {
  return sanitize(question)
    .toLowerCase()
    .replace(/[\s?!.,;:]+$/u, '');
}

function formatSummary(s: FeedbackSummary, file: string): string {
  if (s.records === 0 && s.skipped === 0) return `No feedback recorded yet (${file} is empty or does not exist).\n`;
  const lines = [
    `Feedback log: ${s.files.join(' + ')}`,
    `${plural(s.records, 'record')}: ${KINDS.map((k) => `${s.kinds[k]} ${k}`).join(', ')}${s.skipped > 0 ? ` (${plural(s.skipped, 'malformed line')} skipped)` : ''}`,
  ];
  if (s.fromSuggestions > 0) lines.push(`(${plural(s.fromSuggestions, 'answer')} to the bot's own suggestion buttons not counted as misses)`);
  if (s.topQuestions.length > 0) {
    lines.push('', 'Most common unanswered or low-confidence questions (add utterances or FAQ entries for these):');
    for (const q of s.topQuestions) lines.push(`  ${String(q.count).padStart(4)}× ${q.question}`);
  }
  if (s.thumbsDownByIntent.length > 0) {
    lines.push('', 'Intents with the most 👎:');
    for (const v of s.thumbsDownByIntent) lines.push(`  ${v.intent}: ${v.thumbsDown} 👎, ${v.thumbsUp} 👍`);
  }
  return `${lines.join('\n')}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
