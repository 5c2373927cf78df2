import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Edition, FaqTopicId } from '../knowledge/schema.js';
import type { Understanding } from '../matcher/understanding.js';
import type { Card } from './answer.js';
import type { Catalogue } from './messages/catalogue.js';
import type { ResolvedLicenses } from './resolve-licenses.js';

/** What one intent's answer builder gets. */
export interface AnswerContext {
  u: Understanding;
  kb: KnowledgeBase;
  edition: Edition;
  licenses: ResolvedLicenses;
  /** Every sentence the answer says, in the language it is given in. */
  msg: Catalogue;
}

/** What one intent's answer builder returns; compose() adds the contract fields common to all. */
export interface Draft {
  card: Card;
  verdict?: string | null;
  result?: string | null;
  faq?: FaqTopicId | null;
  /** The licenses the answer is about, where they differ from the ones named: two models under one license. */
  licenses?: string[];
  /** Complete questions to offer instead of a verdict when the message leaves a needed part open. */
  clarify?: string[];
  /** The remix table as a picture, for `matrix` answers and "Show the table". */
  picture?: { edition: Edition; highlight: string[] };
}
