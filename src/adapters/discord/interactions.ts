import {
  MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction,
  type MessageContextMenuCommandInteraction, type RepliableInteraction,
} from 'discord.js';
import type { Bot } from '../../core/bot.js';
import { EditionSchema, type Edition } from '../../core/knowledge/schema.js';
import { RATE_LIMITED_TEXT } from '../../core/rate-limiter.js';
import type { Logger } from '../../runtime/logger.js';
import type { Answerer, Asker } from './answerer.js';
import { faqSuggestions, licenseSuggestions } from './autocomplete.js';
import { COMMAND_NAME } from './commands.js';
import { ASK_MESSAGE_COMMAND } from './context-menu.js';
import { parseButtonId } from './custom-ids.js';
import type { AnswerMessage } from './embed.js';
import { pressRemembered } from './remembered-answers.js';
import { SORRY_TEXT, STALE_BUTTON_TEXT, privateReply } from './replies.js';
import { slashQuestion } from './slash-question.js';
import type { Votes } from './votes.js';
// Until the shared logger serializes Error objects itself (see the Discord report).

export interface InteractionContext {
  bot: Bot;
  answerer: Answerer;
  votes: Votes;
  log: Logger;
}

export const NO_TEXT_TEXT = 'That message has no text I can read. Ask me with /modelgo ask instead.';

/** Every interaction Discord sends: autocomplete, `/modelgo`, and presses of our buttons. */
export async function handleInteraction(interaction: Interaction, ctx: InteractionContext): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, ctx);
  if (!interaction.isChatInputCommand() && !interaction.isButton() && !interaction.isMessageContextMenuCommand()) return;
  try {
    if (interaction.isChatInputCommand()) await command(interaction, ctx);
    else if (interaction.isMessageContextMenuCommand()) await askAboutMessage(interaction, ctx);
    else await button(interaction, ctx);
  } catch (err) {
    ctx.log.error({ err: err }, 'discord interaction failed');
    await apologise(interaction, ctx.log);
  }
}

async function command(interaction: ChatInputCommandInteraction, ctx: InteractionContext): Promise<void> {
  if (interaction.commandName !== COMMAND_NAME) return;
  const { question, edition } = slashQuestion({
    subcommand: interaction.options.getSubcommand(false),
    option: (name) => interaction.options.getString(name),
  });
  // `private:` exists on `ask` only; elsewhere it reads as null.
  const privately = interaction.options.getBoolean('private') === true;
  await send(interaction, ctx.answerer.answer(question, askerOf(interaction), { edition, private: privately }), privately);
}

/** "Apps → Ask ModelGo" on a message: its text, answered privately. */
async function askAboutMessage(interaction: MessageContextMenuCommandInteraction, ctx: InteractionContext): Promise<void> {
  if (interaction.commandName !== ASK_MESSAGE_COMMAND) return;
  const text = interaction.targetMessage.content.trim();
  if (!text) return void (await interaction.reply(privateReply(NO_TEXT_TEXT)));
  await send(interaction, ctx.answerer.answer(text, askerOf(interaction), { private: true }), true);
}

async function button(interaction: ButtonInteraction, ctx: InteractionContext): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (!action) {
    await interaction.reply(privateReply(STALE_BUTTON_TEXT));
  } else if (action.kind === 'ask') {
    // A choice under a private answer stays private.
    const privately = interaction.message.flags.has(MessageFlags.Ephemeral);
    await send(interaction, ctx.answerer.answer(action.question, askerOf(interaction), { edition: action.edition, suggestion: true, private: privately }), privately);
  } else if (action.kind === 'feedback') {
    await ctx.votes.cast(interaction, action);
  } else {
    await pressRemembered(interaction, action.kind, action.id, ctx.answerer.memory);
  }
}

/** Answers go to the channel for everyone to read unless asked privately; a rate-limit notice only to the one asking. */
async function send(interaction: RepliableInteraction, message: AnswerMessage | 'rate-limited', privately = false): Promise<void> {
  if (message === 'rate-limited') await interaction.reply(privateReply(RATE_LIMITED_TEXT));
  else await interaction.reply(privately ? { ...message, flags: MessageFlags.Ephemeral } : message);
}

/** Suggestions as the user types. Discord allows no deferring here, so a failure answers "no suggestions". */
async function autocomplete(interaction: AutocompleteInteraction, ctx: InteractionContext): Promise<void> {
  try {
    const focused = interaction.options.getFocused(true);
    const typed = String(focused.value);
    const edition = editionOf(interaction.options.getString('edition'), ctx.bot);
    const choices = focused.name === 'topic'
      ? faqSuggestions(ctx.bot.kb, typed)
      : licenseSuggestions(ctx.bot.kb, edition, typed, interaction.options.getSubcommand(false) === 'remix');
    await interaction.respond(choices);
  } catch (err) {
    ctx.log.error({ err: err }, 'discord autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch((e: unknown) => ctx.log.warn({ err: e }, 'could not answer autocomplete'));
  }
}

/** The edition asked for when the knowledge base has it, else the bot's default. */
function editionOf(value: string | null, bot: Bot): Edition {
  const parsed = EditionSchema.safeParse(value);
  return parsed.success && bot.kb.editions.has(parsed.data) ? parsed.data : bot.defaultEdition;
}

function askerOf(interaction: RepliableInteraction): Asker {
  return { user: interaction.user.id, guild: interaction.guildId, channel: interaction.channelId ?? 'unknown' };
}

async function apologise(interaction: RepliableInteraction, log: Logger): Promise<void> {
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(privateReply(SORRY_TEXT));
    else await interaction.reply(privateReply(SORRY_TEXT));
  } catch (err) {
    log.warn({ err: err }, 'could not send the apology');
  }
}
