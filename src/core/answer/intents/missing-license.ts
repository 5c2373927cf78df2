import { shortId } from '../../knowledge/knowledge-base.js';
import type { AnswerContext, Draft } from '../draft.js';
import type { Catalogue } from '../messages/catalogue.js';

/** The question needs a license (or two) that the message did not name: ask back with examples. */
/** `hint` replaces the intent's own question back where the message named part of what is needed. */
export function askForLicenses({ kb, edition, msg }: AnswerContext, intent: keyof Catalogue['missingLicense']['hints'], hint?: string): Draft {
  const example = msg.intents[intent].example;
  return {
    verdict: null,
    result: null,
    clarify: [example],
    card: {
      title: msg.missingLicense.title,
      headline: hint ?? msg.missingLicense.hints[intent],
      tone: 'neutral',
      paragraphs: [
        msg.missingLicense.known(
          kb.licenses(edition).map((l) => shortId(l.id)),
          kb.others.map((o) => o.id),
        ),
      ],
      fields: [],
      choices: [{ label: msg.missingLicense.example, question: example }],
      source: msg.citations.licenseList(kb.edition(edition).display),
      details: [],
      citations: [],
    },
  };
}
