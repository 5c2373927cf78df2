import { shortId } from '../knowledge/knowledge-base.js';
import type { Edition, FaqTopic, License } from '../knowledge/schema.js';
import type { Citation } from './answer.js';
import type { AnswerContext } from './draft.js';
import type { Catalogue } from './messages/catalogue.js';

/** The public ModelGo FAQ, where the grant tables, the compatibility table and every topic live. */
export const FAQ_URL = 'https://www.modelgo.li/learn-more/faq';

/** A license text, optionally at one clause ("MG-BY-ND-2.0 §2.2"), linked to its published text. */
export function licenseCitation({ kb, msg }: Pick<AnswerContext, 'kb' | 'msg'>, license: License, edition: Edition, clause?: string): Citation {
  return {
    label: msg.citations.license(license.id, clause, kb.edition(edition).display),
    url: kb.edition(edition).licenseUrl.replace('<ID>', shortId(license.id)),
  };
}

export function faqCitation(msg: Catalogue, topic: Pick<FaqTopic, 'question'>): Citation {
  return { label: msg.citations.faq(topic.question), url: FAQ_URL };
}

/** The one source line of an answer, from its citations. */
export function sourceLine(citations: Citation[]): string {
  return citations.map((c) => c.label).join('; ');
}
