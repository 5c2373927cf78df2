import { shortId } from '../../knowledge/knowledge-base.js';
import type { License } from '../../knowledge/schema.js';
import { type Finding, permission } from '../../rules/permission.js';
import { isDuty } from '../../understanding/permission-frame.js';
import { licenseCitation, sourceLine } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';
import { licenseCard } from './license-card.js';
import { askForLicenses } from './missing-license.js';

/** "Can I / must I … under L?", answered act by act in the polarity of the question. */
export function permissionAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition, licenses, msg } = ctx;
  const words = msg.permission;
  // The license the question is about, not the one it would relicense under.
  const target = u.target?.kind === 'mg' ? kb.byOptions(u.target.options, edition)?.id : undefined;
  const license = licenses.mg.find((l) => l.id !== target) ?? licenses.mg[0];
  if (!license) {
    if (licenses.others[0]) return licenseCard(ctx);
    return askForLicenses(ctx, 'permission');
  }
  const frame = u.permission;
  if (!frame) {
    const card = licenseCard(ctx);
    return {
      ...card,
      verdict: null,
      card: { ...card.card, headline: words.unclear(shortId(license.id)) },
    };
  }
  const outcome = permission(license, frame, kb, edition);
  const id = shortId(license.id);
  // "can I post it?" with no object: the original and a fine-tune can get different answers, so ask which.
  if (!frame.objectNamed && !u.assumed && UNNAMED_OBJECT.test(u.question)) {
    const asDerivative = permission(license, { ...frame, object: 'derivative' }, kb, edition);
    if (asDerivative.verdict !== outcome.verdict) {
      return {
        verdict: null,
        clarify: (['model', 'derivative'] as const).map((object) => words.clarifyOption(id, words.act(frame.acts, object, frame.hosted))),
        card: clarifyCard(ctx),
      };
    }
  }
  const phrase = words.act(frame.acts, frame.object, frame.hosted);
  const duty = frame.acts.length === 1 && isDuty(frame.acts[0]!);
  const headline =
    frame.licensorSide && outcome.value !== null
      ? words.licensorSide(id, outcome.value)
      : outcome.verdict === null
        ? words.unsettled(kb.edition(edition).display, phrase, id)
        : words.headline({ yes: outcome.verdict === 'yes', value: outcome.value === true, duty, modality: frame.modality, negated: frame.negated, phrase, id });
  // The reasons that decide it: a refused right decides alone; otherwise every finding counts.
  const deciding = outcome.findings.filter((f) => f.value === false);
  const reasons = (deciding.length > 0 ? deciding : outcome.findings).map((f) => reason(f, license, ctx));
  const context = [
    ...(frame.hosted && frame.acts.includes('share') ? [words.hostedIsDistribution] : []),
    ...(frame.object === 'extracted' ? [extractedNote(ctx, license)] : []),
    ...(frame.acts.includes('share') && frame.object === 'output' && license.sheet['output-dataset-notice'] === true ? [words.outputDatasetNotice] : []),
  ];
  // Where the Model Sheet and the license text disagree, the text decides and the first message says so.
  const disagreements = outcome.discrepancies.map((d) => d.note);
  const shown = [...new Set([...disagreements, ...context, ...reasons])].slice(0, 2);
  const fromText =
    outcome.findings.some((f) => (f.basis.kind === 'row' && f.basis.row.fromText) || f.basis.kind === 'extracted-outside-license') || disagreements.length > 0;
  const citations = [licenseCitation(ctx, license, edition, fromText ? msg.citations.licenseText : msg.citations.modelSheet)];
  return {
    verdict: outcome.verdict,
    card: {
      title: words.title(license.id, phrase),
      headline,
      tone: outcome.value === null ? 'neutral' : outcome.value ? 'positive' : 'caution',
      paragraphs: shown,
      fields: outcome.findings.flatMap((f) =>
        f.basis.kind === 'row'
          ? [{ label: words.field(Boolean(f.basis.row.fromText), f.basis.row.label), value: license.sheet[f.basis.row.id] ? msg.answer.yes : msg.answer.no }]
          : [],
      ),
      choices: [words.all(id)],
      source: sourceLine(citations),
      details: [...context, ...reasons, license.summary, ...disagreements],
      citations,
      group: license.group,
    },
  };
}

/** A question that says "it" or "this" for the thing it wants to do something with. */
const UNNAMED_OBJECT = /\b(it|this|them|stuff|things|files|work)\b|\bwhat (i|we) (made|built|created|produced|generated)\b/i;

function clarifyCard({ kb, edition, msg }: AnswerContext): Draft['card'] {
  return {
    title: msg.answer.clarify.title,
    headline: msg.permission.clarifyHeadline,
    tone: 'neutral',
    paragraphs: [],
    fields: [],
    choices: [],
    source: msg.citations.modelSheets(kb.edition(edition).display),
    details: [],
    citations: [],
  };
}

function reason(f: Finding, license: License, ctx: AnswerContext): string {
  const { kb, edition, msg } = ctx;
  const id = shortId(license.id);
  const display = kb.edition(edition).display;
  const basis = f.basis;
  switch (basis.kind) {
    case 'row':
      return msg.permission.reason({
        kind: 'row',
        id,
        fromText: Boolean(basis.row.fromText),
        display,
        label: basis.row.label,
        marked: Boolean(license.sheet[basis.row.id]),
      });
    case 'no-row':
      return msg.permission.reason({ kind: 'no-row', display });
    case 'copyleft':
    case 'no-sharing-derivatives':
      return msg.permission.reason({ kind: basis.kind, id });
    case 'sublicensable':
      return msg.permission.reason({ kind: 'sublicensable', id, sublicensable: license.grant.sublicensable === 'yes' });
    case 'extracted-outside-license':
      return extractedNote(ctx, license);
    case 'non-commercial-purpose': {
      const definition = kb.edition(edition).clauses.find((c) => c.id === 'non-commercial');
      const rule = definition ? msg.answer.clause(definition.text, definition.ref) : '';
      return msg.permission.reason({ kind: 'non-commercial-purpose', rule, unsure: basis.allowed === null });
    }
    default:
      return msg.permission.reason({ kind: basis.kind });
  }
}

/** What a distilled model is in this edition's text, which decides the rows that answer. */
function extractedNote({ kb, edition, msg }: AnswerContext, license: License): string {
  const extracted = kb.edition(edition).clauses.find((c) => c.id === 'extracted-model');
  if (!extracted || extracted.undefined) return msg.permission.extracted.derivative2024;
  if (extracted.except.includes(license.id)) return extracted.exceptText ?? extracted.text;
  return msg.permission.extracted.ownRows(kb.edition(edition).display, extracted.ref);
}
