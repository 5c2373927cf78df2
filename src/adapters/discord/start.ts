import { parseArgs } from 'node:util';
import { ConfigError, type DiscordConfig, loadConfig } from '../../runtime/config.js';
import { createBot } from '../../runtime/create-bot.js';
import { runUntilStopped } from '../../runtime/lifecycle.js';
import { loadKnowledge } from '../../runtime/load-knowledge.js';
import { createLogger, scrub } from '../../runtime/logger.js';
import { openStore } from '../../runtime/store/open-store.js';
import { modelgoCommand } from './commands.js';
import { askMessageCommand } from './context-menu.js';
import { type RunningDiscordBot, startDiscordBot } from './discord-bot.js';
import { clearCommands, registerCommands } from './register.js';
import { runShards } from './shards.js';

/** If something still holds the event loop once the command is done, exit anyway this long after. */
const EXIT_GRACE_MS = 3_000;

/**
 * `modelgo-bot discord`: answer on Discord until SIGTERM or SIGINT, then exit 0.
 * `modelgo-bot discord --shards auto|N`: the same, as N shard processes (see shards.ts).
 * `modelgo-bot discord register [--clear]`: register `/modelgo` and "Ask ModelGo" (or remove them) and exit.
 */
export async function startDiscord(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { shards: { type: 'string' }, clear: { type: 'boolean' } } });
  const shards = parseShards(values.shards);
  const config = loadConfig('discord');
  try {
    if (shards !== undefined && positionals.length === 0 && !values.clear) return await runShards(config, shards, createLogger(config.LOG_LEVEL));
    if (positionals[0] === 'register' && positionals.length === 1 && shards === undefined) return await register(config, values.clear === true);
    return await (args.length > 0 ? unknownCommand(args.join(' ')) : run(config));
  } finally {
    // Connections discord.js keeps alive must not hold the process open once the work is done.
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
  }
}

function parseShards(value: string | undefined): 'auto' | number | undefined {
  if (value === undefined || value === 'auto') return value;
  const count = Number(value);
  if (Number.isInteger(count) && count >= 1 && count <= 1024) return count;
  throw new ConfigError(`--shards must be auto or a number of shards from 1 to 1024, not "${value}"`);
}

async function register(config: DiscordConfig, clear: boolean): Promise<number> {
  try {
    // Registered without starting a bot, so in the language a bot starts in.
    const commands = [modelgoCommand([...loadKnowledge().editions.keys()], config.MODELGO_LANGUAGES), askMessageCommand()];
    process.stdout.write(`${clear ? await clearCommands(config) : await registerCommands(config, commands)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`modelgo-bot: could not register the commands: ${scrub((err as Error).message)}\n`);
    return 1;
  }
}

async function unknownCommand(name: string): Promise<number> {
  process.stderr.write(`Unknown discord command "${name}". Use "modelgo-bot discord" or "modelgo-bot discord register [--clear]".\n`);
  return 2;
}

/** Answers until SIGTERM or SIGINT, or until Discord ends the session for good (then exits 1 with the reason). */
async function run(config: DiscordConfig): Promise<number> {
  const bot = createBot(config.MODELGO_EDITION, config.MODELGO_LANGUAGES);
  // Run by the ShardingManager, SHARDS names this process's shard; its lines say so.
  const shard = process.env['SHARDS'];
  const log = shard === undefined ? createLogger(config.LOG_LEVEL) : createLogger(config.LOG_LEVEL).child({ shard: Number(shard) });
  const store = await openStore(config, log);
  let running: RunningDiscordBot;
  try {
    running = await startDiscordBot({
      token: config.DISCORD_TOKEN,
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      bot,
      log,
      feedback: store.feedback,
      stores: store.stores,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    });
  } catch (err) {
    log.error({ err }, 'could not connect to Discord');
    await store.close();
    return 1;
  }
  try {
    return await runUntilStopped(running, log);
  } finally {
    await store.close();
  }
}
