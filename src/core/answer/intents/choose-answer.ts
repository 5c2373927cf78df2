import { shortId } from '../../knowledge/knowledge-base.js';
import { choose, NEEDS } from '../../rules/choose.js';
import type { AnswerContext, Draft } from '../draft.js';

const HOW_TO_CHOOSE_URL = 'https://www.modelgo.li/get-started/how-to-choose';

export function chooseAnswer({ u, kb, edition, msg }: AnswerContext): Draft {
  const words = msg.choose;
  const howToChoose = { label: msg.citations.howToChoose, url: HOW_TO_CHOOSE_URL };
  if (u.needs.length === 0) {
    const asked = NEEDS.slice(0, 5);
    return {
      result: null,
      clarify: asked.map((n) => words.needQuestion[n]),
      card: {
        title: words.title,
        headline: words.ask,
        tone: 'neutral',
        paragraphs: [words.optionsList(kb.edition(edition).copyleft)],
        fields: [],
        choices: asked.map((n) => ({ label: words.need[n], question: words.needQuestion[n] })),
        source: howToChoose.label,
        details: [words.tip],
        citations: [howToChoose],
      },
    };
  }
  const outcome = choose(u.needs, kb, edition);
  const pick = outcome.pick;
  return {
    result: pick?.id ?? null,
    card: {
      title: words.title,
      headline: pick ? words.pick(pick.id, outcome.needs) : words.none,
      tone: pick ? 'positive' : 'caution',
      paragraphs: outcome.reasons.map(words.reason),
      fields: [
        { label: words.fields.needs, value: words.needsValue(outcome.needs) },
        ...(pick
          ? [
              { label: words.fields.options, value: pick.options.join(', ') || msg.answer.noOptions },
              { label: words.fields.group, value: kb.groupName(pick.group) },
            ]
          : []),
      ],
      choices: pick ? [msg.answer.about(shortId(pick.id))] : [],
      source: msg.citations.sourceWithEdition(howToChoose.label, kb.edition(edition).display),
      details: pick ? [pick.summary] : [],
      citations: [howToChoose],
      group: pick?.group,
    },
  };
}
