import type { FeedbackRecord } from '../feedback-log.js';
import type { FeedbackSink, Installations } from './shared-store.js';
import type { Sql } from './sql.js';
import type { ConversationStore, Dedupe, RateLimits, ThreadRegistry } from './types.js';

const HOUR = 60 * 60_000;

/**
 * The stores of types.ts on PostgreSQL, so any number of replicas share one memory. Each operation is
 * one statement, and the ones that decide something (first time? within budget?) decide it inside the
 * statement under the row's lock, so two replicas racing on the same key never both win.
 */
export class PgDedupe implements Dedupe {
  constructor(
    private readonly sql: Sql,
    private readonly s: string,
    private readonly ttlMs = 2 * HOUR,
  ) {}

  async firstTime(key: string, now: number): Promise<boolean> {
    const rows = await this.sql.query(
      `INSERT INTO ${this.s}.dedupe AS d (key, expires_at) VALUES ($1, $2::bigint + $3::bigint)
       ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE d.expires_at <= $2::bigint
       RETURNING 1`,
      [key, now, this.ttlMs],
    );
    return rows.length > 0;
  }
}

/** A sliding window per key, like the core's RateLimiter: `limit` requests in any `windowMs`. */
export class PgRateLimits implements RateLimits {
  constructor(
    private readonly sql: Sql,
    private readonly s: string,
    private readonly budget: string,
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  async take(key: string, now: number): Promise<boolean> {
    // Every SET expression reads the row as it was, so `allowed` and `hits` agree on the recent count.
    const recent = `(SELECT count(*) FROM unnest(r.hits) h WHERE h > $3::bigint - $4::bigint)`;
    const [row] = await this.sql.query<{ allowed: boolean }>(
      `INSERT INTO ${this.s}.rate_limits AS r (budget, key, hits) VALUES ($1, $2, ARRAY[$3::bigint])
       ON CONFLICT (budget, key) DO UPDATE SET
         allowed = ${recent} < $5,
         hits = ARRAY(SELECT h FROM unnest(r.hits) h WHERE h > $3::bigint - $4::bigint ORDER BY h)
           || CASE WHEN ${recent} < $5 THEN ARRAY[$3::bigint] ELSE ARRAY[]::bigint[] END
       RETURNING allowed`,
      [this.budget, key, now, this.windowMs, this.limit],
    );
    return row?.allowed === true;
  }
}

export class PgConversations implements ConversationStore {
  constructor(
    private readonly sql: Sql,
    private readonly s: string,
  ) {}

  async get(key: string, now: number): Promise<unknown> {
    const [row] = await this.sql.query<{ state: unknown }>(`SELECT state FROM ${this.s}.conversations WHERE key = $1 AND expires_at > $2::bigint`, [key, now]);
    return row?.state;
  }

  async set(key: string, value: unknown, ttlMs: number, now: number): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.s}.conversations (key, state, expires_at) VALUES ($1, $2::jsonb, $3::bigint + $4::bigint)
       ON CONFLICT (key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at`,
      [key, JSON.stringify(value), now, ttlMs],
    );
  }
}

export class PgThreads implements ThreadRegistry {
  constructor(
    private readonly sql: Sql,
    private readonly s: string,
    private readonly ttlMs = 24 * HOUR,
  ) {}

  async add(thread: string, now: number): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.s}.threads (key, expires_at) VALUES ($1, $2::bigint + $3::bigint) ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at`,
      [thread, now, this.ttlMs],
    );
  }

  async has(thread: string, now: number): Promise<boolean> {
    return (await this.sql.query(`SELECT 1 FROM ${this.s}.threads WHERE key = $1 AND expires_at > $2::bigint`, [thread, now])).length > 0;
  }
}

/** The feedback and misses log as rows, for `modelgo-bot report` across every replica. */
export class PgFeedback implements FeedbackSink {
  constructor(
    private readonly sql: Sql,
    private readonly s: string,
  ) {}

  async append(record: FeedbackRecord): Promise<void> {
    const row = { ...record, question: record.question.slice(0, 500), at: record.at ?? new Date().toISOString() };
    await this.sql.query(`INSERT INTO ${this.s}.feedback (at, kind, platform, record) VALUES ($1, $2, $3, $4::jsonb)`, [
      row.at,
      row.kind,
      row.platform,
      JSON.stringify(row),
    ]);
  }

  async read(): Promise<FeedbackRecord[]> {
    return (await this.sql.query<{ record: FeedbackRecord }>(`SELECT record FROM ${this.s}.feedback ORDER BY id`)).map((r) => r.record);
  }
}

/** Slack installations, stored sealed: this layer never sees a plain token. */
export class PgInstallations implements Installations {
  constructor(
    private readonly sql: Sql,
    private readonly s: string,
  ) {}

  async save(key: string, where: { teamId?: string; enterpriseId?: string }, sealed: string): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.s}.slack_installations (key, team_id, enterprise_id, sealed) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id, sealed = excluded.sealed, installed_at = now()`,
      [key, where.teamId ?? null, where.enterpriseId ?? null, sealed],
    );
  }

  async get(key: string): Promise<string | undefined> {
    const [row] = await this.sql.query<{ sealed: string }>(`SELECT sealed FROM ${this.s}.slack_installations WHERE key = $1`, [key]);
    return row?.sealed;
  }

  async delete(key: string): Promise<void> {
    await this.sql.query(`DELETE FROM ${this.s}.slack_installations WHERE key = $1`, [key]);
  }
}

/** Deletes what is kept about one workspace (conversations, threads, budgets): keys starting with `prefix`. */
export async function forgetKeys(sql: Sql, s: string, prefix: string): Promise<void> {
  for (const table of ['conversations', 'threads', 'rate_limits']) {
    await sql.query(`DELETE FROM ${s}.${table} WHERE starts_with(key, $1)`, [prefix]);
  }
}

/** Drops expired rows; budgets untouched for an hour are empty whatever their window. */
export async function sweepExpired(sql: Sql, s: string, now: number): Promise<void> {
  for (const table of ['dedupe', 'conversations', 'threads']) await sql.query(`DELETE FROM ${s}.${table} WHERE expires_at <= $1::bigint`, [now]);
  await sql.query(`DELETE FROM ${s}.rate_limits WHERE coalesce(hits[cardinality(hits)], 0) <= $1::bigint`, [now - HOUR]);
}
