import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../src/runtime/store/memory-store.js';
import { migrate, SCHEMA_VERSION } from '../../src/runtime/store/migrations.js';
import { postgresStore } from '../../src/runtime/store/postgres-store.js';
import type { FeedbackSink, SharedStore } from '../../src/runtime/store/shared-store.js';
import { DATABASE_URL, pgliteDriver, type SqlDriver, serverDriver, uniqueSchema } from './drivers.js';

const PER_MINUTE = 3;
const T0 = 1_700_000_000_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Target {
  name: string;
  skip?: boolean;
  /** Opens one more store on the same data ("another replica"). */
  open(): Promise<SharedStore>;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  /** Only the database drivers share state between store instances. */
  shared: boolean;
}

const noFeedback: FeedbackSink = { append: async () => undefined };

function sqlTarget(name: string, makeDriver: () => Promise<SqlDriver>, skip = false): Target {
  let driver: SqlDriver;
  const schema = uniqueSchema();
  const opened: SharedStore[] = [];
  return {
    name,
    skip,
    shared: true,
    async setup() {
      driver = await makeDriver();
    },
    async open() {
      const store = await postgresStore(driver.connect(), { schema, ratePerMinute: PER_MINUTE });
      opened.push(store);
      return store;
    },
    async teardown() {
      await Promise.all(opened.map((s) => s.close()));
      await driver?.dispose(schema);
    },
  };
}

const targets: Target[] = [
  { name: 'in-process', shared: false, setup: async () => undefined, teardown: async () => undefined, open: async () => memoryStore(PER_MINUTE, noFeedback) },
  sqlTarget('PGlite', pgliteDriver),
  sqlTarget('PostgreSQL server (DATABASE_URL)', async () => serverDriver(DATABASE_URL!), !DATABASE_URL),
];

for (const target of targets) {
  describe.skipIf(target.skip)(`the store contract on ${target.name}`, () => {
    let store: SharedStore;
    beforeAll(async () => {
      await target.setup();
      store = await target.open();
    });
    afterAll(() => target.teardown());

    it('recognises a repeated event id for at least an hour, then forgets it', async () => {
      const { dedupe } = store.stores;
      expect(await dedupe.firstTime('Ev1', T0)).toBe(true);
      expect(await dedupe.firstTime('Ev1', T0 + 1000)).toBe(false);
      expect(await dedupe.firstTime('Ev1', T0 + HOUR)).toBe(false);
      expect(await dedupe.firstTime('Ev2', T0 + 1000)).toBe(true);
      expect(await dedupe.firstTime('Ev1', T0 + 3 * HOUR)).toBe(true);
    });

    it('gives each user RATE_LIMIT_PER_MINUTE answers in any minute; a refused request takes nothing', async () => {
      const limits = store.stores.rateLimits;
      const taken = [];
      for (let i = 0; i < PER_MINUTE + 2; i++) taken.push(await limits.take('slack:T1:U1', T0 + i * 1000));
      expect(taken).toEqual([true, true, true, false, false]);
      expect(await limits.take('slack:T1:U2', T0 + 5000)).toBe(true);
      // The first answer leaves the window a minute after it was given; the refusals did not count.
      expect(await limits.take('slack:T1:U1', T0 + MINUTE + 500)).toBe(true);
      expect(await limits.take('slack:T1:U1', T0 + MINUTE + 600)).toBe(false);
      expect(await limits.take('slack:T1:U1', T0 + 3 * MINUTE)).toBe(true);
    });

    it('keeps the notice budget apart from the answer budget', async () => {
      expect(await store.stores.notices.take('slack:T9:U1', T0)).toBe(true);
      expect(await store.stores.notices.take('slack:T9:U1', T0 + 1)).toBe(false);
      expect(await store.stores.rateLimits.take('slack:T9:U1', T0 + 2)).toBe(true);
    });

    it('keeps conversation state as JSON until it expires, the latest write winning', async () => {
      const state = { licenses: ['MG-BY-ND'], edition: '2025', nested: { n: 1, ok: true } };
      expect(await store.stores.conversations.get('slack:T1:C1:U1', T0)).toBeUndefined();
      await store.stores.conversations.set('slack:T1:C1:U1', state, 15 * MINUTE, T0);
      expect(await store.stores.conversations.get('slack:T1:C1:U1', T0 + MINUTE)).toEqual(state);
      await store.stores.conversations.set('slack:T1:C1:U1', { licenses: ['MG-BY'] }, 15 * MINUTE, T0 + MINUTE);
      expect(await store.stores.conversations.get('slack:T1:C1:U1', T0 + 2 * MINUTE)).toEqual({ licenses: ['MG-BY'] });
      expect(await store.stores.conversations.get('slack:T1:C1:U1', T0 + 17 * MINUTE)).toBeUndefined();
    });

    it('remembers the threads the bot answered in for a day', async () => {
      expect(await store.stores.threads.has('slack:T1:C1:1700000000.000100', T0)).toBe(false);
      await store.stores.threads.add('slack:T1:C1:1700000000.000100', T0);
      expect(await store.stores.threads.has('slack:T1:C1:1700000000.000100', T0 + HOUR)).toBe(true);
      expect(await store.stores.threads.has('slack:T1:C1:1700000000.000200', T0 + HOUR)).toBe(false);
      expect(await store.stores.threads.has('slack:T1:C1:1700000000.000100', T0 + 25 * HOUR)).toBe(false);
    });

    it('saves, replaces and deletes a sealed installation', async () => {
      await store.installations.save('T1', { teamId: 'T1' }, 'sealed-1');
      await store.installations.save('T1', { teamId: 'T1' }, 'sealed-2');
      expect(await store.installations.get('T1')).toBe('sealed-2');
      expect(await store.installations.get('T2')).toBeUndefined();
      await store.installations.delete('T1');
      expect(await store.installations.get('T1')).toBeUndefined();
    });

    it('answers the health check', async () => {
      await expect(store.check()).resolves.toBeUndefined();
    });

    describe.skipIf(!target.shared)('shared by two replicas', () => {
      let other: SharedStore;
      beforeAll(async () => {
        other = await target.open();
      });

      it('a retry reaching the other replica is recognised, whichever replica wins a race', async () => {
        const results = await Promise.all([store.stores.dedupe.firstTime('EvRace', T0), other.stores.dedupe.firstTime('EvRace', T0)]);
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await other.stores.dedupe.firstTime('EvRace', T0 + 1000)).toBe(false);
      });

      it('one budget per user across replicas, even when requests race', async () => {
        const racing = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? store : other).stores.rateLimits.take('slack:T3:U1', T0 + i)));
        expect(racing.filter(Boolean)).toHaveLength(PER_MINUTE);
      });

      it('a conversation begun on one replica continues on the other', async () => {
        await store.stores.conversations.set('slack:T4:C1:U1', { licenses: ['MG-BY-NC'] }, MINUTE, T0);
        expect(await other.stores.conversations.get('slack:T4:C1:U1', T0 + 1000)).toEqual({ licenses: ['MG-BY-NC'] });
      });

      it('forgetting a workspace removes its conversations, threads and budgets only', async () => {
        await store.stores.conversations.set('slack:T5:C1:U1', { a: 1 }, HOUR, T0);
        await store.stores.conversations.set('slack:T55:C1:U1', { a: 2 }, HOUR, T0);
        await store.stores.threads.add('slack:T5:C1:1.2', T0);
        for (let i = 0; i < PER_MINUTE; i++) await store.stores.rateLimits.take('slack:T5:U1', T0);
        await other.forget('slack:T5:');
        expect(await store.stores.conversations.get('slack:T5:C1:U1', T0)).toBeUndefined();
        expect(await store.stores.conversations.get('slack:T55:C1:U1', T0)).toEqual({ a: 2 });
        expect(await store.stores.threads.has('slack:T5:C1:1.2', T0)).toBe(false);
        expect(await store.stores.rateLimits.take('slack:T5:U1', T0)).toBe(true);
      });

      it('keeps the feedback log as rows every replica writes to', async () => {
        await store.feedback.append({ kind: 'unknown', platform: 'slack', question: 'what is a llama?', intent: 'unknown', confidence: 0.1, user: 'abc' });
        await other.feedback.append({ kind: 'thumbs-down', platform: 'discord', question: 'q'.repeat(900), intent: 'remix', confidence: 0.9 });
        const rows = await (other.feedback as unknown as { read(): Promise<{ kind: string; question: string; at: string }[]> }).read();
        expect(rows.map((r) => r.kind)).toEqual(['unknown', 'thumbs-down']);
        expect(rows[1]!.question).toHaveLength(500);
        expect(rows[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
      });
    });
  });
}

describe('migrations', () => {
  const drivers: [string, () => Promise<SqlDriver>, boolean][] = [
    ['PGlite', pgliteDriver, false],
    ['the PostgreSQL server', async () => serverDriver(DATABASE_URL!), !DATABASE_URL],
  ];
  for (const [name, makeDriver, skip] of drivers) {
    it.skipIf(skip)(`two replicas migrating ${name} at once both start, and each step runs once`, async () => {
      const driver = await makeDriver();
      const schema = uniqueSchema();
      try {
        const [a, b] = [driver.connect(), driver.connect()];
        const found = await Promise.all([migrate(a, schema), migrate(b, schema)]);
        expect(found.sort()).toEqual([0, SCHEMA_VERSION]);
        expect(await migrate(a, schema)).toBe(SCHEMA_VERSION);
        const rows = await a.query<{ version: number }>(`SELECT version FROM "${schema}".schema_version ORDER BY version`);
        expect(rows.map((r) => r.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
        // A database already migrated by a newer release is refused with a message, not half-used.
        await a.query(`INSERT INTO "${schema}".schema_version (version) VALUES ($1)`, [SCHEMA_VERSION + 1]);
        await expect(migrate(b, schema)).rejects.toThrow(/newer than this modelgo-bot knows/);
      } finally {
        await driver.dispose(schema);
      }
    });
  }
});
