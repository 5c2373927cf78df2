import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One request the fake received, with the status it answered. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  /** Form fields or JSON; Web API form fields holding JSON (blocks) are parsed. */
  body: Record<string, unknown>;
  /** The status the fake answered with; 0 while the answer is held back. */
  status: number;
}

/** A scripted answer for the next request to a path: an HTTP failure, or a delay until `until` settles. */
export type Reply = { status: number; headers?: Record<string, string> } | { until: Promise<unknown> };

/**
 * A small Slack on loopback: the Web API (`/api/<method>`), response URLs (`/response/<name>`) and, for
 * Socket Mode, the WebSocket that `apps.connections.open` points to. It records every request.
 */
export class FakeSlack {
  readonly received: Received[] = [];
  private readonly plans = new Map<string, Reply[]>();
  private readonly sockets = new Set<WebSocket>();
  private readonly wss: WebSocketServer;
  private tsCounter = 0;

  private constructor(private readonly server: Server) {
    this.wss = new WebSocketServer({ server, path: '/link' });
    this.wss.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
    });
  }

  static async start(): Promise<FakeSlack> {
    const server = createServer();
    const fake = new FakeSlack(server);
    server.on('request', (req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (raw += chunk));
      req.on('end', () => void fake.reply(req.url ?? '/', req.headers, raw, res));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(name: string): string {
    return `${this.url}/response/${name}`;
  }

  /** The next requests to `path` get these replies, in order; later ones get the normal success. */
  plan(path: string, ...replies: Reply[]): void {
    this.plans.set(path, [...(this.plans.get(path) ?? []), ...replies]);
  }

  /** Successful requests to `path` (failed attempts excluded): what Slack would have shown. */
  delivered(path: string): Received[] {
    return this.received.filter((r) => r.path === path && r.status === 200);
  }

  /** Waits (bounded) until a request matching `match` was answered with 200. */
  async waitFor(path: string, match: (r: Received) => boolean = () => true, timeoutMs = 8000): Promise<Received> {
    let found: Received | undefined;
    await eventually(() => (found = this.delivered(path).find(match)) !== undefined, timeoutMs, `a request to ${path}`);
    return found!;
  }

  /** Sends a Socket Mode envelope to every connected app and resolves with the app's acknowledgement. */
  async sendEnvelope(type: string, payload: unknown, envelopeId: string): Promise<Record<string, unknown>> {
    await eventually(() => this.sockets.size > 0, 8000, 'a Socket Mode connection');
    const [socket] = [...this.sockets];
    const acked = new Promise<Record<string, unknown>>((resolve) => {
      const onMessage = (data: Buffer): void => {
        const message = JSON.parse(data.toString()) as Record<string, unknown>;
        if (message['envelope_id'] === envelopeId) {
          socket!.off('message', onMessage);
          resolve(message);
        }
      };
      socket!.on('message', onMessage);
    });
    socket!.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
    return acked;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async reply(url: string, headers: IncomingHttpHeaders, raw: string, res: import('node:http').ServerResponse): Promise<void> {
    const path = url.split('?')[0]!;
    const body = parseBody(raw, headers['content-type']);
    const plan = this.plans.get(path)?.shift();
    // Recorded on arrival (status 0 while held), so a test can see a request that is still in flight.
    const received: Received = { path, headers, body, status: 0 };
    this.received.push(received);
    if (plan && 'until' in plan) await plan.until.catch(() => undefined);
    const status = plan && 'status' in plan ? plan.status : 200;
    received.status = status;
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'text/plain', ...(plan && 'headers' in plan ? plan.headers : {}) });
      res.end('fake failure');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(this.success(path, body)));
  }

  private success(path: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (path) {
      case '/api/auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'modelgo', team_id: 'T1', user_id: 'U_BOT', bot_id: 'B_BOT' };
      case '/api/chat.postMessage':
        return { ok: true, channel: body['channel'], ts: `1700000000.${String(++this.tsCounter).padStart(6, '0')}`, message: { text: body['text'] } };
      case '/api/oauth.v2.access': {
        // The code names the workspace being installed ("code-T2"), and each workspace gets its own token.
        const team = String(body['code'] ?? '').replace(/^code-/, '');
        return { ok: true, app_id: 'A1', authed_user: { id: 'U_INSTALLER' }, scope: 'commands,chat:write', token_type: 'bot', access_token: installedToken(team), bot_user_id: 'U_BOT', team: { id: team, name: `Team ${team}` }, enterprise: null, is_enterprise_install: false };
      }
      case '/api/apps.connections.open':
        return { ok: true, url: `${this.url.replace('http', 'ws')}/link` };
      default:
        return { ok: true };
    }
  }
}

/** The bot token the fake hands out when `team` installs the app through OAuth. */
export function installedToken(team: string): string {
  return `xoxb-${team}-installed-token`;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const fields: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'attachments']) {
    if (typeof fields[key] === 'string') fields[key] = JSON.parse(fields[key] as string);
  }
  return fields;
}

/** Polls `check` until it is true; fails after `timeoutMs` (a bound on a hung test, not a speed assertion). */
export async function eventually(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
