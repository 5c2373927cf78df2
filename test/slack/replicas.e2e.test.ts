import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type E2eDatabase, e2eDatabase } from '../store/e2e-database.js';
import { FakeSlack, type Received } from './fake-slack.js';
import { type RunningApp, startApp } from './running-app.js';
import { appMention, eventCallback, send } from './slack-requests.js';

const said = (r: Received): string => JSON.stringify(r.body);

/** Two real Bolt apps behind an imaginary load balancer, sharing one PostgreSQL (PGlite, or the server at DATABASE_URL). */
describe('two Slack replicas on one shared store', () => {
  let fake: FakeSlack;
  let db: E2eDatabase;
  let a: RunningApp;
  let b: RunningApp;

  beforeAll(async () => {
    fake = await FakeSlack.start();
    db = await e2eDatabase();
    const env = { RATE_LIMIT_PER_MINUTE: '3' };
    a = await startApp(fake, env, { store: await db.openStore(3) });
    b = await startApp(fake, env, { store: await db.openStore(3) });
    // Starting PGlite and loading the bot take a while on a busy machine; a bound on a hang, not a speed test.
  }, 120_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.close();
    await fake?.close();
  });

  it("answers an event once when Slack's retry reaches the other replica", async () => {
    const event = eventCallback('EvReplica1', appMention('can I merge MG-BY-NC with MG-BY-OS?', '1700000500.000100'));
    expect((await send(a.url, event, 'json')).status).toBe(200);
    await fake.waitFor('/api/chat.postMessage', (r) => r.body['thread_ts'] === '1700000500.000100');
    const retry = await send(b.url, event, 'json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await b.waitForLog((l) => l['msg'] === 'ignored a repeated event' && l['eventId'] === 'EvReplica1');
    expect(fake.delivered('/api/chat.postMessage').filter((r) => r.body['thread_ts'] === '1700000500.000100')).toHaveLength(1);
  });

  it('continues a thread on the other replica: the follow-up is understood as one', async () => {
    const thread = '1700000600.000100';
    await send(a.url, eventCallback('EvThread1', appMention('can I merge MG-BY-NC with MG-BY-OS?', thread, { user: 'U_BOB' })), 'json');
    await fake.waitFor('/api/chat.postMessage', (r) => r.body['thread_ts'] === thread);
    // A reply in the thread, without a mention, reaching the other replica.
    const reply = {
      type: 'message',
      channel_type: 'channel',
      user: 'U_BOB',
      text: 'what about MG-BY-ND?',
      ts: '1700000600.000200',
      thread_ts: thread,
      channel: 'C_GENERAL',
      event_ts: '1700000600.000200',
    };
    await send(b.url, eventCallback('EvThread2', reply), 'json');
    const followUp = await fake.waitFor('/api/chat.postMessage', (r) => r.body['thread_ts'] === thread && said(r).includes('MG-BY-ND'));
    expect(said(followUp)).toContain('MG-BY-NC');
    // The answer is logged once it is delivered, so the line may land just after the message.
    await vi.waitFor(() => expect(b.logs.some((l) => l['msg'] === 'answered' && l['intent'] !== 'unknown')).toBe(true));
  });

  it('gives each user one RATE_LIMIT_PER_MINUTE budget across both replicas', async () => {
    const asks = ['is MG-BY revocable?', 'is MG-BY-NC revocable?', 'is MG-BY-ND revocable?', 'is MG-BY-SA revocable?'];
    for (const [i, text] of asks.entries()) {
      const ts = `1700000700.00010${i}`;
      await send((i % 2 ? b : a).url, eventCallback(`EvLimit${i}`, appMention(text, ts, { user: 'U_CAROL' })), 'json');
      await fake.waitFor('/api/chat.postMessage', (r) => r.body['thread_ts'] === ts);
    }
    const shown = asks.map((_, i) => said(fake.delivered('/api/chat.postMessage').find((r) => r.body['thread_ts'] === `1700000700.00010${i}`)!));
    expect(shown.slice(0, 3).every((text) => !/faster than I can keep up/i.test(text))).toBe(true);
    expect(shown[3]).toMatch(/wait a minute/i);
  });
});
