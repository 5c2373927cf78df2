import { shortId } from '../../knowledge/knowledge-base.js';
import type { Alternative } from '../../matcher/understanding.js';
import { type Choice, INTENT_SPECS } from '../answer.js';
import type { AnswerContext, Draft } from '../draft.js';

const EXAMPLES: Choice[] = [
  { label: 'Merge two models', question: 'can I merge MG-BY-NC with MG-BY-OS?' },
  { label: 'License card', question: 'what is MG-BY-ND?' },
  { label: 'Revocable?', question: 'is MG-BY-RAI revocable?' },
  { label: 'Pick a license', question: 'which license should I use to prevent commercial use?' },
  { label: 'Why not CC?', question: 'why not just use Creative Commons?' },
];

const CAPABILITIES =
  'I answer questions about the ModelGo (MG) model licenses: remixing two models, what a license allows or requires, whether a grant is revocable or sublicensable, which license fits your needs, definitions, comparisons and the ModelGo FAQ.';

const SITE = { label: 'ModelGo licenses', url: 'https://www.modelgo.li' };

export function helpAnswer(): Draft {
  return {
    card: {
      title: "Hi! I'm the ModelGo license assistant.",
      headline: "Hi! I'm the ModelGo license assistant.",
      tone: 'neutral',
      paragraphs: [CAPABILITIES, 'Ask in plain words, or try one of the examples.'],
      fields: [],
      choices: EXAMPLES,
      source: SITE.label,
      details: [],
      citations: [SITE],
    },
  };
}

/** Outside what the bot knows, or too unsure to answer: say so, and offer the closest readings. */
export function unknownAnswer(ctx: AnswerContext): Draft {
  const { u, licenses } = ctx;
  const unknownLicense = licenses.unknown[0];
  if (unknownLicense) {
    return {
      card: {
        title: `I can't answer for "${displayed(unknownLicense.text)}"`,
        headline: `${displayed(unknownLicense.reason)}.`,
        tone: 'caution',
        paragraphs: unknownLicense.suggestions.length > 0 ? [`The closest I know: ${unknownLicense.suggestions.map(shortId).join(', ')}.`] : [],
        fields: [],
        choices: unknownLicense.suggestions.map((id) => ({ label: shortId(id), question: `what is ${shortId(id)}?` })),
        source: SITE.label,
        details: [],
        citations: [SITE],
      },
    };
  }
  const suggestions = u.alternatives.map((a) => choiceFor(a, ctx)).filter((c): c is Choice => c !== undefined);
  const headline = {
    empty: 'Your message was empty.',
    'too-long': 'That message is too long for me to read reliably. Please shorten it to one question of a few sentences.',
    'too-many-licenses': 'That message names more licenses than I can compare at once. Please ask about two or three at a time.',
  }[u.problem ?? 'empty'];
  return {
    card: {
      title: suggestions.length > 0 ? "I'm not sure what you mean" : "That's outside what I know",
      headline: u.problem
        ? headline
        : suggestions.length > 0
          ? `I'm not sure what you mean. Did you mean: ${suggestions.map((s) => `"${s.question}"`).join(' or ')}?`
          : "That's outside what I know: I only answer questions about the ModelGo model licenses.",
      tone: 'neutral',
      paragraphs: suggestions.length > 0 ? [] : [CAPABILITIES],
      fields: [],
      choices: suggestions.length > 0 ? suggestions : EXAMPLES.slice(0, 3),
      source: SITE.label,
      details: [],
      citations: [SITE],
    },
  };
}

/** What the user typed, reduced to what a license id can contain, so no markup or ping is echoed. */
function displayed(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}.,_\s"'()-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

/** A "did you mean" button: the runner-up intent asked about the licenses the message named. */
export function choiceFor(alt: Alternative, { kb, licenses }: AnswerContext): Choice | undefined {
  const [a, b] = licenses.all.map((l) => ('options' in l ? shortId(l.id) : l.id));
  if (alt.intent === 'faq') {
    if (!alt.faq) return undefined;
    const topic = kb.faq(alt.faq);
    return { label: topic.title, question: topic.question };
  }
  const button = INTENT_SPECS[alt.intent].button;
  return button ? { label: button.label, question: button.question(a ?? 'MG-BY-NC', b ?? 'MG-BY') } : undefined;
}
