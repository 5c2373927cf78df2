import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Edition } from '../knowledge/schema.js';
import type { Understanding } from '../matcher/understanding.js';
import type { Answer, Intent } from './answer.js';
import type { AnswerContext, Draft } from './draft.js';
import { editionNote } from './edition-note.js';
import { chooseAnswer } from './intents/choose-answer.js';
import { compareAnswer } from './intents/compare-answer.js';
import { faqAnswer } from './intents/faq-answer.js';
import { grantAnswer } from './intents/grant-answer.js';
import { helpAnswer, unknownAnswer } from './intents/guide-answers.js';
import { licenseCard } from './intents/license-card.js';
import { permissionAnswer } from './intents/permission-answer.js';
import { remixAnswer } from './intents/remix-answer.js';
import { renderText } from './render-text.js';
import { resolveLicenses } from './resolve-licenses.js';

const BUILDERS: Record<Intent, (ctx: AnswerContext) => Draft> = {
  remix: remixAnswer,
  license: licenseCard,
  grant: grantAnswer,
  permission: permissionAnswer,
  choose: chooseAnswer,
  compare: compareAnswer,
  faq: faqAnswer,
  help: helpAnswer,
  unknown: unknownAnswer,
};

/** Intents whose answer depends on a license, so an unknown license id must be reported instead. */
const NEEDS_LICENSE: ReadonlySet<Intent> = new Set(['remix', 'license', 'grant', 'permission', 'compare']);

/** Turns what the matcher understood into the one platform-neutral answer. */
export function compose(u: Understanding, kb: KnowledgeBase, defaultEdition: Edition): Answer {
  const licenses = resolveLicenses(u.mentions, kb, u.edition, defaultEdition);
  const unknownFirst = NEEDS_LICENSE.has(u.intent) && licenses.unknown.length > 0;
  const intent: Intent = unknownFirst || u.problem ? 'unknown' : u.intent;
  const ctx: AnswerContext = { u, kb, edition: licenses.edition, licenses };
  const draft = BUILDERS[intent](ctx);
  const note = intent === 'unknown' ? undefined : editionNote(ctx, draft, BUILDERS[intent]);
  const card = { ...draft.card, paragraphs: [...licenses.notes, ...(note ? [note] : []), ...draft.card.paragraphs] };
  return {
    question: u.question,
    intent,
    confidence: round(u.confidence),
    licenses: [...new Set(licenses.all.map((l) => l.id))],
    faq: intent === 'faq' ? draft.faq ?? null : null,
    verdict: draft.verdict ?? null,
    result: draft.result ?? null,
    edition: licenses.edition,
    text: renderText(card),
    card,
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
