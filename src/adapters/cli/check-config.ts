import { parseArgs } from 'node:util';
import { checkConfig, type DiscordConfig, type Mode, readEnvironment, type SlackConfig } from '../../runtime/config.js';

const MODES: readonly Mode[] = ['cli', 'slack', 'discord'];

/**
 * `check-config [slack|discord]`: loads the configuration a mode would start with, and nothing else.
 * Every problem is printed at once, one line each (exit 1), so a first setup is fixed in one pass; success
 * says how the mode will run, never a value, because the values include tokens.
 */
export function checkConfigCommand(args: string[], env: Record<string, string | undefined> = readEnvironment()): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [name = 'cli', ...extra] = positionals;
  const mode = MODES.find((m) => m === name);
  if (!mode || extra.length > 0) {
    process.stderr.write(`Usage: modelgo-bot check-config [slack|discord] (got "${positionals.join(' ')}")\n`);
    return 2;
  }
  const checked = checkConfig(mode, env);
  if (!checked.ok) {
    for (const problem of checked.problems) process.stderr.write(`modelgo-bot: ${problem}\n`);
    return 1;
  }
  process.stdout.write(`ok: ${mode} configuration is valid${howItRuns(mode, checked.config)}\n`);
  return 0;
}

/** "; it will run in HTTP mode on port 3000", and the like: what the next start will do. */
export function howItRuns(mode: Mode, config: object): string {
  if (mode === 'slack') {
    const slack = config as SlackConfig;
    if (!slack.SLACK_APP_TOKEN) return `; it will run in HTTP mode on port ${slack.PORT} (Slack's request URLs must reach https://YOUR-HOST/slack/events)`;
    return `; it will run in Socket Mode (no public URL needed${slack.PORT === undefined ? '' : `; port ${slack.PORT} serves only /healthz`})`;
  }
  if (mode === 'discord') {
    const guild = (config as DiscordConfig).DISCORD_GUILD_ID;
    return guild ? `; "discord register" will register the commands in server ${guild}` : '; "discord register" will register the commands globally';
  }
  return '';
}
