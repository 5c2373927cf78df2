import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REMIX_METHODS } from '../../src/core/rules/remix.js';
import { runCli, tempDir } from '../reliability/run-cli.js';
import { FakeDiscord } from './fake-discord.js';
import { APP_ID, autocomplete, channelMessage, GUILD_ID, slashCommand } from './payloads.js';
import { type Running, start } from './running-command.js';

const TOKEN = 'MTA4NDIyNjM4MTkxMTc1NjgwMA.GfakeX.abcdefghijklmnopqrstuvwxyz0123456789AB';

let fake: FakeDiscord;
let children: ChildProcess[] = [];

beforeEach(async () => {
  fake = await FakeDiscord.start();
});

afterEach(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children = [];
  await fake.close();
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: 'info',
    FEEDBACK_LOG: join(tempDir(), 'feedback.jsonl'),
    ...extra,
  };
}

async function startBot(): Promise<Running> {
  const bot = start(['discord'], env());
  children.push(bot.child);
  await bot.waitFor(/"msg":"discord ready"/);
  return bot;
}

describe('modelgo-bot discord, run as users run it', () => {
  it('answers /modelgo remix, autocompletes license names and answers mentions, then stops cleanly on SIGTERM', async () => {
    const bot = await startBot();

    const remix = slashCommand('remix', { first: 'MG-BY-NC', second: 'MG-BY-OS' });
    fake.dispatch('INTERACTION_CREATE', remix);
    const answer = await fake.callbackFor(remix.id);
    expect(JSON.stringify(answer.body.data.embeds)).toContain('MG-BY-NC-OS-2.0');

    const typing = autocomplete('license', { name: 'nd' }, 'name');
    fake.dispatch('INTERACTION_CREATE', typing);
    const suggestions = await fake.callbackFor(typing.id);
    expect(suggestions.body.type).toBe(8);
    expect(suggestions.body.data.choices.map((c: { value: string }) => c.value)).toContain('MG-BY-ND-2.0');

    const mention = channelMessage('@everyone what is MG-BY-ND?');
    fake.dispatch('MESSAGE_CREATE', mention);
    const reply = await fake.waitForRequest((r) => r.body?.message_reference?.message_id === mention.id, 'a reply to the mention');
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(reply.body.embeds)).toContain('MG-BY-ND-2.0');

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.output()).not.toContain(TOKEN);
  });

  it('finishes a reply already on its way when SIGTERM arrives, then exits 0', async () => {
    const bot = await startBot();
    const payload = slashCommand('license', { name: 'MG-BY-RAI' });
    const held = fake.hold((r) => r.path.startsWith(`/interactions/${payload.id}/`));
    fake.dispatch('INTERACTION_CREATE', payload);
    await held.arrived;

    bot.child.kill('SIGTERM');
    await bot.waitFor(/"msg":"shutting down"/);
    held.release();

    expect(await bot.exited).toBe(0);
    const reply = await fake.callbackFor(payload.id);
    expect(JSON.stringify(reply.body.data.embeds)).toContain('MG-BY-RAI-2.0');
    expect(bot.output()).toMatch(/"msg":"discord stopped"/);
  });

  for (const [code, cause, fix] of [
    [4004, /DISCORD_TOKEN was rejected \(4004\)/, /reset the token in the Developer Portal/],
    [4013, /invalid \(4013\)/, /update modelgo-bot/],
    [4014, /may not use \(4014\)/, /Privileged Gateway Intents/],
  ] as const) {
    it(`stops with one line naming the cause and the fix when Discord closes the gateway with ${code}, after the reply in flight`, async () => {
      const bot = await startBot();
      const payload = slashCommand('license', { name: 'MG-BY-ND' });
      const held = fake.hold((r) => r.path.startsWith(`/interactions/${payload.id}/`));
      fake.dispatch('INTERACTION_CREATE', payload);
      await held.arrived;

      fake.closeGateway(code);
      await bot.waitFor(/"msg":"discord gateway closed for good"/);
      held.release();

      expect(await bot.exited).toBe(1);
      expect(JSON.stringify((await fake.callbackFor(payload.id)).body.data.embeds)).toContain('MG-BY-ND-2.0');
      const plain = bot
        .output()
        .split('\n')
        .filter((l) => l.startsWith('modelgo-bot:'));
      expect(plain).toHaveLength(1);
      expect(plain[0]).toMatch(cause);
      expect(plain[0]).toMatch(fix);
      expect(bot.output()).not.toContain(TOKEN);
    });
  }

  it('registers /modelgo in the development server with `discord register`', async () => {
    const run = start(['discord', 'register'], env({ DISCORD_GUILD_ID: GUILD_ID }));
    children.push(run.child);
    expect(await run.exited).toBe(0);
    expect(run.output()).toMatch(/Registered \/modelgo, "Ask ModelGo" in server/);

    const put = await fake.waitForRequest((r) => r.method === 'PUT', 'the command registration');
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    const [command, menu] = put.body as Array<{
      name: string;
      type?: number;
      options: Array<{
        name: string;
        type: number;
        options?: Array<{ name: string; type: number; autocomplete?: boolean; choices?: Array<{ value: string }> }>;
      }>;
    }>;
    expect(command?.name).toBe('modelgo');
    expect(menu).toMatchObject({ name: 'Ask ModelGo', type: 3 });
    expect(command?.options.map((o) => o.name)).toEqual(['ask', 'license', 'remix', 'faq', 'help']);
    const option = (sub: string, name: string) => command!.options.find((o) => o.name === sub)!.options!.find((o) => o.name === name)!;
    expect(option('license', 'name').autocomplete).toBe(true);
    expect(option('remix', 'first').autocomplete).toBe(true);
    expect(option('remix', 'second').autocomplete).toBe(true);
    expect(option('faq', 'topic').autocomplete).toBe(true);
    expect(option('remix', 'method').choices?.map((c) => c.value)).toEqual([...REMIX_METHODS]);
    expect(option('ask', 'private').type).toBe(5);
    // Described in Chinese and Spanish for Discord clients set to those languages.
    const described = command as unknown as {
      description_localizations: Record<string, string>;
      options: Array<{ description_localizations: Record<string, string> }>;
    };
    expect(Object.keys(described.description_localizations).sort()).toEqual(['es-419', 'es-ES', 'zh-CN', 'zh-TW']);
    expect(described.description_localizations['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(described.options[0]!.description_localizations['es-ES']).not.toBe(described.options[0]!.description_localizations['zh-CN']);
    expect(run.output()).not.toContain(TOKEN);
  });

  it('registers globally when no DISCORD_GUILD_ID is set', async () => {
    const run = start(['discord', 'register'], env());
    children.push(run.child);
    expect(await run.exited).toBe(0);
    const put = await fake.waitForRequest((r) => r.method === 'PUT', 'the command registration');
    expect(put.path).toBe(`/applications/${APP_ID}/commands`);
  });

  it("removes the global and the server's commands with `discord register --clear`", async () => {
    const run = start(['discord', 'register', '--clear'], env({ DISCORD_GUILD_ID: GUILD_ID }));
    children.push(run.child);
    expect(await run.exited).toBe(0);
    expect(run.output()).toMatch(/Removed the global commands and those of server/);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => [r.path, r.body])).toEqual([
      [`/applications/${APP_ID}/commands`, []],
      [`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`, []],
    ]);
  });

  it('stops at start-up with one line naming DISCORD_TOKEN when it is missing', () => {
    const run = runCli(['discord'], { env: { DISCORD_APPLICATION_ID: APP_ID } });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DISCORD_TOKEN/);
  });

  it('exits 1 without showing the token when Discord rejects it', async () => {
    fake.fail((r) => r.path === '/gateway/bot', 401, { body: { message: '401: Unauthorized', code: 0 } });
    const run = start(['discord'], env());
    children.push(run.child);
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/could not connect to Discord/);
    expect(run.output()).not.toContain(TOKEN);
  });
});
