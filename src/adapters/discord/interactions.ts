import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import type { Bot } from '../../core/bot.js';
import { type Edition, EditionSchema } from '../../core/knowledge/schema.js';
import type { AnswerMemory } from '../../runtime/answer-memory.js';
import { parseButton } from '../../runtime/pipeline/button-codec.js';
import type { Pipeline } from '../../runtime/pipeline/pipeline.js';
import { type Place, question } from '../../runtime/pipeline/question.js';
import { faqSuggestions, licenseSuggestions } from './autocomplete.js';
import { COMMAND_NAME } from './commands.js';
import { ASK_MESSAGE_COMMAND } from './context-menu.js';
import { interactionRenderer, withMemory } from './embed.js';
import { interactionOutlet } from './outlets.js';
import { withPicture } from './picture-attachment.js';
import { parseRememberedButton, pressRemembered } from './remembered-answers.js';
import { slashQuestion } from './slash-question.js';
import type { Votes } from './votes.js';

export interface InteractionContext {
  bot: Bot;
  pipeline: Pipeline;
  /** Answers that "Why?" and "Post to channel" refer back to. */
  memory: AnswerMemory;
  votes: Votes;
}

/** Every interaction Discord sends: autocomplete, `/modelgo`, and presses of our buttons. */
export async function handleInteraction(interaction: Interaction, ctx: InteractionContext): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, ctx);
  if (interaction.isChatInputCommand()) return command(interaction, ctx);
  if (interaction.isMessageContextMenuCommand()) return askAboutMessage(interaction, ctx);
  if (interaction.isButton()) return button(interaction, ctx);
}

/** How answers to this interaction are rendered: with the remembered-answer buttons, privately or not. */
function replyTo(interaction: RepliableInteraction, ctx: InteractionContext, privately = false) {
  return { render: withPicture(withMemory(interactionRenderer, ctx.memory, privately), ctx.bot.kb), outlet: interactionOutlet(interaction) };
}

function command(interaction: ChatInputCommandInteraction, ctx: InteractionContext): Promise<void> {
  if (interaction.commandName !== COMMAND_NAME) return Promise.resolve();
  // `private:` exists on `ask` only; elsewhere it reads as null.
  const reply = replyTo(interaction, ctx, interaction.options.getBoolean('private') === true);
  let asked: ReturnType<typeof slashQuestion>;
  try {
    asked = slashQuestion({ subcommand: interaction.options.getSubcommand(false), option: (name) => interaction.options.getString(name) });
  } catch (err) {
    // Options not of the shape registered (a stale command definition): an apology, not silence.
    ctx.pipeline.log.error({ err }, 'could not read a Discord command');
    return ctx.pipeline.notice(catalogue(ctx.bot.language).notices.apology, reply);
  }
  return ctx.pipeline.answer(question(asked.question, placeOf(interaction), interaction.user.id, { edition: asked.edition }), reply);
}

/** "Apps → Ask ModelGo" on a message: its text, answered privately. */
function askAboutMessage(interaction: MessageContextMenuCommandInteraction, ctx: InteractionContext): Promise<void> {
  if (interaction.commandName !== ASK_MESSAGE_COMMAND) return Promise.resolve();
  const reply = replyTo(interaction, ctx, true);
  const text = interaction.targetMessage.content.trim();
  if (!text) return ctx.pipeline.notice(catalogue(ctx.bot.language).discord.noText, reply);
  return ctx.pipeline.answer(question(text, placeOf(interaction), interaction.user.id), reply);
}

function button(interaction: ButtonInteraction, ctx: InteractionContext): Promise<void> {
  const remembered = parseRememberedButton(interaction.customId);
  if (remembered) return pressRemembered(interaction, remembered, ctx.memory, ctx.pipeline);
  const action = parseButton(interaction.customId);
  // A choice under a private answer stays private.
  const reply = replyTo(interaction, ctx, interaction.message.flags.has(MessageFlags.Ephemeral));
  if (action?.kind === 'ask')
    return ctx.pipeline.answer(question(action.question, placeOf(interaction), interaction.user.id, { edition: action.edition, suggestion: true }), reply);
  if (action?.kind === 'feedback') return ctx.votes.cast(interaction, action);
  return ctx.pipeline.notice(catalogue(ctx.bot.language).notices.staleButton, reply);
}

/** Suggestions as the user types. Discord allows no deferring here, so a failure answers "no suggestions". */
async function autocomplete(interaction: AutocompleteInteraction, ctx: InteractionContext): Promise<void> {
  try {
    const focused = interaction.options.getFocused(true);
    const typed = String(focused.value);
    const edition = editionOf(interaction.options.getString('edition'), ctx.bot);
    const choices =
      focused.name === 'topic'
        ? faqSuggestions(ctx.bot.kb, typed)
        : licenseSuggestions(ctx.bot.kb, edition, typed, interaction.options.getSubcommand(false) === 'remix');
    await interaction.respond(choices);
  } catch (err) {
    ctx.pipeline.log.error({ err }, 'discord autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch((e: unknown) => ctx.pipeline.log.warn({ err: e }, 'could not answer autocomplete'));
  }
}

/** The edition asked for when the knowledge base has it, else the bot's default. */
function editionOf(value: string | null, bot: Bot): Edition {
  const parsed = EditionSchema.safeParse(value);
  return parsed.success && bot.kb.editions.has(parsed.data) ? parsed.data : bot.defaultEdition;
}

/** A server channel, or a DM; a Discord thread is a channel of its own, so it is its own conversation. */
export function discordPlace(guild: string | null, channel: string | null): Place {
  return { platform: 'discord', workspace: guild ?? 'dm', channel: channel ?? 'unknown' };
}

function placeOf(interaction: RepliableInteraction): Place {
  return discordPlace(interaction.guildId, interaction.channelId);
}
