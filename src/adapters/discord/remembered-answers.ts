import { type APIEmbed, type ButtonInteraction, MessageFlags } from 'discord.js';
import type { Answer } from '../../core/answer/answer.js';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import type { AnswerMemory } from '../../runtime/answer-memory.js';
import type { Pipeline } from '../../runtime/pipeline/pipeline.js';
import { clip } from '../../runtime/text/clip.js';
import { defuseMentions } from './defuse-mentions.js';
import { interactionRenderer, type PrivateAnswer, renderAnswer, renderEmbed } from './embed.js';
import { EMBED_LIMITS } from './embed-limits.js';
import { interactionOutlet } from './outlets.js';
import { NO_PINGS } from './replies.js';

type Kind = 'why' | 'post';

/** "why:<memory id>" or "post:<memory id>": well within the 100 characters of a custom_id. */
export function rememberedButtonId(kind: Kind, memoryId: string): string {
  return `${kind}:${memoryId}`;
}

export function parseRememberedButton(customId: string): { kind: Kind; id: string } | undefined {
  const match = /^(why|post):([\w-]{1,40})$/.exec(customId);
  return match ? { kind: match[1] as Kind, id: match[2]! } : undefined;
}

/**
 * The buttons that refer back to an answer in the AnswerMemory: "Why?" shows its details to the one
 * who pressed it, privately; "Post to channel" posts a private answer for everyone, saying who posted it.
 */
export function pressRemembered(interaction: ButtonInteraction, pressed: { kind: Kind; id: string }, memory: AnswerMemory, pipeline: Pipeline): Promise<void> {
  const reply = { render: interactionRenderer, outlet: interactionOutlet(interaction) };
  const answer = memory.recall(pressed.id);
  if (!answer) return pipeline.notice(catalogue(pipeline.language).discord.answerGone, reply);
  if (pressed.kind === 'why') {
    const details: PrivateAnswer = { embeds: [renderDetails(answer)], components: [], flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS };
    return pipeline.deliver(details, reply, 'details');
  }
  // A mention that pings nobody (allowed_mentions is empty) still shows the name.
  const posted = {
    ...renderAnswer(answer, answer.details ? { details: pressed.id } : {}),
    content: catalogue(answer.language).discord.postedBy(`<@${interaction.user.id}>`),
  };
  return pipeline.deliver(posted, reply, 'posted answer');
}

/** The answer's full reasoning under its title. */
export function renderDetails(answer: Answer): APIEmbed {
  const msg = catalogue(answer.language);
  const { color, footer } = renderEmbed(answer.card, msg);
  const title = clip(defuseMentions(msg.discord.whyTitle(answer.card.title)), EMBED_LIMITS.title);
  const room = Math.min(EMBED_LIMITS.description, EMBED_LIMITS.total - title.length - (footer?.text.length ?? 0));
  return { title, description: clip(defuseMentions(answer.details ?? answer.text), room), color, ...(footer ? { footer } : {}) };
}
