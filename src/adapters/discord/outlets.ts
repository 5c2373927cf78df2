import type { InteractionReplyOptions } from 'discord.js';
import { DiscordAPIError, HTTPError, type Message, type MessageReplyOptions, type RepliableInteraction } from 'discord.js';
import type { Failure, Outlet } from '../../runtime/pipeline/outlet.js';
import { describe } from '../../runtime/pipeline/retry.js';

/** Discord's "Interaction has already been acknowledged": an earlier attempt at the reply landed. */
const ALREADY_ACKNOWLEDGED = 40060;

/**
 * The reply to an interaction. Discord accepts one reply per interaction, so a retry after an unclear
 * failure either lands or is refused as already acknowledged, which means the first one did: never twice.
 * When the interaction was already answered (a button's first reply), later messages are follow-ups.
 */
export function interactionOutlet(interaction: RepliableInteraction): Outlet<InteractionReplyOptions> {
  return {
    async send(message) {
      if (interaction.replied || interaction.deferred) await interaction.followUp(message);
      else await interaction.reply(message);
    },
    classify: classifyDiscordError,
  };
}

/**
 * A reply to a chat message, tagged with a nonce Discord enforces: a re-send after a reset or a timeout
 * returns the message already posted instead of posting it again.
 */
export function messageOutlet(message: Message): Outlet<MessageReplyOptions> {
  return {
    async send(reply, attempt) {
      await message.reply({ ...reply, nonce: attempt.messageId, enforceNonce: true });
    },
    classify: classifyDiscordError,
  };
}

/** Reads a discord.js REST error (its own retries are off, except for waiting out a 429). */
export function classifyDiscordError(err: unknown): Failure {
  if (err instanceof DiscordAPIError) {
    if (err.code === ALREADY_ACKNOWLEDGED) return { kind: 'already-delivered' };
    if (err.status === 429) return { kind: 'rate-limited', retryAfterMs: 1000 };
    if (err.status >= 500) return { kind: 'unclear', detail: `HTTP ${err.status}` };
    return { kind: 'refused', detail: `${err.status} ${err.code}: ${err.message}` };
  }
  if (err instanceof HTTPError)
    return err.status >= 500 ? { kind: 'unclear', detail: `HTTP ${err.status}` } : { kind: 'refused', detail: `HTTP ${err.status}` };
  // Timeouts (AbortError) and dropped connections: Discord may have the message; the send is safe to repeat.
  if (err instanceof Error && /abort|timeout|fetch failed|socket|ECONNRESET|closed/i.test(`${err.name} ${describe(err)}`))
    return { kind: 'unclear', detail: describe(err) };
  return { kind: 'refused', detail: describe(err) };
}
