// The real Discord bot against a fake Discord, as every end-to-end test file starts it.
import { type DiscordBotOptions, type RunningDiscordBot, startDiscordBot } from '../../src/adapters/discord/discord-bot.js';
import type { FakeDiscord } from './fake-discord.js';

/** Shaped like a real token, so redaction is tested on something a token could look like. */
export const TOKEN = 'MTA4NDIyNjM4MTkxMTc1NjgwMA.GfakeX.abcdefghijklmnopqrstuvwxyz0123456789AB';

/** Started and READY; retries quick enough for a test run, as many as in production. */
export async function startTestBot(
  fake: FakeDiscord,
  options: Pick<DiscordBotOptions, 'bot' | 'log' | 'feedback' | 'rateLimitPerMinute'>,
): Promise<RunningDiscordBot> {
  const running = await startDiscordBot({
    token: TOKEN,
    apiUrl: fake.apiUrl,
    retry: { attempts: 5, baseMs: 20, maxMs: 100, maxRetryAfterMs: 5_000 },
    requestTimeoutMs: 1000,
    ...options,
  });
  await running.ready;
  return running;
}
