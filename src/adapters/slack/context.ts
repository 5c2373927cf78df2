import type { Bot } from '../../core/bot.js';
import type { AnswerMemory } from '../../runtime/answer-memory.js';
import type { Pipeline } from '../../runtime/pipeline/pipeline.js';
import type { Place } from '../../runtime/pipeline/question.js';
import type { Stores } from '../../runtime/store/types.js';
import type { ResponseUrls } from './response-url.js';

/** What every Slack listener shares. */
export interface SlackContext {
  pipeline: Pipeline;
  stores: Stores;
  responseUrls: ResponseUrls;
  /** Answers with details, for their "Why?" button. */
  memory: AnswerMemory;
  /** For what is not a question: the App Home tab shows the bot's help. */
  bot: Bot;
}

/** Direct-message channel ids start with D; a DM is one conversation, threads or not. */
export function isDirectMessageChannel(channel: string): boolean {
  return channel.startsWith('D');
}

export function slackPlace(team: string, channel: string, thread?: string): Place {
  return { platform: 'slack', workspace: team, channel, ...(thread && !isDirectMessageChannel(channel) ? { thread } : {}) };
}

/** The key a thread the bot answered in is remembered under. */
export function threadKey(team: string, channel: string, thread: string): string {
  return `slack:${team}:${channel}:${thread}`;
}
