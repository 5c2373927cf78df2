import { type Sql, schemaIdentifier } from './sql.js';

/**
 * The shared store's schema, as numbered steps. A database records the steps it has in
 * `schema_version`; start-up (and `modelgo-bot db migrate`) applies the missing ones. Steps are only
 * ever appended: an applied step is never edited.
 */
const MIGRATIONS: ((s: string) => string[])[] = [
  (s) => [
    // Bolt's installation with its tokens sealed (AES-256-GCM); team and enterprise stay readable for operators.
    `CREATE TABLE ${s}.slack_installations (key text PRIMARY KEY, team_id text, enterprise_id text, sealed text NOT NULL, installed_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE TABLE ${s}.dedupe (key text PRIMARY KEY, expires_at bigint NOT NULL)`,
    // One row per budget and user: the times (ms) of the requests inside the window, and whether the last one fitted.
    `CREATE TABLE ${s}.rate_limits (budget text NOT NULL, key text NOT NULL, hits bigint[] NOT NULL, allowed boolean NOT NULL DEFAULT true, PRIMARY KEY (budget, key))`,
    `CREATE TABLE ${s}.conversations (key text PRIMARY KEY, state jsonb NOT NULL, expires_at bigint NOT NULL)`,
    `CREATE TABLE ${s}.threads (key text PRIMARY KEY, expires_at bigint NOT NULL)`,
    `CREATE TABLE ${s}.feedback (id bigserial PRIMARY KEY, at timestamptz NOT NULL, kind text NOT NULL, platform text NOT NULL, record jsonb NOT NULL)`,
    `CREATE INDEX ON ${s}.dedupe (expires_at)`,
    `CREATE INDEX ON ${s}.conversations (expires_at)`,
    `CREATE INDEX ON ${s}.threads (expires_at)`,
  ],
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings `schema` up to SCHEMA_VERSION and returns the version it found. Replicas starting together
 * serialise on a transaction-scoped advisory lock, so each step runs once and nobody sees half a schema.
 */
export async function migrate(sql: Sql, schema: string): Promise<number> {
  const s = schemaIdentifier(schema);
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`modelgo-bot migrate ${schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await tx.query(`CREATE TABLE IF NOT EXISTS ${s}.schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const [row] = await tx.query<{ version: number }>(`SELECT coalesce(max(version), 0)::integer AS version FROM ${s}.schema_version`);
    const found = row?.version ?? 0;
    if (found > SCHEMA_VERSION) {
      throw new Error(`the database schema "${schema}" is at version ${found}, newer than this modelgo-bot knows (${SCHEMA_VERSION}); upgrade modelgo-bot`);
    }
    for (let version = found + 1; version <= SCHEMA_VERSION; version++) {
      for (const statement of MIGRATIONS[version - 1]!(s)) await tx.query(statement);
      await tx.query(`INSERT INTO ${s}.schema_version (version) VALUES ($1)`, [version]);
    }
    return found;
  });
}
