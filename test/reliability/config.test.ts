import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type Mode, readEnvironment, VARIABLES } from '../../src/runtime/config.js';
import { runCli, tempDir } from './run-cli.js';

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1111-2222-s3cretSlackBotToken', SLACK_SIGNING_SECRET: 'f00dfacecafe5ecret5igning', PORT: '3000' };
const DISCORD = { DISCORD_TOKEN: 'MTA4NDIyNjM4MTkxMTc1NjgwMA.GxYz12.s3cretDiscordTokenAbcdefghijklmnopq', DISCORD_APPLICATION_ID: '1084226381911756800' };
const OAUTH = {
  SLACK_SIGNING_SECRET: SLACK.SLACK_SIGNING_SECRET,
  PORT: '3000',
  SLACK_CLIENT_ID: '1234567890.987654321',
  SLACK_CLIENT_SECRET: 'c1ient5ecretc1ient5ecret',
  SLACK_STATE_SECRET: 'state-secret-of-our-own',
};
const KEY_HEX = 'ab'.repeat(32);
const SECRETS = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'DISCORD_TOKEN',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'INSTALLATION_ENCRYPTION_KEY',
];

function without<T extends object>(env: T, key: keyof T): Partial<T> {
  const { [key]: _, ...rest } = env;
  return rest as Partial<T>;
}

function load(mode: Mode, env: Record<string, string | undefined>): void {
  if (mode === 'slack') loadConfig('slack', env);
  else if (mode === 'discord') loadConfig('discord', env);
  else loadConfig('cli', env);
}

function errorOf(mode: Mode, env: Record<string, string | undefined>): ConfigError {
  try {
    load(mode, env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`${mode} configuration unexpectedly valid`);
}

describe('a missing or malformed variable stops start-up with one line naming it, the mode and an example', () => {
  it.each<[Mode, Record<string, string>, string, 'missing' | 'invalid']>([
    ['cli', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'invalid'],
    ['cli', { MODELGO_EDITION: '2023' }, 'MODELGO_EDITION', 'invalid'],
    ['slack', without(SLACK, 'SLACK_BOT_TOKEN'), 'SLACK_BOT_TOKEN', 'missing'],
    ['slack', { ...SLACK, SLACK_BOT_TOKEN: 'xoxp-9999-user-token-not-a-bot-one' }, 'SLACK_BOT_TOKEN', 'invalid'],
    ['slack', without(SLACK, 'SLACK_SIGNING_SECRET'), 'SLACK_SIGNING_SECRET', 'missing'],
    ['slack', { ...SLACK, SLACK_APP_TOKEN: 'xoxb-wrong-kind-of-token' }, 'SLACK_APP_TOKEN', 'invalid'],
    ['slack', without(SLACK, 'PORT'), 'PORT', 'missing'],
    ['slack', { ...SLACK, PORT: 'http' }, 'PORT', 'invalid'],
    ['slack', { ...SLACK, SLACK_API_URL: 'ftp://slack.example' }, 'SLACK_API_URL', 'invalid'],
    ['slack', { ...SLACK, RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE', 'invalid'],
    ['slack', without(OAUTH, 'SLACK_STATE_SECRET'), 'SLACK_STATE_SECRET', 'missing'],
    ['slack', { ...OAUTH, SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN }, 'SLACK_BOT_TOKEN', 'invalid'],
    ['slack', { ...OAUTH, DATABASE_URL: 'postgres://db/modelgo' }, 'INSTALLATION_ENCRYPTION_KEY', 'missing'],
    ['slack', { ...OAUTH, DATABASE_URL: 'postgres://db/modelgo', INSTALLATION_ENCRYPTION_KEY: 'ab'.repeat(16) }, 'INSTALLATION_ENCRYPTION_KEY', 'invalid'],
    ['slack', { ...OAUTH, INSTALLATION_ENCRYPTION_KEY: Buffer.alloc(24, 7).toString('base64') }, 'INSTALLATION_ENCRYPTION_KEY', 'invalid'],
    ['slack', { ...SLACK, DATABASE_URL: 'mysql://db/modelgo' }, 'DATABASE_URL', 'invalid'],
    ['discord', { ...DISCORD, DATABASE_SCHEMA: 'Model-Go' }, 'DATABASE_SCHEMA', 'invalid'],
    ['discord', without(DISCORD, 'DISCORD_TOKEN'), 'DISCORD_TOKEN', 'missing'],
    ['discord', { ...DISCORD, DISCORD_TOKEN: 'short' }, 'DISCORD_TOKEN', 'invalid'],
    ['discord', without(DISCORD, 'DISCORD_APPLICATION_ID'), 'DISCORD_APPLICATION_ID', 'missing'],
    ['discord', { ...DISCORD, DISCORD_APPLICATION_ID: 'modelgo-bot' }, 'DISCORD_APPLICATION_ID', 'invalid'],
    ['discord', { ...DISCORD, DISCORD_GUILD_ID: '#general' }, 'DISCORD_GUILD_ID', 'invalid'],
    ['discord', { ...DISCORD, LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', 'invalid'],
  ])('%s: %s → %s', (mode, env, name, problem) => {
    const { message } = errorOf(mode, env);
    expect(message).not.toContain('\n');
    expect(message).toMatch(new RegExp(`^${name} is ${problem}`));
    expect(message).toContain(`${mode} mode`);
    expect(message).toContain(`${name}=${VARIABLES[name]!.example}`);
    if (SECRETS.includes(name) && env[name]) expect(message).not.toContain(env[name]);
  });

  it('accepts a complete configuration of each mode and fills in the defaults', () => {
    expect(loadConfig('cli', {})).toMatchObject({ MODELGO_EDITION: '2024', LOG_LEVEL: 'info', FEEDBACK_LOG: 'var/feedback.jsonl', RATE_LIMIT_PER_MINUTE: 20 });
    expect(loadConfig('slack', SLACK)).toMatchObject({ PORT: 3000, SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN });
    expect(loadConfig('slack', { ...without(SLACK, 'PORT'), SLACK_APP_TOKEN: 'xapp-1-A111-222-abcdef' })).toMatchObject({
      SLACK_APP_TOKEN: 'xapp-1-A111-222-abcdef',
    });
    expect(loadConfig('discord', DISCORD)).toMatchObject({ DISCORD_APPLICATION_ID: DISCORD.DISCORD_APPLICATION_ID });
  });

  it('starts OAuth installs with the three OAuth variables alone, and reads the sealing key as hex or base64', () => {
    expect(loadConfig('slack', OAUTH).SLACK_BOT_TOKEN).toBeUndefined();
    const key = Buffer.from(KEY_HEX, 'hex');
    for (const written of [KEY_HEX, key.toString('base64')]) {
      expect(
        loadConfig('slack', { ...OAUTH, DATABASE_URL: 'postgresql://db:5432/modelgo', INSTALLATION_ENCRYPTION_KEY: written }).INSTALLATION_ENCRYPTION_KEY,
      ).toEqual(key);
    }
  });
});

describe('.env', () => {
  it('is read from the working directory, and real environment variables win over it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.env'), '# local settings\nLOG_LEVEL=debug\nMODELGO_EDITION=2025\n');
    expect(loadConfig('cli', readEnvironment(dir, {}))).toMatchObject({ LOG_LEVEL: 'debug', MODELGO_EDITION: '2025' });
    expect(loadConfig('cli', readEnvironment(dir, { LOG_LEVEL: 'warn' }))).toMatchObject({ LOG_LEVEL: 'warn', MODELGO_EDITION: '2025' });
  });

  it('is optional', () => {
    expect(loadConfig('cli', readEnvironment(tempDir(), {}))).toMatchObject({ MODELGO_EDITION: '2024' });
  });
});

describe('.env.example', () => {
  const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
  const values = parseEnv(text);

  it('lists exactly the variables the configuration reads', () => {
    const listed = [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual(Object.keys(VARIABLES).sort());
  });

  it('documents each variable in a comment right above it, with its modes and an example', () => {
    for (const [name, doc] of Object.entries(VARIABLES)) {
      const comment = text.split(`\n${name}=`)[0]!.split('\n\n').at(-1)!;
      expect(comment, name).toMatch(/^#/);
      for (const mode of doc.modes) expect(comment, name).toContain(mode);
      expect(comment, name).toContain(`Example: ${name}=`);
    }
  });

  it('leaves every secret empty', () => {
    for (const name of SECRETS) expect(values[name], name).toBe('');
  });

  it('is a valid cli configuration as it stands, so copying it to .env changes nothing until it is filled in', () => {
    expect(loadConfig('cli', readEnvironment(writeDotEnv(text), {}))).toEqual(loadConfig('cli', {}));
  });
});

function writeDotEnv(contents: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, '.env'), contents);
  return dir;
}

describe('modelgo-bot check-config', () => {
  const everySecret = [...Object.values(SLACK), ...Object.values(DISCORD)].filter((v) => v.length > 10);

  function expectNoSecret(output: string): void {
    for (const secret of everySecret) expect(output).not.toContain(secret);
  }

  it('validates the cli configuration by default', () => {
    const run = runCli(['check-config']);
    expect(run).toMatchObject({ status: 0, stdout: 'ok: cli configuration is valid\n' });
  });

  it.each<[Mode, Record<string, string>]>([
    ['slack', SLACK],
    ['discord', DISCORD],
  ])('says ok for a valid %s configuration without printing a secret', (mode, env) => {
    const run = runCli(['check-config', mode], { env });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^ok: ${mode} configuration is valid; `));
    expectNoSecret(run.stdout + run.stderr);
  });

  it('exits 1 with the one-line error when a variable is missing', () => {
    const run = runCli(['check-config', 'slack'], { env: without(SLACK, 'SLACK_BOT_TOKEN') as Record<string, string> });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/SLACK_BOT_TOKEN is missing; slack mode needs it/);
  });

  it('exits 1 without echoing a malformed secret', () => {
    const bad = 'not a token but s3cret anyway';
    const run = runCli(['check-config', 'discord'], { env: { ...DISCORD, DISCORD_TOKEN: bad } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/DISCORD_TOKEN is invalid.*discord mode/);
    expect(run.stderr).not.toContain(bad);
    expectNoSecret(run.stdout + run.stderr);
  });

  it('names the mode being checked even for a variable every mode reads', () => {
    const run = runCli(['check-config', 'slack'], { env: { ...SLACK, LOG_LEVEL: 'loud' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/LOG_LEVEL is invalid.*slack mode needs it/);
  });

  it('reads .env from the working directory, with real variables winning', () => {
    const dir = writeDotEnv(
      Object.entries({ ...SLACK, SLACK_BOT_TOKEN: 'xoxp-a-user-token' })
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    );
    expect(runCli(['check-config', 'slack'], { cwd: dir }).status).toBe(1);
    const fixed = runCli(['check-config', 'slack'], { cwd: dir, env: { SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN } });
    expect(fixed).toMatchObject({
      status: 0,
      stdout: "ok: slack configuration is valid; it will run in HTTP mode on port 3000 (Slack's request URLs must reach https://YOUR-HOST/slack/events)\n",
    });
  });

  it('rejects a mode it does not know with the usage line', () => {
    const run = runCli(['check-config', 'teams']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Usage: modelgo-bot check-config \[slack\|discord\]/);
  });
});
