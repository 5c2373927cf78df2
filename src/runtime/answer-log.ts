import type { Answer } from '../core/answer/answer.js';
import type { FeedbackRecord } from './feedback-log.js';
import { hashUser, type Logger } from './logger.js';

/** Below this confidence an answer counts as a miss worth reviewing (see `modelgo-bot report`). */
export const LOW_CONFIDENCE = 0.5;

export interface AnswerMeta {
  platform: 'slack' | 'discord' | 'cli';
  user: string;
  latencyMs: number;
  /** The question came from one of the bot's own buttons (see FeedbackRecord.suggestion). */
  suggestion?: boolean;
}

/** The JSON Lines file (synchronous) or the shared store's table (asynchronous). */
export interface FeedbackWriter {
  append(record: FeedbackRecord): void | Promise<void>;
}

/** The one log line per answered message, and a feedback-log entry when the bot did not know. Never rejects. */
export async function recordAnswer(log: Logger, feedback: FeedbackWriter | undefined, answer: Answer, meta: AnswerMeta): Promise<void> {
  const user = hashUser(meta.user);
  log.info(
    {
      platform: meta.platform,
      user,
      intent: answer.intent,
      confidence: answer.confidence,
      verdict: answer.verdict,
      latencyMs: Math.round(meta.latencyMs * 100) / 100,
    },
    'answered',
  );
  const kind = answer.intent === 'unknown' ? 'unknown' : answer.confidence < LOW_CONFIDENCE ? 'low-confidence' : undefined;
  if (kind && feedback) {
    try {
      await feedback.append({
        kind,
        platform: meta.platform,
        question: answer.question,
        intent: answer.intent,
        confidence: answer.confidence,
        user,
        ...(meta.suggestion ? { suggestion: true } : {}),
      });
    } catch (err) {
      log.warn({ err }, 'could not write the feedback log');
    }
  }
}
