import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../runtime/config.js';
import { createBot } from '../../runtime/create-bot.js';
import { DataError } from '../../runtime/load-knowledge.js';
import { askCommand } from './ask.js';
import { bench, formatBench } from './bench.js';
import { chatCommand } from './chat.js';
import { checkConfigCommand } from './check-config.js';
import { parseEdition } from './edition-flag.js';
import { DEFAULT_EVAL_FILES, evaluate, formatEval, readLabelled } from './eval.js';
import { matrixCommand } from './matrix.js';
import { DEFAULT_CORPORA, formatNluBenchmark, runNluBenchmark } from './nlu-benchmark.js';
import { reportCommand } from './report.js';

const USAGE = `Usage: modelgo-bot <command> [options]

  ask [--json] [--edition 2024|2025] ["question"]   answer one question, or one per line from stdin
      [--out-dir D]                                 (pictures of the table go into D, default the current folder)
  ask --json --input jsonl                          answer {"question","conversation"?,"edition"?} lines from stdin, in conversations
  chat [--edition 2024|2025]                        interactive console chat
  license <id>                                      the license card, e.g. license MG-BY-ND
  remix <a> <b> [method]                            remix verdict, e.g. remix MG-BY-NC MG-BY-OS average
  matrix [--edition 2024|2025] [--highlight A,B]    the compatibility table as a picture, e.g. --highlight MG-BY-NC,MG-BY-OS
         [--out F.png|F.svg] [--stats]              (--stats prints drawing time and size)
  eval [file...] [--json]                           accuracy on labelled questions (default eval/dev.jsonl and eval/conversations.jsonl)
  nlu-benchmark [dir] [--json]                      the matcher's classifier on the Braun et al. corpora (default benchmarks/nlu-evaluation-corpora)
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
    case 'matrix':
      return matrixCommand(rest);
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
      input: { type: 'string' },
      'out-dir': { type: 'string' },
    },
  });
  const config = loadConfig('cli');
  const edition = parseEdition(values.edition) ?? config.MODELGO_EDITION;
  const words = positionals.join(' ');
  switch (command) {
    case 'ask':
      return askCommand(createBot(edition, config.MODELGO_LANGUAGES), words, {
        json: values.json,
        edition: parseEdition(values.edition),
        outDir: values['out-dir'],
        input: parseInput(values.input),
      });
    case 'chat':
      return chatCommand(createBot(edition, config.MODELGO_LANGUAGES));
    case 'license':
      return askCommand(createBot(edition, config.MODELGO_LANGUAGES), `license ${words}`, { json: values.json });
    case 'remix':
      return askCommand(createBot(edition, config.MODELGO_LANGUAGES), `remix ${words}`, { json: values.json });
    case 'eval': {
      const files = positionals.length > 0 ? positionals : DEFAULT_EVAL_FILES;
      const sets = files.map((file) => ({ file, items: readLabelled(file) }));
      const bot = createBot(edition, config.MODELGO_LANGUAGES);
      const reports = sets.map(({ file, items }) => ({ file, ...evaluate(bot, items) }));
      process.stdout.write(`${values.json ? JSON.stringify(reports) : reports.map(formatEval).join('\n\n')}\n`);
      return 0;
    }
    case 'nlu-benchmark': {
      const result = await runNluBenchmark(positionals[0] ?? DEFAULT_CORPORA);
      process.stdout.write(`${values.json ? JSON.stringify(result) : formatNluBenchmark(result)}\n`);
      return 0;
    }
    case 'bench': {
      const figures = bench(() => createBot(edition, config.MODELGO_LANGUAGES));
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

function parseInput(value: string | undefined): 'lines' | 'jsonl' {
  if (value === undefined || value === 'lines' || value === 'jsonl') return value ?? 'lines';
  throw new ConfigError(`--input must be lines or jsonl, not "${value}"`);
}

/** Configuration and data problems end with their one-line message, not a stack trace. */
export async function run(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DataError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // A ConfigError names every problem, one a line; each line reads on its own.
      for (const line of (err as Error).message.split('\n')) process.stderr.write(`modelgo-bot: ${line}\n`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
}
