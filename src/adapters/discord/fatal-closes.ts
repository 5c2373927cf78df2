import { GatewayCloseCodes } from 'discord.js';

/**
 * Gateway close codes after which discord.js will not reconnect, each with what the operator should do.
 * The process stops with this line instead of idling on without a connection.
 */
const REASONS: Partial<Record<number, string>> = {
  [GatewayCloseCodes.AuthenticationFailed]:
    'DISCORD_TOKEN was rejected (4004): reset the token in the Developer Portal (Bot → Reset Token) and set DISCORD_TOKEN to the new one',
  [GatewayCloseCodes.InvalidShard]: 'Discord refused the shard (4010): run a single process per bot token',
  [GatewayCloseCodes.ShardingRequired]: 'Discord requires sharding for this bot (4011): it is in too many servers for one connection',
  [GatewayCloseCodes.InvalidAPIVersion]: 'Discord refused the gateway API version (4012): update modelgo-bot (npm update discord.js)',
  [GatewayCloseCodes.InvalidIntents]:
    'Discord refused the gateway intents as invalid (4013): update modelgo-bot so its discord.js knows the intents it asks for',
  [GatewayCloseCodes.DisallowedIntents]:
    'Discord refused a gateway intent the bot may not use (4014): enable it under Bot → Privileged Gateway Intents in the Developer Portal',
};

/** The one-line reason for a close that ends the session, or undefined when discord.js reconnects. */
export function fatalCloseReason(code: number): string | undefined {
  return REASONS[code];
}
