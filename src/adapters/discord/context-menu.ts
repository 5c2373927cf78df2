import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';

/** The name shown in a message's Apps menu; Discord also routes the interaction by it. */
export const ASK_MESSAGE_COMMAND = 'Ask ModelGo';

/**
 * "Apps → Ask ModelGo" on any message: asks the message's text, answered privately with a "Post to
 * channel" button. Discord hands a message command its target's content even without the Message
 * Content intent, so this reads messages that do not mention the bot, only when someone asks.
 */
export function askMessageCommand(): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(ASK_MESSAGE_COMMAND)
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .toJSON();
}
