import { shortId } from '../../knowledge/knowledge-base.js';
import { METHOD_NAMES, remix } from '../../rules/remix.js';
import { FAQ_URL } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';
import { VERDICT_MARK } from '../words.js';
import { askForLicenses } from './missing-license.js';

/** Words that say every model named shares the one license given. */
const SAME_LICENSE_MODELS = /\b(two|2|three|both|another|other|each|several|multiple|pair|itself|themselves|models|checkpoints|fine-?tunes|variants)\b/i;

const REMIX_FAQ = { label: 'ModelGo FAQ: "What happens if I remix two models under MG licenses?"', url: FAQ_URL };

export function remixAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition, licenses } = ctx;
  if (licenses.others.length > 0) {
    const names = licenses.others.map((o) => o.name).join(', ');
    return {
      verdict: null,
      card: {
        title: 'Remixing with a non-ModelGo license',
        headline: 'The ModelGo compatibility table only covers ModelGo licenses.',
        tone: 'neutral',
        paragraphs: [
          `${names} is not a ModelGo license, so the table can't say whether the combination works. Follow that license's own terms for derivatives.`,
        ],
        fields: [],
        choices: [{ label: 'How remixing works', question: 'What happens when I remix two models under MG licenses?' }],
        source: REMIX_FAQ.label,
        details: [],
        citations: [REMIX_FAQ],
      },
    };
  }
  // "Two MG-BY models merged", "distil an MG-BY-RAI teacher": one id named, and every model has it.
  // An id named again later ("…, so the result is MG-BY-NC-ND?") is not a third model.
  const named = licenses.mg.filter((l, i) => licenses.mg.findIndex((m) => m.id === l.id) === i);
  const oneForAll = named.length === 1 && (licenses.mg.length > 1 || u.method === 'distill' || SAME_LICENSE_MODELS.test(u.question));
  const parents = oneForAll ? [named[0]!, named[0]!] : named;
  if (parents.length === 0) return askForLicenses(ctx, 'remix', 'Which licenses do the models have? For example: "can I merge MG-BY-NC with MG-BY-OS?"');
  if (parents.length === 1) {
    const id = shortId(parents[0]!.id);
    return askForLicenses(ctx, 'remix', `Which license does the other model have? For example: "can I merge ${id} with MG-BY-OS?"`);
  }

  const outcome = remix(parents, u.method, kb, edition);
  const distinct = [...new Set(parents.map((p) => shortId(p.id)))];
  const pair = distinct.length === 1 ? `two ${distinct[0]} models` : distinct.join(' + ');
  const headline = {
    compatible:
      outcome.method === 'distill'
        ? `${VERDICT_MARK.yes} Yes, you can distil ${distinct.length === 1 ? distinct[0] : pair} into a new model: license it as ${outcome.result?.id}.`
        : `${VERDICT_MARK.yes} Yes, ${pair} can be merged: license the result as ${outcome.result?.id}.`,
    'cannot-share': `${VERDICT_MARK.caution} You can merge ${pair} for your own use, but you can't share the result, so no license applies to it.`,
    incompatible: `${VERDICT_MARK.no} No, ${pair} can't be merged and shared: no ModelGo license can cover the result.`,
    separable: `${VERDICT_MARK.separable} Yes: with ${METHOD_NAMES[outcome.method]} each model keeps its own license (${pair}).`,
  }[outcome.verdict];
  // Editions whose texts define Extracted Models (Dec 2025) no longer count a distilled model as a derivative.
  const extracted = outcome.method === 'distill' && kb.rowFor('create-extracted', edition) !== undefined;
  const details = [
    ...(extracted
      ? [
          'In the Dec 2025 texts a model distilled from another model\'s output is an "Extracted Model", not a derivative (MG0 and MG-BY leave such models outside the license); the verdict above still follows the official compatibility table.',
        ]
      : []),
    ...(outcome.methodAssumed
      ? [
          "You didn't say how you will combine them, so I assumed merging into one model (weight averaging, fusion or layer concatenation). Ensembles, voting, stacking, mixtures of experts and pipelines keep each model's license instead.",
        ]
      : []),
    ...outcome.reasons,
  ];
  const table = `ModelGo compatibility table (${kb.edition(edition).display})`;
  return {
    verdict: outcome.verdict,
    result: outcome.result?.id ?? null,
    licenses: parents.map((p) => p.id),
    card: {
      title: `Remixing ${pair}`,
      headline,
      tone: { compatible: 'positive', 'cannot-share': 'caution', incompatible: 'negative', separable: 'neutral' }[outcome.verdict] as Draft['card']['tone'],
      paragraphs: [...(extracted ? [details[0]!] : []), ...outcome.reasons.slice(0, 1)],
      fields: [
        { label: 'Method', value: `${METHOD_NAMES[outcome.method]}${outcome.methodAssumed ? ' (assumed)' : ''}` },
        {
          label: 'Result',
          value: outcome.result ? outcome.result.id : outcome.verdict === 'separable' ? 'each model keeps its license' : 'no license applies',
        },
        { label: 'Edition', value: kb.edition(edition).title },
      ],
      choices: [
        ...(outcome.result ? [{ label: `About ${shortId(outcome.result.id)}`, question: `what is ${shortId(outcome.result.id)}?` }] : []),
        { label: 'Show the table', question: `show me the ${kb.edition(edition).display} compatibility table for ${pair.replace(' + ', ' and ')}` },
      ],
      source: table,
      details,
      citations: [{ label: table, url: FAQ_URL }],
    },
  };
}
