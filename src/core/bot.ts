import type { Answer } from './answer/answer.js';
import { compose } from './answer/compose.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import type { Edition } from './knowledge/schema.js';
import { ConversationMemory } from './matcher/conversation.js';
import { Matcher } from './matcher/matcher.js';
import type { TextClassifier } from './matcher/text-classifier.js';

export interface AskOptions {
  /** Who is talking where ("slack:T1:C1:U1"); follow-ups only reuse questions of the same conversation. */
  conversation?: string;
  /** Overrides the default edition for this question (CLI flag, Slack keyword, Discord option). */
  edition?: Edition;
  now?: number;
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
    const previous = key ? this.memory.get(key, now) : undefined;
    const understood = this.matcher.understand(question, previous);
    if (options.edition && !understood.edition) understood.edition = options.edition;
    if (key && understood.mentions.length > 0 && understood.intent !== 'unknown') this.memory.set(key, understood, now);
    return compose(understood, this.kb, this.defaultEdition);
  }
}
