import { describe, expect, it } from 'vitest';
import { howItRuns } from '../../src/adapters/cli/check-config.js';
import { checkConfig, loadConfig } from '../../src/runtime/config.js';
import { runCli } from './run-cli.js';

const BOT_TOKEN = 'MTA4NDIyNjM4MTkxMTc1NjgwMA.GxYz12.s3cretDiscordTokenAbcdefghijklmnopq';
const DISCORD = { DISCORD_TOKEN: BOT_TOKEN, DISCORD_APPLICATION_ID: '1084226381911756800' };
const SLACK_TOKEN = 'xoxb-1111-2222-s3cretSlackBotToken';

function problems(mode: 'slack' | 'discord', env: Record<string, string>): string[] {
  const checked = checkConfig(mode, env);
  return checked.ok ? [] : checked.problems;
}

describe('checkConfig', () => {
  it('reports every problem at once, one line each, naming each variable', () => {
    const found = problems('slack', { SLACK_BOT_TOKEN: 'xoxp-user-token', LOG_LEVEL: 'loud', RATE_LIMIT_PER_MINUTE: '0' });
    expect(found.map((p) => p.split(' ')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT', 'RATE_LIMIT_PER_MINUTE', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
    for (const line of found) expect(line).not.toContain('\n');
    expect(() => loadConfig('slack', { SLACK_BOT_TOKEN: 'xoxp-user-token' })).toThrow(
      /SLACK_BOT_TOKEN is invalid[^\n]*\n(PORT|SLACK_SIGNING_SECRET) is missing/,
    );
  });

  it('does not ask for the signing secret in Socket Mode, and does in HTTP mode', () => {
    expect(problems('slack', { SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A111-222-abcdef' })).toEqual([]);
    const http = problems('slack', { SLACK_BOT_TOKEN: SLACK_TOKEN, PORT: '3000' });
    expect(http).toHaveLength(1);
    expect(http[0]).toMatch(/^SLACK_SIGNING_SECRET is missing \(HTTP mode checks every request with it; Socket Mode, with SLACK_APP_TOKEN, does not need it\)/);
  });

  it('accepts a bot token (three dot-separated parts) and refuses a client secret in DISCORD_TOKEN, without echoing it', () => {
    expect(problems('discord', DISCORD)).toEqual([]);
    const secret = 'vQ3n8cT1kXz0aB7dE5fG9hJ2lM4pR6sU';
    const found = problems('discord', { ...DISCORD, DISCORD_TOKEN: secret });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^DISCORD_TOKEN is invalid \(must be the bot token \(Bot → Reset Token: three parts separated by dots\), not the OAuth2 client secret\)/,
    );
    expect(found[0]).not.toContain(secret);
  });
});

describe('howItRuns', () => {
  it('says HTTP mode and the port, or Socket Mode, or where Discord commands register', () => {
    const secret = { SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: 'f00dfacecafe5ecret5igning' };
    expect(howItRuns('slack', loadConfig('slack', { ...secret, PORT: '8080' }))).toMatch(/HTTP mode on port 8080/);
    expect(howItRuns('slack', loadConfig('slack', { SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A', PORT: '8080' }))).toBe(
      '; it will run in Socket Mode (no public URL needed; port 8080 serves only /healthz)',
    );
    expect(howItRuns('discord', loadConfig('discord', { ...DISCORD, DISCORD_GUILD_ID: '1084226381911756801' }))).toMatch(/in server 1084226381911756801/);
    expect(howItRuns('discord', loadConfig('discord', DISCORD))).toMatch(/globally/);
  });
});

describe('modelgo-bot check-config', () => {
  it('prints every problem on its own line and exits 1', () => {
    const run = runCli(['check-config', 'discord'], { env: { DISCORD_TOKEN: 'one-part-client-secret-abcdefghij', LOG_LEVEL: 'loud' } });
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.replace(/^modelgo-bot: /, '').split(' ')[0]).sort()).toEqual(['DISCORD_APPLICATION_ID', 'DISCORD_TOKEN', 'LOG_LEVEL']);
  });

  it('says it will run in Socket Mode when SLACK_APP_TOKEN is set', () => {
    const run = runCli(['check-config', 'slack'], { env: { SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A111-222-abcdef' } });
    expect(run).toMatchObject({ status: 0, stdout: 'ok: slack configuration is valid; it will run in Socket Mode (no public URL needed)\n' });
  });
});
