import { type CommonConfig, ConfigError } from '../config.js';
import { FeedbackLog } from '../feedback-log.js';
import type { Logger } from '../logger.js';
import { memoryStore } from './memory-store.js';
import { pgSql } from './pg-sql.js';
import { postgresStore } from './postgres-store.js';
import { fileFeedback, type SharedStore } from './shared-store.js';

/**
 * The store a running bot uses: PostgreSQL at DATABASE_URL (migrated on the way), or this process's
 * memory and the FEEDBACK_LOG file when it is unset. A database that cannot be reached or migrated stops
 * start-up with one line naming DATABASE_URL; the URL itself (it may hold a password) is never printed.
 */
export async function openStore(config: CommonConfig, log: Logger): Promise<SharedStore> {
  if (!config.DATABASE_URL) return memoryStore(config.RATE_LIMIT_PER_MINUTE, fileFeedback(new FeedbackLog(config.FEEDBACK_LOG)));
  const sql = pgSql(config.DATABASE_URL, log);
  try {
    const store = await postgresStore(sql, { schema: config.DATABASE_SCHEMA, ratePerMinute: config.RATE_LIMIT_PER_MINUTE });
    log.info({ schema: config.DATABASE_SCHEMA }, 'shared store ready');
    return store;
  } catch (err) {
    await sql.close().catch(() => undefined);
    const reason = String((err as Error)?.message ?? err).split('\n')[0];
    throw new ConfigError(
      `DATABASE_URL: could not open the shared store (${reason}). Check that PostgreSQL runs and the URL, user and database are right, or unset DATABASE_URL to keep state in this process`,
    );
  }
}
