import { shortId } from '../../knowledge/knowledge-base.js';
import { INTENT_SPECS, type Intent } from '../answer.js';
import type { AnswerContext, Draft } from '../draft.js';

/** The question needs a license (or two) that the message did not name: ask back with examples. */
export function askForLicenses({ kb, edition }: AnswerContext, intent: Intent, hint: string): Draft {
  const example = INTENT_SPECS[intent].example;
  const mg = kb
    .licenses(edition)
    .map((l) => shortId(l.id))
    .join(', ');
  return {
    verdict: null,
    result: null,
    clarify: [example],
    card: {
      title: 'Which license do you mean?',
      headline: hint,
      tone: 'neutral',
      paragraphs: [`I know ${mg}, and for grants also ${kb.others.map((o) => o.id).join(', ')}.`],
      fields: [],
      choices: [{ label: 'Example', question: example }],
      source: `ModelGo license list (${kb.edition(edition).display})`,
      details: [],
      citations: [],
    },
  };
}
