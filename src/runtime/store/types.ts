/**
 * The state the chat platforms keep between messages, behind small async interfaces so that one process
 * can hold it in memory (memory-stores.ts) and several can share it in a database. Every method takes the
 * clock as `now` (milliseconds), so expiry is testable and the same in every implementation. A method
 * that rejects (a database that is down) costs the one message an apology, never the process.
 */

/** Ids already handled: platform retries of an event, double clicks on a vote. */
export interface Dedupe {
  /** True the first time `key` is seen within the store's memory (at least an hour), false for a repeat. */
  firstTime(key: string, now: number): Promise<boolean>;
}

/** A budget per key (user in a workspace), e.g. 20 answers a minute. */
export interface RateLimits {
  /** Takes one unit of `key`'s budget; false (and nothing taken) when the budget is spent. */
  take(key: string, now: number): Promise<boolean>;
}

/** What a conversation needs to carry on ("what about MG-BY-ND?"), by conversation key. */
export interface ConversationStore {
  get(key: string, now: number): Promise<unknown | undefined>;
  /** Keeps `value` until `now + ttlMs`; a later `set` of the same key replaces it. */
  set(key: string, value: unknown, ttlMs: number, now: number): Promise<void>;
}

/** Threads the bot answered in: replies there are answered without a new @mention. */
export interface ThreadRegistry {
  add(thread: string, now: number): Promise<void>;
  has(thread: string, now: number): Promise<boolean>;
}

/** The stores one running adapter uses. */
export interface Stores {
  dedupe: Dedupe;
  rateLimits: RateLimits;
  /** One notice per user and minute when someone floods a channel: a reply to every extra message would be worse. */
  notices: RateLimits;
  threads: ThreadRegistry;
  conversations: ConversationStore;
}
