import type {
  AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction, RepliableInteraction,
} from 'discord.js';
import type { Bot } from '../../core/bot.js';
import { EditionSchema, type Edition } from '../../core/knowledge/schema.js';
import { RATE_LIMITED_TEXT } from '../../core/rate-limiter.js';
import type { FeedbackLog } from '../../runtime/feedback-log.js';
import { hashUser, type Logger } from '../../runtime/logger.js';
import type { Answerer, Asker } from './answerer.js';
import { faqSuggestions, licenseSuggestions } from './autocomplete.js';
import { COMMAND_NAME } from './commands.js';
import { parseButtonId } from './custom-ids.js';
import type { AnswerMessage } from './embed.js';
import { SORRY_TEXT, STALE_BUTTON_TEXT, THANKS_TEXT, privateReply } from './replies.js';
import { slashQuestion } from './slash-question.js';
// Until the shared logger serializes Error objects itself (see the Discord report).

export interface InteractionContext {
  bot: Bot;
  answerer: Answerer;
  feedback: FeedbackLog;
  log: Logger;
}

/** Every interaction Discord sends: autocomplete, `/modelgo`, and presses of our buttons. */
export async function handleInteraction(interaction: Interaction, ctx: InteractionContext): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, ctx);
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
  try {
    if (interaction.isChatInputCommand()) await command(interaction, ctx);
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
  await send(interaction, ctx.answerer.answer(question, askerOf(interaction), edition));
}

async function button(interaction: ButtonInteraction, ctx: InteractionContext): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (!action) {
    await interaction.reply(privateReply(STALE_BUTTON_TEXT));
  } else if (action.kind === 'ask') {
    await send(interaction, ctx.answerer.answer(action.question, askerOf(interaction), action.edition));
  } else {
    const { vote, question, intent, confidence } = action;
    ctx.feedback.append({ kind: vote === 'up' ? 'thumbs-up' : 'thumbs-down', platform: 'discord', question, intent, confidence, user: hashUser(interaction.user.id) });
    await interaction.reply(privateReply(THANKS_TEXT));
  }
}

/** Answers go to the channel for everyone to read; a rate-limit notice only to the one asking. */
async function send(interaction: RepliableInteraction, message: AnswerMessage | 'rate-limited'): Promise<void> {
  await interaction.reply(message === 'rate-limited' ? privateReply(RATE_LIMITED_TEXT) : message);
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
