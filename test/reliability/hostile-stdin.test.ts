import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/core/answer/answer.js';
import { hostileText, SEED } from './hostile.js';
import { runCli } from './run-cli.js';

const LINES = 1000;

/** A line as bytes: text (with its own line breaks turned into spaces, since readline splits on \r too) or raw binary. */
const line: fc.Arbitrary<Buffer> = fc.oneof(
  { arbitrary: hostileText.map((t) => Buffer.from(t.replace(/[\r\n]/g, ' '), 'utf8')), weight: 8 },
  { arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes.filter((b) => b !== 0x0a && b !== 0x0d))), weight: 1 },
  { arbitrary: fc.constant(Buffer.alloc(0)), weight: 1 },
  { arbitrary: fc.constantFrom(' ', '\t', '\u0000', '\ufeff').map((t) => Buffer.from(t)), weight: 1 },
);

describe('modelgo-bot ask --json with hostile stdin', () => {
  it('answers each of a thousand random and hostile lines with exactly one contract JSON line, and exits 0', () => {
    const lines = fc.sample(fc.tuple(line, fc.boolean()), { numRuns: LINES, seed: SEED });
    // Half the lines end in CRLF, as files from Windows do.
    const input = Buffer.concat(lines.flatMap(([bytes, crlf]) => [bytes, Buffer.from(crlf ? '\r\n' : '\n')]));

    const run = runCli(['ask', '--json'], { input });

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = run.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(LINES);
    out.forEach((json, i) => {
      const answer = JSON.parse(json) as Record<string, unknown>;
      // In order: the i-th answer is to the i-th line, as received (invalid UTF-8 read as U+FFFD).
      expect(answer.question).toBe(lines[i]![0].toString('utf8'));
      expect(INTENTS).toContain(answer.intent);
      expect(answer.confidence).toBeGreaterThanOrEqual(0);
      expect(answer.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(answer.licenses) && answer.licenses.every((l) => typeof l === 'string')).toBe(true);
      for (const key of ['faq', 'verdict', 'result']) expect(answer[key] === null || typeof answer[key] === 'string').toBe(true);
      expect(typeof answer.text === 'string' && answer.text.trim().length > 0).toBe(true);
    });
  }, 120_000);
});
