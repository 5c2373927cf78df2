import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import type { Bot } from '../../core/bot.js';
import { RateLimiter } from '../../core/rate-limiter.js';
import type { SlackConfig } from '../../runtime/config.js';
import type { FeedbackLog } from '../../runtime/feedback-log.js';
import type { Logger } from '../../runtime/logger.js';
import type { SlackDeps } from './answer-question.js';
import { AnswerMemory } from '../../runtime/answer-memory.js';
import { registerAppHome } from './app-home.js';
import { boltLogger } from './bolt-logger.js';
import { registerButtons } from './buttons.js';
import { Dedupe } from './dedupe.js';
import { registerDetailsButton } from './details-button.js';
import { InFlight } from '../../runtime/in-flight.js';
import { registerMessageShortcut } from './message-shortcut.js';
import { registerMessages } from './messages.js';
import { createReceiver, type SlackMode } from './receiver.js';
import { registerSlashCommand } from './slash-command.js';

export interface SlackAppOptions {
  config: SlackConfig;
  bot: Bot;
  log: Logger;
  feedback?: FeedbackLog;
  /** Interface to listen on in HTTP mode; all interfaces unless set (tests use 127.0.0.1). */
  host?: string;
  /** How long shutdown waits for answers in flight. */
  drainMs?: number;
}

export interface SlackApp {
  app: App;
  mode: SlackMode;
  /** Verifies the token (auth.test) and starts listening; resolves to the HTTP port in HTTP mode. */
  start(): Promise<{ port?: number }>;
  /** Stops taking requests, then waits for the answers already acknowledged. */
  stop(): Promise<void>;
}

/**
 * A few quick retries for 429 (after Slack's Retry-After) and 5xx: enough to ride out a blip, short
 * enough that an answer that cannot be sent turns into an apology and a log line within seconds.
 */
const RETRY = { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1000, randomize: true };

/** A hung Web API call must not hold an answer (or shutdown) forever. */
const API_TIMEOUT_MS = 10_000;

/** The whole Slack app: receiver, Web API client, and every listener, wired to the bot. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config, log } = options;
  const logger = boltLogger(log);
  const slackApiUrl = config.SLACK_API_URL?.replace(/\/?$/, '/');
  const { mode, receiver } = createReceiver(config, logger, slackApiUrl);
  const app = new App({
    receiver,
    token: config.SLACK_BOT_TOKEN,
    logger,
    // auth.test runs in start(), so a wrong token stops start-up with a message instead of failing every event.
    deferInitialization: true,
    clientOptions: { retryConfig: RETRY, timeout: API_TIMEOUT_MS, ...(slackApiUrl ? { slackApiUrl } : {}) },
  });
  const deps: SlackDeps = {
    bot: options.bot,
    log,
    feedback: options.feedback,
    limiter: new RateLimiter(config.RATE_LIMIT_PER_MINUTE),
    work: new InFlight(),
    now: Date.now,
    memory: new AnswerMemory(),
  };

  ignoreRepeatedEvents(app, deps);
  registerSlashCommand(app, deps);
  registerMessages(app, deps);
  registerButtons(app, deps);
  registerDetailsButton(app, deps);
  registerAppHome(app, deps);
  registerMessageShortcut(app, deps);
  // Listeners catch their own failures; this is the net for anything else (middleware, Bolt itself).
  app.error(async (err) => {
    log.error({ err }, 'slack listener failed');
  });

  return {
    app,
    mode,
    async start() {
      await app.init();
      if (mode === 'socket') {
        await app.start();
        return {};
      }
      const port = config.PORT ?? 3000;
      const server = await app.start(options.host ? { port, host: options.host } : port);
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      await app.stop();
      if (!(await deps.work.idle(options.drainMs ?? 5000))) log.warn({ unfinished: deps.work.size }, 'stopped with answers still in flight');
    },
  };
}

/** Slack re-sends events it thinks were missed; the copies (same event_id) are acknowledged and dropped. */
function ignoreRepeatedEvents(app: App, deps: SlackDeps): void {
  const seen = new Dedupe();
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.firstTime(eventId, deps.now())) {
      deps.log.info({ eventId, retryNum: context.retryNum }, 'ignored a repeated event');
      return;
    }
    await next();
  });
}
