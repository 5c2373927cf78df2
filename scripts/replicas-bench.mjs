#!/usr/bin/env node
// Figures for a scaled-out Slack deployment, measured in one run: answers per second and the p99 of
// Slack's acknowledgement for (a) one replica with in-process state, (b) one replica on PostgreSQL and
// (c) two replicas sharing one PostgreSQL, plus the extra time the shared store adds to each answer
// (mean send-to-posted, one event at a time, PostgreSQL minus in-process). Uses the built code (npm run build) and a loopback Slack API.
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node scripts/replicas-bench.mjs [events=2000] [concurrency=32]
import { createHmac, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createSlackApp } from '../dist/adapters/slack/app.js';
import { loadConfig } from '../dist/runtime/config.js';
import { createBot } from '../dist/runtime/create-bot.js';
import { createLogger } from '../dist/runtime/logger.js';
import { memoryStore } from '../dist/runtime/store/memory-store.js';
import { pgSql } from '../dist/runtime/store/pg-sql.js';
import { postgresStore } from '../dist/runtime/store/postgres-store.js';
import { fileFeedback } from '../dist/runtime/store/shared-store.js';

const [events = 2000, concurrency = 32] = process.argv.slice(2).map(Number);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('set DATABASE_URL to the PostgreSQL server to measure against');
const SECRET = 'bench-signing-secret';
const questions = ['can I merge MG-BY-NC with MG-BY-OS?', 'is MG-BY-ND revocable?', 'license MG-BY-RAI', 'can I sell outputs of an MG-BY-NC model?'];
const quiet = createLogger('silent');

// The Slack Web API: records when each answer was posted, by its thread.
const posted = new Map();
const api = createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    const thread = raw.startsWith('{') ? JSON.parse(raw).thread_ts : new URLSearchParams(raw).get('thread_ts');
    if (req.url.startsWith('/api/chat.postMessage') && thread) posted.set(thread, performance.now());
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, ts: `${Date.now() / 1000}`, channel: 'C1', messages: [] }));
  });
});
api.listen(0, '127.0.0.1');
await once(api, 'listening');
const env = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_API_URL: `http://127.0.0.1:${api.address().port}/api/`, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '10000' };
const config = loadConfig('slack', env);
const bot = createBot('2024');

async function startReplica(store) {
  const slack = createSlackApp({ config, bot, log: quiet, host: '127.0.0.1', store });
  const { port } = await slack.start();
  return { url: `http://127.0.0.1:${port}/slack/events`, stop: () => slack.stop() };
}

async function run(name, replicas, workers = concurrency, count = events) {
  posted.clear();
  const run = randomBytes(3).toString('hex');
  const acks = [];
  const sentAt = new Map();
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const ts = `1700${run}.${String(i).padStart(6, '0')}`;
      const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `Ev${run}${i}`, event_time: 1700000000,
        authorizations: [{ team_id: 'T1', user_id: 'U_BOT', is_bot: true }],
        event: { type: 'app_mention', user: `U${i % 500}`, text: `<@U_BOT> ${questions[i % questions.length]}`, ts, channel: 'C1', event_ts: ts } });
      const stamp = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${stamp}:${body}`).digest('hex')}`;
      const t0 = performance.now();
      sentAt.set(ts, t0);
      const res = await fetch(replicas[i % replicas.length].url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(stamp), 'x-slack-signature': signature }, body });
      await res.arrayBuffer();
      acks.push(performance.now() - t0);
      // One at a time means the answer too, so the time is the work of one answer and not a queue.
      if (workers === 1) while (!posted.has(ts)) await new Promise((r) => setTimeout(r, 1));
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  while (posted.size < count) await new Promise((r) => setTimeout(r, 5));
  const seconds = (performance.now() - started) / 1000;
  acks.sort((a, b) => a - b);
  const perAnswer = [...sentAt].reduce((sum, [ts, t0]) => sum + (posted.get(ts) - t0), 0) / count;
  return { name, answersPerSecond: Math.round(count / seconds), ackP99Ms: +acks[Math.floor(acks.length * 0.99)].toFixed(1), meanAnswerMs: +perAnswer.toFixed(2) };
}

const schema = `bench_${randomBytes(4).toString('hex')}`;
const results = [];
// A warm-up pass so the JIT and the pool are ready before anything is timed.
const warm = await startReplica(memoryStore(10000, fileFeedback(undefined)));
await run('warm-up', [warm]);
await warm.stop();

const alone = await startReplica(memoryStore(10000, fileFeedback(undefined)));
results.push(await run('one replica, in-process state', [alone]));
const sequentialAlone = await run('one at a time, in-process state', [alone], 1, 200);
await alone.stop();

const stores = [];
const openShared = async () => {
  const store = await postgresStore(pgSql(databaseUrl, quiet), { schema, ratePerMinute: 10000 });
  stores.push(store);
  return store;
};
const onPg = await startReplica(await openShared());
results.push(await run('one replica, PostgreSQL store', [onPg]));
const sequentialPg = await run('one at a time, PostgreSQL store', [onPg], 1, 200);
const second = await startReplica(await openShared());
results.push(await run('two replicas, one PostgreSQL', [onPg, second]));
await onPg.stop();
await second.stop();

const admin = pgSql(databaseUrl, quiet);
await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
await admin.close();
for (const s of stores) await s.close();
api.close();

const storeCostMs = +(sequentialPg.meanAnswerMs - sequentialAlone.meanAnswerMs).toFixed(2);
console.log(JSON.stringify({ events, concurrency, results, sequential: [sequentialAlone, sequentialPg], storeAddsPerAnswerMs: storeCostMs }, null, 1));
process.exit(0);
