import type { types } from '@slack/bolt';
import type { Answer, Card } from '../../core/answer/answer.js';
import { type Catalogue, catalogue } from '../../core/answer/messages/catalogue.js';
import type { Language } from '../../core/domain/languages.js';
import type { AnswerMemory } from '../../runtime/answer-memory.js';
import { askButton, feedbackButton, shareButton } from '../../runtime/pipeline/button-codec.js';
import type { Renderer } from '../../runtime/pipeline/outlet.js';
import { clip } from '../../runtime/text/clip.js';
import { ACTION } from './action-ids.js';
import { mrkdwn, plainText } from './escape.js';
import { LIMITS, mrkdwnPieces } from './limits.js';

/** What chat.postMessage and respond() both take. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

export interface RenderOptions {
  /** Ephemeral answers get a "Share in channel" button; answers everyone already sees do not. */
  shareable: boolean;
  /** Where answers with details are kept for their "Why?" button; no such button without it. */
  memory?: AnswerMemory;
  /** The name of who shared the answer in the channel. */
  sharedBy?: string;
}

/** The feedback log keeps 500 characters of a question; 300 are plenty to find it again. */
const FEEDBACK_QUESTION_CHARS = 300;

/** More choices crowd the buttons row; the core offers at most a handful anyway. */
const MAX_CHOICES = 5;

/**
 * An answer as Block Kit: the verdict first, then the reasons, the card fields, source and disclaimer,
 * and the buttons. Every string is escaped here and every Block Kit limit is respected here.
 */
export function renderAnswer(answer: Answer, options: RenderOptions & { detailsId?: string }): SlackMessage {
  const { card } = answer;
  const msg = catalogue(answer.language);
  const content: types.KnownBlock[] = [
    ...(card.headline ? mrkdwnPieces(card.headline, LIMITS.sectionText - 2).map((t) => section(`*${t}*`)) : []),
    ...card.paragraphs.flatMap((p) => mrkdwnPieces(p, LIMITS.sectionText).map(section)),
    ...fieldSections(card),
  ];
  const footer = [context(msg, msg.answer.source(card.source), options.sharedBy), actions(answer, msg, options)];
  // Room for the header and the footer; a card longer than that loses its tail, marked as cut.
  const room = LIMITS.blocks - 1 - footer.length;
  const body = content.length > room ? [...content.slice(0, room - 1), section(mrkdwn(msg.slack.shortened))] : content;
  return { text: fallback(answer.text), blocks: [header(card.title), ...body, ...footer] };
}

/** The pipeline's view of this file: answers and notices as Block Kit. */
export function slackRenderer(options: RenderOptions): Renderer<SlackMessage> {
  return {
    answer: (answer) => renderAnswer(answer, { ...options, ...(answer.details && options.memory ? { detailsId: options.memory.remember(answer) } : {}) }),
    notice: renderNotice,
  };
}

/** A short reply that is not an answer: rate limit, apology, thanks. */
export function renderNotice(text: string, language: Language): SlackMessage {
  return { text: fallback(text), blocks: [...mrkdwnPieces(text, LIMITS.sectionText).map(section), context(catalogue(language))] };
}

function fallback(text: string): string {
  return clip(mrkdwn(text), LIMITS.fallbackText);
}

export function header(title: string): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(plainText(title).trim() || 'ModelGo', LIMITS.headerText), emoji: true } };
}

export function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** Two-column fields, ten per section as Slack allows. */
function fieldSections(card: Card): types.SectionBlock[] {
  const fields = card.fields.map((f) => ({ type: 'mrkdwn' as const, text: clip(`*${mrkdwn(f.label)}*\n${mrkdwn(f.value)}`, LIMITS.fieldText) }));
  const sections: types.SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.fieldsPerSection) {
    sections.push({ type: 'section', fields: fields.slice(i, i + LIMITS.fieldsPerSection) });
  }
  return sections;
}

/** The small grey line: where the answer comes from, that it is not legal advice, and who shared it. */
export function context(msg: Catalogue, source?: string, sharedBy?: string): types.ContextBlock {
  const lines = source ? [source, msg.answer.disclaimer] : [msg.answer.disclaimer];
  // A name rather than a <@mention>: it says who shared without pinging them about their own share.
  const all = sharedBy?.trim() ? [...lines, msg.slack.sharedBy(plainText(sharedBy))] : lines;
  return { type: 'context', elements: all.map((l) => ({ type: 'mrkdwn' as const, text: clip(mrkdwn(l), LIMITS.contextText) })) };
}

function actions(answer: Answer, msg: Catalogue, { shareable, detailsId }: RenderOptions & { detailsId?: string }): types.ActionsBlock {
  // Questions are stored without mention tokens (the matcher ignores them anyway), so none sits in a reply.
  const question = plainText(answer.question);
  const share = shareable ? shareButton(question, answer.edition, LIMITS.buttonValue) : undefined;
  const choices = answer.card.choices.slice(0, MAX_CHOICES).flatMap((c, i) => {
    const value = askButton(plainText(c.question), answer.edition, LIMITS.buttonValue);
    return value ? [button(`${ACTION.choicePrefix}${i}`, c.label, value)] : [];
  });
  const rated = { ...answer, question: question.slice(0, FEEDBACK_QUESTION_CHARS) };
  const elements: types.Button[] = [
    ...(share ? [button(ACTION.share, msg.slack.share, share, 'primary')] : []),
    ...(detailsId ? [button(ACTION.details, msg.slack.why, detailsId)] : []),
    ...choices,
    button(ACTION.thumbsUp, '👍', feedbackButton('up', rated, LIMITS.buttonValue)),
    button(ACTION.thumbsDown, '👎', feedbackButton('down', rated, LIMITS.buttonValue)),
  ];
  return { type: 'actions', elements };
}

export function button(actionId: string, label: string, value: string, style?: 'primary'): types.Button {
  const text = clip(plainText(label).trim() || '…', LIMITS.buttonText);
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text, emoji: true }, value, ...(style ? { style } : {}) };
}
