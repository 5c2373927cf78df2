import { type Answer, INTENTS, type Intent } from '../../core/answer/answer.js';
import { type Edition, EditionSchema } from '../../core/knowledge/schema.js';
import { clip } from '../text/clip.js';

/**
 * What our buttons mean, carried in the button itself (a Slack `value`, a Discord `custom_id`), so
 * buttons keep working after a restart and the bot holds no state per message. The value comes back
 * over the network: it is parsed strictly and anything malformed or foreign reads as undefined.
 */
export type ButtonAction =
  /** Asks `question` (a "did you mean" choice or a follow-up). */
  | { kind: 'ask'; edition: Edition; question: string }
  /** Posts the same answer for everyone (Slack's "Share in channel"). */
  | { kind: 'share'; edition: Edition; question: string }
  | { kind: 'feedback'; vote: 'up' | 'down'; intent: Intent; confidence: number; question: string };

/** "ask:2024:what is MG-BY-ND?"; undefined when the question does not fit in `max` characters (never cut short). */
export function askButton(question: string, edition: Edition, max: number): string | undefined {
  return fitting(`ask:${edition}:${question}`, max);
}

export function shareButton(question: string, edition: Edition, max: number): string | undefined {
  return fitting(`share:${edition}:${question}`, max);
}

/**
 * "fb:down:remix:0.82:can I merge …": the answer's intent and confidence plus as much of the question as
 * fits, which is what the feedback log needs to find the miss again.
 */
export function feedbackButton(vote: 'up' | 'down', answer: Pick<Answer, 'intent' | 'confidence' | 'question'>, max: number): string {
  const prefix = `fb:${vote}:${answer.intent}:${answer.confidence}:`;
  return prefix + clip(answer.question.replace(/\s+/g, ' ').trim(), max - prefix.length);
}

export function parseButton(value: string | undefined): ButtonAction | undefined {
  if (value === undefined) return undefined;
  const ask = /^(ask|share):(\d{4}):(.+)$/s.exec(value);
  if (ask) {
    const edition = EditionSchema.safeParse(ask[2]);
    return edition.success ? { kind: ask[1] as 'ask' | 'share', edition: edition.data, question: ask[3]! } : undefined;
  }
  const fb = /^fb:(up|down):([a-z][a-z-]*):([\d.]+):(.*)$/s.exec(value);
  if (fb) {
    const intent = INTENTS.find((i) => i === fb[2]);
    const confidence = Number(fb[3]);
    if (!intent || !(confidence >= 0 && confidence <= 1)) return undefined;
    return { kind: 'feedback', vote: fb[1] as 'up' | 'down', intent, confidence, question: fb[4]! };
  }
  return undefined;
}

function fitting(value: string, max: number): string | undefined {
  return value.length <= max ? value : undefined;
}
