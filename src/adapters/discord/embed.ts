import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord.js';
import type { Answer, Card, Tone } from '../../core/answer/answer.js';
import { type Catalogue, catalogue } from '../../core/answer/messages/catalogue.js';
import type { LicenseGroup } from '../../core/knowledge/schema.js';
import type { AnswerMemory } from '../../runtime/answer-memory.js';
import { askButton, feedbackButton } from '../../runtime/pipeline/button-codec.js';
import type { Renderer } from '../../runtime/pipeline/outlet.js';
import { clip } from '../../runtime/text/clip.js';
import { defuseMentions } from './defuse-mentions.js';
import { COMPONENT_LIMITS, EMBED_LIMITS } from './embed-limits.js';
import { rememberedButtonId } from './remembered-answers.js';
import { NO_PINGS, type PrivateReply, privateReply } from './replies.js';

/** What every answer is sent as: one embed, buttons, and no mention of anyone allowed to ping. */
export interface AnswerMessage {
  embeds: [APIEmbed];
  components: Array<APIActionRowComponent<APIButtonComponentWithCustomId>>;
  allowedMentions: { parse: [] };
}

/** License cards are coloured by how restrictive the license is; other answers by their verdict. */
const GROUP_COLOURS: Record<LicenseGroup, number> = { Permissive: 0x2ecc71, Conditional: 0xf1c40f, Stringent: 0xe74c3c };
const TONE_COLOURS: Record<Tone, number> = { positive: 0x2ecc71, negative: 0xe74c3c, caution: 0xf39c12, neutral: 0x5865f2 };

/** Short values ("Yes", "No") sit side by side; longer ones get a line each so they stay readable. */
const INLINE_MAX = 32;

/** When the fields crowd the 6000-character total, the description keeps at least this much. */
const MIN_DESCRIPTION = 600;

/**
 * Answers go to the channel for everyone to read; notices (rate limits, apologies, thanks) only to the
 * one asking when the platform allows it (interactions), else as a plain reply.
 */
export const interactionRenderer: Renderer<AnswerMessage | PrivateReply> = { answer: (answer) => renderAnswer(answer), notice: privateReply };
export const messageRenderer: Renderer<AnswerMessage | { content: string; allowedMentions: typeof NO_PINGS }> = {
  answer: (answer) => renderAnswer(answer),
  notice: (content) => ({ content, allowedMentions: NO_PINGS }),
};

/**
 * `base` with the buttons that refer back to an answer kept in `memory`: "Why?" under an answer with
 * details and, for a private answer (only the asker sees it), "Post to channel".
 */
export function withMemory<M>(base: Renderer<M>, memory: AnswerMemory, privately = false): Renderer<M | AnswerMessage> {
  return {
    answer(answer) {
      const id = answer.details || privately ? memory.remember(answer) : undefined;
      const message = renderAnswer(answer, { ...(answer.details ? { details: id } : {}), ...(privately ? { post: id } : {}) });
      return privately ? { ...message, flags: MessageFlags.Ephemeral } : message;
    },
    notice: base.notice,
  };
}

export type PrivateAnswer = AnswerMessage & { flags: MessageFlags.Ephemeral };

/** AnswerMemory ids for the buttons that refer back to this answer. */
export interface AnswerButtons {
  /** "Why?": set when the answer has details. */
  details?: string;
  /** "Post to channel": set under a private answer. */
  post?: string;
}

export function renderAnswer(answer: Answer, extra: AnswerButtons = {}): AnswerMessage {
  const msg = catalogue(answer.language);
  return {
    embeds: [renderEmbed(answer.card, msg)],
    components: renderButtons(answer, msg, extra),
    allowedMentions: { parse: [] },
  };
}

export function renderEmbed(card: Card, msg: Catalogue): APIEmbed {
  const title = clip(defuseMentions(card.title), EMBED_LIMITS.title) || 'ModelGo';
  const { disclaimer } = msg.answer;
  const footer = `${clip(defuseMentions(msg.answer.source(card.source)), EMBED_LIMITS.footer - disclaimer.length - 1)}\n${disclaimer}`;
  const fields = fitFields(card.fields.map(toField), EMBED_LIMITS.total - title.length - footer.length - MIN_DESCRIPTION);
  const room = EMBED_LIMITS.total - title.length - footer.length - textLength(fields);
  const description = clip(defuseMentions(describe(card)), Math.min(EMBED_LIMITS.description, room));
  return {
    title,
    ...(description ? { description } : {}),
    color: card.group ? GROUP_COLOURS[card.group] : TONE_COLOURS[card.tone],
    ...(fields.length > 0 ? { fields } : {}),
    footer: { text: footer },
  };
}

/** The verdict first, in bold, then the reasons. */
function describe(card: Card): string {
  const headline = card.headline?.trim() ? [`**${card.headline.trim()}**`] : [];
  return [...headline, ...card.paragraphs.map((p) => p.trim()).filter(Boolean)].join('\n\n');
}

function toField({ label, value }: { label: string; value: string }): APIEmbedField {
  // Discord rejects empty names and values.
  const name = clip(defuseMentions(label.trim()), EMBED_LIMITS.fieldName) || '—';
  const text = clip(defuseMentions(value.trim()), EMBED_LIMITS.fieldValue) || '—';
  return { name, value: text, inline: text.length <= INLINE_MAX };
}

/** At most 25 fields, dropping from the end until they fit `budget` characters. */
function fitFields(fields: APIEmbedField[], budget: number): APIEmbedField[] {
  const kept = fields.slice(0, EMBED_LIMITS.fields);
  while (kept.length > 0 && textLength(kept) > budget) kept.pop();
  return kept;
}

function textLength(fields: APIEmbedField[]): number {
  return fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Rows of "did you mean" / follow-up buttons, then a last row with Why?, Post to channel, 👍 and 👎. */
function renderButtons(answer: Answer, msg: Catalogue, extra: AnswerButtons): AnswerMessage['components'] {
  const seen = new Set<string>();
  const choices: APIButtonComponentWithCustomId[] = [];
  for (const choice of answer.card.choices) {
    const customId = askButton(choice.question, answer.edition, COMPONENT_LIMITS.customId);
    // A question too long for a custom_id is skipped rather than asked cut short; a repeated one would
    // make Discord reject the whole message (custom_ids must be unique).
    if (!customId || seen.has(customId)) continue;
    seen.add(customId);
    const label = clip(defuseMentions(choice.label.trim()), COMPONENT_LIMITS.buttonLabel) || msg.discord.ask;
    choices.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId });
  }
  const rows: AnswerMessage['components'] = [];
  for (let i = 0; i < choices.length && rows.length < COMPONENT_LIMITS.rows - 1; i += COMPONENT_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: choices.slice(i, i + COMPONENT_LIMITS.buttonsPerRow) });
  }
  rows.push({
    type: ComponentType.ActionRow,
    components: [
      ...(extra.details
        ? [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: msg.discord.why, custom_id: rememberedButtonId('why', extra.details) } as const]
        : []),
      ...(extra.post
        ? [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: msg.discord.post, custom_id: rememberedButtonId('post', extra.post) } as const]
        : []),
      { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👍' }, custom_id: feedbackButton('up', answer, COMPONENT_LIMITS.customId) },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👎' }, custom_id: feedbackButton('down', answer, COMPONENT_LIMITS.customId) },
    ],
  });
  return rows;
}
