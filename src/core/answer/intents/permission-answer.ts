import { shortId } from '../../knowledge/knowledge-base.js';
import type { License } from '../../knowledge/schema.js';
import { type Finding, permission } from '../../rules/permission.js';
import { isDuty } from '../../understanding/permission-frame.js';
import { licenseCitation, sourceLine } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';
import { actPhrase } from '../messages/permission.js';
import { VERDICT_MARK } from '../words.js';
import { licenseCard } from './license-card.js';
import { askForLicenses } from './missing-license.js';

/** "Can I / must I … under L?", answered act by act in the polarity of the question. */
export function permissionAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition, licenses } = ctx;
  const license = licenses.mg[0];
  if (!license) {
    if (licenses.others[0]) return licenseCard(ctx);
    return askForLicenses(ctx, 'permission', 'Which license is the model under? For example: "can I use an MG-BY-NC-ND model commercially?"');
  }
  const frame = u.permission;
  if (!frame) {
    const card = licenseCard(ctx);
    return {
      ...card,
      verdict: null,
      card: { ...card.card, headline: `I couldn't tell which right or duty you mean, so here is ${shortId(license.id)} at a glance.` },
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
        clarify: (['model', 'derivative'] as const).map((object) => `Under ${id}, can I ${actPhrase(frame.acts, object, frame.hosted)}?`),
        card: clarifyCard(ctx),
      };
    }
  }
  const phrase = actPhrase(frame.acts, frame.object, frame.hosted);
  const duty = frame.acts.length === 1 && isDuty(frame.acts[0]!);
  const headline =
    frame.licensorSide && outcome.value !== null
      ? outcome.value
        ? `${VERDICT_MARK.caution} Yes, under ${id} the rights in your derivatives belong to the licensor.`
        : `${VERDICT_MARK.yes} No, under ${id} the rights in your derivatives stay with you.`
      : outcome.verdict === null
        ? `${VERDICT_MARK.caution} The ${kb.edition(edition).display} don't settle whether you can ${phrase} under ${id}.`
        : headlineFor(outcome.verdict === 'yes', outcome.value === true, duty, frame.modality, frame.negated, phrase, id);
  // The reasons that decide it: a refused right decides alone; otherwise every finding counts.
  const deciding = outcome.findings.filter((f) => f.value === false);
  const reasons = (deciding.length > 0 ? deciding : outcome.findings).map((f) => reason(f, license, ctx)).filter((r): r is string => r !== undefined);
  const context = [
    ...(frame.hosted && frame.acts.includes('share') ? ['Hosting a model or offering it through an API counts as distributing it (§1, "Distribution").'] : []),
    ...(frame.object === 'extracted' ? [extractedNote(ctx, license)] : []),
    ...(frame.acts.includes('share') && frame.object === 'output' && license.sheet['output-dataset-notice'] === true
      ? ['A dataset of its output needs a provenance notice when shared (§2.2(b)).']
      : []),
  ];
  // Where the Model Sheet and the license text disagree, the text decides and the first message says so.
  const disagreements = outcome.discrepancies.map((d) => d.note);
  const shown = [...new Set([...disagreements, ...context, ...reasons])].slice(0, 2);
  const fromText =
    outcome.findings.some((f) => (f.basis.kind === 'row' && f.basis.row.fromText) || f.basis.kind === 'extracted-outside-license') || disagreements.length > 0;
  const citations = [licenseCitation(kb, license, edition, fromText ? 'license text' : 'Model Sheet')];
  return {
    verdict: outcome.verdict,
    card: {
      title: `${license.id}: can you ${phrase}?`,
      headline,
      tone: outcome.value === null ? 'neutral' : outcome.value ? 'positive' : 'caution',
      paragraphs: shown,
      fields: outcome.findings.flatMap((f) =>
        f.basis.kind === 'row'
          ? [{ label: `${f.basis.row.fromText ? 'License text' : 'Model Sheet'}: ${f.basis.row.label}`, value: license.sheet[f.basis.row.id] ? 'Yes' : 'No' }]
          : [],
      ),
      choices: [{ label: `All of ${id}`, question: `what is ${id}?` }],
      source: sourceLine(citations),
      details: [...context, ...reasons, license.summary, ...disagreements],
      citations,
      group: license.group,
    },
  };
}

/** A question that says "it" or "this" for the thing it wants to do something with. */
const UNNAMED_OBJECT = /\b(it|this|them|stuff|things|files|work)\b/i;

function clarifyCard({ kb, edition }: AnswerContext): Draft['card'] {
  return {
    title: 'Which do you mean?',
    headline: 'Which do you mean? The original model and a modified version get different answers:',
    tone: 'neutral',
    paragraphs: [],
    fields: [],
    choices: [],
    source: `ModelGo Model Sheets (${kb.edition(edition).display})`,
    details: [],
    citations: [],
  };
}

/** The first line, in the question's own terms. */
function headlineFor(yes: boolean, value: boolean, duty: boolean, modality: string, negated: boolean, phrase: string, id: string): string {
  const mark = yes ? VERDICT_MARK.yes : VERDICT_MARK.no;
  if (!duty) {
    if (modality === 'forbidden')
      return yes ? `${mark} Yes, ${id} forbids it: you can't ${phrase}.` : `${mark} No, ${id} doesn't forbid it: you can ${phrase}.`;
    return value ? `${mark} Yes, you can ${phrase} under ${id}.` : `${mark} No, you can't ${phrase} under ${id}.`;
  }
  const rule = value ? `${id} requires you to ${phrase}` : `${id} doesn't require you to ${phrase}`;
  if (modality === 'optional' || (modality === 'can' && negated))
    return yes ? `${mark} Yes, you may leave it out: ${rule}.` : `${mark} No, you can't leave it out: ${rule}.`;
  return value ? `${mark} Yes, you do have to: ${rule}.` : `${mark} No, you don't have to: ${rule}.`;
}

function reason(f: Finding, license: License, { kb, edition }: AnswerContext): string | undefined {
  const id = shortId(license.id);
  switch (f.basis.kind) {
    case 'row': {
      const marked = license.sheet[f.basis.row.id] ? 'yes' : 'no';
      const where = f.basis.row.fromText ? `The ${id} text` : 'Its Model Sheet';
      return `${where} (${kb.edition(edition).display}) says "${f.basis.row.label}": ${marked}.`;
    }
    case 'no-row':
      return `The ${kb.edition(edition).display} have no Model Sheet row or clause that settles this.`;
    case 'copyleft':
      return `${id} is copyleft: shared derivatives must stay under ${id} itself.`;
    case 'no-sharing-derivatives':
      return `${id} gives no right to share derivatives at all, so there is nothing to relicense.`;
    case 'vested-in-licensor':
      return 'Under the Nov 2024 texts the rights in derivatives belong to the licensor (§2.2), so they are not yours to relicense.';
    case 'sublicensable':
      return `${id} is ${license.grant.sublicensable === 'yes' ? '' : 'not '}sublicensable.`;
    case 'no-trademark':
      return 'No ModelGo license grants any trademark rights.';
    case 'data-out-of-scope':
      return 'Training and evaluation data are not Licensed Materials: the license does not reach them (§1, "Licensed Materials").';
    case 'extracted-outside-license':
      return extractedNote({ kb, edition } as AnswerContext, license);
    case 'no-output-attribution':
      return 'Attribution covers the model and its derivatives, not what it generates; just say the content may be AI-generated.';
    case 'non-commercial-purpose': {
      const definition = kb.edition(edition).clauses.find((c) => c.id === 'non-commercial');
      const rule = definition ? `${definition.text} (${definition.ref})` : '';
      return f.basis.allowed === null ? `${rule} Whether research inside a company qualifies depends on whether it is aimed at commercial advantage.` : rule;
    }
  }
}

/** What a distilled model is in this edition's text, which decides the rows that answer. */
function extractedNote({ kb, edition }: AnswerContext, license: License): string {
  const extracted = kb.edition(edition).clauses.find((c) => c.id === 'extracted-model');
  if (!extracted || extracted.undefined) return 'In the Nov 2024 texts a distilled model, or one trained on the output, is a Derivative Material (§1).';
  if (extracted.except.includes(license.id)) return extracted.exceptText ?? extracted.text;
  return `In the ${kb.edition(edition).display} a distilled model is an "Extracted Model" (${extracted.ref}), with its own rows.`;
}
