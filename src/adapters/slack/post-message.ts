import type { App } from '@slack/bolt';
import type { Logger } from '../../runtime/logger.js';
import type { Failure, Outlet } from '../../runtime/pipeline/outlet.js';
import { describe } from '../../runtime/pipeline/retry.js';
import type { ThreadRegistry } from '../../runtime/store/types.js';
import type { SlackMessage } from './blocks.js';

type WebClient = App['client'];

/** Tags our posts so a read-back can find them: Slack's message metadata, visible to the app. */
const EVENT_TYPE = 'modelgo_answer';

export interface PostTarget {
  channel: string;
  /** The thread to answer in; none for a DM outside threads. */
  thread?: string;
  /** Remembered after a post, so replies in that thread are answered without a mention. */
  follow?: { threads: ThreadRegistry; key: string };
}

/**
 * chat.postMessage, delivered exactly once: each post carries its message id in `metadata`, and after a
 * timeout or a reset (Slack may have posted it) the thread or channel is read back before posting again.
 */
export function postOutlet(client: WebClient, target: PostTarget, log: Logger): Outlet<SlackMessage> {
  // Read-backs only look at messages from a little before the first attempt on.
  const since = (Date.now() / 1000 - 60).toFixed(6);
  return {
    async send(message, attempt) {
      await client.chat.postMessage({
        channel: target.channel,
        ...(target.thread ? { thread_ts: target.thread } : {}),
        ...message,
        metadata: { event_type: EVENT_TYPE, event_payload: { message_id: attempt.messageId } },
      });
      if (target.follow)
        await target.follow.threads.add(target.follow.key, Date.now()).catch((err: unknown) => log.warn({ err }, 'could not remember the thread'));
    },
    classify: classifyWebApiError,
    async landed(messageId) {
      const query = { channel: target.channel, oldest: since, include_all_metadata: true, limit: 200 };
      const page = target.thread ? await client.conversations.replies({ ...query, ts: target.thread }) : await client.conversations.history(query);
      return (page.messages ?? []).some(
        (m) => m.metadata?.event_type === EVENT_TYPE && (m.metadata.event_payload as Record<string, unknown> | undefined)?.['message_id'] === messageId,
      );
    },
  };
}

/** Platform errors worth another try; any other `ok: false` (channel_not_found, invalid_blocks) will not change. */
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** Reads a @slack/web-api error (the client's own retries are off, so each failure arrives here). */
export function classifyWebApiError(err: unknown): Failure {
  const e = err as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string } };
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return { kind: 'rate-limited', retryAfterMs: (e.retryAfter ?? 1) * 1000 };
    case 'slack_webapi_http_error':
      return (e.statusCode ?? 0) >= 500 ? { kind: 'unclear', detail: `HTTP ${e.statusCode}` } : { kind: 'refused', detail: `HTTP ${e.statusCode}` };
    case 'slack_webapi_request_error':
      return { kind: 'unclear', detail: describe(err) };
    case 'slack_webapi_platform_error': {
      const error = e.data?.error ?? 'unknown';
      if (error === 'ratelimited') return { kind: 'rate-limited', retryAfterMs: 1000 };
      return TRANSIENT.has(error) ? { kind: 'unclear', detail: error } : { kind: 'refused', detail: error };
    }
    default:
      return { kind: 'refused', detail: describe(err) };
  }
}
