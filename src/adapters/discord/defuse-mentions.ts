import { defuseBroadcasts } from '../../runtime/text/defuse.js';

/**
 * Makes text that may echo a user's words unable to look like a ping. `allowedMentions: { parse: [] }`
 * already stops Discord from notifying anyone; this also stops "@everyone" or "<@123>" from rendering
 * as a mention, by putting an invisible zero-width space inside it.
 */
export function defuseMentions(text: string): string {
  return defuseBroadcasts(text).replace(/<([@#])/g, '<\u200b$1');
}
