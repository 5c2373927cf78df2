import type { Edition } from '../../knowledge/schema.js';
import { faqCitation } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';
import { askForLicenses } from './missing-license.js';

/** Longest first message for a FAQ answer; the rest of the answer is one tap away. */
const FIRST_MESSAGE_CHARS = 420;

/** A FAQ topic, from the edition asked about; the other edition's answer follows in the details. */
export function faqAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition, msg } = ctx;
  if (!u.faq) return askForLicenses(ctx, 'faq');
  const topic = kb.faq(u.faq);
  const answerFor = (e: Edition): string => topic.byEdition?.[e] ?? topic.answer;
  const paragraphs = answerFor(edition).split(/\n\s*\n/);
  const [first, rest] = lead(paragraphs);
  const other = [...kb.editions.keys()].find((e) => e !== edition && answerFor(e) !== answerFor(edition));
  const citation = faqCitation(msg, topic);
  return {
    faq: topic.id,
    card: {
      title: topic.question,
      // A FAQ answer that opens with Yes or No answers the FAQ's own question, which the user may not have asked.
      headline: msg.faq.verdictOpening.test(first) ? msg.faq.answering(topic.question, first) : first,
      tone: 'neutral',
      paragraphs: [],
      fields: [],
      choices: [],
      source: msg.citations.sourceWithEdition(citation.label, topic.byEdition ? kb.edition(edition).display : undefined),
      details: [...rest, ...(other ? [msg.faq.otherEdition(kb.edition(other).display, answerFor(other))] : [])],
      citations: [citation],
    },
  };
}

/**
 * A paragraph's lines if it is a list, else its sentences. A full stop ends a sentence only before
 * a space and a capital, so "e.g. MG-BY-2.0" stays whole.
 */
function pieces(text: string): string[] {
  if (text.includes('\n')) return text.split(/(?<=\n)/);
  return text.split(/(?<=(?<!\b(?:e\.g|i\.e|etc|vs|cf))[.!?])(?=\s+[A-Z0-9"(])/);
}

/** The opening of an answer that fits a first message, cut at a sentence, and what is left. */
function lead(paragraphs: string[]): [string, string[]] {
  const [head = '', ...tail] = paragraphs;
  if (head.length <= FIRST_MESSAGE_CHARS) return [head, tail];
  const sentences = pieces(head);
  let shown = '';
  for (const s of sentences) {
    if (shown && shown.length + s.length > FIRST_MESSAGE_CHARS) break;
    shown += s;
  }
  return [shown.trim(), [head.slice(shown.length).trim(), ...tail].filter(Boolean)];
}
