import { memoryStores } from './memory-stores.js';
import type { FeedbackSink, Installations, SharedStore } from './shared-store.js';

/** Installations for one process (OAuth without a database): lost at restart, so nothing is at rest. */
class MemoryInstallations implements Installations {
  private readonly byKey = new Map<string, string>();

  async save(key: string, _where: unknown, sealed: string): Promise<void> {
    this.byKey.set(key, sealed);
  }

  async get(key: string): Promise<string | undefined> {
    return this.byKey.get(key);
  }

  async delete(key: string): Promise<void> {
    this.byKey.delete(key);
  }
}

/**
 * The embedded default: state in this process, feedback in the JSON Lines file. Forgetting a workspace
 * drops its installation only; its in-memory conversations and budgets expire on their own.
 */
export function memoryStore(ratePerMinute: number, feedback: FeedbackSink): SharedStore {
  return {
    kind: 'memory',
    stores: memoryStores(ratePerMinute),
    installations: new MemoryInstallations(),
    feedback,
    check: async () => undefined,
    forget: async () => undefined,
    close: async () => undefined,
  };
}
