import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { Failure, Outlet } from './outlet.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The first backoff; each later one doubles, with jitter, up to `maxMs`. */
  baseMs: number;
  maxMs: number;
  /** A Retry-After longer than this is not waited for: the answer would come too late to matter. */
  maxRetryAfterMs: number;
}

/** About half a minute of trying at most: a blip is ridden out, an outage becomes one log line. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 500, maxMs: 8_000, maxRetryAfterMs: 30_000 };

export type Outcome = { delivered: true } | { delivered: false; reason: string; attempts: number };

/**
 * Sends `message` through `outlet` at least once and, as far as the platform lets us tell, at most once:
 * after an unclear failure it re-sends only when `landed` says the earlier attempt is not there. Never
 * rejects; a give-up is the returned reason, for the caller's one log line.
 */
export async function deliver<M>(outlet: Outlet<M>, message: M, policy: RetryPolicy, log: Logger, onRetry?: () => void): Promise<Outcome> {
  // 24 characters: short enough for a Discord nonce (at most 25).
  const messageId = randomBytes(12).toString('hex');
  let last: Failure | undefined;
  let made = 0;
  for (let number = 0; number < policy.attempts; number++) {
    if (last) {
      const wait = backoff(last, number, policy);
      if (wait === undefined) break;
      await sleep(wait);
      if (last.kind === 'unclear' && outlet.landed) {
        try {
          if (await outlet.landed(messageId)) return { delivered: true };
        } catch (err) {
          // Without knowing, re-sending could double the message: count it as a failed attempt.
          last = { kind: 'unclear', detail: `could not check whether it landed: ${describe(err)}` };
          continue;
        }
      }
    }
    try {
      made += 1;
      await outlet.send(message, { messageId, number });
      return { delivered: true };
    } catch (err) {
      last = outlet.classify(err);
      if (last.kind === 'already-delivered') return { delivered: true };
      if (last.kind === 'refused') return { delivered: false, reason: last.detail, attempts: made };
      log.warn({ attempt: number + 1, failure: last.kind, detail: 'detail' in last ? last.detail : undefined }, 'delivery failed; retrying');
      onRetry?.();
    }
  }
  return { delivered: false, reason: last ? summary(last) : 'no attempt made', attempts: made };
}

/** How long to wait before attempt `number`, or undefined when the platform asks for longer than is worth it. */
function backoff(failure: Failure, number: number, policy: RetryPolicy): number | undefined {
  if (failure.kind === 'rate-limited') return failure.retryAfterMs <= policy.maxRetryAfterMs ? failure.retryAfterMs : undefined;
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (number - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function summary(failure: Failure): string {
  switch (failure.kind) {
    case 'rate-limited':
      return `rate limited (retry after ${failure.retryAfterMs} ms)`;
    case 'already-delivered':
      return 'already delivered';
    default:
      return failure.detail;
  }
}

export function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : '';
    return `${err.message}${cause}`;
  }
  return String(err);
}
