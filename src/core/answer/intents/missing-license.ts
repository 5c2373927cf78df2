import { shortId } from '../../knowledge/knowledge-base.js';
import type { Intent } from '../answer.js';
import type { AnswerContext, Draft } from '../draft.js';

const EXAMPLES: Partial<Record<Intent, string>> = {
  remix: 'can I merge MG-BY-NC with MG-BY-OS?',
  grant: 'is MG-BY-NC revocable?',
  permission: 'can I use MG-BY-NC-ND models commercially?',
  license: 'what is MG-BY-ND?',
  compare: 'compare MG0 and MG-BY',
};

/** The question needs a license (or two) that the message did not name: say so and show how to ask. */
export function askForLicenses({ kb, edition }: AnswerContext, intent: Intent, hint: string): Draft {
  const example = EXAMPLES[intent];
  const mg = kb.licenses(edition).map((l) => shortId(l.id)).join(', ');
  return {
    verdict: null,
    result: null,
    card: {
      title: 'Which license do you mean?',
      headline: hint,
      tone: 'neutral',
      paragraphs: [`ModelGo licenses of the ${kb.edition(edition).title}: ${mg}. For the grant tables I also know ${kb.others.map((o) => o.id).join(', ')}.`],
      fields: [],
      choices: example ? [{ label: 'Example', question: example }] : [],
      source: 'modelgo-bot',
    },
  };
}
