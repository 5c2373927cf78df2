import { randomBytes } from 'node:crypto';
import type { Answer } from '../core/answer/answer.js';

/**
 * Recent answers by a short id, so a button ("Why?", "Post to channel") can refer to an answer without
 * carrying it: Slack button values and Discord custom_ids are too small for an answer's details.
 * Bounded: the oldest answers are forgotten first, and a button whose answer is gone (or that was made
 * before a restart) gets a polite "ask again" instead of a wrong answer.
 */
export class AnswerMemory {
  private readonly answers = new Map<string, Answer>();

  constructor(private readonly maxAnswers = 2000) {}

  /** A new id for `answer`: 12 url-safe characters, which fit any button. */
  remember(answer: Answer): string {
    const id = randomBytes(9).toString('base64url');
    this.answers.set(id, answer);
    if (this.answers.size > this.maxAnswers) this.answers.delete(this.answers.keys().next().value!);
    return id;
  }

  recall(id: string): Answer | undefined {
    return this.answers.get(id);
  }
}
