import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FormFile, isMultipart, readMultipart } from '../multipart.js';

/** One request the fake received, with the status it answered. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  /** Form fields or JSON; Web API form fields holding JSON (blocks) are parsed. */
  body: Record<string, unknown>;
  /** The files of a multipart body (a file upload). */
  files?: FormFile[];
  /** The status the fake answered with; 0 while the answer is held back. */
  status: number;
}

/**
 * A scripted answer for the next request to a path: an HTTP failure; a delay until `until` settles; a
 * connection reset before the request is handled (`reset: 'before'`) or after Slack accepted it
 * (`reset: 'after'`: the message is posted, the answer is lost); or an accepted request whose answer
 * comes `delayMs` late (after the client gave up waiting).
 */
export type Reply = { status: number; headers?: Record<string, string> } | { until: Promise<unknown> } | { reset: 'before' | 'after' } | { delayMs: number };

/** A message as the channel shows it. */
export interface Posted {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/** A file shared by files.completeUploadExternal, as the channel shows it. */
export interface SharedFile {
  id: string;
  title: string;
  filename: string;
  channel: string;
  thread_ts?: string;
  bytes: Buffer;
}

/**
 * A small Slack on loopback: the Web API (`/api/<method>`), response URLs (`/response/<name>`) and, for
 * Socket Mode, the WebSocket that `apps.connections.open` points to. It records every request.
 */
export class FakeSlack {
  readonly received: Received[] = [];
  /** What each channel shows: chat.postMessage posts that Slack accepted. */
  readonly posted: Posted[] = [];
  /** Files shared into channels: uploaded to the URL files.getUploadURLExternal gave, then completed. */
  readonly files: SharedFile[] = [];
  /** Upload URLs handed out and what reached them, by file id. */
  private readonly uploads = new Map<string, { filename: string; bytes?: Buffer }>();
  /** What each response URL shows, by path: added, replaced or deleted as Slack does. */
  private readonly responses = new Map<string, Record<string, unknown>[]>();
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
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => void fake.reply(req.url ?? '/', req.headers, Buffer.concat(chunks), res));
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

  /** The messages a channel (or one thread of it) shows. */
  shown(channel: string, thread?: string): Posted[] {
    return this.posted.filter((m) => m.channel === channel && (thread === undefined || m.thread_ts === thread));
  }

  /** The messages a response URL (by path) currently shows. */
  visible(path: string): Record<string, unknown>[] {
    return this.responses.get(path) ?? [];
  }

  /** Waits (bounded) until a request matching `match` was answered with 200. */
  async waitFor(path: string, match: (r: Received) => boolean = () => true, timeoutMs = 8000): Promise<Received> {
    let found: Received | undefined;
    await eventually(
      () => {
        found = this.delivered(path).find(match);
        return found !== undefined;
      },
      timeoutMs,
      `a request to ${path}`,
    );
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
    socket!.send(
      JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }),
    );
    return acked;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async reply(url: string, headers: IncomingHttpHeaders, raw: Buffer, res: import('node:http').ServerResponse): Promise<void> {
    const path = url.split('?')[0]!;
    const contentType = headers['content-type'];
    const form = isMultipart(contentType) ? await readMultipart(raw, contentType!) : undefined;
    const body = form ? form.fields : parseBody(raw.toString('utf8'), contentType);
    const plan = this.plans.get(path)?.shift();
    // Recorded on arrival (status 0 while held), so a test can see a request that is still in flight.
    const received: Received = { path, headers, body, status: 0, ...(form ? { files: form.files } : {}) };
    this.received.push(received);
    if (plan && 'reset' in plan && plan.reset === 'before') {
      received.status = -1;
      res.socket?.destroy();
      return;
    }
    if (plan && 'until' in plan) await plan.until.catch(() => undefined);
    const status = plan && 'status' in plan ? plan.status : 200;
    if (status !== 200) {
      received.status = status;
      res.writeHead(status, { 'content-type': 'text/plain', ...(plan && 'headers' in plan ? plan.headers : {}) });
      res.end('fake failure');
      return;
    }
    const answer = JSON.stringify(this.success(path, body, form?.files ?? []));
    // Accepted: what it posted is there, whatever happens to the answer.
    received.status = 200;
    if (plan && 'reset' in plan) {
      res.socket?.destroy();
      return;
    }
    if (plan && 'delayMs' in plan) await new Promise((resolve) => setTimeout(resolve, plan.delayMs));
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(answer);
  }

  private success(path: string, body: Record<string, unknown>, files: FormFile[]): Record<string, unknown> {
    switch (path) {
      case '/api/files.getUploadURLExternal': {
        const id = `F${String(this.uploads.size + 1).padStart(4, '0')}`;
        this.uploads.set(id, { filename: String(body['filename']) });
        return { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id };
      }
      case '/api/files.completeUploadExternal': {
        const shared = this.share(body);
        return shared ? { ok: true, files: shared } : { ok: false, error: 'invalid_file_id' };
      }
      case '/api/conversations.open':
        return { ok: true, channel: { id: `D${String(body['users'])}` } };
      case '/api/auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'modelgo', team_id: 'T1', user_id: 'U_BOT', bot_id: 'B_BOT' };
      case '/api/chat.postMessage': {
        const ts = `1700000000.${String(++this.tsCounter).padStart(6, '0')}`;
        const metadata = body['metadata'] as Posted['metadata'];
        this.posted.push({
          channel: String(body['channel']),
          ts,
          text: body['text'],
          ...(body['thread_ts'] ? { thread_ts: String(body['thread_ts']) } : {}),
          ...(metadata ? { metadata } : {}),
        });
        return { ok: true, channel: body['channel'], ts, message: { text: body['text'] } };
      }
      case '/api/conversations.replies':
        return { ok: true, messages: this.readBack(body, (m) => m.thread_ts === body['ts'] || m.ts === body['ts']), has_more: false };
      case '/api/conversations.history':
        return { ok: true, messages: this.readBack(body, (m) => m.thread_ts === undefined), has_more: false };
      case '/api/oauth.v2.access': {
        // The code names the workspace being installed ("code-T2"), and each workspace gets its own token.
        const team = String(body['code'] ?? '').replace(/^code-/, '');
        return {
          ok: true,
          app_id: 'A1',
          authed_user: { id: 'U_INSTALLER' },
          scope: 'commands,chat:write',
          token_type: 'bot',
          access_token: installedToken(team),
          bot_user_id: 'U_BOT',
          team: { id: team, name: `Team ${team}` },
          enterprise: null,
          is_enterprise_install: false,
        };
      }
      case '/api/apps.connections.open':
        return { ok: true, url: `${this.url.replace('http', 'ws')}/link` };
      default:
        if (path.startsWith('/response/')) this.respond(path, body);
        if (path.startsWith('/upload/')) {
          const upload = this.uploads.get(path.slice('/upload/'.length));
          if (upload && files[0]) upload.bytes = files[0].bytes;
        }
        return { ok: true };
    }
  }

  /** completeUploadExternal: the uploaded files appear in the channel (or thread) named; none if one never arrived. */
  private share(body: Record<string, unknown>): { id: string; title: string }[] | undefined {
    const listed = body['files'] as { id: string; title?: string }[];
    if (!listed.every(({ id }) => this.uploads.get(id)?.bytes)) return undefined;
    return listed.map(({ id, title }) => {
      const upload = this.uploads.get(id)!;
      const thread = body['thread_ts'] ? { thread_ts: String(body['thread_ts']) } : {};
      this.files.push({ id, title: title ?? upload.filename, filename: upload.filename, channel: String(body['channel_id']), ...thread, bytes: upload.bytes! });
      return { id, title: title ?? upload.filename };
    });
  }

  /** A channel's messages as conversations.history/replies return them; metadata only when asked for. */
  private readBack(body: Record<string, unknown>, keep: (m: Posted) => boolean): Posted[] {
    const withMetadata = body['include_all_metadata'] === 'true' || body['include_all_metadata'] === true;
    return this.posted.filter((m) => m.channel === body['channel'] && keep(m)).map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m));
  }

  /** response_url semantics: `replace_original` overwrites the message the URL belongs to, `delete_original` removes it. */
  private respond(path: string, body: Record<string, unknown>): void {
    const shown = this.responses.get(path) ?? [];
    this.responses.set(path, shown);
    if (body['delete_original'] === true) shown.splice(0, 1);
    else if (body['replace_original'] === true && shown.length > 0) shown[0] = body;
    else shown.push(body);
  }
}

/** The bot token the fake hands out when `team` installs the app through OAuth. */
export function installedToken(team: string): string {
  return `xoxb-${team}-installed-token`;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const fields: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'attachments', 'metadata', 'files']) {
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
