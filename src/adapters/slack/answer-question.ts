import type { Bot } from '../../core/bot.js';
import type { Edition } from '../../core/knowledge/schema.js';
import { RATE_LIMITED_TEXT, type RateLimiter } from '../../core/rate-limiter.js';
import { recordAnswer } from '../../runtime/answer-log.js';
import type { AnswerMemory } from '../../runtime/answer-memory.js';
import type { FeedbackLog } from '../../runtime/feedback-log.js';
import { hashUser, type Logger } from '../../runtime/logger.js';
import { renderAnswer, renderNotice, type SlackMessage } from './blocks.js';
import type { InFlight } from '../../runtime/in-flight.js';

/** What every Slack listener shares. */
export interface SlackDeps {
  bot: Bot;
  log: Logger;
  feedback?: FeedbackLog;
  limiter: RateLimiter;
  work: InFlight;
  now: () => number;
  /** Answers with details, for their "Why?" button. */
  memory: AnswerMemory;
}

/** Who asked, where: the rate-limit key and the conversation key for follow-ups. */
export interface Asker {
  team: string;
  channel: string;
  user: string;
}

/** Sends one message back the way the question came: response_url, a thread, a DM. */
export type Deliver = (message: SlackMessage) => Promise<unknown>;

export interface Question {
  text: string;
  asker: Asker;
  shareable: boolean;
  edition?: Edition;
  /** "Share in channel" re-posts an answer already given: no rate limit, no second log line. */
  repost?: boolean;
  /** Asked by one of the bot's own buttons (a choice, an App Home example): never logged as a miss. */
  suggestion?: boolean;
  /** The name of the user who shared the answer in the channel, shown under it. */
  sharedBy?: string;
}

export const APOLOGY = 'Sorry, something went wrong while I was answering. Please try again in a moment.';

export function conversationKey({ team, channel, user }: Asker): string {
  return `slack:${team}:${channel}:${user}`;
}

/**
 * The one path from a Slack question to a delivered answer, for commands, mentions, DMs and buttons:
 * rate limit, ask the bot, render, deliver, log. A failure becomes an apology and a log line, never a
 * rejected promise, so no listener can take the process down.
 */
export function answerQuestion(deps: SlackDeps, question: Question, deliver: Deliver): Promise<void> {
  return deps.work.track(async () => {
    const started = performance.now();
    const { asker } = question;
    try {
      if (!question.repost && !deps.limiter.allow(`${asker.team}:${asker.user}`, deps.now())) {
        deps.log.info({ platform: 'slack', user: hashUser(asker.user) }, 'rate limited');
        await deliver(renderNotice(RATE_LIMITED_TEXT));
        return;
      }
      const answer = deps.bot.ask(question.text, { conversation: conversationKey(asker), edition: question.edition });
      const detailsId = answer.details ? deps.memory.remember(answer) : undefined;
      await deliver(renderAnswer(answer, { shareable: question.shareable, detailsId, sharedBy: question.sharedBy }));
      if (!question.repost) recordAnswer(deps.log, deps.feedback, answer, { platform: 'slack', user: asker.user, latencyMs: performance.now() - started, suggestion: question.suggestion });
    } catch (err) {
      await apologize(deps, deliver, err);
    }
  });
}

/** Logs the failure and tells the user; if even that fails (Slack is down), the log line is all we can do. */
export async function apologize(deps: SlackDeps, deliver: Deliver, err: unknown): Promise<void> {
  deps.log.error({ err }, 'could not answer a Slack message');
  try {
    await deliver(renderNotice(APOLOGY));
  } catch (again) {
    deps.log.error({ err: again }, 'could not deliver the apology either');
  }
}
