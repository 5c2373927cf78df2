import { once } from 'node:events';
import { join } from 'node:path';
import { REST, Routes, type Shard, ShardingManager } from 'discord.js';
import type { DiscordConfig } from '../../runtime/config.js';
import { runUntilStopped } from '../../runtime/lifecycle.js';
import type { Logger } from '../../runtime/logger.js';
import { projectRoot } from '../../runtime/paths.js';

/** A shard that has not connected by then is reported instead of waited for. */
const SPAWN_TIMEOUT_MS = 60_000;
/** A shard still finishing its replies after this long is killed. */
const STOP_TIMEOUT_MS = 15_000;

/**
 * The shard count Discord recommends (GET /gateway/bot), asked of DISCORD_API_URL when it is set: what
 * discord.js's own fetchRecommendedShardCount computes, without its fixed discord.com address.
 */
async function recommendedShards(config: DiscordConfig): Promise<number> {
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, shards);
}

/**
 * `modelgo-bot discord --shards auto|N`: discord.js's ShardingManager runs `modelgo-bot discord` once
 * per shard, each its own process (SHARDS and SHARD_COUNT tell each client which guilds are its own),
 * all sharing the store at DATABASE_URL. A shard that dies is respawned; SIGTERM stops every shard
 * cleanly (each finishes its replies) before this process exits.
 */
export async function runShards(config: DiscordConfig, count: 'auto' | number, log: Logger): Promise<number> {
  const totalShards = count === 'auto' ? await recommendedShards(config) : count;
  const manager = new ShardingManager(join(projectRoot, 'bin', 'modelgo-bot.js'), {
    token: config.DISCORD_TOKEN,
    totalShards,
    shardArgs: ['discord'],
    mode: 'process',
    respawn: true,
  });
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id, of: totalShards }, 'discord shard starting'));
  const service = { stop: () => stopShards(manager, log) };
  try {
    await manager.spawn({ timeout: SPAWN_TIMEOUT_MS });
  } catch (err) {
    log.error({ err }, 'a discord shard did not start');
    await service.stop();
    process.stderr.write(`modelgo-bot: a Discord shard did not start (${(err as Error)?.message ?? err}); see its log lines above\n`);
    return 1;
  }
  log.info({ shards: totalShards }, 'discord shards ready');
  return runUntilStopped(service, log);
}

/** No respawns from here on; each shard gets SIGTERM and is waited for (killed if it hangs). */
async function stopShards(manager: ShardingManager, log: Logger): Promise<void> {
  manager.respawn = false;
  await Promise.all([...manager.shards.values()].map((shard) => stopShard(shard, log)));
}

async function stopShard(shard: Shard, log: Logger): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    log.warn({ shard: shard.id }, 'discord shard did not stop in time; killing it');
    child.kill('SIGKILL');
  }, STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
  log.info({ shard: shard.id, code: child.exitCode }, 'discord shard stopped');
}
