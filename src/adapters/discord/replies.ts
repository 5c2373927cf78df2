import { MessageFlags } from 'discord.js';

/** Set on every message as well as on the client, so no code path can forget it. */
export const NO_PINGS = { parse: [] as [] };

export const SORRY_TEXT = 'Sorry, something went wrong while answering that. Please try again in a moment.';
export const STALE_BUTTON_TEXT = 'That button no longer works. Please ask me again with /modelgo ask.';

/** A reply only the person who asked can see: for errors and rate limits. */
export function privateReply(content: string) {
  return { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS } as const;
}
