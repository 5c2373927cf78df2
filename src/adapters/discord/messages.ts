import type { Message } from 'discord.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { AnswerMemory } from '../../runtime/answer-memory.js';
import type { Pipeline } from '../../runtime/pipeline/pipeline.js';
import { question } from '../../runtime/pipeline/question.js';
import { messageRenderer, withMemory } from './embed.js';
import { discordPlace } from './interactions.js';
import { messageOutlet } from './outlets.js';
import { withPicture } from './picture-attachment.js';

/**
 * Chat questions, answered as a reply: a message that mentions the bot in a server, a reply to one of
 * the bot's messages (a follow-up in the same conversation), or any direct message. Discord delivers the
 * content of exactly these messages without the privileged Message Content intent.
 */
export async function handleMessage(message: Message, pipeline: Pipeline, memory: AnswerMemory, kb: KnowledgeBase): Promise<void> {
  if (message.author.bot || message.system || message.webhookId) return;
  const me = message.client.user;
  const addressed = !message.inGuild() || message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true }) || message.mentions.repliedUser?.id === me.id;
  if (!addressed || message.content.trim() === '') return;
  await pipeline.answer(question(message.content, discordPlace(message.guildId, message.channelId), message.author.id), {
    render: withPicture(withMemory(messageRenderer, memory), kb),
    outlet: messageOutlet(message),
    quietWhenLimited: true,
  });
}
