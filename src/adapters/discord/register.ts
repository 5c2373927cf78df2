import { REST, type RESTPostAPIApplicationCommandsJSONBody, Routes } from 'discord.js';
import type { DiscordConfig } from '../../runtime/config.js';

/**
 * PUTs the command set (replacing whatever was registered before): into one server when
 * DISCORD_GUILD_ID is set, which shows up at once, else globally. Returns what to tell the user.
 */
export async function registerCommands(config: DiscordConfig, commands: RESTPostAPIApplicationCommandsJSONBody[]): Promise<string> {
  const guild = config.DISCORD_GUILD_ID;
  await rest(config).put(
    guild ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, guild) : Routes.applicationCommands(config.DISCORD_APPLICATION_ID),
    { body: commands },
  );
  const names = commands.map((c) => (c.type === undefined || c.type === 1 ? `/${c.name}` : `"${c.name}"`)).join(', ');
  return guild
    ? `Registered ${names} in server ${guild}; it is available there now. If you also registered globally, the server shows /modelgo twice until you run "discord register --clear" and register once more.`
    : `Registered ${names} globally; Discord can take up to an hour to show it everywhere.`;
}

/**
 * `discord register --clear`: removes the global commands and, with DISCORD_GUILD_ID, the server's,
 * so a server that shows /modelgo twice (a guild and a global copy) can start again from none.
 */
export async function clearCommands(config: DiscordConfig): Promise<string> {
  const client = rest(config);
  const appId = config.DISCORD_APPLICATION_ID;
  await client.put(Routes.applicationCommands(appId), { body: [] });
  const guild = config.DISCORD_GUILD_ID;
  if (guild) await client.put(Routes.applicationGuildCommands(appId, guild), { body: [] });
  return `Removed the global commands${guild ? ` and those of server ${guild}` : ''}. Run "discord register" to add them again.`;
}

function rest(config: DiscordConfig): REST {
  return new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
}
