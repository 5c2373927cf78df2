import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSlackApp, type SlackApp, type SlackAppOptions } from '../../src/adapters/slack/app.js';
import type { Bot } from '../../src/core/bot.js';
import { loadConfig } from '../../src/runtime/config.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { FeedbackLog } from '../../src/runtime/feedback-log.js';
import { createLogger } from '../../src/runtime/logger.js';
import { eventually, type FakeSlack } from './fake-slack.js';
import { SECRET } from './slack-requests.js';

let sharedBot: Bot | undefined;

/** The real bot, loaded once per test file (loading the model is the slow part). */
export function testBot(): Bot {
  sharedBot ??= createBot('2024');
  return sharedBot;
}

export interface RunningApp {
  url: string;
  slack: SlackApp;
  /** Parsed JSON log lines. */
  logs: Record<string, unknown>[];
  feedbackFile: string;
  waitForLog(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

/**
 * The real Bolt app (HTTP mode on a loopback port unless SLACK_APP_TOKEN is set), configured through the real config loader, talking
 * to `fake` as its Slack Web API. `env` adds or overrides variables (e.g. RATE_LIMIT_PER_MINUTE), `options` the app's.
 */
/** Retries quick enough for a test run, as many as in production. */
export const TEST_RETRY = { attempts: 5, baseMs: 20, maxMs: 100, maxRetryAfterMs: 5_000 };

export async function startApp(fake: FakeSlack, env: Record<string, string> = {}, options: Partial<SlackAppOptions> = {}): Promise<RunningApp> {
  const feedbackFile = join(mkdtempSync(join(tmpdir(), 'modelgo-slack-')), 'feedback.jsonl');
  const variables = {
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SECRET,
    PORT: '0',
    SLACK_API_URL: fake.apiUrl,
    LOG_LEVEL: 'info',
    FEEDBACK_LOG: feedbackFile,
    ...env,
  };
  // An empty value removes a variable, as in a real environment.
  const config = loadConfig('slack', Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== '')));
  const logs: Record<string, unknown>[] = [];
  const log = createLogger(config.LOG_LEVEL, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const slack = createSlackApp({
    config,
    bot: testBot(),
    log,
    feedback: new FeedbackLog(feedbackFile),
    host: '127.0.0.1',
    retry: TEST_RETRY,
    requestTimeoutMs: 1000,
    ...options,
  });
  const { port } = await slack.start();
  return {
    url: `http://127.0.0.1:${port}`,
    slack,
    logs,
    feedbackFile,
    async waitForLog(match) {
      let found: Record<string, unknown> | undefined;
      await eventually(
        () => {
          found = logs.find(match);
          return found !== undefined;
        },
        8000,
        'a log line',
      );
      return found!;
    },
    stop: () => slack.stop(),
  };
}
