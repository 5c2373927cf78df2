import type { Answer } from '../../core/answer/answer.js';
import type { Language } from '../../core/domain/languages.js';
import type { Question } from './question.js';

/**
 * The platform contract. An adapter turns its events into Questions and, for each, hands the pipeline
 * a Reply: how to render an answer or a notice as a platform message, and an Outlet that sends one.
 * Everything else (rate limits, dedupe, asking, logging, retries, apologies) is the pipeline's.
 */
export interface Reply<M> {
  render: Renderer<M>;
  outlet: Outlet<M>;
  /** Messages in a channel: past the rate limit, one notice a minute and then silence. Commands always get a reply. */
  quietWhenLimited?: boolean;
  /** Re-posts an answer already given ("Share in channel"): no rate limit, no second "answered" line. */
  repost?: boolean;
}

export interface Renderer<M> {
  answer(answer: Answer, question: Question): M;
  /** A short reply that is not an answer: a rate-limit notice, an apology, thanks; `text` is in `language`. */
  notice(text: string, language: Language): M;
}

/** Why one attempt failed, as the adapter reads its platform's error. */
export type Failure =
  /** Not delivered; the platform asks to wait. */
  | { kind: 'rate-limited'; retryAfterMs: number }
  /** Not delivered (a 5xx the platform guarantees did nothing, a reset before the request was sent). */
  | { kind: 'not-delivered'; detail: string }
  /** May have landed (a timeout, a reset after the request went out): check `landed` before re-sending. */
  | { kind: 'unclear'; detail: string }
  /** The platform says an earlier attempt already landed. */
  | { kind: 'already-delivered' }
  /** Retrying cannot help (a 4xx, an expired token). */
  | { kind: 'refused'; detail: string };

export interface Attempt {
  /** The same for every attempt at one message: what a platform tag or nonce carries to recognise it. */
  messageId: string;
  /** 0 for the first attempt. */
  number: number;
}

export interface Outlet<M> {
  send(message: M, attempt: Attempt): Promise<void>;
  classify(err: unknown): Failure;
  /**
   * After an unclear failure: is the message tagged `messageId` there? Outlets whose sends are safe to
   * repeat (a replace, a nonce the platform enforces) leave this out.
   */
  landed?(messageId: string): Promise<boolean>;
}
