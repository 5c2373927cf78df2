import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/runtime/logger.js';
import { pgSql } from '../../src/runtime/store/pg-sql.js';
import { postgresStore } from '../../src/runtime/store/postgres-store.js';
import { DATABASE_URL, uniqueSchema } from '../store/drivers.js';
import { FakeSlack } from './fake-slack.js';
import { type RunningApp, startApp } from './running-app.js';
import { appMention, eventCallback, send } from './slack-requests.js';

describe('GET /metrics', () => {
  let fake: FakeSlack;
  let app: RunningApp;
  beforeAll(async () => {
    fake = await FakeSlack.start();
    app = await startApp(fake);
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await fake?.close();
  });

  it('counts answers by platform and intent, their latency, and repeated events, in Prometheus text', async () => {
    const event = eventCallback('EvMetrics', appMention('can I merge MG-BY-NC with MG-BY-OS?', '1700000800.000100'));
    await send(app.url, event, 'json');
    await fake.waitFor('/api/chat.postMessage', (r) => r.body['thread_ts'] === '1700000800.000100');
    await send(app.url, event, 'json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await app.waitForLog((l) => l['msg'] === 'ignored a repeated event');
    const res = await fetch(`${app.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^modelgo_answers_total\{platform="slack",intent="remix"\} 1$/m);
    expect(text).toMatch(/^modelgo_answer_seconds_count\{platform="slack"\} 1$/m);
    expect(text).toMatch(/^modelgo_dedupe_hits_total\{platform="slack"\} 1$/m);
    expect(text).toContain('# TYPE modelgo_deliveries_given_up_total counter');
  });
});

/**
 * A TCP relay in front of the PostgreSQL server, so the test can take "the database" away from one app
 * (and give it back) without touching the server other tests use.
 */
async function relay(target: URL): Promise<{ url: string; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server;
  let port = 0;
  const listen = async () => {
    server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as { port: number }).port;
  };
  const cut = async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  };
  await listen();
  const url = new URL(target);
  url.host = `127.0.0.1:${port}`;
  return { url: url.toString(), cut, restore: listen, close: cut };
}

describe.skipIf(!DATABASE_URL)('GET /healthz with the PostgreSQL server', () => {
  let fake: FakeSlack;
  let app: RunningApp;
  let link: Awaited<ReturnType<typeof relay>>;
  const schema = uniqueSchema();
  const health = async () => {
    const res = await fetch(`${app.url}/healthz`);
    return { status: res.status, text: await res.text() };
  };

  beforeAll(async () => {
    fake = await FakeSlack.start();
    link = await relay(new URL(DATABASE_URL!));
    const store = await postgresStore(pgSql(link.url, createLogger('silent')), { schema, ratePerMinute: 20 });
    app = await startApp(fake, {}, { store });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await link?.close().catch(() => undefined);
    const admin = pgSql(DATABASE_URL!, createLogger('silent'));
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.close();
    await fake?.close();
  });

  it('answers 200 while the store answers, 503 naming the store when the database is gone, and 200 again when it returns', async () => {
    expect(await health()).toEqual({ status: 200, text: 'ok' });
    await link.cut();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.text).toMatch(/^store unavailable/);
    expect(down.text).not.toContain('postgres://');
    await link.restore();
    // The pool reconnects on the next probe; a few probes bound it, with no claim about speed.
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 200));
      status = (await health()).status;
    }
    expect(status).toBe(200);
  });
});
