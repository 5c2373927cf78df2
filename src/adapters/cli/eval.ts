import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import type { Answer } from '../../core/answer/answer.js';
import type { Bot } from '../../core/bot.js';
import { EditionSchema } from '../../core/knowledge/schema.js';
import { DataError } from '../../runtime/load-knowledge.js';
import { projectRoot } from '../../runtime/paths.js';

/**
 * Scores the bot on labelled questions (the format is in eval/README.md): single questions, and
 * conversations whose turns are asked in order so that follow-ups are read against what came before.
 */

/** The labelled sets `modelgo-bot eval` scores when given no file. */
export const DEFAULT_EVAL_FILES = [join(projectRoot, 'eval', 'dev.jsonl'), join(projectRoot, 'eval', 'conversations.jsonl')];

/** What an answer must say; a field counts only when the label gives it. */
const LabelSchema = z.object({
  intent: z.string(),
  licenses: z.array(z.string()).optional(),
  faq: z.string().nullish(),
  verdict: z.string().nullish(),
  result: z.string().nullish(),
  term: z.string().nullish(),
  edition: z.string().nullish(),
  /** `true`: the bot must ask back (a non-empty `clarify`); `false`: it must not. */
  clarify: z.boolean().optional(),
});
type Label = z.infer<typeof LabelSchema>;

const QuestionSchema = LabelSchema.extend({
  cat: z.string().optional(),
  q: z.string(),
  /** Other acceptable labels: the answer is right when it matches the line or one of these. */
  alt: z.array(LabelSchema).optional(),
  note: z.string().optional(),
});
type Question = z.infer<typeof QuestionSchema>;

const ConversationSchema = z.object({ id: z.string(), turns: z.array(QuestionSchema).min(1) });

/** One line of a labelled file: a question, or a conversation (a line with `turns`). */
export type Labelled = Question | z.infer<typeof ConversationSchema>;

const SCORED = ['faq', 'verdict', 'result', 'term', 'edition'] as const;

/** Ids compare without case and without the `-2.0` suffix, as the contract says. */
const norm = (s: string | null | undefined): string =>
  String(s ?? '')
    .toLowerCase()
    .replace(/-2\.0$/, '');

function matches(label: Label, a: Answer): boolean {
  if (a.intent !== label.intent) return false;
  for (const key of SCORED) {
    if (label[key] !== undefined && norm(label[key]) !== norm(a[key])) return false;
  }
  if (label.clarify !== undefined && label.clarify !== (a.clarify !== null && a.clarify.length > 0)) return false;
  const { licenses } = label;
  return !licenses || (licenses.length === a.licenses.length && licenses.every((l, i) => norm(l) === norm(a.licenses[i])));
}

const isRight = (q: Question, a: Answer): boolean => [q, ...(q.alt ?? [])].some((label) => matches(label, a));

export function readLabelled(file: string): Labelled[] {
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DataError(`cannot read the labelled questions ${shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new DataError(`${shown}:${i + 1}: not JSON`);
    }
    const parsed = (raw !== null && typeof raw === 'object' && 'turns' in raw ? ConversationSchema : QuestionSchema).safeParse(raw);
    if (!parsed.success) throw new DataError(`${shown}:${i + 1}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    return [parsed.data];
  });
}

type Got = Pick<Answer, 'intent' | 'licenses' | 'faq' | 'verdict' | 'result' | 'term' | 'edition' | 'confidence'>;

export interface EvalReport {
  /** The file scored, when it came from one. */
  file?: string;
  total: number;
  correct: number;
  byCategory: Record<string, { total: number; correct: number }>;
  /** Answers that give a verdict or result although they are not right: worse than no verdict. */
  wrongVerdicts: number;
  /** Length in characters of the answers' `text` (nearest rank). */
  textLength: { median: number; p90: number };
  misses: Array<{ question: string; conversation?: string; expected: Omit<Question, 'q' | 'cat' | 'note'>; got: Got }>;
}

/** Each scoring run talks in conversations of its own, so two files' "c1" are never one conversation. */
let runs = 0;

/** Asks every question (and every turn, in order, within its conversation) and scores the answers. */
export function evaluate(bot: Pick<Bot, 'ask'>, items: Labelled[]): EvalReport {
  const run = `eval-${++runs}`;
  const report: EvalReport = { total: 0, correct: 0, byCategory: {}, wrongVerdicts: 0, textLength: { median: 0, p90: 0 }, misses: [] };
  const lengths: number[] = [];
  const score = (q: Question, cat: string, a: Answer, conversation?: string) => {
    const ok = isRight(q, a);
    const tally = report.byCategory[cat] ?? { total: 0, correct: 0 };
    report.byCategory[cat] = tally;
    tally.total++;
    report.total++;
    lengths.push(a.text.length);
    if (ok) {
      tally.correct++;
      report.correct++;
      return;
    }
    if (a.verdict !== null || a.result !== null) report.wrongVerdicts++;
    const { q: question, cat: _cat, note: _note, ...expected } = q;
    const { intent, licenses, faq, verdict, result, term, edition, confidence } = a;
    report.misses.push({ question, conversation, expected, got: { intent, licenses, faq, verdict, result, term, edition, confidence } });
  };
  for (const item of items) {
    if (!('turns' in item)) {
      score(item, item.cat ?? 'uncategorised', bot.ask(item.q));
      continue;
    }
    item.turns.forEach((turn, i) => {
      const a = bot.ask(turn.q, { conversation: `${run}:${item.id}`, edition: EditionSchema.safeParse(turn.edition).data });
      score(turn, turn.cat ?? (i === 0 ? 'first-turn' : 'follow-up'), a, item.id);
    });
  }
  lengths.sort((x, y) => x - y);
  const rank = (p: number) => lengths[Math.max(0, Math.ceil(p * lengths.length) - 1)] ?? 0;
  report.textLength = { median: rank(0.5), p90: rank(0.9) };
  return report;
}

export function formatEval(report: EvalReport): string {
  const pct = (c: number, t: number) => `${((100 * c) / Math.max(t, 1)).toFixed(1)}%`;
  const row = (name: string, s: { total: number; correct: number }) =>
    `  ${name.padEnd(12)} ${String(s.correct).padStart(3)}/${String(s.total).padEnd(3)} ${pct(s.correct, s.total)}`;
  const lines = report.file ? [`${relative(process.cwd(), report.file) || report.file}`] : [];
  lines.push(...Object.entries(report.byCategory).map(([cat, s]) => row(cat, s)), row('overall', report));
  lines.push(`  wrong verdicts: ${report.wrongVerdicts}`, `  text length: median ${report.textLength.median}, p90 ${report.textLength.p90} characters`);
  if (report.misses.length > 0) {
    lines.push('', 'Wrong:');
    for (const m of report.misses) {
      const where = m.conversation ? ` (${m.conversation})` : '';
      lines.push(`  "${m.question}"${where}\n    expected ${JSON.stringify(m.expected)}\n    got      ${JSON.stringify(m.got)}`);
    }
  }
  return lines.join('\n');
}
