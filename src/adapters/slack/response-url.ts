import type { Failure, Outlet } from '../../runtime/pipeline/outlet.js';
import { describe } from '../../runtime/pipeline/retry.js';
import type { SlackMessage } from './blocks.js';

/**
 * Slack's `response_url`: where a slash command's or a button's answer goes. The URL arrives in the
 * request, so it is only used when it points at Slack (hooks.slack.com, or the configured API host the
 * tests' fake and proxies use), redirects are not followed, and a hung request is cut off.
 */
export class ResponseUrls {
  private readonly hosts: { protocol: string; host: string }[];

  constructor(
    configuredApiUrl: string | undefined,
    private readonly timeoutMs: number,
  ) {
    const configured = configuredApiUrl ? new URL(configuredApiUrl) : undefined;
    this.hosts = [{ protocol: 'https:', host: 'hooks.slack.com' }, ...(configured ? [{ protocol: configured.protocol, host: configured.host }] : [])];
  }

  allowed(url: unknown): url is string {
    if (typeof url !== 'string') return false;
    try {
      const parsed = new URL(url);
      return this.hosts.some((h) => h.protocol === parsed.protocol && h.host === parsed.host) && parsed.username === '' && parsed.password === '';
    } catch {
      return false;
    }
  }

  /**
   * An outlet posting to `url`. `fields` set the kind (ephemeral, in_channel). With `replaceOnRetry`, a
   * retry after an unclear failure replaces the message instead of adding one, so a first attempt that
   * did land is overwritten, not doubled; that suits a command's answer, not a reply under a clicked
   * message (the "original" there is the message clicked).
   */
  outlet(url: string, fields: Record<string, unknown>, replaceOnRetry: boolean): Outlet<SlackMessage> {
    return {
      send: (message, attempt) => this.post(url, { ...message, ...fields, ...(replaceOnRetry && attempt.number > 0 ? { replace_original: true } : {}) }),
      classify: classifyResponseUrlError,
    };
  }

  async post(url: string, body: Record<string, unknown>): Promise<void> {
    if (!this.allowed(url)) throw new ResponseUrlError(0, 'response_url is not a Slack URL');
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await res.text();
    if (res.status === 200) return;
    throw new ResponseUrlError(res.status, text.slice(0, 100), res.headers.get('retry-after'));
  }
}

export class ResponseUrlError extends Error {
  override name = 'ResponseUrlError';

  constructor(
    readonly status: number,
    detail: string,
    readonly retryAfter: string | null = null,
  ) {
    super(`response_url answered ${status}: ${detail}`);
  }
}

/** Posts through a response_url replace or add whole messages, so re-sending after any failure is safe to try. */
function classifyResponseUrlError(err: unknown): Failure {
  if (err instanceof ResponseUrlError) {
    if (err.status === 429) return { kind: 'rate-limited', retryAfterMs: retryAfterMs(err.retryAfter) };
    if (err.status >= 500) return { kind: 'not-delivered', detail: err.message };
    return { kind: 'refused', detail: err.status >= 300 && err.status < 400 ? 'response_url redirected; not followed' : err.message };
  }
  return { kind: 'unclear', detail: describe(err) };
}

/** Retry-After in seconds (Slack's form); one second when missing or unreadable. */
export function retryAfterMs(header: string | null | undefined): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}
