import type { Pipeline } from '../../runtime/pipeline/pipeline.js';
import type { Place } from '../../runtime/pipeline/question.js';
import type { Stores } from '../../runtime/store/types.js';
import type { ResponseUrls } from './response-url.js';

/** What every Slack listener shares. */
export interface SlackContext {
  pipeline: Pipeline;
  stores: Stores;
  responseUrls: ResponseUrls;
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
