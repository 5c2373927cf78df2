import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EditionSchema, type Edition } from '../../core/knowledge/schema.js';
import { ConfigError, loadConfig } from '../../runtime/config.js';
import { createBot } from '../../runtime/create-bot.js';
import { DataError } from '../../runtime/load-knowledge.js';
import { projectRoot } from '../../runtime/paths.js';
import { askCommand } from './ask.js';
import { bench, formatBench } from './bench.js';
import { chatCommand } from './chat.js';
import { checkConfigCommand } from './check-config.js';
import { evaluate, formatEval, readLabelled } from './eval.js';
import { formatNluBenchmark, runNluBenchmark } from './nlu-benchmark.js';
import { reportCommand } from './report.js';

const USAGE = `Usage: modelgo-bot <command> [options]

  ask [--json] [--edition 2024|2025] ["question"]   answer one question, or one per line from stdin
  chat [--edition 2024|2025]                        interactive console chat
  license <id>                                      the license card, e.g. license MG-BY-ND
  remix <a> <b> [method]                            remix verdict, e.g. remix MG-BY-NC MG-BY-OS average
  eval [file] [--json]                              intent accuracy on labelled questions (default ../shared/eval/dev.jsonl)
  nlu-benchmark <dir> [--json]                      the matcher's classifier on the Braun et al. corpora
  bench [--json]                                    start-up time, latency per answer and peak memory
  check-config [slack|discord]                      validate a mode's configuration without starting it
  report [--file F] [--json]                        unanswered questions and 👎 from the feedback log
  discord [register]                                run the Discord bot, or register its /modelgo command
  discord --shards auto|N                           run the Discord bot as N shard processes (auto: Discord's count)
  slack                                             run the Slack app (HTTP mode with PORT, Socket Mode with SLACK_APP_TOKEN)
  db migrate                                        create or upgrade the shared store's schema at DATABASE_URL
  help                                              this text`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // These read their own options and configuration: a broken cli setting must not hide what
  // `check-config slack` is asked to report, nor be blamed on the slack or discord mode. The platform
  // adapters are imported only when asked for, so the other commands never load Bolt or discord.js.
  switch (command) {
    case 'check-config':
      return checkConfigCommand(rest);
    case 'report':
      return reportCommand(rest);
    case 'db':
      return (await import('./db.js')).dbCommand(rest);
    case 'slack':
      return (await import('../slack/start.js')).startSlack();
    case 'discord':
      return (await import('../discord/start.js')).startDiscord(rest);
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      edition: { type: 'string' },
    },
  });
  const config = loadConfig('cli');
  const edition = parseEdition(values.edition) ?? config.MODELGO_EDITION;
  const words = positionals.join(' ');
  switch (command) {
    case 'ask':
      return askCommand(createBot(edition), words, { json: values.json, edition: parseEdition(values.edition) });
    case 'chat':
      return chatCommand(createBot(edition));
    case 'license':
      return askCommand(createBot(edition), `license ${words}`, { json: values.json });
    case 'remix':
      return askCommand(createBot(edition), `remix ${words}`, { json: values.json });
    case 'eval': {
      const report = evaluate(createBot(edition), readLabelled(positionals[0] ?? join(projectRoot, '..', 'shared', 'eval', 'dev.jsonl')));
      process.stdout.write(`${values.json ? JSON.stringify(report) : formatEval(report)}\n`);
      return 0;
    }
    case 'nlu-benchmark': {
      const result = await runNluBenchmark(positionals[0] ?? join(projectRoot, '..', 'shared', 'benchmarks', 'nlu-evaluation-corpora'));
      process.stdout.write(`${values.json ? JSON.stringify(result) : formatNluBenchmark(result)}\n`);
      return 0;
    }
    case 'bench': {
      const figures = bench(() => createBot(edition));
      process.stdout.write(`${values.json ? JSON.stringify(figures) : formatBench(figures)}\n`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
      return 2;
  }
}

function parseEdition(value: string | undefined): Edition | undefined {
  if (value === undefined) return undefined;
  const parsed = EditionSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(`--edition must be 2024 or 2025, not "${value}"`);
  return parsed.data;
}

/** Configuration and data problems end with their one-line message, not a stack trace. */
export async function run(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DataError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`modelgo-bot: ${(err as Error).message}\n`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
}
