import pg from 'pg';
import type { Logger } from '../logger.js';
import type { Sql } from './sql.js';

/**
 * Short enough that a lost database shows within seconds (a query waits at most this long for a
 * connection or an answer), long enough for a busy server.
 */
const TIMEOUT_MS = 3000;

/** `Sql` on a real PostgreSQL server through a `pg` connection pool. */
export function pgSql(connectionString: string, log: Logger): Sql {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS });
  // An idle connection dropped by the server is reported here; without a listener it would end the process.
  pool.on('error', (err) => log.warn({ err: { message: err.message } }, 'lost a database connection'));
  return {
    async query(text, params) {
      return (await pool.query(text, params)).rows;
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (text, params) => (await client.query(text, params)).rows });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
