import { parseArgs } from 'node:util';
import { EditionSchema, type Edition } from '../../core/knowledge/schema.js';
import { ConfigError, loadConfig } from '../../runtime/config.js';
import { createBot } from '../../runtime/create-bot.js';
import { DataError } from '../../runtime/load-knowledge.js';
import { askCommand } from './ask.js';
import { chatCommand } from './chat.js';

const USAGE = `Usage: modelgo-bot <command> [options]

  ask [--json] [--edition 2024|2025] ["question"]   answer one question, or one per line from stdin
  chat [--edition 2024|2025]                        interactive console chat
  license <id>                                      the license card, e.g. license MG-BY-ND
  remix <a> <b> [method]                            remix verdict, e.g. remix MG-BY-NC MG-BY-OS average
  help                                              this text`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
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
