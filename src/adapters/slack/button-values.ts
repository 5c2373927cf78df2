import { z } from 'zod';
import { EditionSchema } from '../../core/knowledge/schema.js';
import { plainText } from './escape.js';
import { LIMITS } from './limits.js';

/**
 * What our buttons carry in their `value`. Slack hands the value back on a click; it is ours, but it
 * arrives over the network, so it is parsed with zod and a bad one is ignored, never trusted. Questions
 * are stored without mention tokens (the matcher ignores them anyway), so none sits in a reply.
 */
export const ACTION = {
  share: 'modelgo_share',
  thumbsUp: 'modelgo_feedback_up',
  thumbsDown: 'modelgo_feedback_down',
  /** "Why?": the value is an AnswerMemory id. */
  details: 'modelgo_details',
  /** Followed by the choice's index: action ids must be unique within a message. */
  choicePrefix: 'modelgo_choice_',
} as const;

export const CHOICE_ACTION = /^modelgo_choice_\d+$/;
export const FEEDBACK_ACTION = /^modelgo_feedback_(?:up|down)$/;

/** "Share in channel": the question and edition, so the shared answer is the one the user saw. */
const ShareValue = z.object({ q: z.string().max(LIMITS.buttonValue), e: EditionSchema });
export type ShareValue = z.infer<typeof ShareValue>;

/** 👍/👎: enough of the answer for a useful feedback-log line. */
const FeedbackValue = z.object({ q: z.string().max(LIMITS.buttonValue), i: z.string().max(40), c: z.number().min(0).max(1) });
export type FeedbackValue = z.infer<typeof FeedbackValue>;

/** The feedback log keeps 500 characters; 300 leave room for JSON's escapes within the value limit. */
const FEEDBACK_QUESTION_CHARS = 300;

/** `undefined` when the value would be too long for Slack (a very long question): no share button then. */
export function encodeShare(value: ShareValue): string | undefined {
  const json = JSON.stringify({ ...value, q: plainText(value.q) });
  return json.length <= LIMITS.buttonValue ? json : undefined;
}

export function encodeFeedback(value: FeedbackValue): string {
  return JSON.stringify({ ...value, q: plainText(value.q).slice(0, FEEDBACK_QUESTION_CHARS) });
}

export function decodeShare(value: string | undefined): ShareValue | undefined {
  return ShareValue.safeParse(parseJson(value)).data;
}

export function decodeFeedback(value: string | undefined): FeedbackValue | undefined {
  return FeedbackValue.safeParse(parseJson(value)).data;
}

function parseJson(value: string | undefined): unknown {
  try {
    return value === undefined ? undefined : JSON.parse(value);
  } catch {
    return undefined;
  }
}
