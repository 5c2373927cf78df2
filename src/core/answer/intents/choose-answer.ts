import { shortId } from '../../knowledge/knowledge-base.js';
import { choose, NEED_WORDS, NEEDS } from '../../rules/choose.js';
import type { AnswerContext, Draft } from '../draft.js';
import { VERDICT_MARK } from '../words.js';

const NEED_QUESTIONS: Record<(typeof NEEDS)[number], string> = {
  'no-commercial': 'which license prevents commercial use?',
  'keep-open': 'which license keeps derivatives open source?',
  'no-derivatives': 'which license stops people sharing modified versions?',
  'prevent-misuse': 'which license prevents misuse of my model?',
  credit: 'which license just asks for credit?',
  'no-conditions': 'which license is the most permissive?',
  'most-restrictive': 'which license is the most restrictive?',
};

const HOW_TO_CHOOSE = { label: 'ModelGo: how to choose a license', url: 'https://www.modelgo.li/get-started/how-to-choose' };

export function chooseAnswer({ u, kb, edition }: AnswerContext): Draft {
  if (u.needs.length === 0) {
    return {
      result: null,
      card: {
        title: 'Choosing a ModelGo license',
        headline: "Tell me what matters to you and I'll pick the least restrictive license that fits.",
        tone: 'neutral',
        paragraphs: [
          `The options: BY (credit), NC (no commercial use), ND (no sharing of modified versions), RAI (use restrictions) and ${kb.edition(edition).copyleft} (derivatives stay open). MG0 has none.`,
        ],
        fields: [],
        choices: NEEDS.slice(0, 5).map((n) => ({ label: NEED_WORDS[n], question: NEED_QUESTIONS[n] })),
        source: HOW_TO_CHOOSE.label,
        details: [
          'Tip from the ModelGo site: if you have not settled your plans yet, a revocable license keeps more control; avoid RAI options if your project contains GPL code.',
        ],
        citations: [HOW_TO_CHOOSE],
      },
    };
  }
  const outcome = choose(u.needs, kb, edition);
  const pick = outcome.pick;
  return {
    result: pick?.id ?? null,
    card: {
      title: 'Choosing a ModelGo license',
      headline: pick
        ? `${VERDICT_MARK.yes} Pick ${pick.id}: it meets ${outcome.needs.map((n) => NEED_WORDS[n]).join(', ')}.`
        : `${VERDICT_MARK.no} No single ModelGo license meets all of these needs.`,
      tone: pick ? 'positive' : 'caution',
      paragraphs: outcome.reasons,
      fields: [
        { label: 'Your needs', value: outcome.needs.map((n) => NEED_WORDS[n]).join('; ') },
        ...(pick
          ? [
              { label: 'Options', value: pick.options.join(', ') || 'none' },
              { label: 'Group', value: pick.group },
            ]
          : []),
      ],
      choices: pick ? [{ label: `About ${shortId(pick.id)}`, question: `what is ${shortId(pick.id)}?` }] : [],
      source: `${HOW_TO_CHOOSE.label} (${kb.edition(edition).display})`,
      details: pick ? [pick.summary] : [],
      citations: [HOW_TO_CHOOSE],
      group: pick?.group,
    },
  };
}
