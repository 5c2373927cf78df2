import { shortId } from '../../knowledge/knowledge-base.js';
import type { Clause, Subject } from '../../knowledge/schema.js';
import { FAQ_URL, licenseCitation, sourceLine } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';

/** "What counts as non-commercial under MG-BY-NC?", "is a distilled model a derivative in 2025?". */
export function definitionAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition, licenses, msg } = ctx;
  const words = msg.definition;
  const clause = kb.edition(edition).clauses.find((c) => c.id === u.term);
  const license = licenses.mg[0];
  const display = kb.edition(edition).display;
  const term = u.term ? words.term[u.term] : words.unnamedTerm;
  const citations = license
    ? [licenseCitation(ctx, license, edition, clause?.ref)]
    : [{ label: msg.citations.licenseTexts(display, clause?.ref), url: FAQ_URL }];
  const base = { title: words.title(term), fields: [], choices: [], source: sourceLine(citations), citations };
  if (!clause) {
    return { verdict: null, card: { ...base, headline: words.undefined(display, term), tone: 'neutral', paragraphs: [], details: [] } };
  }
  const notDefinedHere = license && (clause.except.includes(license.id) || (clause.only.length > 0 && !clause.only.some((o) => license.options.includes(o))));
  // The data follows the newest texts; where earlier texts named in the question differ, say so instead of answering.
  if (u.earlierTexts && clause.note) {
    const headline = words.earlierTexts(clause.note, display, u.earlierTexts);
    return { verdict: null, card: { ...base, headline, tone: 'neutral', paragraphs: [], details: [clause.text] } };
  }
  const verdict = u.subject ? covers(clause, u.subject, Boolean(notDefinedHere)) : null;
  const subject = u.subject ? words.subject[u.subject] : undefined;
  const where = words.where(license && shortId(license.id), display);
  const headline =
    subject && verdict !== null
      ? words.covers(where, subject, term, verdict === 'yes')
      : subject
        ? words.unsettled(display, subject, term)
        : words.definedIn(where, term, clause.ref);
  const paragraphs = [
    notDefinedHere && clause.exceptText ? clause.exceptText : notDefinedHere && license ? words.notDefinedBy(shortId(license.id), term) : clause.text,
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
