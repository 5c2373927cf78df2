import { type Client, Events, RESTEvents } from 'discord.js';
import type { Bot } from '../../core/bot.js';
import type { FeedbackWriter } from '../../runtime/answer-log.js';
import { AnswerMemory } from '../../runtime/answer-memory.js';
import type { Logger } from '../../runtime/logger.js';
import { Pipeline } from '../../runtime/pipeline/pipeline.js';
import { DEFAULT_RETRY, type RetryPolicy } from '../../runtime/pipeline/retry.js';
import { memoryStores } from '../../runtime/store/memory-stores.js';
import type { Stores } from '../../runtime/store/types.js';
import { createClient } from './client.js';
import { fatalCloseReason } from './fatal-closes.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import { Votes } from './votes.js';

export interface DiscordBotOptions {
  token: string;
  apiUrl?: string;
  bot: Bot;
  log: Logger;
  feedback: FeedbackWriter;
  rateLimitPerMinute: number;
  /** In memory unless given (a database shared by several processes). */
  stores?: Stores;
  retry?: RetryPolicy;
  /** A REST call taking longer is cut off and counted as failed. */
  requestTimeoutMs?: number;
}

export interface RunningDiscordBot {
  client: Client;
  /** Settles when the gateway says READY and the servers have arrived. */
  ready: Promise<void>;
  /** Settles with a one-line reason when Discord closes the gateway for good (bad token, intents). */
  fatal: Promise<string>;
  /** Stops taking new work, lets running replies finish (a few seconds at most), disconnects. */
  stop(): Promise<void>;
}

/** How long shutdown waits for replies already being sent. */
const DRAIN_MS = 5_000;
const REQUEST_TIMEOUT_MS = 10_000;

/** Logs in and answers until stopped. discord.js reconnects by itself; a close it cannot recover from is `fatal`. */
export async function startDiscordBot(options: DiscordBotOptions): Promise<RunningDiscordBot> {
  const { bot, log, feedback } = options;
  const client = createClient(options.apiUrl, options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS);
  const stores = options.stores ?? memoryStores(options.rateLimitPerMinute);
  const pipeline = new Pipeline({ platform: 'discord', bot, log, feedback, stores, retry: options.retry ?? DEFAULT_RETRY });
  let closing = false;
  /** Runs a handler unless shutting down; a failure that escapes it is logged, never left unhandled. */
  const work = (task: () => Promise<void>) => {
    if (!closing) task().catch((err: unknown) => log.error({ err }, 'discord handler failed'));
  };

  const memory = new AnswerMemory();
  const votes = new Votes(stores.dedupe, feedback, log);
  client.on(Events.InteractionCreate, (interaction) => work(() => handleInteraction(interaction, { bot, pipeline, memory, votes })));
  client.on(Events.MessageCreate, (message) => work(() => handleMessage(message, pipeline, memory, bot.kb)));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord warning'));
  client.on(Events.ShardReconnecting, () => log.info('discord gateway reconnecting'));
  client.on(Events.ShardResume, () => log.info('discord gateway resumed'));
  const fatal = new Promise<string>((resolve) => {
    client.on(Events.ShardDisconnect, (event) => {
      const reason = fatalCloseReason(event.code) ?? `Discord closed the gateway for good (${event.code}); check the bot's settings in the Developer Portal`;
      log.error({ code: event.code }, 'discord gateway closed for good');
      resolve(reason);
    });
  });
  // Routes, never URLs: interaction and webhook URLs carry a token. discord.js waits out a 429 by itself.
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn({ route: info.route, method: info.method, retryAfterMs: info.retryAfter }, 'discord rate limit; waiting'),
  );
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 429 || response.status >= 500)
      log.warn({ route: request.route, method: request.method, status: response.status }, 'discord api refused a request');
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
    fatal,
    async stop() {
      closing = true;
      if (!(await pipeline.drain(DRAIN_MS))) log.warn({ unfinished: pipeline.inFlight }, 'stopped with answers still in flight');
      await client.destroy();
      log.info('discord stopped');
    },
  };
}
