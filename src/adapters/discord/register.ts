import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { DiscordConfig } from '../../runtime/config.js';

/**
 * PUTs the command set (replacing whatever was registered before): into one server when
 * DISCORD_GUILD_ID is set, which shows up at once, else globally. Returns what to tell the user.
 */
export async function registerCommands(config: DiscordConfig, commands: RESTPostAPIChatInputApplicationCommandsJSONBody[]): Promise<string> {
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const appId = config.DISCORD_APPLICATION_ID;
  const guild = config.DISCORD_GUILD_ID;
  await rest.put(guild ? Routes.applicationGuildCommands(appId, guild) : Routes.applicationCommands(appId), { body: commands });
  const names = commands.map((c) => `/${c.name}`).join(', ');
  return guild
    ? `Registered ${names} in server ${guild}; it is available there now.`
    : `Registered ${names} globally; Discord can take up to an hour to show it everywhere.`;
}
