/**
 * The answers still being delivered. On shutdown the receiver stops first (no new work), then this waits
 * for what was already acknowledged, so a user who got Slack's "ok" also gets the answer.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(work: () => Promise<T>): Promise<T> {
    const promise = work();
    this.running.add(promise);
    const forget = (): void => {
      this.running.delete(promise);
    };
    promise.then(forget, forget);
    return promise;
  }

  get size(): number {
    return this.running.size;
  }

  /** Resolves true when everything finished, false if `timeoutMs` passed first. */
  async idle(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      // Work started while waiting (a retry, an apology) is part of the same answers, so loop until empty.
      while (this.running.size > 0) {
        const done = await Promise.race([Promise.allSettled([...this.running]).then(() => true), timeout]);
        if (!done) return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
