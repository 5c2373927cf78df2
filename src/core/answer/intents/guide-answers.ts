import { shortId } from '../../knowledge/knowledge-base.js';
import type { Alternative } from '../../matcher/understanding.js';
import type { Choice } from '../answer.js';
import type { AnswerContext, Draft } from '../draft.js';

const SITE_URL = 'https://www.modelgo.li';

/** Thanks and goodbyes close a conversation; they need no tour of what the bot does. */
const THANKS = /^\W*(thanks|thank you|thx|ty|cheers|much appreciated|great|perfect|ok|okay|bye|goodbye|see you)\b/i;

export function helpAnswer({ u, msg }: AnswerContext): Draft {
  const site = { label: msg.citations.site, url: SITE_URL };
  const thanks = THANKS.test(u.question);
  return {
    card: {
      title: msg.help.title,
      headline: thanks ? msg.help.welcome : msg.help.title,
      tone: 'neutral',
      paragraphs: thanks ? [] : [msg.help.capabilities, msg.help.tryExamples],
      fields: [],
      choices: msg.help.examples,
      source: site.label,
      details: [],
      citations: [site],
    },
  };
}

/** Outside what the bot knows, or too unsure to answer: say so, and offer the closest readings. */
export function unknownAnswer(ctx: AnswerContext): Draft {
  const { u, licenses, msg } = ctx;
  const site = { label: msg.citations.site, url: SITE_URL };
  const unknownLicense = licenses.unknown[0];
  if (unknownLicense) {
    const words = msg.unknownLicense;
    return {
      card: {
        title: words.title(displayed(unknownLicense.text)),
        headline: words.headline(displayed(words.reason(unknownLicense.text, unknownLicense.reason))),
        tone: 'caution',
        paragraphs: unknownLicense.suggestions.length > 0 ? [words.closest(unknownLicense.suggestions.map(shortId))] : [],
        fields: [],
        choices: unknownLicense.suggestions.map((id) => ({ label: shortId(id), question: msg.answer.about(shortId(id)).question })),
        source: site.label,
        details: [],
        citations: [site],
      },
    };
  }
  const suggestions = u.alternatives.map((a) => choiceFor(a, ctx)).filter((c): c is Choice => c !== undefined);
  const words = msg.unknown;
  const problem = { empty: words.empty, 'too-long': words.tooLong, 'too-many-licenses': words.tooManyLicenses }[u.problem ?? 'empty'];
  return {
    card: {
      title: suggestions.length > 0 ? words.unsureTitle : words.outsideTitle,
      headline: u.problem ? problem : suggestions.length > 0 ? words.didYouMean(suggestions.map((s) => s.question)) : words.outside,
      tone: 'neutral',
      paragraphs: suggestions.length > 0 ? [] : [msg.help.capabilities],
      fields: [],
      choices: suggestions.length > 0 ? suggestions : msg.help.examples.slice(0, 3),
      source: site.label,
      details: [],
      citations: [site],
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
export function choiceFor(alt: Alternative, { kb, licenses, msg }: AnswerContext): Choice | undefined {
  const [a, b] = licenses.all.map((l) => ('options' in l ? shortId(l.id) : l.id));
  if (alt.intent === 'faq') {
    if (!alt.faq) return undefined;
    const topic = kb.faq(alt.faq);
    return { label: topic.title, question: topic.question };
  }
  const button = msg.intents[alt.intent].button;
  return button ? { label: button.label, question: button.question(a ?? 'MG-BY-NC', b ?? 'MG-BY') } : undefined;
}
