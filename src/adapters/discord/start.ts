import { loadConfig, type DiscordConfig } from '../../runtime/config.js';
import { createBot } from '../../runtime/create-bot.js';
import { FeedbackLog } from '../../runtime/feedback-log.js';
import { loadKnowledge } from '../../runtime/load-knowledge.js';
import { runUntilStopped } from '../../runtime/lifecycle.js';
import { createLogger, scrub } from '../../runtime/logger.js';
import { modelgoCommand } from './commands.js';
import { startDiscordBot } from './discord-bot.js';
import { registerCommands } from './register.js';

/** If something still holds the event loop once the command is done, exit anyway this long after. */
const EXIT_GRACE_MS = 3_000;

/**
 * `modelgo-bot discord`: answer on Discord until SIGTERM or SIGINT, then exit 0.
 * `modelgo-bot discord register`: register `/modelgo` and exit.
 */
export async function startDiscord(args: string[]): Promise<number> {
  const config = loadConfig('discord');
  try {
    return await (args[0] === 'register' ? register(config) : args.length > 0 ? unknownCommand(args[0]!) : run(config));
  } finally {
    // Connections discord.js keeps alive must not hold the process open once the work is done.
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
  }
}

async function register(config: DiscordConfig): Promise<number> {
  try {
    const commands = [modelgoCommand([...loadKnowledge().editions.keys()])];
    process.stdout.write(`${await registerCommands(config, commands)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`modelgo-bot: could not register the commands: ${scrub((err as Error).message)}\n`);
    return 1;
  }
}

async function unknownCommand(name: string): Promise<number> {
  process.stderr.write(`Unknown discord command "${name}". Use "modelgo-bot discord" or "modelgo-bot discord register".\n`);
  return 2;
}

/** Answers until SIGTERM or SIGINT, or until Discord ends the session for good (then exits 1 with the reason). */
async function run(config: DiscordConfig): Promise<number> {
  const bot = createBot(config.MODELGO_EDITION);
  const log = createLogger(config.LOG_LEVEL);
  let running;
  try {
    running = await startDiscordBot({
      token: config.DISCORD_TOKEN,
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      bot,
      log,
      feedback: new FeedbackLog(config.FEEDBACK_LOG),
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    });
  } catch (err) {
    log.error({ err }, 'could not connect to Discord');
    return 1;
  }
  return runUntilStopped(running, log);
}
