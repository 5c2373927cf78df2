import { RateLimiter } from '../../core/rate-limiter.js';
import { ExpiringMap } from './expiring-map.js';
import type { ConversationStore, Dedupe, RateLimits, Stores, ThreadRegistry } from './types.js';

const HOUR = 60 * 60_000;

/**
 * In-process stores for a single process. Slack re-sends an event for up to about an hour, so ids are
 * remembered for longer than that (and at most `maxKeys` of them).
 */
export class MemoryDedupe implements Dedupe {
  private readonly seen: ExpiringMap<true>;

  constructor(
    private readonly ttlMs = 2 * HOUR,
    maxKeys = 100_000,
  ) {
    this.seen = new ExpiringMap(maxKeys);
  }

  async firstTime(key: string, now: number): Promise<boolean> {
    if (this.seen.get(key, now)) return false;
    this.seen.set(key, true, this.ttlMs, now);
    return true;
  }
}

/** A sliding window per key (the core's RateLimiter). */
export class MemoryRateLimits implements RateLimits {
  private readonly limiter: RateLimiter;

  constructor(perMinute: number) {
    this.limiter = new RateLimiter(perMinute);
  }

  async take(key: string, now: number): Promise<boolean> {
    return this.limiter.allow(key, now);
  }
}

export class MemoryConversations implements ConversationStore {
  private readonly values: ExpiringMap<unknown>;

  constructor(maxEntries = 10_000) {
    this.values = new ExpiringMap(maxEntries);
  }

  async get(key: string, now: number): Promise<unknown> {
    return this.values.get(key, now);
  }

  async set(key: string, value: unknown, ttlMs: number, now: number): Promise<void> {
    this.values.set(key, value, ttlMs, now);
  }
}

/** Threads are followed for a day after the bot last answered in them. */
export class MemoryThreads implements ThreadRegistry {
  private readonly threads: ExpiringMap<true>;

  constructor(
    private readonly ttlMs = 24 * HOUR,
    maxThreads = 50_000,
  ) {
    this.threads = new ExpiringMap(maxThreads);
  }

  async add(thread: string, now: number): Promise<void> {
    this.threads.set(thread, true, this.ttlMs, now);
  }

  async has(thread: string, now: number): Promise<boolean> {
    return this.threads.get(thread, now) === true;
  }
}

/** Everything an adapter needs, in memory. */
export function memoryStores(ratePerMinute: number): Stores {
  return {
    dedupe: new MemoryDedupe(),
    rateLimits: new MemoryRateLimits(ratePerMinute),
    notices: new MemoryRateLimits(1),
    threads: new MemoryThreads(),
    conversations: new MemoryConversations(),
  };
}
