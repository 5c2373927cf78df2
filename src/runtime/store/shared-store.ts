import type { FeedbackLog, FeedbackRecord } from '../feedback-log.js';
import type { Stores } from './types.js';

/** Where 👍/👎 and missed questions go: the JSON Lines file, or the database's feedback table. */
export interface FeedbackSink {
  append(record: FeedbackRecord): Promise<void>;
}

/** Sealed Slack installations by key (team or enterprise id); sealing happens before this layer. */
export interface Installations {
  save(key: string, where: { teamId?: string; enterpriseId?: string }, sealed: string): Promise<void>;
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<void>;
}

/**
 * Everything a running bot keeps between messages, in one place: in this process (the default, no
 * database), or in PostgreSQL shared by every replica and shard.
 */
export interface SharedStore {
  readonly kind: 'memory' | 'postgres';
  stores: Stores;
  installations: Installations;
  feedback: FeedbackSink;
  /** Resolves when the store answers; rejects (within a few seconds) when it does not. */
  check(): Promise<void>;
  /** Deletes what is kept under keys starting with `prefix` (a workspace that uninstalled the app). */
  forget(prefix: string): Promise<void>;
  close(): Promise<void>;
}

/** The JSON Lines feedback file behind the async interface (its writes are synchronous and small); none: dropped. */
export function fileFeedback(log: FeedbackLog | undefined): FeedbackSink {
  return {
    async append(record) {
      log?.append(record);
    },
  };
}
