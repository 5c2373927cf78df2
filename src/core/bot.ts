import type { Answer } from './answer/answer.js';
import { compose } from './answer/compose.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import type { Edition } from './knowledge/schema.js';
import { ConversationMemory } from './matcher/conversation.js';
import { Matcher } from './matcher/matcher.js';
import type { TextClassifier } from './matcher/text-classifier.js';
import type { Understanding } from './matcher/understanding.js';

/**
 * Conversation state kept outside the bot, e.g. in a store several replicas share: the caller loads
 * `previous` before asking and saves what `remember` receives afterwards.
 */
export interface ConversationTurn {
  previous?: Understanding;
  remember(understood: Understanding): void;
}

export interface AskOptions {
  /** Who is talking where ("slack:T1:C1:U1"); follow-ups only reuse questions of the same conversation. */
  conversation?: string;
  /** Overrides the default edition for this question (CLI flag, Slack keyword, Discord option). */
  edition?: Edition;
  now?: number;
  /** Replaces the bot's own memory of `conversation` for this question. */
  turn?: ConversationTurn;
}

/** The whole bot, platform-free: a question in, one answer out. Every adapter talks to this. */
export class Bot {
  private readonly matcher: Matcher;
  private readonly memory = new ConversationMemory();

  constructor(readonly kb: KnowledgeBase, classifier: TextClassifier, readonly defaultEdition: Edition) {
    this.matcher = new Matcher(classifier, kb);
  }

  ask(question: string, options: AskOptions = {}): Answer {
    const now = options.now ?? Date.now();
    const key = options.conversation;
    const { turn } = options;
    const previous = turn ? turn.previous : key ? this.memory.get(key, now) : undefined;
    const understood = this.matcher.understand(question, previous);
    if (options.edition && !understood.edition) understood.edition = options.edition;
    if (understood.mentions.length > 0 && understood.intent !== 'unknown') {
      if (turn) turn.remember(understood);
      else if (key) this.memory.set(key, understood, now);
    }
    return compose(understood, this.kb, this.defaultEdition);
  }
}
