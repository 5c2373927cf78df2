import { MessageFlags } from 'discord.js';

/** Set on every message as well as on the client, so no code path can forget it. */
export const NO_PINGS = { parse: [] as [] };

export type PrivateReply = ReturnType<typeof privateReply>;

/** A reply only the person who asked can see: for errors, rate limits and thanks. */
export function privateReply(content: string) {
  return { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS } as const;
}
