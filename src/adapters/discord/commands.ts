import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import { catalogue, DEFAULT_LANGUAGE } from '../../core/answer/messages/catalogue.js';
import type { Language } from '../../core/domain/languages.js';
import type { Edition } from '../../core/knowledge/schema.js';
import { MAX_MESSAGE_CHARS } from '../../core/matcher/sanitize.js';
import { REMIX_METHODS } from '../../core/rules/remix.js';
import { localizations } from './locales.js';

export const COMMAND_NAME = 'modelgo';

/**
 * The one `/modelgo` command and its subcommands. `editions` are the editions the knowledge base has:
 * the `edition:` option is offered only when there is a choice to make.
 */
export function modelgoCommand(editions: readonly Edition[], languages: readonly Language[]): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const says = catalogue(DEFAULT_LANGUAGE).discord.commands;
  // Each description also in every enabled language, for the Discord clients set to it.
  const localized = (key: keyof typeof says) => localizations(languages, (msg) => msg.discord.commands[key]);
  const withEdition = (sub: SlashCommandSubcommandBuilder) =>
    editions.length < 2
      ? sub
      : sub.addStringOption((o) =>
          o
            .setName('edition')
            .setDescription(says.edition)
            .setDescriptionLocalizations(localized('edition'))
            .addChoices(...editions.map((e) => ({ name: e, value: e }))),
        );

  return new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription(says.modelgo)
    .setDescriptionLocalizations(localized('modelgo'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((s) =>
      withEdition(
        s
          .setName('ask')
          .setDescription(says.ask)
          .setDescriptionLocalizations(localized('ask'))
          .addStringOption((o) =>
            o
              .setName('question')
              .setDescription(says.question)
              .setDescriptionLocalizations(localized('question'))
              .setRequired(true)
              .setMaxLength(MAX_MESSAGE_CHARS),
          )
          .addBooleanOption((o) => o.setName('private').setDescription(says.private).setDescriptionLocalizations(localized('private'))),
      ),
    )
    .addSubcommand((s) =>
      withEdition(
        s
          .setName('license')
          .setDescription(says.license)
          .setDescriptionLocalizations(localized('license'))
          .addStringOption((o) =>
            o
              .setName('name')
              .setDescription(says.name)
              .setDescriptionLocalizations(localized('name'))
              .setRequired(true)
              .setAutocomplete(true)
              .setMaxLength(100),
          ),
      ),
    )
    .addSubcommand((s) =>
      withEdition(
        s
          .setName('remix')
          .setDescription(says.remix)
          .setDescriptionLocalizations(localized('remix'))
          .addStringOption((o) =>
            o
              .setName('first')
              .setDescription(says.first)
              .setDescriptionLocalizations(localized('first'))
              .setRequired(true)
              .setAutocomplete(true)
              .setMaxLength(100),
          )
          .addStringOption((o) =>
            o
              .setName('second')
              .setDescription(says.second)
              .setDescriptionLocalizations(localized('second'))
              .setRequired(true)
              .setAutocomplete(true)
              .setMaxLength(100),
          )
          .addStringOption((o) =>
            o
              .setName('method')
              .setDescription(says.method)
              .setDescriptionLocalizations(localized('method'))
              .addChoices(...REMIX_METHODS.map((m) => ({ name: m, value: m }))),
          ),
      ),
    )
    .addSubcommand((s) =>
      s
        .setName('faq')
        .setDescription(says.faq)
        .setDescriptionLocalizations(localized('faq'))
        .addStringOption((o) =>
          o
            .setName('topic')
            .setDescription(says.topic)
            .setDescriptionLocalizations(localized('topic'))
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(100),
        ),
    )
    .addSubcommand((s) => s.setName('help').setDescription(says.help).setDescriptionLocalizations(localized('help')))
    .toJSON();
}
