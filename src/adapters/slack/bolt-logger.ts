import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { type Logger, scrub } from '../../runtime/logger.js';

/**
 * Bolt and its Web API client log through this, so their lines land in the same JSON log as ours,
 * with the same token redaction, instead of on the console in another format.
 */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'bolt' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]): void => {
      child[level](parts.map(describe).join(' '));
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // The level is LOG_LEVEL's, set once on our logger; Bolt's attempts to change it are ignored.
    setLevel: () => undefined,
    getLevel: () => LEVELS[log.level] ?? LogLevel.ERROR,
    setName: () => undefined,
  };
}

const LEVELS: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  try {
    return scrub(JSON.stringify(part) ?? String(part));
  } catch {
    return String(part);
  }
}
