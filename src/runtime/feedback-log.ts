import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** One line of the feedback log: a 👍/👎 click, or a question the bot could not answer well. */
export interface FeedbackRecord {
  kind: 'thumbs-up' | 'thumbs-down' | 'unknown' | 'low-confidence';
  platform: 'slack' | 'discord' | 'cli';
  question: string;
  intent: string;
  confidence: number;
  /** Hashed, never the raw platform id. */
  user?: string;
  /** Asked by pressing one of the bot's own suggestions (a choice, an example): not a user's wording, so never a miss. */
  suggestion?: boolean;
  at?: string;
}

/**
 * Appends JSON Lines to `file`, keeping it under `maxBytes` by rotating to `<file>.1` (one old file is
 * kept). Writes are synchronous and small, so a crash never leaves half a line.
 */
export class FeedbackLog {
  constructor(
    readonly file: string,
    private readonly maxBytes = 5 * 1024 * 1024,
  ) {}

  append(record: FeedbackRecord): void {
    const line = `${JSON.stringify({ ...record, question: record.question.slice(0, 500), at: record.at ?? new Date().toISOString() })}\n`;
    mkdirSync(dirname(this.file), { recursive: true });
    const size = this.size();
    if (size > 0 && size + Buffer.byteLength(line) > this.maxBytes) renameSync(this.file, `${this.file}.1`);
    appendFileSync(this.file, line);
  }

  private size(): number {
    try {
      return statSync(this.file).size;
    } catch {
      return 0;
    }
  }
}
