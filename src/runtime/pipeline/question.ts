import type { Edition } from '../../core/knowledge/schema.js';

export type PlatformName = 'slack' | 'discord';

/**
 * Where a message was written: the workspace (Slack team, Discord server, "dm"), the channel and, where
 * the platform has them inside channels, the thread. Conversations never cross a place.
 */
export interface Place {
  platform: PlatformName;
  workspace: string;
  channel: string;
  thread?: string;
}

/** What an adapter makes of a platform event: the one shape the pipeline answers. */
export interface Question {
  text: string;
  place: Place;
  /** The platform's user id; logs only ever see its hash. */
  user: string;
  /** `conversationKey(place, user)`: follow-ups reuse what was said under the same key. */
  conversation: string;
  edition?: Edition;
  /** The platform's id for the event when the platform may deliver it twice (Slack retries); repeats are dropped. */
  eventId?: string;
  /** Asked by pressing one of the bot's own suggestions (a choice, an example): never logged as a miss. */
  suggestion?: boolean;
}

/**
 * The one conversation key: per user and place, so two people in a thread, or one person in two
 * workspaces, never share context.
 */
export function conversationKey(place: Place, user: string): string {
  return [place.platform, place.workspace, place.channel, place.thread ?? '-', user].join(':');
}

/** A question with its conversation key filled in. */
export function question(text: string, place: Place, user: string, extra: Pick<Question, 'edition' | 'eventId' | 'suggestion'> = {}): Question {
  return { text, place, user, conversation: conversationKey(place, user), ...definedOnly(extra) };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
