import { PGlite } from '@electric-sql/pglite';
import { createLogger } from '../../src/runtime/logger.js';
import { pgSql } from '../../src/runtime/store/pg-sql.js';
import { pgliteSql } from '../../src/runtime/store/pglite-sql.js';
import { postgresStore } from '../../src/runtime/store/postgres-store.js';
import type { SharedStore } from '../../src/runtime/store/shared-store.js';
import type { Sql } from '../../src/runtime/store/sql.js';
import { DATABASE_URL, uniqueSchema } from './drivers.js';

/**
 * The database end-to-end tests share between app instances: the PostgreSQL server when DATABASE_URL
 * is set (.ci/run), otherwise one PGlite both "replicas" use. Each test file gets its own schema.
 */
export interface E2eDatabase {
  schema: string;
  /** Another store on the same data, as another replica opens (its own pool on a server). */
  openStore(ratePerMinute?: number): Promise<SharedStore>;
  /** For assertions on what is at rest. */
  sql: Sql;
  close(): Promise<void>;
}

export async function e2eDatabase(): Promise<E2eDatabase> {
  const schema = uniqueSchema();
  const quiet = createLogger('silent');
  let pglite: PGlite | undefined;
  const connect = (): Sql => {
    if (DATABASE_URL) return pgSql(DATABASE_URL, quiet);
    pglite ??= new PGlite();
    return pgliteSql(pglite);
  };
  const sql = connect();
  const stores: SharedStore[] = [];
  return {
    schema,
    sql,
    async openStore(ratePerMinute = 20) {
      const store = await postgresStore(connect(), { schema, ratePerMinute });
      stores.push(store);
      return store;
    },
    async close() {
      await Promise.all(stores.map((s) => s.close()));
      if (DATABASE_URL) await sql.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await sql.close();
      await pglite?.close();
    },
  };
}
