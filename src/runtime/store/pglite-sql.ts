import type { PGlite } from '@electric-sql/pglite';
import type { Sql } from './sql.js';

/**
 * `Sql` on an open PGlite database: the real PostgreSQL engine in-process, so `npm test` runs the same
 * SQL as production on any machine. Several store instances (two "replicas") may share one PGlite.
 * Only a type is imported, so PGlite stays a development dependency.
 */
export function pgliteSql(db: PGlite, { closeDb = false } = {}): Sql {
  return {
    async query(text, params) {
      return (await db.query(text, params)).rows as never[];
    },
    transaction: (work) => db.transaction((tx) => work({ query: async (text, params) => (await tx.query(text, params)).rows as never[] })),
    close: async () => {
      if (closeDb) await db.close();
    },
  };
}
