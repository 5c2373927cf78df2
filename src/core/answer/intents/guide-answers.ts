import { shortId } from '../../knowledge/knowledge-base.js';
import type { Alternative } from '../../matcher/understanding.js';
import type { Choice } from '../answer.js';
import type { AnswerContext, Draft } from '../draft.js';

const EXAMPLES: Choice[] = [
  { label: 'Merge two models', question: 'can I merge MG-BY-NC with MG-BY-OS?' },
  { label: 'License card', question: 'what is MG-BY-ND?' },
  { label: 'Revocable?', question: 'is MG-BY-RAI revocable?' },
  { label: 'Pick a license', question: 'which license should I use to prevent commercial use?' },
  { label: 'Why not CC?', question: 'why not just use Creative Commons?' },
];

const CAPABILITIES = [
  'I answer questions about the ModelGo (MG) model licenses:',
  '• remixing: whether two licensed models can be merged, and under which license',
  '• license cards, and comparisons of two licenses',
  '• whether a grant is revocable or sublicensable (MG licenses, Apache-2.0, GPL-3.0, Llama and more)',
  '• what a license allows or requires: commercial use, sharing derivatives or output, attribution, source',
  '• which license fits your needs, and the ModelGo FAQ',
].join('\n');

export function helpAnswer(): Draft {
  return {
    card: {
      title: 'Hi! I\'m the ModelGo license assistant.',
      headline: null,
      tone: 'neutral',
      paragraphs: [CAPABILITIES, 'Ask in plain words, or try one of these.'],
      fields: [],
      choices: EXAMPLES,
      source: 'modelgo-bot',
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
        paragraphs: ['Did you mean one of these?'],
        fields: [],
        choices: unknownLicense.suggestions.map((id) => ({ label: shortId(id), question: `what is ${shortId(id)}?` })),
        source: 'modelgo-bot',
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
      title: suggestions.length > 0 ? 'I\'m not sure what you mean' : 'That\'s outside what I know',
      headline: u.problem ? headline : suggestions.length > 0 ? 'Did you mean one of these?' : 'I only answer questions about the ModelGo model licenses.',
      tone: 'neutral',
      paragraphs: [CAPABILITIES],
      fields: [],
      choices: suggestions.length > 0 ? suggestions : EXAMPLES.slice(0, 3),
      source: 'modelgo-bot',
    },
  };
}

/** What the user typed, reduced to what a license id can contain, so no markup or ping is echoed. */
function displayed(text: string): string {
  return text.replace(/[^\p{L}\p{N}.,_\s"'()-]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}

/** A "did you mean" button: the runner-up intent asked about the licenses the message named. */
export function choiceFor(alt: Alternative, { kb, licenses }: AnswerContext): Choice | undefined {
  const [a, b] = licenses.all.map((l) => ('options' in l ? shortId(l.id) : l.id));
  const first = a ?? 'MG-BY-NC';
  switch (alt.intent) {
    case 'faq': {
      if (!alt.faq) return undefined;
      const topic = kb.faq(alt.faq);
      return { label: topic.title, question: topic.question };
    }
    case 'remix': return { label: 'Remix compatibility', question: `can I merge ${first} with ${b ?? 'MG-BY'}?` };
    case 'grant': return { label: 'Revocable?', question: `is ${first} revocable?` };
    case 'permission': return { label: 'Commercial use?', question: `can I use ${first} commercially?` };
    case 'license': return { label: 'License card', question: `what is ${first}?` };
    case 'compare': return { label: 'Compare', question: `compare ${first} and ${b ?? 'MG-BY'}` };
    case 'choose': return { label: 'Pick a license', question: 'which license should I choose?' };
    case 'help': return { label: 'What can you do?', question: 'what can you do?' };
    case 'unknown': return undefined;
  }
}
