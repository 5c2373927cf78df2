#!/usr/bin/env node
// Measures `modelgo-bot ask --json` under a slow reader: feeds it N questions on stdin, reads its stdout
// in small sips, and samples the child's peak resident memory (VmHWM, Linux /proc). Prints one JSON line.
// Usage: node scripts/ask-rss.mjs [lines=100000] [sipBytes=65536] [sipEveryMs=10]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const [lines = 100_000, sipBytes = 65_536, sipEveryMs = 10] = process.argv.slice(2).map(Number);
const bin = fileURLToPath(new URL('../bin/modelgo-bot.js', import.meta.url));
const questions = ['can I merge MG-BY-NC with MG-BY-OS?', 'is MG-BY-ND revocable?', 'license MG-BY-RAI', 'can I sell outputs of an MG-BY-NC model?'];

const started = Date.now();
const child = spawn(bin, ['ask', '--json'], { stdio: ['pipe', 'pipe', 'inherit'] });
Readable.from((function* () {
  for (let i = 0; i < lines; i++) yield `${questions[i % questions.length]}\n`;
})()).pipe(child.stdin);

let peakKb = 0;
const sample = () => {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
  } catch {
    // The child has exited; the last sample stands.
  }
};
const sampler = setInterval(sample, 50);

// The slow reader: at most `sipBytes` every `sipEveryMs`.
let answered = 0;
child.stdout.pause();
// Without a 'readable' listener Node resumes a child's stdout when the child exits, and what is still
// buffered then flows away uncounted.
child.stdout.on('readable', () => {});
const reader = setInterval(() => {
  const chunk = child.stdout.read(Math.min(sipBytes, child.stdout.readableLength || sipBytes)) ?? child.stdout.read();
  if (chunk) answered += chunk.toString('latin1').split('\n').length - 1;
}, sipEveryMs);
const exited = new Promise((resolve) => child.on('exit', resolve));
await new Promise((resolve) => child.stdout.on('end', resolve));
clearInterval(reader);
const code = await exited;
clearInterval(sampler);
process.stdout.write(`${JSON.stringify({ lines, answered, exitCode: code, peakRssMb: Math.round(peakKb / 1024), seconds: Math.round((Date.now() - started) / 100) / 10 })}\n`);
