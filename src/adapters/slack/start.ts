import { loadConfig, usesOAuth } from '../../runtime/config.js';
import { createBot } from '../../runtime/create-bot.js';
import { runUntilStopped } from '../../runtime/lifecycle.js';
import { createLogger, scrub } from '../../runtime/logger.js';
import { openStore } from '../../runtime/store/open-store.js';
import { createSlackApp } from './app.js';

/**
 * `modelgo-bot slack`: runs until SIGTERM or SIGINT, then stops taking requests, finishes the answers in
 * flight and resolves 0. A bad configuration throws ConfigError, which the CLI prints as one line.
 */
export async function startSlack(): Promise<number> {
  const config = loadConfig('slack');
  const log = createLogger(config.LOG_LEVEL);
  const store = await openStore(config, log);
  const slack = createSlackApp({ config, bot: createBot(config.MODELGO_EDITION, config.MODELGO_LANGUAGES), log, store });
  let port: number | undefined;
  try {
    ({ port } = await slack.start());
  } catch (err) {
    log.fatal({ err }, 'could not start the Slack app');
    process.stderr.write(`modelgo-bot: could not start the Slack app: ${scrub(String((err as Error)?.message ?? err))}\n`);
    await store.close();
    return 1;
  }
  log.info(
    {
      mode: slack.mode,
      port,
      edition: config.MODELGO_EDITION,
      api: config.SLACK_API_URL ?? 'https://slack.com/api/',
      store: store.kind,
      oauth: usesOAuth(config),
    },
    'slack app started',
  );
  try {
    return await runUntilStopped(slack, log);
  } finally {
    await store.close();
  }
}
