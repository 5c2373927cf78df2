import { INTENTS, type Answer, type Intent } from '../../core/answer/answer.js';
import { EditionSchema, type Edition } from '../../core/knowledge/schema.js';
import { COMPONENT_LIMITS, clip } from './embed-limits.js';

/**
 * What a button press means. Everything needed is carried in the button's custom_id, so buttons keep
 * working after a restart and the bot holds no state per message.
 */
export type ButtonAction =
  | { kind: 'ask'; edition: Edition; question: string }
  /** "Why?" and "Post to channel" name an answer in the AnswerMemory. */
  | { kind: 'why' | 'post'; id: string }
  | { kind: 'feedback'; vote: 'up' | 'down'; intent: Intent; confidence: number; question: string };

/** "ask:2024:what is MG-BY-ND?"; undefined when the question does not fit the 100-character id. */
export function askButtonId(question: string, edition: Edition): string | undefined {
  const id = `ask:${edition}:${question}`;
  return id.length <= COMPONENT_LIMITS.customId ? id : undefined;
}

/**
 * "fb:down:remix:0.82:can I merge …": the answer's intent and confidence plus as much of the question
 * as fits, which is what the feedback log needs to find the miss again.
 */
export function feedbackButtonId(vote: 'up' | 'down', answer: Pick<Answer, 'intent' | 'confidence' | 'question'>): string {
  const prefix = `fb:${vote}:${answer.intent}:${answer.confidence}:`;
  return prefix + clip(answer.question.replace(/\s+/g, ' ').trim(), COMPONENT_LIMITS.customId - prefix.length);
}

/** "why:<memory id>" or "post:<memory id>". */
export function answerButtonId(kind: 'why' | 'post', memoryId: string): string {
  return `${kind}:${memoryId}`;
}

/** Reads a custom_id back; anything malformed or foreign is undefined. */
export function parseButtonId(id: string): ButtonAction | undefined {
  const remembered = /^(why|post):([\w-]{1,40})$/.exec(id);
  if (remembered) return { kind: remembered[1] as 'why' | 'post', id: remembered[2]! };
  const ask = /^ask:(\d{4}):(.+)$/s.exec(id);
  if (ask) {
    const edition = EditionSchema.safeParse(ask[1]);
    return edition.success ? { kind: 'ask', edition: edition.data, question: ask[2]! } : undefined;
  }
  const fb = /^fb:(up|down):([a-z]+):([\d.]+):(.*)$/s.exec(id);
  if (fb) {
    const intent = INTENTS.find((i) => i === fb[2]);
    const confidence = Number(fb[3]);
    if (!intent || !(confidence >= 0 && confidence <= 1)) return undefined;
    return { kind: 'feedback', vote: fb[1] as 'up' | 'down', intent, confidence, question: fb[4]! };
  }
  return undefined;
}
