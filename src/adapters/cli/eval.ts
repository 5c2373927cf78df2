import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answer } from '../../core/answer/answer.js';
import type { Bot } from '../../core/bot.js';

/** One labelled question, as in ../shared/eval/dev.jsonl. */
const LabelledSchema = z.object({
  cat: z.string(),
  q: z.string(),
  intent: z.string(),
  faq: z.string().nullish(),
  verdict: z.string().nullish(),
  result: z.string().nullish(),
  licenses: z.array(z.string()).optional(),
});
type Labelled = z.infer<typeof LabelledSchema>;

export interface EvalReport {
  total: number;
  correct: number;
  byCategory: Record<string, { total: number; correct: number }>;
  misses: Array<{ question: string; expected: Partial<Labelled>; got: Partial<Answer> }>;
}

/** Ids compare without case and without the `-2.0` suffix, as the contract says. */
const norm = (s: string | null | undefined): string => String(s ?? '').toLowerCase().replace(/-2\.0$/, '');

/** Right when the intent matches and every expected field given on the line matches. */
function isRight(e: Labelled, a: Answer): boolean {
  if (a.intent !== e.intent) return false;
  for (const key of ['faq', 'verdict', 'result'] as const) {
    if (e[key] !== undefined && norm(e[key]) !== norm(a[key])) return false;
  }
  if (e.licenses && (e.licenses.length !== a.licenses.length || e.licenses.some((l, i) => norm(l) !== norm(a.licenses[i])))) return false;
  return true;
}

export function readLabelled(file: string): Labelled[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    const parsed = LabelledSchema.safeParse(JSON.parse(l));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

export function evaluate(bot: Bot, items: Labelled[]): EvalReport {
  const report: EvalReport = { total: 0, correct: 0, byCategory: {}, misses: [] };
  for (const e of items) {
    const a = bot.ask(e.q);
    const ok = isRight(e, a);
    const cat = (report.byCategory[e.cat] ??= { total: 0, correct: 0 });
    cat.total++;
    report.total++;
    if (ok) cat.correct++, report.correct++;
    else report.misses.push({ question: e.q, expected: { intent: e.intent, faq: e.faq, verdict: e.verdict, result: e.result, licenses: e.licenses }, got: { intent: a.intent, faq: a.faq, verdict: a.verdict, result: a.result, licenses: a.licenses, confidence: a.confidence } });
  }
  return report;
}

export function formatEval(report: EvalReport): string {
  const pct = (c: number, t: number) => `${((100 * c) / Math.max(t, 1)).toFixed(1)}%`;
  const lines = Object.entries(report.byCategory).map(([cat, s]) => `  ${cat.padEnd(12)} ${String(s.correct).padStart(3)}/${String(s.total).padEnd(3)} ${pct(s.correct, s.total)}`);
  lines.push(`  ${'overall'.padEnd(12)} ${String(report.correct).padStart(3)}/${String(report.total).padEnd(3)} ${pct(report.correct, report.total)}`);
  if (report.misses.length > 0) {
    lines.push('', 'Wrong:');
    for (const m of report.misses) lines.push(`  "${m.question}"\n    expected ${JSON.stringify(m.expected)}\n    got      ${JSON.stringify(m.got)}`);
  }
  return lines.join('\n');
}
