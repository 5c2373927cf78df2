import { Events, RESTEvents, type Client } from 'discord.js';
import type { Bot } from '../../core/bot.js';
import { RateLimiter } from '../../core/rate-limiter.js';
import type { FeedbackLog } from '../../runtime/feedback-log.js';
import type { Logger } from '../../runtime/logger.js';
import { Answerer } from './answerer.js';
import { createClient } from './client.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import { Votes } from './votes.js';
// Shared with the Slack adapter until both move to src/runtime (see the Discord report).
import { InFlight } from '../../runtime/in-flight.js';

export interface DiscordBotOptions {
  token: string;
  apiUrl?: string;
  bot: Bot;
  log: Logger;
  feedback: FeedbackLog;
  rateLimitPerMinute: number;
}

export interface RunningDiscordBot {
  client: Client;
  /** Settles when the gateway says READY and the servers have arrived. */
  ready: Promise<void>;
  /** Stops taking new work, lets running replies finish (a few seconds at most), disconnects. */
  stop(): Promise<void>;
}

/** How long shutdown waits for replies already being sent. */
const DRAIN_MS = 5_000;

/** Logs in and answers until stopped. Errors are logged; discord.js itself retries and reconnects. */
export async function startDiscordBot(options: DiscordBotOptions): Promise<RunningDiscordBot> {
  const { bot, log, feedback } = options;
  const client = createClient(options.apiUrl);
  const inFlight = new InFlight();
  let closing = false;
  /** Runs a handler unless shutting down; a failure that escapes it is logged, never left unhandled. */
  const work = (task: () => Promise<void>) => {
    if (!closing) inFlight.track(task).catch((err: unknown) => log.error({ err: err }, 'discord handler failed'));
  };
  const answerer = new Answerer(bot, new RateLimiter(options.rateLimitPerMinute), log, feedback);
  const notices = new RateLimiter(1);
  const votes = new Votes(feedback);

  client.on(Events.InteractionCreate, (interaction) => work(() => handleInteraction(interaction, { bot, answerer, votes, log })));
  client.on(Events.MessageCreate, (message) => work(() => handleMessage(message, { answerer, notices, log })));
  client.on(Events.Error, (err) => log.error({ err: err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord warning'));
  client.on(Events.ShardDisconnect, (event) => log.warn({ code: event.code }, 'discord gateway closed for good'));
  client.on(Events.ShardReconnecting, () => log.info('discord gateway reconnecting'));
  client.on(Events.ShardResume, () => log.info('discord gateway resumed'));
  // Routes, never URLs: interaction and webhook URLs carry a token. discord.js waits out a 429 and
  // retries a 5xx a few times by itself; these lines say it happened.
  client.rest.on(RESTEvents.RateLimited, (info) => log.warn({ route: info.route, method: info.method, retryAfterMs: info.retryAfter }, 'discord rate limit; waiting'));
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 429 || response.status >= 500) {
      log.warn({ route: request.route, method: request.method, status: response.status, attempt: request.retries + 1 }, 'discord api refused a request');
    }
  });

  const ready = new Promise<void>((resolve) => {
    client.once(Events.ClientReady, (c) => {
      log.info({ bot: c.user.username, servers: c.guilds.cache.size }, 'discord ready');
      resolve();
    });
  });
  try {
    await client.login(options.token);
  } catch (err) {
    await client.destroy();
    throw err;
  }
  return {
    client,
    ready,
    async stop() {
      closing = true;
      await inFlight.idle(DRAIN_MS);
      await client.destroy();
      log.info('discord stopped');
    },
  };
}
