import type { Language } from '../domain/languages.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Edition } from '../knowledge/schema.js';
import type { Understanding } from '../matcher/understanding.js';
import { type Answer, type Choice, INTENT_SPECS, type Intent } from './answer.js';
import type { AnswerContext, Draft } from './draft.js';
import { editionNote } from './edition-note.js';
import { chooseAnswer } from './intents/choose-answer.js';
import { compareAnswer } from './intents/compare-answer.js';
import { definitionAnswer } from './intents/definition-answer.js';
import { faqAnswer } from './intents/faq-answer.js';
import { grantAnswer } from './intents/grant-answer.js';
import { choiceFor, helpAnswer, unknownAnswer } from './intents/guide-answers.js';
import { licenseCard } from './intents/license-card.js';
import { matrixAnswer } from './intents/matrix-answer.js';
import { permissionAnswer } from './intents/permission-answer.js';
import { remixAnswer } from './intents/remix-answer.js';
import { catalogue } from './messages/catalogue.js';
import { OTHER_LANGUAGE_LINE } from './messages/en.js';
import { renderDetails, renderText } from './render-text.js';
import { resolveLicenses } from './resolve-licenses.js';

const BUILDERS: Record<Intent, (ctx: AnswerContext) => Draft> = {
  remix: remixAnswer,
  license: licenseCard,
  grant: grantAnswer,
  permission: permissionAnswer,
  definition: definitionAnswer,
  choose: chooseAnswer,
  compare: compareAnswer,
  faq: faqAnswer,
  matrix: matrixAnswer,
  help: helpAnswer,
  unknown: unknownAnswer,
};

/** Buttons under one answer: enough to offer a way on, few enough to read at a glance. */
const MAX_CHOICES = 5;

/** Turns what the matcher understood into the one platform-neutral answer. */
export function compose(u: Understanding, kb: KnowledgeBase, defaultEdition: Edition, language: Language): Answer {
  const msg = catalogue(language);
  const licenses = resolveLicenses(u.mentions, kb, u.edition ?? definingEdition(u, kb, defaultEdition), defaultEdition, msg);
  // An id it has no data for decides the answer unless enough known licenses remain to answer without it.
  const known = u.intent === 'remix' ? licenses.mg.length >= 2 : licenses.all.length > 0;
  const unknownFirst = INTENT_SPECS[u.intent].licenses > 0 && licenses.unknown.length > 0 && !known;
  // A license the bot has no data for keeps the question's intent but gets no verdict (CONTRACT.md).
  const intent: Intent = u.problem ? 'unknown' : u.intent;
  const ctx: AnswerContext = { u, kb, edition: licenses.edition, licenses, msg };
  const draft = unknownFirst ? BUILDERS.unknown(ctx) : u.clarify ? clarifyDraft(u.clarify, ctx) : BUILDERS[intent](ctx);
  const note = intent === 'unknown' || unknownFirst || draft.clarify ? undefined : editionNote(ctx, draft, BUILDERS[intent]);
  // Close runner-ups become "did you mean" buttons under the answer (unknown answers list them already).
  const runnersUp = intent === 'unknown' ? [] : u.alternatives.map((a) => choiceFor(a, ctx)).filter((c): c is Choice => c !== undefined);
  const card = {
    ...draft.card,
    headline: u.assumed && draft.card.headline ? msg.answer.assumed(draft.card.headline, u.assumed) : draft.card.headline,
    paragraphs: [...(u.language === 'other' ? [OTHER_LANGUAGE_LINE] : []), ...draft.card.paragraphs, ...(note ? [note] : [])],
    details: [...licenses.notes, ...draft.card.details],
    choices: [...(draft.clarify ?? []).map((q) => ({ label: q, question: q })), ...draft.card.choices, ...runnersUp].slice(0, MAX_CHOICES),
  };
  if (licenses.notes.length > 0) card.paragraphs = [...licenses.notes.slice(0, 1), ...card.paragraphs];
  return {
    question: u.question,
    readIn: u.language,
    intent,
    confidence: round(u.confidence),
    // Licenses it has no data for are named as written, so a reader sees which one went unanswered.
    licenses: draft.licenses ?? [...new Set([...licenses.all.map((l) => l.id), ...licenses.unknown.map((m) => m.text.trim().replace(/\s+/g, '-'))])],
    faq: intent === 'faq' ? (draft.faq ?? null) : null,
    verdict: draft.verdict ?? null,
    result: draft.result ?? null,
    edition: licenses.edition,
    term: intent === 'definition' ? (u.term ?? null) : null,
    clarify: draft.clarify ?? null,
    details: renderDetails(card, msg),
    image: null,
    picture: draft.picture,
    text: renderText(card, msg, draft.clarify),
    card,
    language,
  };
}

/** The bot asks back: one short question and the complete questions the user can pick. */
function clarifyDraft(options: string[], { kb, edition, msg }: AnswerContext): Draft {
  return {
    verdict: null,
    result: null,
    clarify: options,
    card: {
      title: msg.answer.clarify.title,
      headline: msg.answer.clarify.headline,
      tone: 'neutral',
      paragraphs: [],
      fields: [],
      choices: [],
      source: msg.answer.clarify.source(kb.edition(edition).display),
      details: [],
      citations: [],
    },
  };
}

/** "What is an extracted model?" is answered from an edition that has the term, when none was asked for. */
function definingEdition(u: Understanding, kb: KnowledgeBase, fallback: Edition): Edition | undefined {
  if (u.intent !== 'definition' || !u.term) return undefined;
  const defines = (e: Edition) => kb.edition(e).clauses.some((c) => c.id === u.term && !c.undefined);
  if (defines(fallback)) return undefined;
  return [...kb.editions.keys()].find(defines);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
