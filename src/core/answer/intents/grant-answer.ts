import { shortId } from '../../knowledge/knowledge-base.js';
import type { Grant } from '../../knowledge/schema.js';
import { grant, isMgLicense } from '../../rules/grant.js';
import { FAQ_URL, licenseCitation, sourceLine } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';
import { askForLicenses } from './missing-license.js';

export function grantAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition, licenses, msg } = ctx;
  const words = msg.grant;
  const license = licenses.all[0];
  if (!license) return askForLicenses(ctx, 'grant');

  const aspect = u.aspect ?? 'revocable';
  const termination = kb.edition(edition).clauses.find((c) => c.id === 'termination');
  const outcome = grant(license, aspect, u.right, (id) => kb.footnotes.get(id), termination);
  const name = isMgLicense(license) ? shortId(license.id) : license.id;
  const citations = isMgLicense(license)
    ? [aspect === 'terminable' && termination ? licenseCitation(ctx, license, edition, termination.ref) : { label: msg.citations.grantTables, url: FAQ_URL }]
    : [{ label: msg.citations.otherGrantTables, url: FAQ_URL }];
  const describe = (g: Grant) => words.describe(g.revocable, g.sublicensable);

  const details: string[] = [];
  let headline: string;
  const paragraphs: string[] = [];
  if (aspect === 'terminable') {
    headline =
      outcome.verdict === null
        ? words.termination.unknown(name)
        : outcome.verdict === 'yes'
          ? words.termination.yes(name)
          : words.termination.no(name, kb.edition(edition).display);
    if (outcome.termination)
      paragraphs.push(
        outcome.verdict === 'yes'
          ? msg.answer.clause(outcome.termination.text, outcome.termination.ref)
          : (outcome.termination.exceptText ?? outcome.termination.text),
      );
    if (isMgLicense(license)) paragraphs.push(words.separateFromRevocation(license.grant.revocable === 'no'));
  } else {
    headline = words.headline(aspect, outcome.verdict ?? 'n/a', Boolean(u.negativeAspect), name);
    if (outcome.combined) paragraphs.push(words.combined);
    else {
      paragraphs.push(words.bothGrants(describe(outcome.patent), describe(outcome.copyright)));
      if (outcome.rightAssumed) details.push(words.rightAssumed);
    }
  }
  details.push(...outcome.footnotes);
  if (isMgLicense(license)) {
    // The data's discrepancy topics name the aspect in English, whatever language the answer is in.
    const stem = aspect === 'revocable' ? 'revoc' : aspect === 'sublicensable' ? 'sublicens' : 'terminat';
    details.push(...license.discrepancies.filter((d) => d.topic.includes(stem)).map((d) => d.note));
    details.push(words.noTrademarks);
  }
  return {
    verdict: outcome.verdict,
    card: {
      title: words.title(name, aspect),
      headline,
      tone: outcome.verdict === 'no' ? 'neutral' : 'caution',
      paragraphs,
      fields: [
        { label: words.fields.patent, value: describe(outcome.patent) },
        { label: words.fields.copyright, value: describe(outcome.copyright) },
      ],
      choices: isMgLicense(license) ? [msg.answer.about(name)] : [],
      source: sourceLine(citations),
      details,
      citations,
    },
  };
}
