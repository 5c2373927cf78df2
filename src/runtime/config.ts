import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { LANGUAGES, LanguageSchema } from '../core/domain/languages.js';
import { EditionSchema } from '../core/knowledge/schema.js';

/** Start-up stops with this: one line per problem, naming the variable, the mode that needs it, and an example. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Mode = 'cli' | 'slack' | 'discord';

interface VariableDoc {
  modes: Mode[];
  example: string;
}

/** Every variable any mode reads; .env.example documents the same list. */
export const VARIABLES: Record<string, VariableDoc> = {
  MODELGO_EDITION: { modes: ['cli', 'slack', 'discord'], example: '2024' },
  MODELGO_LANGUAGES: { modes: ['cli', 'slack', 'discord'], example: LANGUAGES.join(',') },
  LOG_LEVEL: { modes: ['cli', 'slack', 'discord'], example: 'info' },
  FEEDBACK_LOG: { modes: ['slack', 'discord'], example: 'var/feedback.jsonl' },
  RATE_LIMIT_PER_MINUTE: { modes: ['slack', 'discord'], example: '20' },
  DATABASE_URL: { modes: ['slack', 'discord'], example: 'postgres://modelgo@db.internal:5432/modelgo' },
  DATABASE_SCHEMA: { modes: ['slack', 'discord'], example: 'modelgo' },
  SLACK_BOT_TOKEN: { modes: ['slack'], example: 'xoxb-1234-5678-abcdef' },
  SLACK_SIGNING_SECRET: { modes: ['slack'], example: '8f742231b10e8888abcd99yyyzzz85a5 (HTTP mode)' },
  SLACK_APP_TOKEN: { modes: ['slack'], example: 'xapp-1-A111-222-abcdef (Socket Mode; or set PORT)' },
  PORT: { modes: ['slack'], example: '3000 (HTTP mode; or set SLACK_APP_TOKEN)' },
  SLACK_API_URL: { modes: ['slack'], example: 'https://slack.com/api/' },
  SLACK_CLIENT_ID: { modes: ['slack'], example: '1234567890.1234567890123' },
  SLACK_CLIENT_SECRET: { modes: ['slack'], example: '0123456789abcdef0123456789abcdef' },
  SLACK_STATE_SECRET: { modes: ['slack'], example: 'a-long-random-string-of-your-own' },
  INSTALLATION_ENCRYPTION_KEY: { modes: ['slack'], example: '$(openssl rand -hex 32)' },
  DISCORD_TOKEN: { modes: ['discord'], example: 'MTA4NDIy.GfakeX.abc...xyz (Bot → Reset Token; three parts separated by dots)' },
  DISCORD_APPLICATION_ID: { modes: ['discord'], example: '1084226381911756800' },
  DISCORD_GUILD_ID: { modes: ['discord'], example: '1084226381911756801' },
  DISCORD_API_URL: { modes: ['discord'], example: 'https://discord.com/api' },
};

const optionalUrl = z.url({ protocol: /^https?$/ }).optional();

/** "en,zh,es": the languages the bot reads, comma-separated; at least one, each one of LANGUAGES. */
const LanguagesSetting = z
  .string()
  .transform((text) => text.split(',').map((l) => l.trim().toLowerCase()))
  .pipe(
    z
      .array(LanguageSchema, { error: `must list languages among ${LANGUAGES.join(', ')}, separated by commas` })
      .min(1)
      .transform((list) => [...new Set(list)]),
  );

const CommonSchema = z.object({
  MODELGO_EDITION: EditionSchema.default('2024'),
  MODELGO_LANGUAGES: LanguagesSetting.default([...LANGUAGES]),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FEEDBACK_LOG: z.string().min(1).default('var/feedback.jsonl'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case identifier')
    .default('modelgo'),
});

/** AES-256 wants exactly 32 bytes; operators write them as 64 hex digits or as base64. */
const EncryptionKey = z.string().transform((text, ctx) => {
  const bytes = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : /^[A-Za-z0-9+/]{43}=?$/.test(text) ? Buffer.from(text, 'base64') : undefined;
  if (bytes?.length === 32) return bytes;
  ctx.addIssue({ code: 'custom', message: 'must be 32 bytes as 64 hex digits or base64, e.g. from openssl rand -hex 32' });
  return z.NEVER;
});

const SlackSchema = CommonSchema.extend({
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-[\w-]+$/, 'must be a bot token starting with xoxb-')
    .optional(),
  // Only HTTP mode checks signatures; Socket Mode's connection is authenticated by the app-level token.
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[\w-]{8,}$/, "must be the app's signing secret (letters and digits)")
    .optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-[\w-]+$/, 'must be an app-level token starting with xapp-')
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  SLACK_API_URL: optionalUrl,
  SLACK_CLIENT_ID: z
    .string()
    .regex(/^[\d.]{5,}$/, "must be the app's client id (digits and dots)")
    .optional(),
  SLACK_CLIENT_SECRET: z
    .string()
    .regex(/^[\w-]{8,}$/, "must be the app's client secret")
    .optional(),
  SLACK_STATE_SECRET: z.string().min(16, 'must be at least 16 characters of your own').optional(),
  INSTALLATION_ENCRYPTION_KEY: EncryptionKey.optional(),
});

const DiscordSchema = CommonSchema.extend({
  // A bot token is three dot-separated parts (the bot's id in base64, a timestamp, a signature); the
  // OAuth2 client secret sits on another page of the portal and is one part, so it is caught here.
  DISCORD_TOKEN: z
    .string()
    .regex(/^[\w-]{10,}\.[\w-]{4,}\.[\w-]{20,}$/, 'must be the bot token (Bot → Reset Token: three parts separated by dots), not the OAuth2 client secret'),
  DISCORD_APPLICATION_ID: z.string().regex(/^\d{5,25}$/, 'must be the numeric application id'),
  DISCORD_GUILD_ID: z
    .string()
    .regex(/^\d{5,25}$/, 'must be a numeric server (guild) id')
    .optional(),
  DISCORD_API_URL: optionalUrl,
});

export type CommonConfig = z.infer<typeof CommonSchema>;
export type SlackConfig = z.infer<typeof SlackSchema>;
export type DiscordConfig = z.infer<typeof DiscordSchema>;

/** The environment with `.env` from the working directory filled in underneath it (real variables win). */
export function readEnvironment(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const file = join(cwd, '.env');
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  // An empty variable means "not set", as most tools read it.
  const merged = { ...fromFile, ...env };
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== ''));
}

export function loadConfig(mode: 'cli', env?: Record<string, string | undefined>): CommonConfig;
export function loadConfig(mode: 'slack', env?: Record<string, string | undefined>): SlackConfig;
export function loadConfig(mode: 'discord', env?: Record<string, string | undefined>): DiscordConfig;
export function loadConfig(mode: Mode, env: Record<string, string | undefined> = readEnvironment()): CommonConfig | SlackConfig | DiscordConfig {
  const checked = checkConfig(mode, env);
  if (!checked.ok) throw new ConfigError(checked.problems.join('\n'));
  return checked.config;
}

export type Checked = { ok: true; config: CommonConfig | SlackConfig | DiscordConfig } | { ok: false; problems: string[] };

/** Every problem of `mode`'s configuration at once, one line each, so a first setup is fixed in one pass. */
export function checkConfig(mode: Mode, env: Record<string, string | undefined>): Checked {
  const schema = mode === 'slack' ? SlackSchema : mode === 'discord' ? DiscordSchema : CommonSchema;
  const parsed = schema.safeParse(env);
  const problems = new Map<string, string>();
  for (const issue of parsed.error?.issues ?? []) {
    const name = String(issue.path[0]);
    if (!problems.has(name)) problems.set(name, env[name] === undefined ? 'is missing' : `is invalid (${issue.message})`);
  }
  if (mode === 'slack') {
    for (const [name, problem] of slackModeProblems(env)) if (!problems.has(name)) problems.set(name, problem);
  }
  if (problems.size > 0 || !parsed.success) return { ok: false, problems: [...problems].map(([name, problem]) => problemLine(name, problem, mode)) };
  return { ok: true, config: parsed.data };
}

const OAUTH = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/**
 * What the Slack variables must say together. One workspace with SLACK_BOT_TOKEN, or many through OAuth
 * (the three OAuth variables, no bot token); installations are kept at rest only in the database, so that
 * is when the key that seals them is needed. HTTP mode checks signatures; Socket Mode does not.
 */
function slackModeProblems(env: Record<string, string | undefined>): Array<[string, string]> {
  const set = (name: string) => env[name] !== undefined;
  const problems: Array<[string, string]> = [];
  const oauthSet = OAUTH.filter(set);
  if (!set('SLACK_BOT_TOKEN')) {
    if (oauthSet.length === 0) problems.push(['SLACK_BOT_TOKEN', 'is missing']);
    const missing = oauthSet.length === 0 ? undefined : OAUTH.find((name) => !set(name));
    if (missing) problems.push([missing, 'is missing (OAuth needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET)']);
    if (oauthSet.length > 0 && set('SLACK_APP_TOKEN'))
      problems.push(['SLACK_APP_TOKEN', 'is invalid with OAuth installs (they are served in HTTP mode: unset it and set PORT)']);
    if (oauthSet.length > 0 && set('DATABASE_URL') && !set('INSTALLATION_ENCRYPTION_KEY'))
      problems.push(['INSTALLATION_ENCRYPTION_KEY', 'is missing (it seals the installations stored at DATABASE_URL)']);
  } else if (oauthSet.length > 0) {
    problems.push([
      'SLACK_BOT_TOKEN',
      `is invalid together with ${oauthSet[0]} (unset SLACK_BOT_TOKEN for OAuth installs, or the OAuth variables for one workspace)`,
    ]);
  }
  const socket = set('SLACK_APP_TOKEN');
  if (!socket && !set('PORT')) problems.push(['PORT', 'is missing (set PORT for HTTP mode or SLACK_APP_TOKEN for Socket Mode)']);
  if (!socket && !set('SLACK_SIGNING_SECRET'))
    problems.push(['SLACK_SIGNING_SECRET', 'is missing (HTTP mode checks every request with it; Socket Mode, with SLACK_APP_TOKEN, does not need it)']);
  return problems;
}

/** Many workspaces through Bolt's OAuth, or the one workspace of SLACK_BOT_TOKEN. */
export function usesOAuth(slack: SlackConfig): boolean {
  return slack.SLACK_BOT_TOKEN === undefined;
}

function problemLine(name: string, problem: string, mode: Mode): string {
  const example = VARIABLES[name]?.example ?? '…';
  return `${name} ${problem}; ${mode} mode needs it. Set it in the environment or in .env, e.g. ${name}=${example}`;
}
