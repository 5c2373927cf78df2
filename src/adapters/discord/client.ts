import { Client, GatewayIntentBits, Partials } from 'discord.js';
import { NO_PINGS } from './replies.js';

/**
 * The discord.js client with only what the bot needs: guild and DM messages (no privileged intent;
 * mentions and DMs carry their content), DM channels arriving as partials, and no mention allowed to
 * ping by default. `apiUrl` points REST (and through it the gateway) elsewhere, for proxies and tests.
 * REST does not retry 5xx or resets itself (it still waits out a 429): the pipeline retries with backoff
 * and knows which re-sends are safe.
 */
export function createClient(apiUrl: string | undefined, requestTimeoutMs: number): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS,
    rest: { retries: 0, timeout: requestTimeoutMs, ...(apiUrl ? { api: apiUrl } : {}) },
  });
}
