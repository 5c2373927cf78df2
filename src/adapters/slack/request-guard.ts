import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { type HTTPReceiver, isValidSlackRequest } from '@slack/bolt';
import type { Logger } from '../../runtime/logger.js';
import type { Dedupe } from '../../runtime/store/types.js';
import { checkShape } from './request-shapes.js';
import type { ResponseUrls } from './response-url.js';

export interface GuardOptions {
  signingSecret: string;
  /** Signatures seen: a byte-for-byte replay within the five minutes a signature is valid is refused. */
  seen: Dedupe;
  responseUrls: ResponseUrls;
  log: Logger;
  now?: () => number;
}

/** Slack's own window: a signature is valid for five minutes either side of the clock. */
const WINDOW_S = 5 * 60;
/** Slack's requests are small; anything bigger is not from Slack. */
const MAX_BODY_BYTES = 1024 * 1024;

type Refusal = { status: number; reason: string };

/**
 * Checks every POST to /slack/events before Bolt sees it: signed, inside the time window both ways, not
 * a replay, shaped as our listeners expect, and with a Slack response_url. A refusal is a 4xx and one log
 * line; what passes reaches Bolt with its body already read (Bolt reuses `rawBody`).
 */
export function guardRequests(receiver: HTTPReceiver, options: GuardOptions): void {
  const pass = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== '/slack/events') return pass(req, res);
    check(req, options).then(
      (refusal) => (refusal ? refuse(res, refusal, options.log) : pass(req, res)),
      (err: unknown) => refuse(res, { status: 400, reason: `unreadable request: ${(err as Error).message}` }, options.log),
    );
  };
}

async function check(req: IncomingMessage, options: GuardOptions): Promise<Refusal | undefined> {
  const raw = await readBody(req);
  if (raw === undefined) return { status: 413, reason: 'body too large' };
  (req as IncomingMessage & { rawBody: Buffer }).rawBody = raw;
  const body = raw.toString('utf8');
  const form = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  const fields = form ? parseForm(body) : undefined;
  // Slack's SSL check is unsigned by design; Bolt answers it and ignores anything else in it.
  if (fields?.['ssl_check'] === '1') return undefined;

  const signature = req.headers['x-slack-signature'];
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  if (typeof signature !== 'string' || !Number.isInteger(timestamp)) return { status: 401, reason: 'unsigned request' };
  const nowMs = (options.now ?? Date.now)();
  if (timestamp - nowMs / 1000 > WINDOW_S) return { status: 401, reason: 'request timestamp is more than 5 minutes in the future' };
  if (nowMs / 1000 - timestamp > WINDOW_S) return { status: 401, reason: 'request timestamp is more than 5 minutes old' };
  const valid = isValidSlackRequest({
    signingSecret: options.signingSecret,
    body,
    headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
    nowMilliseconds: nowMs,
  });
  if (!valid) return { status: 401, reason: 'bad signature' };

  let parsed: unknown;
  try {
    parsed = fields ? (typeof fields['payload'] === 'string' ? JSON.parse(fields['payload']) : fields) : JSON.parse(body);
  } catch {
    return { status: 400, reason: 'body is not valid JSON' };
  }
  const shape = checkShape(parsed, form);
  if (!shape.ok) return { status: 400, reason: shape.reason };
  if (shape.responseUrl !== undefined && !options.responseUrls.allowed(shape.responseUrl)) return { status: 400, reason: 'response_url is not a Slack URL' };
  // Events carry an event_id and Slack re-sends them on purpose; the pipeline drops repeats by that id.
  if (shape.kind !== 'event' && !(await options.seen.firstTime(`slack:signature:${signature}`, nowMs))) return { status: 409, reason: 'replayed request' };
  return undefined;
}

function refuse(res: ServerResponse, { status, reason }: Refusal, log: Logger): void {
  log.warn({ status, reason }, 'refused a request to /slack/events');
  if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(reason);
}

/** The whole body, or undefined past MAX_BODY_BYTES (the rest is not read). */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
