import { createHash } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Slack, Discord and bearer credentials, wherever they turn up in a log line. */
const SECRET = /\b(?:xox[abposr]-[\w-]+|xapp-[\w-]+|[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,})\b|(?<=\b(?:Bearer|Bot)\s)[\w.-]{8,}/g;

export function scrub(text: string): string {
  return text.replace(SECRET, '[redacted]');
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, depth + 1)]));
}

/** One JSON line per event; secrets are redacted by key and by shape, so no token reaches a log. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'modelgo-bot' },
      redact: {
        paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization', 'signingSecret', '*.signingSecret', 'appToken', '*.appToken'],
        censor: '[redacted]',
      },
      formatters: { log: (obj) => scrubDeep(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
      serializers: { err: (err: Error) => ({ type: err.name, message: scrub(err.message), stack: err.stack && scrub(err.stack) }) },
    },
    destination,
  );
}

/** User ids are personal data: logs carry a short one-way hash that still groups one user's lines. */
export function hashUser(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 12);
}
