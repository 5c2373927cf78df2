import { parseArgs } from 'node:util';
import { loadConfig, type Mode } from '../../runtime/config.js';

const MODES: readonly Mode[] = ['cli', 'slack', 'discord'];

/**
 * `check-config [slack|discord]`: loads the configuration a mode would start with, and nothing else.
 * A problem surfaces as the ConfigError the mode itself would stop with (run() prints it, exit 1);
 * success prints only the mode, because the values include tokens.
 */
export function checkConfigCommand(args: string[]): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [name = 'cli', ...extra] = positionals;
  const mode = MODES.find((m) => m === name);
  if (!mode || extra.length > 0) {
    process.stderr.write(`Usage: modelgo-bot check-config [slack|discord] (got "${positionals.join(' ')}")\n`);
    return 2;
  }
  // Each overload of loadConfig takes one literal mode; the three checks are the same call.
  if (mode === 'slack') loadConfig('slack');
  else if (mode === 'discord') loadConfig('discord');
  else loadConfig('cli');
  process.stdout.write(`ok: ${mode} configuration is valid\n`);
  return 0;
}
