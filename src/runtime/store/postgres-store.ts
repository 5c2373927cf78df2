import { migrate } from './migrations.js';
import { forgetKeys, PgConversations, PgDedupe, PgFeedback, PgInstallations, PgRateLimits, PgThreads, sweepExpired } from './postgres-stores.js';
import type { SharedStore } from './shared-store.js';
import { type Sql, schemaIdentifier } from './sql.js';

/** Expired rows are swept this often by each replica; the statements are idempotent, so overlap is harmless. */
const SWEEP_MS = 10 * 60_000;

export interface PostgresStoreOptions {
  schema: string;
  ratePerMinute: number;
  now?: () => number;
}

/** The shared store on PostgreSQL: migrates the schema first, then serves every store from it. */
export async function postgresStore(sql: Sql, { schema, ratePerMinute, now = Date.now }: PostgresStoreOptions): Promise<SharedStore> {
  const s = schemaIdentifier(schema);
  await migrate(sql, schema);
  const sweeper = setInterval(() => void sweepExpired(sql, s, now()).catch(() => undefined), SWEEP_MS);
  sweeper.unref();
  return {
    kind: 'postgres',
    stores: {
      dedupe: new PgDedupe(sql, s),
      rateLimits: new PgRateLimits(sql, s, 'answers', ratePerMinute),
      notices: new PgRateLimits(sql, s, 'notices', 1),
      threads: new PgThreads(sql, s),
      conversations: new PgConversations(sql, s),
    },
    installations: new PgInstallations(sql, s),
    feedback: new PgFeedback(sql, s),
    async check() {
      await sql.query('SELECT 1');
    },
    forget: (prefix) => forgetKeys(sql, s, prefix),
    async close() {
      clearInterval(sweeper);
      await sql.close();
    },
  };
}
