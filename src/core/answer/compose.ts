import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Edition } from '../knowledge/schema.js';
import type { Understanding } from '../matcher/understanding.js';
import type { Answer, Choice, Intent } from './answer.js';
import type { AnswerContext, Draft } from './draft.js';
import { editionNote } from './edition-note.js';
import { chooseAnswer } from './intents/choose-answer.js';
import { compareAnswer } from './intents/compare-answer.js';
import { faqAnswer } from './intents/faq-answer.js';
import { grantAnswer } from './intents/grant-answer.js';
import { choiceFor, helpAnswer, unknownAnswer } from './intents/guide-answers.js';
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

/** Buttons under one answer: enough to offer a way on, few enough to read at a glance. */
const MAX_CHOICES = 5;

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
  // Close runner-ups become "did you mean" buttons under the answer (unknown answers list them already).
  const runnersUp = intent === 'unknown' ? [] : u.alternatives.map((a) => choiceFor(a, ctx)).filter((c): c is Choice => c !== undefined);
  const card = {
    ...draft.card,
    paragraphs: [...licenses.notes, ...draft.card.paragraphs, ...(note ? [note] : [])],
    choices: [...draft.card.choices, ...runnersUp].slice(0, MAX_CHOICES),
  };
  return {
    question: u.question,
    intent,
    confidence: round(u.confidence),
    licenses: [...new Set(licenses.all.map((l) => l.id))],
    faq: intent === 'faq' ? draft.faq ?? null : null,
    verdict: draft.verdict ?? null,
    result: draft.result ?? null,
    edition: licenses.edition,
    term: null,
    clarify: null,
    details: null,
    image: null,
    text: renderText(card),
    card,
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
