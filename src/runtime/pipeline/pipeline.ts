import { performance } from 'node:perf_hooks';
import type { Answer } from '../../core/answer/answer.js';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import type { Bot } from '../../core/bot.js';
import type { Language } from '../../core/domain/languages.js';
import type { ConversationState } from '../../core/understanding/conversation.js';
import { type FeedbackWriter, recordAnswer } from '../answer-log.js';
import { InFlight } from '../in-flight.js';
import { hashUser, type Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { Stores } from '../store/types.js';
import type { ButtonAction } from './button-codec.js';
import type { Reply } from './outlet.js';
import type { PlatformName, Question } from './question.js';
import { deliver, type RetryPolicy } from './retry.js';

export interface PipelineOptions {
  platform: PlatformName;
  bot: Bot;
  log: Logger;
  feedback?: FeedbackWriter;
  stores: Stores;
  metrics?: Metrics;
  retry: RetryPolicy;
  now?: () => number;
}

type Vote = Extract<ButtonAction, { kind: 'feedback' }>;

/** How long a conversation's last question is remembered for follow-ups (as the bot's own memory does). */
const CONVERSATION_TTL_MS = 15 * 60_000;

/**
 * The one path from a question to a delivered answer, for every platform and entry point: dedupe, rate
 * limit, ask the bot, render, deliver with retries, log, and apologise when something fails. Nothing
 * it does rejects, so no platform listener can take the process down; `drain` waits for what is in flight.
 */
export class Pipeline {
  private readonly work = new InFlight();
  private readonly now: () => number;

  constructor(private readonly options: PipelineOptions) {
    this.now = options.now ?? Date.now;
  }

  get log(): Logger {
    return this.options.log;
  }

  answer<M>(question: Question, reply: Reply<M>): Promise<void> {
    return this.work.track(() => this.run(question, reply));
  }

  /** A 👍/👎: counted once per person and message, logged, thanked. A failed log write still gets the thanks. */
  vote<M>(vote: Vote, voter: { user: string; message: string }, reply: Reply<M>): Promise<void> {
    return this.work.track(async () => {
      const { log, platform, stores, feedback } = this.options;
      const kind = vote.vote === 'up' ? 'thumbs-up' : 'thumbs-down';
      const user = hashUser(voter.user);
      try {
        if (!(await stores.dedupe.firstTime(`${platform}:vote:${voter.user}:${voter.message}:${kind}`, this.now()))) {
          log.info({ platform, kind }, 'ignored a repeated vote');
          this.options.metrics?.repeat(platform);
          return;
        }
        log.info({ platform, kind, intent: vote.intent, user }, 'feedback');
        try {
          await feedback?.append({ kind, platform, question: vote.question, intent: vote.intent, confidence: vote.confidence, user });
        } catch (err) {
          log.warn({ err }, 'could not write the feedback log');
        }
      } catch (err) {
        log.error({ err }, 'could not record a vote');
      }
      await this.send(reply, reply.render.notice(this.says.thanks[vote.vote], this.language), 'thanks');
    });
  }

  /** The language the bot answers in; notices and adapters' own texts use the same one. */
  get language(): Language {
    return this.options.bot.language;
  }

  private get says() {
    return catalogue(this.language).notices;
  }

  /** A short message that is not an answer (a stale button), delivered like one. */
  notice<M>(text: string, reply: Reply<M>): Promise<void> {
    return this.work.track(async () => void (await this.send(reply, reply.render.notice(text, this.language), 'notice')));
  }

  /** A message the adapter rendered itself (a remembered answer, its details), delivered like an answer. */
  deliver<M>(message: M, reply: Reply<M>, what: string): Promise<void> {
    return this.work.track(async () => void (await this.send(reply, message, what)));
  }

  /** Resolves true when everything in flight finished within `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean> {
    return this.work.idle(timeoutMs);
  }

  get inFlight(): number {
    return this.work.size;
  }

  private async run<M>(question: Question, reply: Reply<M>): Promise<void> {
    const { log, platform, stores, feedback } = this.options;
    const started = performance.now();
    const user = hashUser(question.user);
    try {
      if (question.eventId && !(await stores.dedupe.firstTime(`${platform}:event:${question.eventId}`, this.now()))) {
        log.info({ platform, eventId: question.eventId }, 'ignored a repeated event');
        this.options.metrics?.repeat(platform);
        return;
      }
      if (!reply.repost && !(await stores.rateLimits.take(`${platform}:${question.place.workspace}:${question.user}`, this.now()))) {
        log.info({ platform, user }, 'rate limited');
        if (reply.quietWhenLimited && !(await stores.notices.take(`${platform}:${question.place.workspace}:${question.user}`, this.now()))) return;
        await this.send(reply, reply.render.notice(this.says.rateLimited, this.language), 'rate-limit notice');
        return;
      }
      const answer = await this.ask(question);
      if (!(await this.send(reply, reply.render.answer(answer, question), 'answer'))) {
        await this.apologise(reply);
        return;
      }
      if (!reply.repost) {
        const latencyMs = performance.now() - started;
        this.options.metrics?.answered(platform, answer.intent, latencyMs / 1000);
        await recordAnswer(log, feedback, answer, { platform, user: question.user, latencyMs, suggestion: question.suggestion });
      }
    } catch (err) {
      log.error({ err, platform }, 'could not answer');
      await this.apologise(reply);
    }
  }

  /**
   * Asks the bot with the conversation's state from the store (which replicas share), and saves the new
   * state before the answer goes out, so a follow-up reaching another replica right after still finds it.
   */
  private async ask(question: Question): Promise<Answer> {
    const { bot, stores } = this.options;
    const now = this.now();
    const previous = (await stores.conversations.get(question.conversation, now)) as ConversationState | undefined;
    const reply = bot.reply(question.text, previous, question.edition);
    if (reply.state) await stores.conversations.set(question.conversation, reply.state, CONVERSATION_TTL_MS, now);
    return reply.answer;
  }

  /** Delivers with retries; a give-up is one error line naming what was lost and why. */
  private async send<M>(reply: Reply<M>, message: M, what: string): Promise<boolean> {
    const { metrics, platform } = this.options;
    const outcome = await deliver(reply.outlet, message, this.options.retry, this.options.log, () => metrics?.retry(platform));
    if (!outcome.delivered) metrics?.gaveUp(platform);
    if (!outcome.delivered)
      this.options.log.error({ platform: this.options.platform, what, attempts: outcome.attempts, reason: outcome.reason }, `gave up delivering the ${what}`);
    return outcome.delivered;
  }

  private async apologise<M>(reply: Reply<M>): Promise<void> {
    try {
      const outcome = await deliver(
        reply.outlet,
        reply.render.notice(this.says.apology, this.language),
        { ...this.options.retry, attempts: 2 },
        this.options.log,
      );
      if (!outcome.delivered) this.options.log.warn({ platform: this.options.platform, reason: outcome.reason }, 'could not deliver the apology either');
    } catch (err) {
      this.options.log.warn({ err }, 'could not deliver the apology either');
    }
  }
}
