import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bot } from '../../core/bot.js';
import { projectRoot } from '../../runtime/paths.js';

export interface BenchFigures {
  startupMs: number;
  answers: number;
  p50Ms: number;
  p99Ms: number;
  answersPerSecond: number;
  peakRssMb: number;
}

/** Questions to time: the labelled sets when they are there, and a few awkward ones of our own. */
function questions(): string[] {
  const files = [join(projectRoot, 'eval', 'dev.jsonl'), join(projectRoot, 'test', 'fixtures', 'paraphrases.jsonl')];
  const labelled = files.filter(existsSync).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { q: string }).q),
  );
  return [...labelled, '', 'what about MG-BY-ND?', 'x'.repeat(1999), 'MG-BY-XYZ revocable?', '🤖🤖🤖', 'compare MG0, MG-BY, MG-BY-NC, MG-BY-ND and MG-BY-OS'];
}

/**
 * Answers `count` questions in this process. `startupMs` is from process start to the first answer, so
 * it includes loading Node, the code, the data and the intent model.
 */
export function bench(makeBot: () => Bot, count = 5000): BenchFigures {
  const bot = makeBot();
  const pool = questions();
  bot.ask(pool[0] ?? 'hello');
  const startupMs = process.uptime() * 1000;
  // One untimed pass lets the JIT compile the answer path, so the figures are of the running bot.
  for (const q of pool) bot.ask(q);
  const times: number[] = [];
  const began = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const t0 = process.hrtime.bigint();
    bot.ask(pool[i % pool.length]!, { conversation: `bench-${i % 50}` });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const totalMs = Number(process.hrtime.bigint() - began) / 1e6;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return {
    startupMs: round(startupMs),
    answers: count,
    p50Ms: round(at(0.5), 4),
    p99Ms: round(at(0.99), 4),
    answersPerSecond: Math.round((count / totalMs) * 1000),
    peakRssMb: round(process.resourceUsage().maxRSS / 1024),
  };
}

function round(n: number, digits = 1): number {
  return Number(n.toFixed(digits));
}

export function formatBench(f: BenchFigures): string {
  return [
    `start-up to first answer  ${f.startupMs} ms`,
    `answers                   ${f.answers}`,
    `p50 per answer            ${f.p50Ms} ms`,
    `p99 per answer            ${f.p99Ms} ms`,
    `answers per second        ${f.answersPerSecond}`,
    `peak memory (RSS)         ${f.peakRssMb} MB`,
  ].join('\n');
}
