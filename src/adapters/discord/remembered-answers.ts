import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { Answer } from '../../core/answer/answer.js';
import type { AnswerMemory } from '../../runtime/answer-memory.js';
import { defuseMentions } from './defuse-mentions.js';
import { EMBED_LIMITS, clip } from './embed-limits.js';
import { renderAnswer, renderEmbed } from './embed.js';
import { NO_PINGS, privateReply } from './replies.js';

export const ANSWER_GONE_TEXT = 'I no longer have that answer (I may have restarted since). Please ask the question again.';

/**
 * The buttons that refer back to an answer in the AnswerMemory: "Why?" shows its details to the one
 * who pressed it, privately; "Post to channel" posts a private answer for everyone, saying who posted it.
 */
export async function pressRemembered(interaction: ButtonInteraction, kind: 'why' | 'post', id: string, memory: AnswerMemory): Promise<void> {
  const answer = memory.recall(id);
  if (!answer) {
    await interaction.reply(privateReply(ANSWER_GONE_TEXT));
  } else if (kind === 'why') {
    await interaction.reply({ embeds: [renderDetails(answer)], flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  } else {
    // A mention that pings nobody (allowed_mentions is empty) still shows the name.
    await interaction.reply({ ...renderAnswer(answer, answer.details ? { details: id } : {}), content: `Posted by <@${interaction.user.id}>` });
  }
}

/** The answer's full reasoning under its title. */
export function renderDetails(answer: Answer) {
  const { color, footer } = renderEmbed(answer.card);
  const title = clip(defuseMentions(`Why: ${answer.card.title}`), EMBED_LIMITS.title);
  const room = Math.min(EMBED_LIMITS.description, EMBED_LIMITS.total - title.length - (footer?.text.length ?? 0));
  return { title, description: clip(defuseMentions(answer.details ?? answer.text), room), color, footer };
}
