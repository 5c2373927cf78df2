/**
 * Remembers keys for a while: Slack re-sends an event it thinks we missed (up to three times, over about
 * five minutes, with `x-slack-retry-num`), and each copy must not be answered again. Bounded in size and
 * age so a flood of ids cannot grow memory.
 */
export class Dedupe {
  /** key → when it was first seen. A Map iterates in insertion order, so the oldest key comes first. */
  private readonly seen = new Map<string, number>();

  constructor(private readonly ttlMs = 30 * 60_000, private readonly maxKeys = 10_000) {}

  /** True the first time `key` is seen within the time limit, false for a repeat. */
  firstTime(key: string, now: number): boolean {
    this.forgetOld(now);
    if (this.seen.has(key)) return false;
    this.seen.set(key, now);
    if (this.seen.size > this.maxKeys) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }

  private forgetOld(now: number): void {
    for (const [key, at] of this.seen) {
      if (now - at < this.ttlMs) return;
      this.seen.delete(key);
    }
  }
}
