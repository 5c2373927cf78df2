import { createHash } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Slack, Discord and bearer credentials, wherever they turn up in a log line, including the
 * interaction and webhook tokens inside Discord API URLs that client errors carry.
 */
const SECRET =
  /\b(?:xox[abposr]-[\w-]+|xapp-[\w-]+|[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,})\b|(?<=\b(?:Bearer|Bot)\s)[\w.-]{8,}|(?<=\/(?:interactions|webhooks)\/\d+\/)[^/\s"?]+/g;

export function scrub(text: string): string {
  return text.replace(SECRET, '[redacted]');
}

/**
 * One JSON line per event. Known secret fields are redacted by name, and every finished line is scrubbed
 * of anything shaped like a token, which also covers error messages, child bindings and deep objects.
 */
export function createLogger(level: string, destination: DestinationStream = pino.destination(1)): Logger {
  return pino(
    {
      level,
      base: { app: 'modelgo-bot' },
      redact: {
        paths: [
          'token',
          '*.token',
          'authorization',
          '*.authorization',
          'headers.authorization',
          '*.headers.authorization',
          'signingSecret',
          '*.signingSecret',
          'appToken',
          '*.appToken',
        ],
        censor: '[redacted]',
      },
    },
    { write: (line: string) => void destination.write(scrub(line)) },
  );
}

/** User ids are personal data: logs carry a short one-way hash that still groups one user's lines. */
export function hashUser(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 12);
}
