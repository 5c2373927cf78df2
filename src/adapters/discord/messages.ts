import type { Message } from 'discord.js';
import { RATE_LIMITED_TEXT, type RateLimiter } from '../../core/rate-limiter.js';
import type { Logger } from '../../runtime/logger.js';
import type { Answerer } from './answerer.js';
import { NO_PINGS, SORRY_TEXT } from './replies.js';
// Until the shared logger serializes Error objects itself (see the Discord report).

export interface MessageContext {
  answerer: Answerer;
  /** One rate-limit notice per user and minute: a reply to every extra message would flood the channel. */
  notices: RateLimiter;
  log: Logger;
}

/**
 * Chat questions: a message that mentions the bot in a server, or any direct message, is answered as a
 * reply to it. Discord delivers the content of exactly these messages without the privileged Message
 * Content intent.
 */
export async function handleMessage(message: Message, ctx: MessageContext): Promise<void> {
  if (message.author.bot || message.system || message.webhookId) return;
  const me = message.client.user;
  if (message.inGuild() && !message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true })) return;
  try {
    const result = ctx.answerer.answer(message.content, { user: message.author.id, guild: message.guildId, channel: message.channelId });
    if (result !== 'rate-limited') await message.reply(result);
    else if (ctx.notices.allow(message.author.id, Date.now())) await message.reply({ content: RATE_LIMITED_TEXT, allowedMentions: NO_PINGS });
  } catch (err) {
    ctx.log.error({ err: err }, 'discord message failed');
    await message.reply({ content: SORRY_TEXT, allowedMentions: NO_PINGS }).catch((e: unknown) => ctx.log.warn({ err: e }, 'could not send the apology'));
  }
}
