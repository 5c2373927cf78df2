import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FormFile, isMultipart, readMultipart } from '../multipart.js';
import { APP_ID, BOT_USER, GUILD_ID, guildCreate, snowflake } from './payloads.js';

/** One REST call that reached the fake, as the client sent it. */
export interface RecordedRequest {
  method: string;
  /** Without the `/api/v10` prefix and the query, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The JSON the client sent (typed loosely: tests read into it); of a multipart body, its payload_json. */
  body: any;
  /** The files of a multipart body: the attachments. */
  files?: FormFile[];
  /** The status the fake answered with. */
  status: number;
}

/** A scripted failure: the next `times` requests matching `matches` get `status` instead of success. */
interface Fault {
  matches: (req: Pick<RecordedRequest, 'method' | 'path'>) => boolean;
  status: number;
  times: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * A scripted network fault for the next matching request: the connection drops before the request is
 * handled, or after Discord acted on it (the answer is lost), or the answer comes `delayMs` late.
 */
type NetworkFault = { matches: Fault['matches']; kind: 'reset-before' | 'reset-after' | 'slow'; delayMs: number };

/** A held request: it reaches the fake, but its answer waits for `release()`. */
interface Hold {
  matches: Fault['matches'];
  arrived: () => void;
  released: Promise<void>;
}

/** Bounds every wait so a broken client fails the test instead of hanging it. */
const WAIT_MS = 10_000;

/**
 * A small Discord on loopback for the real discord.js client: the REST routes the bot uses and, on the
 * same port, a gateway that says HELLO, answers IDENTIFY with READY + GUILD_CREATE, and lets a test
 * push dispatches (INTERACTION_CREATE, MESSAGE_CREATE). Nothing leaves 127.0.0.1.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: unknown[] = [];
  /** Gateway sessions resumed after a dropped connection. */
  resumes = 0;
  private readonly sockets = new Set<WebSocket>();
  private readonly faults: Fault[] = [];
  private readonly holds: Hold[] = [];
  private readonly networkFaults: NetworkFault[] = [];
  /** Interactions already answered: Discord takes one callback per interaction. */
  private readonly acknowledged = new Set<string>();
  /** Messages posted in channels, by `channel:nonce` when sent with an enforced nonce. */
  private readonly byNonce = new Map<string, Record<string, unknown>>();
  /** Every message Discord created in a channel (what people see), in order. */
  readonly created: Array<Record<string, any>> = [];
  private readonly events = new EventEmitter();
  private sequence = 0;
  /** The servers the bot is in; with shards, each is sent to the shard Discord's formula assigns it. */
  guilds = [GUILD_ID];
  /** What GET /gateway/bot recommends (`--shards auto`). */
  recommendedShards = 1;
  /** Each connection's [shard, count] from its IDENTIFY; [0, 1] until then. */
  private readonly shardOf = new Map<WebSocket, [number, number]>();

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
  ) {}

  /** The REST base to give discord.js (`rest.api`, DISCORD_API_URL). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  static async start(): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server, path: '/gateway' });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const fake = new FakeDiscord(server, wss, (server.address() as AddressInfo).port);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void fake.answer(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(chunks), res));
    });
    wss.on('connection', (ws) => fake.greet(ws));
    return fake;
  }

  /** Makes the next `times` matching requests fail, e.g. a 429 with `retry-after`, or a 500. */
  fail(matches: Fault['matches'], status: number, options: { times?: number; headers?: Record<string, string>; body?: unknown } = {}): void {
    this.faults.push({
      matches,
      status,
      times: options.times ?? 1,
      headers: options.headers ?? {},
      body: options.body ?? { message: 'fake failure', code: 0 },
    });
  }

  /** Drops the connection of the next matching request before or after Discord acts on it, or answers it late. */
  network(matches: Fault['matches'], kind: NetworkFault['kind'], delayMs = 0): void {
    this.networkFaults.push({ matches, kind, delayMs });
  }

  /** Closes every gateway connection with `code`, as Discord does when it ends a session (4004, 4014, …). */
  closeGateway(code: number): void {
    for (const ws of this.sockets) ws.close(code, 'closed by the fake');
  }

  /**
   * Holds the answer to the next matching request until `release()` is called: a reply "in flight".
   * `arrived` settles when the request reaches the fake.
   */
  hold(matches: Fault['matches']): { arrived: Promise<void>; release: () => void } {
    let arrived!: () => void;
    let release!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    this.holds.push({ matches, arrived, released: new Promise<void>((resolve) => (release = resolve)) });
    return { arrived: withTimeout(arrival, 'the held request never arrived'), release };
  }

  /** Sends a gateway dispatch to the shard its guild belongs to (DMs: shard 0), as Discord does. */
  dispatch(type: string, data: unknown): void {
    const frame = JSON.stringify({ op: 0, t: type, s: ++this.sequence, d: data });
    const guild = (data as { guild_id?: string } | null)?.guild_id;
    for (const ws of this.sockets) {
      const [shard, count] = this.shardOf.get(ws) ?? [0, 1];
      if ((guild === undefined ? 0 : shardFor(guild, count)) === shard) ws.send(frame);
    }
  }

  /** The first request (already made or still to come) for which `test` holds. */
  async waitForRequest(test: (req: RecordedRequest) => boolean, what = 'a matching request'): Promise<RecordedRequest> {
    const found = this.requests.find(test);
    if (found) return found;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('request', check);
        reject(new Error(`the fake Discord saw no ${what}; it saw: ${this.requests.map((r) => `${r.method} ${r.path} → ${r.status}`).join(', ')}`));
      }, WAIT_MS);
      const check = (req: RecordedRequest) => {
        if (!test(req)) return;
        clearTimeout(timer);
        this.events.off('request', check);
        resolve(req);
      };
      this.events.on('request', check);
    });
  }

  /** The successful reply to interaction `id` (callback type 4 or 8). */
  callbackFor(id: string): Promise<RecordedRequest> {
    return this.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`) && r.status < 300, `callback for interaction ${id}`);
  }

  /** Resolves once a client has identified (and been sent READY). */
  async identified(): Promise<void> {
    if (this.identifies.length > 0) return;
    await withTimeout(once(this.events, 'identify'), 'no IDENTIFY reached the fake gateway');
  }

  /** Drops every gateway connection abruptly, as a network failure would; resolves when a client resumes. */
  async dropConnections(): Promise<void> {
    const resumed = once(this.events, 'resume');
    for (const ws of this.sockets) ws.terminate();
    await withTimeout(resumed, 'no client resumed after the connection dropped');
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private greet(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (frame.op === 6) {
        this.resumes += 1;
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.sequence, d: {} }));
        this.events.emit('resume');
      }
      if (frame.op !== 2) return;
      this.identifies.push(frame.d);
      const [shard, count] = (frame.d as { shard?: [number, number] }).shard ?? [0, 1];
      this.shardOf.set(ws, [shard, count]);
      const guilds = this.guilds.filter((id) => shardFor(id, count) === shard);
      ws.send(
        JSON.stringify({
          op: 0,
          t: 'READY',
          s: ++this.sequence,
          d: {
            v: 10,
            user: BOT_USER,
            guilds: guilds.map((id) => ({ id, unavailable: true })),
            session_id: `fake-session-${shard}`,
            resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
            shard: [shard, count],
            application: { id: APP_ID, flags: 0 },
          },
        }),
      );
      for (const id of guilds) ws.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: ++this.sequence, d: { ...guildCreate(), id } }));
      this.events.emit('identify');
    });
  }

  private async answer(method: string, url: string, headers: IncomingHttpHeaders, bytes: Buffer, res: ServerResponse): Promise<void> {
    const parsed = new URL(url, 'http://fake');
    const path = parsed.pathname.replace(/^\/api\/v\d+/, '');
    const held = this.holds.findIndex((h) => h.matches({ method, path }));
    if (held >= 0) {
      const [hold] = this.holds.splice(held, 1);
      hold!.arrived();
      await hold!.released;
    }
    const contentType = headers['content-type'];
    const form = isMultipart(contentType) ? await readMultipart(bytes, contentType!) : undefined;
    const raw = bytes.toString('utf8');
    const body: unknown = form ? JSON.parse(form.fields['payload_json'] ?? '{}') : raw && contentType?.includes('json') ? JSON.parse(raw) : raw;
    const files = form ? { files: form.files } : {};
    const networkIndex = this.networkFaults.findIndex((f) => f.matches({ method, path }));
    const network = networkIndex >= 0 ? this.networkFaults.splice(networkIndex, 1)[0] : undefined;
    if (network?.kind === 'reset-before') {
      this.requests.push({ method, path, query: parsed.searchParams, headers, body, ...files, status: -1 });
      res.socket?.destroy();
      return;
    }
    const fault = this.faults.find((f) => f.times > 0 && f.matches({ method, path }));
    if (fault) fault.times--;
    const reply = fault ? { status: fault.status, headers: fault.headers, body: fault.body } : this.route(method, path, body);
    this.requests.push({ method, path, query: parsed.searchParams, headers, body, ...files, status: reply.status });
    this.events.emit('request', this.requests.at(-1));
    if (network?.kind === 'reset-after') {
      res.socket?.destroy();
      return;
    }
    if (network?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, network.delayMs));
    if (res.destroyed) return;
    // A 204 with a JSON content-type makes @discordjs/rest parse an empty body and throw.
    if (reply.body === undefined) {
      res.writeHead(reply.status, reply.headers).end();
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(JSON.stringify(reply.body));
    }
  }

  private route(method: string, path: string, body: unknown): { status: number; headers: Record<string, string>; body?: unknown } {
    const ok = (data?: unknown) => ({ status: data === undefined ? 204 : 200, headers: {}, body: data });
    if (method === 'GET' && path === '/gateway/bot') {
      return ok({
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.recommendedShards,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path);
    if (method === 'POST' && callback) {
      if (this.acknowledged.has(callback[1]!))
        return { status: 400, headers: {}, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
      this.acknowledged.add(callback[1]!);
      return ok();
    }
    const channelMessage = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channelMessage) return ok(this.post(channelMessage[1]!, body as Record<string, unknown>));
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path) && (method === 'POST' || method === 'PATCH')) return ok(sentMessage('0', body));
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return ok((body as Array<Record<string, unknown>>).map((c) => ({ ...c, id: snowflake(), application_id: APP_ID, version: snowflake() })));
    }
    return { status: 404, headers: {}, body: { message: `fake Discord has no ${method} ${path}`, code: 0 } };
  }

  /** A channel message; with `enforce_nonce`, a second post with the same nonce returns the first message. */
  private post(channelId: string, body: Record<string, unknown>): Record<string, unknown> {
    const key = body['enforce_nonce'] && body['nonce'] ? `${channelId}:${String(body['nonce'])}` : undefined;
    const earlier = key ? this.byNonce.get(key) : undefined;
    if (earlier) return earlier;
    const message = sentMessage(channelId, body);
    this.created.push(message);
    if (key) this.byNonce.set(key, message);
    return message;
  }
}

/** Discord's formula: a guild belongs to shard (id >> 22) % count. */
export function shardFor(guild: string, count: number): number {
  return Number((BigInt(guild) >> 22n) % BigInt(count));
}

/** The message object Discord returns for a sent message: what was sent, plus the fields discord.js reads. */
function sentMessage(channelId: string, body: unknown): Record<string, unknown> {
  return {
    embeds: [],
    components: [],
    content: '',
    ...(body as object),
    id: snowflake(),
    channel_id: channelId,
    author: BOT_USER,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** `promise`, or a failure naming what did not happen within WAIT_MS. */
async function withTimeout<T>(promise: Promise<T>, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), WAIT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
