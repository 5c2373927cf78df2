import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashUser } from '../../src/runtime/logger.js';
import { tempDir } from '../reliability/run-cli.js';
import { FakeDiscord, shardFor } from './fake-discord.js';
import { APP_ID, GUILD_ID, slashCommand, user } from './payloads.js';
import { type Running, start } from './running-command.js';

const TOKEN = 'MTA4NDIyNjM4MTkxMTc1NjgwMA.GfakeX.abcdefghijklmnopqrstuvwxyz0123456789AB';
/** A second server, on the other shard of two (Discord assigns guild id >> 22 modulo the count). */
const OTHER_GUILD = (BigInt(GUILD_ID) + (1n << 22n)).toString();
/** Two shards start 5.5 s apart (Discord's identify pacing) on a machine that may be busy. */
const SHARDS_UP_MS = 90_000;

/** The log lines of the whole run, parsed; shard processes write to the same output. */
function lines(run: Running): Record<string, unknown>[] {
  return run
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('modelgo-bot discord --shards 2 against the fake gateway', () => {
  let fake: FakeDiscord;
  let run: Running;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    fake.guilds = [GUILD_ID, OTHER_GUILD];
    run = start(['discord', '--shards', '2'], {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'info',
      FEEDBACK_LOG: join(tempDir(), 'feedback.jsonl'),
    });
    await run.waitFor(/"msg":"discord shards ready"/, SHARDS_UP_MS);
    // Each shard's own output may trail its ready signal to the manager.
    for (const shard of [0, 1]) await run.waitFor(new RegExp(`"shard":${shard},.*"msg":"discord ready"`));
  }, SHARDS_UP_MS + 10_000);
  afterAll(async () => {
    if (run && run.child.exitCode === null) run.child.kill('SIGKILL');
    await fake?.close();
  });

  it('runs one process per shard, each identifying as its own shard of two', () => {
    expect(shardFor(GUILD_ID, 2)).not.toBe(shardFor(OTHER_GUILD, 2));
    expect(fake.identifies.map((d) => (d as { shard: number[] }).shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const ready = lines(run).filter((l) => l['msg'] === 'discord ready');
    expect(ready.map((l) => [l['shard'], l['servers']]).sort()).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('answers an interaction in each server from the shard that server belongs to', async () => {
    for (const guild of [GUILD_ID, OTHER_GUILD]) {
      const asker = user();
      const ask = { ...slashCommand('license', { name: 'MG-BY-ND' }, asker), guild_id: guild };
      fake.dispatch('INTERACTION_CREATE', ask);
      const answer = await fake.callbackFor(ask.id);
      expect(JSON.stringify(answer.body.data.embeds)).toContain('MG-BY-ND-2.0');
      await run.waitFor(new RegExp(`"shard":${shardFor(guild, 2)},.*"user":"${hashUser(asker.id)}".*"msg":"answered"`));
    }
  });

  it('stops every shard cleanly on SIGTERM and exits 0', async () => {
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    const stopped = lines(run).filter((l) => l['msg'] === 'discord shard stopped');
    expect(stopped.map((l) => [l['shard'], l['code']]).sort()).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(run.output()).not.toContain(TOKEN);
  });
});
