import { performance } from 'node:perf_hooks';
import type { Bot } from '../../core/bot.js';
import type { Edition } from '../../core/knowledge/schema.js';
import type { RateLimiter } from '../../core/rate-limiter.js';
import { recordAnswer } from '../../runtime/answer-log.js';
import { AnswerMemory } from '../../runtime/answer-memory.js';
import type { FeedbackLog } from '../../runtime/feedback-log.js';
import type { Logger } from '../../runtime/logger.js';
import { renderAnswer, type AnswerMessage } from './embed.js';

export interface AskOptions {
  edition?: Edition;
  /** Only the asker sees the answer, with a "Post to channel" button. */
  private?: boolean;
  /** Asked by one of the bot's own buttons: never logged as a miss. */
  suggestion?: boolean;
}

export interface Asker {
  /** The Discord user id: the rate-limit key, and (hashed) the log's user. */
  user: string;
  guild: string | null;
  channel: string;
}

/**
 * The one path from a question to a Discord message, shared by slash commands, buttons, mentions and
 * DMs: rate limit, ask, log, render.
 */
export class Answerer {
  /** Answers that buttons ("Why?", "Post to channel") refer back to. */
  readonly memory = new AnswerMemory();

  constructor(
    private readonly bot: Bot,
    private readonly limiter: RateLimiter,
    private readonly log: Logger,
    private readonly feedback: FeedbackLog,
  ) {}

  /** The rendered answer, or 'rate-limited' when this user has asked too often this minute. */
  answer(question: string, asker: Asker, options: AskOptions = {}): AnswerMessage | 'rate-limited' {
    if (!this.limiter.allow(asker.user, Date.now())) return 'rate-limited';
    const started = performance.now();
    const { edition } = options;
    const answer = this.bot.ask(question, { conversation: conversationKey(asker), ...(edition ? { edition } : {}) });
    recordAnswer(this.log, this.feedback, answer, { platform: 'discord', user: asker.user, latencyMs: performance.now() - started, suggestion: options.suggestion });
    const id = answer.details || options.private ? this.memory.remember(answer) : undefined;
    return renderAnswer(answer, { ...(answer.details ? { details: id } : {}), ...(options.private ? { post: id } : {}) });
  }
}

/** Follow-ups ("what about MG-BY-ND?") reuse only this person's last question in this channel. */
export function conversationKey({ guild, channel, user }: Asker): string {
  return `discord:${guild ?? 'dm'}:${channel}:${user}`;
}
