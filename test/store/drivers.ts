import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { createLogger } from '../../src/runtime/logger.js';
import { pgSql } from '../../src/runtime/store/pg-sql.js';
import { pgliteSql } from '../../src/runtime/store/pglite-sql.js';
import type { Sql } from '../../src/runtime/store/sql.js';

/** The real server, when the environment names one (.ci/run does); its tests are skipped otherwise. */
export const DATABASE_URL = process.env['DATABASE_URL'];

/** A schema no other test file or run uses, so parallel files on one server never collide. */
export function uniqueSchema(): string {
  return `test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export interface SqlDriver {
  name: string;
  /** A connection to the database; every call to the same driver instance reaches the same data. */
  connect(): Sql;
  /** Drops what the tests created and closes the database. */
  dispose(schema: string): Promise<void>;
}

/** One PGlite database; "connections" share it, as two app instances in one test process do. */
export async function pgliteDriver(): Promise<SqlDriver> {
  const db = new PGlite();
  await db.waitReady;
  return { name: 'PGlite', connect: () => pgliteSql(db), dispose: () => db.close() };
}

/** The PostgreSQL server at DATABASE_URL; each `connect` is its own pool, as each replica has. */
export function serverDriver(url: string): SqlDriver {
  const quiet = createLogger('silent');
  const opened: Sql[] = [];
  return {
    name: 'PostgreSQL server',
    connect() {
      const sql = pgSql(url, quiet);
      opened.push(sql);
      return sql;
    },
    async dispose(schema) {
      const admin = pgSql(url, quiet);
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.close();
      await Promise.all(opened.map((sql) => sql.close().catch(() => undefined)));
    },
  };
}
