import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { Catalogue } from '../../core/answer/messages/catalogue.js';
import type { Edition } from '../../core/knowledge/schema.js';
import { MAX_MESSAGE_CHARS } from '../../core/matcher/sanitize.js';
import { REMIX_METHODS } from '../../core/rules/remix.js';

export const COMMAND_NAME = 'modelgo';

/**
 * The one `/modelgo` command and its subcommands. `editions` are the editions the knowledge base has:
 * the `edition:` option is offered only when there is a choice to make.
 */
export function modelgoCommand(editions: readonly Edition[], msg: Catalogue): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const says = msg.discord.commands;
  const withEdition = (sub: SlashCommandSubcommandBuilder) =>
    editions.length < 2
      ? sub
      : sub.addStringOption((o) =>
          o
            .setName('edition')
            .setDescription(says.edition)
            .addChoices(...editions.map((e) => ({ name: e, value: e }))),
        );

  return new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription(says.modelgo)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((s) =>
      withEdition(
        s
          .setName('ask')
          .setDescription(says.ask)
          .addStringOption((o) => o.setName('question').setDescription(says.question).setRequired(true).setMaxLength(MAX_MESSAGE_CHARS))
          .addBooleanOption((o) => o.setName('private').setDescription(says.private)),
      ),
    )
    .addSubcommand((s) =>
      withEdition(
        s
          .setName('license')
          .setDescription(says.license)
          .addStringOption((o) => o.setName('name').setDescription(says.name).setRequired(true).setAutocomplete(true).setMaxLength(100)),
      ),
    )
    .addSubcommand((s) =>
      withEdition(
        s
          .setName('remix')
          .setDescription(says.remix)
          .addStringOption((o) => o.setName('first').setDescription(says.first).setRequired(true).setAutocomplete(true).setMaxLength(100))
          .addStringOption((o) => o.setName('second').setDescription(says.second).setRequired(true).setAutocomplete(true).setMaxLength(100))
          .addStringOption((o) =>
            o
              .setName('method')
              .setDescription(says.method)
              .addChoices(...REMIX_METHODS.map((m) => ({ name: m, value: m }))),
          ),
      ),
    )
    .addSubcommand((s) =>
      s
        .setName('faq')
        .setDescription(says.faq)
        .addStringOption((o) => o.setName('topic').setDescription(says.topic).setRequired(true).setAutocomplete(true).setMaxLength(100)),
    )
    .addSubcommand((s) => s.setName('help').setDescription(says.help))
    .toJSON();
}
