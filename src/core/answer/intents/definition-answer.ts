import { shortId } from '../../knowledge/knowledge-base.js';
import type { Clause, Subject } from '../../knowledge/schema.js';
import { FAQ_URL, licenseCitation, sourceLine } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';
import { SUBJECT_WORDS, TERM_WORDS } from '../messages/terms.js';
import { VERDICT_MARK } from '../words.js';

/** "What counts as non-commercial under MG-BY-NC?", "is a distilled model a derivative in 2025?". */
export function definitionAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition, licenses } = ctx;
  const clause = kb.edition(edition).clauses.find((c) => c.id === u.term);
  const license = licenses.mg[0];
  const display = kb.edition(edition).display;
  const term = u.term ? TERM_WORDS[u.term] : 'that term';
  const citations = license
    ? [licenseCitation(kb, license, edition, clause?.ref)]
    : [{ label: `ModelGo license texts, ${display}${clause ? ` ${clause.ref}` : ''}`, url: FAQ_URL }];
  const base = { title: `What counts as ${term}?`, fields: [], choices: [], source: sourceLine(citations), citations };
  if (!clause) {
    return { verdict: null, card: { ...base, headline: `The ${display} don't define ${term}.`, tone: 'neutral', paragraphs: [], details: [] } };
  }
  const notDefinedHere = license && (clause.except.includes(license.id) || (clause.only.length > 0 && !clause.only.some((o) => license.options.includes(o))));
  // The data follows the newest texts; where earlier texts named in the question differ, say so instead of answering.
  if (u.earlierTexts && clause.note) {
    const headline = `${VERDICT_MARK.caution} ${clause.note} I answer from the ${display} (Dec 2025), so I can't give a verdict for the ${u.earlierTexts}.`;
    return { verdict: null, card: { ...base, headline, tone: 'neutral', paragraphs: [], details: [clause.text] } };
  }
  const verdict = u.subject ? covers(clause, u.subject, Boolean(notDefinedHere)) : null;
  const subject = u.subject ? SUBJECT_WORDS[u.subject] : undefined;
  const where = license ? `${shortId(license.id)} (${display})` : `the ${display}`;
  const headline =
    subject && verdict !== null
      ? verdict === 'yes'
        ? `${VERDICT_MARK.yes} Yes, under ${where} ${subject} counts as ${term}.`
        : `${VERDICT_MARK.no} No, under ${where} ${subject} does not count as ${term}.`
      : subject
        ? `${VERDICT_MARK.caution} The ${display} don't settle whether ${subject} counts as ${term}.`
        : `Under ${where}, ${term} is defined in ${clause.ref}:`;
  const paragraphs = [
    notDefinedHere && clause.exceptText ? clause.exceptText : notDefinedHere && license ? `${shortId(license.id)} does not define ${term}.` : clause.text,
  ];
  return {
    verdict,
    card: { ...base, headline, tone: 'neutral', paragraphs, details: [clause.text, ...(clause.note ? [clause.note] : [])] },
  };
}

/** Whether a term covers the subject asked about; a term the license lacks covers nothing. */
function covers(clause: Clause, subject: Subject, notDefinedHere: boolean): 'yes' | 'no' | null {
  if (clause.undefined || notDefinedHere) return 'no';
  if (clause.includes.includes(subject)) return 'yes';
  if (clause.excludes.includes(subject)) return 'no';
  return null;
}
