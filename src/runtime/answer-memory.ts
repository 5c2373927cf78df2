import { randomBytes } from 'node:crypto';
import type { Answer } from '../core/answer/answer.js';
import { ExpiringMap } from './store/expiring-map.js';

/** A "Why?" pressed a day later is rare; by then the question is better asked again. */
const DAY = 24 * 60 * 60_000;

/**
 * Recent answers by a short id, so a button ("Why?", "Post to channel") can refer to an answer without
 * carrying it: Slack button values and Discord custom_ids are too small for an answer's details.
 * Bounded in size and age: a button whose answer is gone (or that was made before a restart) gets a
 * polite "ask again" instead of a wrong answer.
 */
export class AnswerMemory {
  private readonly answers: ExpiringMap<Answer>;

  constructor(
    maxAnswers = 2000,
    private readonly now: () => number = Date.now,
  ) {
    this.answers = new ExpiringMap(maxAnswers);
  }

  /** A new id for `answer`: 12 url-safe characters, which fit any button. */
  remember(answer: Answer): string {
    const id = randomBytes(9).toString('base64url');
    this.answers.set(id, answer, DAY, this.now());
    return id;
  }

  recall(id: string): Answer | undefined {
    return this.answers.get(id, this.now());
  }
}
