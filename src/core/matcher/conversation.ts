/**
 * What each conversation (one user in one channel) asked last, so "what about MG-BY-ND?" can reuse it.
 * Bounded in size and age; the caller passes the clock, which keeps the core free of I/O.
 */
export class ConversationMemory<T> {
  private readonly last = new Map<string, { u: T; at: number }>();

  constructor(
    private readonly maxEntries = 5000,
    private readonly ttlMs = 15 * 60_000,
  ) {}

  get(key: string, now: number): T | undefined {
    const entry = this.last.get(key);
    if (!entry) return undefined;
    if (now - entry.at > this.ttlMs) {
      this.last.delete(key);
      return undefined;
    }
    return entry.u;
  }

  set(key: string, u: T, now: number): void {
    this.last.delete(key);
    this.last.set(key, { u, at: now });
    // A Map iterates in insertion order, so the first key is the least recently used.
    if (this.last.size > this.maxEntries) this.last.delete(this.last.keys().next().value!);
  }
}
