import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { Edition } from '../../core/knowledge/schema.js';
import { MAX_MESSAGE_CHARS } from '../../core/matcher/sanitize.js';
import { REMIX_METHODS } from '../../core/rules/remix.js';

export const COMMAND_NAME = 'modelgo';

/**
 * The one `/modelgo` command and its subcommands. `editions` are the editions the knowledge base has:
 * the `edition:` option is offered only when there is a choice to make.
 */
export function modelgoCommand(editions: readonly Edition[]): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const withEdition = (sub: SlashCommandSubcommandBuilder) =>
    editions.length < 2
      ? sub
      : sub.addStringOption((o) =>
          o
            .setName('edition')
            .setDescription('Which ModelGo texts to answer from')
            .addChoices(...editions.map((e) => ({ name: e, value: e }))),
        );

  return new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription('Questions about the ModelGo (MG) model licenses')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((s) =>
      withEdition(
        s
          .setName('ask')
          .setDescription('Ask anything about the MG licenses')
          .addStringOption((o) => o.setName('question').setDescription('Your question, in plain words').setRequired(true).setMaxLength(MAX_MESSAGE_CHARS))
          .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer; you can post it to the channel after')),
      ),
    )
    .addSubcommand((s) =>
      withEdition(
        s
          .setName('license')
          .setDescription('Show a license card')
          .addStringOption((o) => o.setName('name').setDescription('License, e.g. MG-BY-ND').setRequired(true).setAutocomplete(true).setMaxLength(100)),
      ),
    )
    .addSubcommand((s) =>
      withEdition(
        s
          .setName('remix')
          .setDescription('Can two MG-licensed models be combined, and under which license?')
          .addStringOption((o) => o.setName('first').setDescription('License of the first model').setRequired(true).setAutocomplete(true).setMaxLength(100))
          .addStringOption((o) => o.setName('second').setDescription('License of the second model').setRequired(true).setAutocomplete(true).setMaxLength(100))
          .addStringOption((o) =>
            o
              .setName('method')
              .setDescription('How they are combined')
              .addChoices(...REMIX_METHODS.map((m) => ({ name: m, value: m }))),
          ),
      ),
    )
    .addSubcommand((s) =>
      s
        .setName('faq')
        .setDescription('A ModelGo FAQ answer')
        .addStringOption((o) => o.setName('topic').setDescription('Start typing a topic').setRequired(true).setAutocomplete(true).setMaxLength(100)),
    )
    .addSubcommand((s) => s.setName('help').setDescription('What this bot can answer'))
    .toJSON();
}
