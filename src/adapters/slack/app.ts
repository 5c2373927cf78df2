import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import type { Bot } from '../../core/bot.js';
import { AnswerMemory } from '../../runtime/answer-memory.js';
import { type SlackConfig, usesOAuth } from '../../runtime/config.js';
import type { FeedbackLog } from '../../runtime/feedback-log.js';
import type { Logger } from '../../runtime/logger.js';
import { Metrics } from '../../runtime/metrics.js';
import { Pipeline } from '../../runtime/pipeline/pipeline.js';
import { DEFAULT_RETRY, type RetryPolicy } from '../../runtime/pipeline/retry.js';
import { memoryStore } from '../../runtime/store/memory-store.js';
import { fileFeedback, type SharedStore } from '../../runtime/store/shared-store.js';
import { registerAppHome } from './app-home.js';
import { registerAssistant } from './assistant.js';
import { boltLogger } from './bolt-logger.js';
import { registerButtons } from './buttons.js';
import type { SlackContext } from './context.js';
import { registerDetailsButton } from './details-button.js';
import { registerMessageShortcut } from './message-shortcut.js';
import { registerMessages } from './messages.js';
import { forgetUninstalledWorkspaces, oauthOptions } from './oauth.js';
import { createReceiver, type SlackMode } from './receiver.js';
import { guardRequests } from './request-guard.js';
import { ResponseUrls } from './response-url.js';
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
  /** In this process unless given (PostgreSQL shared by several replicas). */
  store?: SharedStore;
  retry?: RetryPolicy;
  /** A Slack request (Web API or response_url) taking longer is cut off and counted as failed. */
  requestTimeoutMs?: number;
}

export interface SlackApp {
  app: App;
  mode: SlackMode;
  /** Verifies the token (auth.test) and starts listening; resolves to the HTTP port in HTTP mode. */
  start(): Promise<{ port?: number }>;
  /** Stops taking requests, then waits for the answers already acknowledged. */
  stop(): Promise<void>;
}

/** A hung Slack call must not hold an answer (or shutdown) forever. */
const REQUEST_TIMEOUT_MS = 10_000;

/** The whole Slack app: receiver, Web API client, and every listener, wired to the shared pipeline. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config, log } = options;
  const logger = boltLogger(log);
  const slackApiUrl = config.SLACK_API_URL?.replace(/\/?$/, '/');
  const timeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const store = options.store ?? memoryStore(config.RATE_LIMIT_PER_MINUTE, fileFeedback(options.feedback));
  const { stores } = store;
  const metrics = new Metrics();
  const responseUrls = new ResponseUrls(slackApiUrl, timeout);
  const oauth = usesOAuth(config) ? oauthOptions(config, store, slackApiUrl) : undefined;
  const { mode, receiver } = createReceiver(config, logger, slackApiUrl, { checkStore: () => store.check(), metrics }, oauth);
  // HTTP mode: loadConfig has required the signing secret.
  if (receiver instanceof HTTPReceiver) guardRequests(receiver, { signingSecret: config.SLACK_SIGNING_SECRET!, seen: stores.dedupe, responseUrls, log });
  const app = new App({
    receiver,
    // Without a token, Bolt authorizes each request from the installation of its workspace.
    ...(config.SLACK_BOT_TOKEN ? { token: config.SLACK_BOT_TOKEN } : {}),
    logger,
    // auth.test runs in start(), so a wrong token stops start-up with a message instead of failing every event.
    deferInitialization: true,
    // The pipeline retries (it reads the thread back before re-posting), so the client must not retry on its own.
    clientOptions: { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout, ...(slackApiUrl ? { slackApiUrl } : {}) },
  });
  const pipeline = new Pipeline({ platform: 'slack', bot: options.bot, log, stores, metrics, feedback: store.feedback, retry: options.retry ?? DEFAULT_RETRY });
  const ctx: SlackContext = { pipeline, stores, responseUrls, memory: new AnswerMemory(), bot: options.bot };

  forgetUninstalledWorkspaces(app, store, log, oauth);
  registerSlashCommand(app, ctx);
  registerMessages(app, ctx);
  registerButtons(app, ctx);
  registerDetailsButton(app, ctx);
  registerAppHome(app, ctx);
  registerMessageShortcut(app, ctx);
  registerAssistant(app, ctx);
  // The pipeline catches its own failures; this is the net for anything else (middleware, Bolt itself).
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
      if (!(await pipeline.drain(options.drainMs ?? 5000))) log.warn({ unfinished: pipeline.inFlight }, 'stopped with answers still in flight');
    },
  };
}
