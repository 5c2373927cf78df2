import { shortId } from '../../knowledge/knowledge-base.js';
import { remix } from '../../rules/remix.js';
import { FAQ_URL } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';
import { askForLicenses } from './missing-license.js';

export function remixAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition, licenses, msg } = ctx;
  const words = msg.remix;
  const remixFaq = { label: words.faqLabel, url: FAQ_URL };
  if (licenses.others.length > 0) {
    return {
      verdict: null,
      card: {
        title: words.others.title,
        headline: words.others.headline,
        tone: 'neutral',
        paragraphs: [words.others.paragraph(licenses.others.map((o) => o.name))],
        fields: [],
        choices: [words.others.howItWorks],
        source: remixFaq.label,
        details: [],
        citations: [remixFaq],
      },
    };
  }
  // "Two MG-BY models merged", "distil an MG-BY-RAI teacher": one id named, and every model has it.
  // An id named again later ("…, so the result is MG-BY-NC-ND?") is not a third model.
  const named = licenses.mg.filter((l, i) => licenses.mg.findIndex((m) => m.id === l.id) === i);
  const oneForAll = named.length === 1 && (licenses.mg.length > 1 || u.method === 'distill' || u.severalModels === true);
  const parents = oneForAll ? [named[0]!, named[0]!] : named;
  if (parents.length === 0) return askForLicenses(ctx, 'remix');
  if (parents.length === 1) return askForLicenses(ctx, 'remix', msg.missingLicense.otherModel(shortId(parents[0]!.id)));

  const outcome = remix(parents, u.method, kb, edition);
  const pair = parents.map((p) => shortId(p.id));
  // Editions whose texts define Extracted Models (Dec 2025) no longer count a distilled model as a derivative.
  const extracted = outcome.method === 'distill' && kb.rowFor('create-extracted', edition) !== undefined;
  const reasons = outcome.reasons.map(words.reason);
  const details = [...(extracted ? [words.extractedNote] : []), ...(outcome.methodAssumed ? [words.methodAssumed] : []), ...reasons];
  const table = msg.citations.compatibilityTable(kb.edition(edition).display);
  return {
    verdict: outcome.verdict,
    result: outcome.result?.id ?? null,
    licenses: parents.map((p) => p.id),
    card: {
      title: words.title(pair),
      headline: words.headline(outcome.verdict, pair, outcome.result?.id, outcome.method),
      tone: { compatible: 'positive', 'cannot-share': 'caution', incompatible: 'negative', separable: 'neutral' }[outcome.verdict] as Draft['card']['tone'],
      paragraphs: [...(extracted ? [details[0]!] : []), ...reasons.slice(0, 1)],
      fields: [
        { label: words.fields.method, value: words.methodValue(outcome.method, outcome.methodAssumed) },
        {
          label: words.fields.result,
          value: outcome.result ? outcome.result.id : outcome.verdict === 'separable' ? words.separateResult : words.noResult,
        },
        { label: words.fields.edition, value: kb.edition(edition).title },
      ],
      choices: [...(outcome.result ? [msg.answer.about(shortId(outcome.result.id))] : []), words.showTable(kb.edition(edition).display, pair)],
      source: table,
      details,
      citations: [{ label: table, url: FAQ_URL }],
    },
  };
}
