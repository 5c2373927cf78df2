import type { LicenseOption } from '../../knowledge/schema.js';
import { VERDICT_MARK as MARK } from '../words.js';
import type { Catalogue } from './catalogue.js';

const OPTION_NAMES: Record<LicenseOption, string> = {
  BY: 'Attribution (BY)',
  NC: 'NonCommercial (NC)',
  ND: 'NoDerivatives (ND)',
  OS: 'OpenSource (OS)',
  SA: 'ShareAlike (SA)',
  RAI: 'ResponsibleAI (RAI)',
};

const GRANT_VALUES = {
  yes: 'Yes',
  no: 'No',
  'not-stated': 'Not stated',
  'auto-licensing': 'No: auto licensing instead',
  'n/a': 'Not applicable',
} as const;

const NEEDS = {
  'no-commercial': 'no commercial use',
  'keep-open': 'derivatives must stay open',
  'no-derivatives': 'no modified versions shared',
  'prevent-misuse': 'prevent misuse',
  credit: 'credit for your work',
  'no-conditions': 'as few conditions as possible',
  'most-restrictive': 'as much control as possible',
} as const;

const METHODS = {
  merge: 'merging the models into one',
  average: 'weight averaging',
  fuse: 'model fusion',
  concat: 'layer concatenation',
  distill: 'distillation into one model',
  ensemble: 'an ensemble',
  vote: 'a voting ensemble',
  stack: 'stacking',
  moe: 'a mixture of experts',
  pipeline: 'a pipeline',
} as const;

/** How answers name each object of a permission question. */
const OBJECTS = {
  model: 'the model',
  derivative: 'a fine-tuned or otherwise modified version',
  extracted: 'a model distilled from it (or trained on its output)',
  output: 'its output',
  'output-dataset': 'its output as a dataset',
  'training-data': 'your training data',
} as const;

const options = (list: readonly LicenseOption[]): string => list.map((o) => OPTION_NAMES[o]).join(' and ');
const about = (id: string) => ({ label: `About ${id}`, question: `what is ${id}?` });
const grantPair = (g: { revocable: keyof typeof GRANT_VALUES; sublicensable: keyof typeof GRANT_VALUES }) =>
  `revocable ${GRANT_VALUES[g.revocable].toLowerCase()}, sublicensable ${GRANT_VALUES[g.sublicensable].toLowerCase()}`;

/** The ids of a remix, "MG-BY-NC + MG-BY-OS". */
/** "MG-BY + MG-BY-NC", or "two MG-BY models" when both have one license. */
const pair = (ids: string[]) => (ids.length === 2 && ids[0] === ids[1] ? `two ${ids[0]} models` : ids.join(' + '));

/** Put before an answer to a message in a language the bot does not read, which is always answered in English. */
export const OTHER_LANGUAGE_LINE =
  'I understand English, Chinese (中文) and Spanish (español). This is the best answer I can give, in English, from the license ids I recognised.';

export const en: Catalogue = {
  answer: {
    disclaimer: 'Not legal advice: the license text governs.',
    source: (line) => `Source: ${line}`,
    clarifyOption: (n, question) => `${n}. ${question}`,
    detailsField: (label, value) => `• ${label}: ${value}`,
    detailsCitation: (label, url) => `${label}: ${url}`,
    assumed: (headline, { ids, edition, result }) =>
      `${headline} (${ids.join(' + ')}${result ? ', the result just discussed' : ''}${edition ? `, ${edition} texts` : ''})`,
    clause: (text, ref) => `${text} (${ref})`,
    yes: 'Yes',
    no: 'No',
    noOptions: 'none',
    about,
    clarify: {
      title: 'Which do you mean?',
      headline: 'Which do you mean? The answer differs:',
      source: (display) => `ModelGo licenses (${display})`,
    },
  },

  citations: {
    license: (id, clause, display) => `${id}${clause ? ` ${clause}` : ''} (${display})`,
    faq: (question) => `ModelGo FAQ: "${question}"`,
    modelSheet: 'Model Sheet',
    licenseText: 'license text',
    compatibilityTable: (display) => `ModelGo compatibility table (${display})`,
    grantTables: 'ModelGo FAQ: "Grant of patent and copyright licenses in ModelGo"',
    otherGrantTables: 'ModelGo FAQ: grant tables for other licenses',
    licenseTexts: (display, ref) => `ModelGo license texts, ${display}${ref ? ` ${ref}` : ''}`,
    howToChoose: 'ModelGo: how to choose a license',
    site: 'ModelGo licenses',
    licenseList: (display) => `ModelGo license list (${display})`,
    modelSheets: (display) => `ModelGo Model Sheets (${display})`,
    modelSheetsOf: (display) => `Model Sheets, ${display}`,
    sourceWithEdition: (label, display) => `${label}${display ? ` (${display})` : ''}`,
  },

  editions: {
    answeredFrom: (title, ids) => `Answered from the ${title}, the edition that has ${ids.join(' and ')}.`,
    rename: (from, to, later) => `${from} ${later ? 'became' : 'was'} ${to}`,
    otherEdition: (display, renames, headline) => `In the ${display}${renames.length > 0 ? ` (where ${renames.join(', ')})` : ''}: ${headline}`,
  },

  unknownLicense: {
    reason: (text, reason) => {
      switch (reason.kind) {
        case 'not-in-grant-tables':
          return `${text} is not in the ModelGo FAQ's grant tables, so I have no data for it`;
        case 'version-1':
          return `${text} is a ModelGo V1 license; I know only the 2.0 texts (Nov 2024 and the 2025 revision)`;
        case 'not-an-option':
          return `"${reason.part}" is not a ModelGo option (BY, NC, ND, OS, SA, RAI)`;
        case 'no-combination':
          return `no ModelGo license combines ${reason.options.join(', ')}`;
        case 'other-version':
          return `I know only ${reason.known} of this family (from the ModelGo FAQ's grant tables), not ${text.trim()}`;
        case 'not-in-edition':
          return `${text} is not part of the ${reason.title}`;
      }
    },
    title: (text) => `I can't answer for "${text}"`,
    headline: (reason) => `${reason}.`,
    closest: (ids) => `The closest I know: ${ids.join(', ')}.`,
  },

  missingLicense: {
    title: 'Which license do you mean?',
    known: (mg, others) => `I know ${mg.join(', ')}, and for grants also ${others.join(', ')}.`,
    example: 'Example',
    otherModel: (id) => `Which license does the other model have? For example: "can I merge ${id} with MG-BY-OS?"`,
    hints: {
      remix: 'Which licenses do the models have? For example: "can I merge MG-BY-NC with MG-BY-OS?"',
      license: 'Which license should I describe? For example: "what is MG-BY-ND?"',
      grant: 'Which license\'s grant do you mean? For example: "is MG-BY-NC revocable?"',
      permission: 'Which license is the model under? For example: "can I use an MG-BY-NC-ND model commercially?"',
      compare: 'Which licenses should I compare? For example: "MG-BY-NC vs MG-BY-NC-ND".',
      faq: 'Which FAQ topic do you mean?',
    },
  },

  intents: {
    remix: {
      example: 'can I merge MG-BY-NC with MG-BY-OS?',
      button: { label: 'Remix compatibility', question: (a, b) => `can I merge ${a} with ${b}?` },
    },
    license: { example: 'what is MG-BY-ND?', button: { label: 'License card', question: (a) => `what is ${a}?` } },
    grant: { example: 'is MG-BY-NC revocable?', button: { label: 'Revocable?', question: (a) => `is ${a} revocable?` } },
    permission: {
      example: 'can I use an MG-BY-NC-ND model commercially?',
      button: { label: 'Commercial use?', question: (a) => `can I use ${a} commercially?` },
    },
    definition: {
      example: 'what counts as non-commercial under MG-BY-NC?',
      button: { label: 'Definitions', question: (a) => `what counts as non-commercial under ${a}?` },
    },
    choose: {
      example: 'which license should I use to prevent commercial use?',
      button: { label: 'Pick a license', question: () => 'which license should I choose?' },
    },
    compare: { example: 'compare MG-BY-NC and MG-BY-ND', button: { label: 'Compare', question: (a, b) => `compare ${a} and ${b}` } },
    faq: {
      example: 'why not just use Creative Commons?',
      button: null,
    },
    matrix: { example: 'show me the compatibility table', button: { label: 'Show the table', question: () => 'show me the compatibility table' } },
    help: { example: 'what can you do?', button: { label: 'What can you do?', question: () => 'what can you do?' } },
    unknown: { example: 'what can you do?', button: null },
  },

  remix: {
    method: METHODS,
    headline: (verdict, ids, result, method) => {
      switch (verdict) {
        case 'compatible':
          if (method === 'distill')
            return `${MARK.yes} Yes, you can distil ${ids[0] === ids[1] ? ids[0] : pair(ids)} into a new model: license it as ${result}.`;
          return `${MARK.yes} Yes, ${pair(ids)} can be merged: license the result as ${result}.`;
        case 'cannot-share':
          return `${MARK.caution} You can merge ${pair(ids)} for your own use, but you can't share the result, so no license applies to it.`;
        case 'incompatible':
          return `${MARK.no} No, ${pair(ids)} can't be merged and shared: no ModelGo license can cover the result.`;
        case 'separable':
          return `${MARK.separable} Yes: with ${METHODS[method]} each model keeps its own license (${pair(ids)}).`;
      }
    },
    title: (ids) => `Remixing ${pair(ids)}`,
    reason: (r) => {
      switch (r.kind) {
        case 'exception':
          return r.explanation;
        case 'separate':
          return `With ${METHODS[r.method]} the models stay separate, so no new combined work is created and each model keeps its own license (${r.licenses.join(', ')}).`;
        case 'own-additions':
          return "Whatever you add yourself, such as router or gating weights, can carry a license of your choice; it does not change the base models' licenses.";
        case 'own-terms-apply':
          return `Each model's own terms still apply when you run the system: for example ${r.license} rules out commercial use of that model.`;
        case 'keeps-options':
          return `The result must keep every option of its parents (${r.options.join(', ')}): ModelGo allows adding options to a remix, never dropping them. ${r.license} is the license with exactly those options.`;
        case 'table-compatible':
          return "The official compatibility table marks this pair as compatible; the resulting license follows from the FAQ's one-way rule (Permissive → Conditional → Stringent) and its worked example.";
        case 'copyleft':
          return `The ${r.option === 'OS' ? 'OpenSource' : 'ShareAlike'} option is copyleft, so the merged model must be shared in source form under that license.`;
        case 'no-derivatives':
          return `${r.licenses.join(' and ')} ${r.licenses.length > 1 ? 'carry' : 'carries'} NoDerivatives, and a merged model is a derivative. You may build it and use it yourself, but you may not share it, so no license can be applied to it.`;
        case 'option-conflict':
          return `No ModelGo license combines ${OPTION_NAMES[r.a]} (from ${r.from}) with ${OPTION_NAMES[r.b]} (from ${r.other}), so no license can carry the merged model.`;
        case 'follow-originals':
          return "You may still follow each original license's terms for derivatives, but the merged model cannot be relicensed under any ModelGo license.";
      }
    },
    extractedNote:
      'In the Dec 2025 texts a model distilled from another model\'s output is an "Extracted Model", not a derivative (MG0 and MG-BY leave such models outside the license); the verdict above still follows the official compatibility table.',
    methodAssumed:
      "You didn't say how you will combine them, so I assumed merging into one model (weight averaging, fusion or layer concatenation). Ensembles, voting, stacking, mixtures of experts and pipelines keep each model's license instead.",
    fields: { method: 'Method', result: 'Result', edition: 'Edition' },
    methodValue: (method, assumed) => `${METHODS[method]}${assumed ? ' (assumed)' : ''}`,
    separateResult: 'each model keeps its license',
    noResult: 'no license applies',
    showTable: (display, ids) => ({
      label: 'Show the table',
      question: `show me the ${display} compatibility table for ${[ids.slice(0, 2).join(' and '), ...ids.slice(2)].join(' + ')}`,
    }),
    others: {
      title: 'Remixing with a non-ModelGo license',
      headline: 'The ModelGo compatibility table only covers ModelGo licenses.',
      paragraph: (names) =>
        `${names.join(', ')} is not a ModelGo license, so the table can't say whether the combination works. Follow that license's own terms for derivatives.`,
      howItWorks: { label: 'How remixing works', question: 'What happens when I remix two models under MG licenses?' },
    },
    faqLabel: 'ModelGo FAQ: "What happens if I remix two models under MG licenses?"',
  },

  license: {
    title: (id, name) => `${id}: ${name}`,
    headline: (id, group, summary) => `${id} (${group}): ${summary}`,
    may: {
      'commercial-model': 'commercial use',
      'share-derivatives': 'share derivatives',
      'share-extracted': 'share distilled models',
      'share-output': 'share output',
    },
    must: {
      'keep-attribution': 'keep attribution',
      'indicate-changes': 'state changes',
      'disclose-source': 'release source form',
      'same-license': 'same license for derivatives',
      'rai-restrictions': 'follow use restrictions',
      'output-dataset-notice': 'provenance notice on output datasets',
    },
    mark: (allowed, words) => `${allowed ? MARK.yes : MARK.no} ${words}`,
    mayLine: (marks, revocable, sublicensable) =>
      `May: ${marks.join(' · ')} · revocable: ${GRANT_VALUES[revocable].toLowerCase()} · sublicensable: ${GRANT_VALUES[sublicensable].toLowerCase()}`,
    mustLine: (duties) => `Must: ${duties.length > 0 ? duties.join(' · ') : 'nothing beyond passing the license on'}`,
    fields: { revocable: 'Revocable', sublicensable: 'Sublicensable' },
    revocable: 'Revocable?',
    revocableQuestion: (id) => `is ${id} revocable?`,
    commercial: 'Commercial use?',
    commercialQuestion: (id) => `can I use ${id} models commercially?`,
    apply: (name, id) => `To apply it, put the LICENSE file in your model repository and declare "${name} (${id})" in the README or model card.`,
    other: {
      headline: (name, summary) => `${name}: ${summary}`,
      paragraph: (patent, copyright) => `Not a ModelGo license. Patent grant: ${grantPair(patent)}. Copyright grant: ${grantPair(copyright)}.`,
    },
  },

  grant: {
    value: GRANT_VALUES,
    headline: (aspect, value, negative, id) => {
      const [plain, negated] = GRANT_HEADLINES[aspect][value](id);
      return negative ? negated : plain;
    },
    termination: {
      unknown: (name) => `${MARK.caution} I know the termination terms of ModelGo licenses only, not of ${name}.`,
      yes: (name) => `${MARK.caution} Yes, the ${name} license can be terminated.`,
      no: (name, display) => `${MARK.yes} No, the ${name} license has no termination clause in the ${display}.`,
    },
    separateFromRevocation: (irrevocable) =>
      `That is separate from revocation: the grant is ${irrevocable ? 'irrevocable' : 'revocable'}, yet the license still ends on these conditions.`,
    combined: 'ModelGo licenses grant patent and copyright rights together, so the answer is the same for both.',
    bothGrants: (patent, copyright) => `Patent grant: ${patent}. Copyright grant: ${copyright}.`,
    rightAssumed: "You didn't say patent or copyright, so the short answer follows the copyright grant.",
    noTrademarks: 'Trademark rights are never granted by a ModelGo license.',
    title: (name, aspect) =>
      `${name}: ${aspect === 'revocable' ? 'can the grant be revoked?' : aspect === 'sublicensable' ? 'can it be sublicensed?' : 'can the license be terminated?'}`,
    fields: { patent: 'Patent grant', copyright: 'Copyright grant' },
    describe: (revocable, sublicensable) => `revocable: ${GRANT_VALUES[revocable]}; sublicensable: ${GRANT_VALUES[sublicensable]}`,
  },

  permission: {
    act: (acts, object, hosted) => {
      const what = OBJECTS[object];
      const sharing = acts.includes('share');
      const commercial = acts.includes('commercial');
      if (sharing && hosted) return `offer ${what} as a hosted service or API${commercial ? ' for money' : ''}`;
      if (sharing && commercial) return `sell ${what}`;
      switch (acts[0]!) {
        case 'share':
          return `share ${what}`;
        case 'commercial':
          return `use ${what} commercially`;
        case 'create':
          return object === 'extracted' ? 'distil a new model from it' : 'make derivatives of it (fine-tune, merge, adapt)';
        case 'use':
          return `use ${what}`;
        case 'relicense':
          return object === 'model' ? 'relicense the model under other terms' : `license ${what} under different terms`;
        case 'keep-closed':
          return `keep ${what} closed source when you share it`;
        case 'own':
          return 'own the derivatives you make';
        case 'trademark':
          return "use the licensor's trademarks";
        case 'attribute':
          return object === 'model'
            ? 'keep the original attribution notice when you share it'
            : object === 'output'
              ? 'credit the model in content it generates'
              : `keep the attribution notice when you share ${what}`;
        case 'state-changes':
          return 'say what you changed when you share a derivative';
        case 'license-file':
          return `include a copy of the license when you share ${object === 'model' ? 'it' : what}`;
        case 'disclose-source':
          return `release the source form (weights, architecture, code) when you share ${object === 'model' ? 'it' : what}`;
        case 'same-license':
          return `license ${object === 'model' ? 'derivatives' : what} under the same terms`;
        case 'dataset-notice':
          return 'add a notice of provenance when you publish its output as a dataset';
        case 'rai':
          return 'follow the responsible-AI use restrictions';
      }
    },
    headline: ({ yes, value, duty, modality, negated, phrase, id }) => {
      const mark = yes ? MARK.yes : MARK.no;
      if (!duty) {
        if (modality === 'forbidden')
          return yes ? `${mark} Yes, ${id} forbids it: you can't ${phrase}.` : `${mark} No, ${id} doesn't forbid it: you can ${phrase}.`;
        return value ? `${mark} Yes, you can ${phrase} under ${id}.` : `${mark} No, you can't ${phrase} under ${id}.`;
      }
      const rule = value ? `${id} requires you to ${phrase}` : `${id} doesn't require you to ${phrase}`;
      if (modality === 'optional' || (modality === 'can' && negated))
        return yes ? `${mark} Yes, you may leave it out: ${rule}.` : `${mark} No, you can't leave it out: ${rule}.`;
      return value ? `${mark} Yes, you do have to: ${rule}.` : `${mark} No, you don't have to: ${rule}.`;
    },
    licensorSide: (id, licensorOwns) =>
      licensorOwns
        ? `${MARK.caution} Yes, under ${id} the rights in your derivatives belong to the licensor.`
        : `${MARK.yes} No, under ${id} the rights in your derivatives stay with you.`,
    unsettled: (display, phrase, id) => `${MARK.caution} The ${display} don't settle whether you can ${phrase} under ${id}.`,
    unclear: (id) => `I couldn't tell which right or duty you mean, so here is ${id} at a glance.`,
    reason: (r) => {
      switch (r.kind) {
        case 'row':
          return `${r.fromText ? `The ${r.id} text` : 'Its Model Sheet'} (${r.display}) says "${r.label}": ${r.marked ? 'yes' : 'no'}.`;
        case 'no-row':
          return `The ${r.display} have no Model Sheet row or clause that settles this.`;
        case 'copyleft':
          return `${r.id} is copyleft: shared derivatives must stay under ${r.id} itself.`;
        case 'no-sharing-derivatives':
          return `${r.id} gives no right to share derivatives at all, so there is nothing to relicense.`;
        case 'vested-in-licensor':
          return 'Under the Nov 2024 texts the rights in derivatives belong to the licensor (§2.2), so they are not yours to relicense.';
        case 'sublicensable':
          return `${r.id} is ${r.sublicensable ? '' : 'not '}sublicensable.`;
        case 'no-trademark':
          return 'No ModelGo license grants any trademark rights.';
        case 'data-out-of-scope':
          return 'Training and evaluation data are not Licensed Materials: the license does not reach them (§1, "Licensed Materials").';
        case 'no-output-attribution':
          return 'Attribution covers the model and its derivatives, not what it generates; just say the content may be AI-generated.';
        case 'non-commercial-purpose':
          return r.unsure ? `${r.rule} Whether research inside a company qualifies depends on whether it is aimed at commercial advantage.` : r.rule;
      }
    },
    hostedIsDistribution: 'Hosting a model or offering it through an API counts as distributing it (§1, "Distribution").',
    outputDatasetNotice: 'A dataset of its output needs a provenance notice when shared (§2.2(b)).',
    extracted: {
      derivative2024: 'In the Nov 2024 texts a distilled model, or one trained on the output, is a Derivative Material (§1).',
      ownRows: (display, ref) => `In the ${display} a distilled model is an "Extracted Model" (${ref}), with its own rows.`,
    },
    clarifyOption: (id, phrase) => `Under ${id}, can I ${phrase}?`,
    clarifyHeadline: 'Which do you mean? The original model and a modified version get different answers:',
    title: (id, phrase) => `${id}: can you ${phrase}?`,
    field: (fromText, label) => `${fromText ? 'License text' : 'Model Sheet'}: ${label}`,
    all: (id) => ({ label: `All of ${id}`, question: `what is ${id}?` }),
  },

  definition: {
    term: {
      termination: 'termination',
      'non-commercial': 'non-commercial use',
      derivative: 'a derivative (Derivative Materials)',
      'extracted-model': 'an Extracted Model',
      distribution: 'distribution',
      output: 'output',
      'licensed-materials': 'Licensed Materials',
      'third-party-materials': 'third-party materials',
      'source-form': 'the source form',
    },
    subject: {
      'fine-tune': 'a fine-tuned model',
      'merged-model': 'a merged model',
      'quantized-model': 'a quantized model',
      'distilled-model': 'a distilled model',
      'trained-on-output': 'a model trained on its output',
      'hosted-api': 'hosting it behind an API',
      'web-access': 'offering it on the web',
      upload: 'uploading it for others',
      research: 'research',
      education: 'teaching and education',
      personal: 'personal use',
      'internal-company': 'internal use at a company',
      'paid-service': 'a paid service',
      'commercial-product': 'a commercial product',
      'generated-content': 'generated content',
      model: 'the model',
      'code-docs': 'code and documentation',
      'training-data': 'the training data',
      'open-source-software': 'bundled open-source software',
      datasets: 'datasets',
      weights: 'the weights',
    },
    unnamedTerm: 'that term',
    title: (term) => `What counts as ${term}?`,
    undefined: (display, term) => `The ${display} don't define ${term}.`,
    where: (id, display) => (id ? `${id} (${display})` : `the ${display}`),
    covers: (where, subject, term, yes) =>
      yes ? `${MARK.yes} Yes, under ${where} ${subject} counts as ${term}.` : `${MARK.no} No, under ${where} ${subject} does not count as ${term}.`,
    earlierTexts: (note, display, earlier) => `${MARK.caution} ${note} My data follows the ${display} as of Dec 2025, so I give no verdict for the ${earlier}.`,
    unsettled: (display, subject, term) => `${MARK.caution} The ${display} don't settle whether ${subject} counts as ${term}.`,
    definedIn: (where, term, ref) => `Under ${where}, ${term} is defined in ${ref}:`,
    notDefinedBy: (id, term) => `${id} does not define ${term}.`,
  },

  choose: {
    need: NEEDS,
    needQuestion: {
      'no-commercial': 'which license prevents commercial use?',
      'keep-open': 'which license keeps derivatives open source?',
      'no-derivatives': 'which license stops people sharing modified versions?',
      'prevent-misuse': 'which license prevents misuse of my model?',
      credit: 'which license just asks for credit?',
      'no-conditions': 'which license is the most permissive?',
      'most-restrictive': 'which license is the most restrictive?',
    },
    reason: (r) => {
      switch (r.kind) {
        case 'most-permissive':
          return `${r.license} is the most permissive ModelGo license: almost no conditions, irrevocable and sublicensable.`;
        case 'least-restrictive':
          return `${r.license} is the least restrictive ModelGo license with ${options(r.options)}; every option except MG0 also asks for attribution.`;
        case 'attribution-only':
          return `${r.license} asks only for attribution: keep your credit and notices, and state changes in derivatives.`;
        case 'none-combines':
          return `No ModelGo license combines ${options(r.options)}; pick the need that matters most and I can suggest the license for it.`;
      }
    },
    title: 'Choosing a ModelGo license',
    ask: "Tell me what matters to you and I'll pick the least restrictive license that fits.",
    optionsList: (copyleft) =>
      `The options: BY (credit), NC (no commercial use), ND (no sharing of modified versions), RAI (use restrictions) and ${copyleft} (derivatives stay open). MG0 has none.`,
    tip: 'Tip from the ModelGo site: if you have not settled your plans yet, a revocable license keeps more control; avoid RAI options if your project contains GPL code.',
    pick: (id, needs) => `${MARK.yes} Pick ${id}: it meets ${needs.map((n) => NEEDS[n]).join(', ')}.`,
    none: `${MARK.no} No single ModelGo license meets all of these needs.`,
    fields: { needs: 'Your needs', options: 'Options', group: 'Group' },
    needsValue: (needs) => needs.map((n) => NEEDS[n]).join('; '),
  },

  compare: {
    row: (d) => {
      switch (d.row) {
        case 'options':
          return 'Options';
        case 'group':
          return 'Group';
        case 'revocable':
          return 'Revocable';
        case 'sublicensable':
          return 'Sublicensable';
        case 'sheet':
          return d.label;
      }
    },
    value: (d, side) => {
      switch (d.row) {
        case 'options':
          return d[side].join(', ') || 'none';
        case 'group':
          return d[side];
        case 'revocable':
        case 'sublicensable':
          return GRANT_VALUES[d[side]];
        case 'sheet':
          return d[side] === true ? 'Yes' : d[side] === false ? 'No' : 'Not stated';
      }
    },
    stricter: (strictest, ranked, many) => `${strictest} is the stricter${many ? ' of these' : ''}: ${ranked.join(' > ')} (most to least restrictive).`,
    differ: (ids, rows) => `${ids.join(' vs ')}: they differ in ${rows} rows; the main ones are below.`,
    title: (ids) => ids.join(' vs '),
    field: (ids, values) => values.map((v, i) => `${ids[i]}: ${v}`).join(' · '),
    paragraph: (label, value) => `${label}: ${value}`,
    summary: (id, summary) => `${id}: ${summary}`,
  },

  faq: {
    verdictOpening: /^(Yes|No)\b/,
    otherEdition: (display, answer) => `${display}: ${answer}`,
    answering: (question, answer) => `${question} ${answer}`,
  },

  matrix: {
    headline: (table, highlight) => `Here is the ${table}${highlight.length > 0 ? `, with ${highlight.join(' and ')} highlighted` : ''}.`,
    legend:
      '✅ compatible (the result license is shown) · ⚠️ can merge but not share · ❌ incompatible. Separable remixes (ensembles, MoE, pipelines) keep each license.',
    picture: {
      title: 'ModelGo remix compatibility',
      subtitle: (title) => `${title}: can models under the row's and the column's license be merged into one and shared?`,
      compatible: 'Compatible: the merged model can be shared; small type names its license',
      cannotShare: 'Cannot share: NoDerivatives lets you build the merged model but not share it',
      incompatible: 'Incompatible: no ModelGo license can carry the merged model',
      exception: 'The official table differs from the option rule here; the bot follows the official mark',
      highlighted: (ids) => `Highlighted: ${ids.join(' × ')}`,
      edition: (title, texts) => `Edition: ${title}; license texts ${texts}.`,
      source: "Source: the official ModelGo compatibility table and FAQ (modelgo.li/learn-more/faq); result licenses follow the FAQ's one-way rule.",
      caption: (edition) => `ModelGo remix compatibility table (${edition} edition)`,
    },
  },

  help: {
    title: "Hi! I'm the ModelGo license assistant.",
    welcome: "You're welcome! Ask me anything else about the ModelGo licenses.",
    capabilities:
      'I answer questions about the ModelGo (MG) model licenses: remixing two models, what a license allows or requires, whether a grant is revocable or sublicensable, which license fits your needs, definitions, comparisons and the ModelGo FAQ.',
    tryExamples: 'Ask in plain words, or try one of the examples.',
    examples: [
      { label: 'Merge two models', question: 'can I merge MG-BY-NC with MG-BY-OS?' },
      { label: 'License card', question: 'what is MG-BY-ND?' },
      { label: 'Revocable?', question: 'is MG-BY-RAI revocable?' },
      { label: 'Pick a license', question: 'which license should I use to prevent commercial use?' },
      { label: 'Why not CC?', question: 'why not just use Creative Commons?' },
    ],
  },

  unknown: {
    empty: 'Your message was empty.',
    tooLong: 'That message is too long for me to read reliably. Please shorten it to one question of a few sentences.',
    tooManyLicenses: 'That message names more licenses than I can compare at once. Please ask about two or three at a time.',
    unsureTitle: "I'm not sure what you mean",
    outsideTitle: "That's outside what I know",
    didYouMean: (questions) => `I'm not sure what you mean. Did you mean: ${questions.map((q) => `"${q}"`).join(' or ')}?`,
    outside: "That's outside what I know: I only answer questions about the ModelGo model licenses.",
  },

  notices: {
    rateLimited: "You're asking faster than I can keep up with. Please wait a minute and try again.",
    apology: 'Sorry, something went wrong while I was answering. Please try again in a moment.',
    thanks: {
      up: 'Thanks for the feedback!',
      down: 'Thanks for telling me. The question goes on the list the maintainers review; rephrasing it, or naming the licenses, often helps.',
    },
    staleButton: 'That button no longer works. Please ask me again.',
  },

  slack: {
    shortened: '… (shortened; ask a narrower question for the rest)',
    sharedBy: (name) => `Shared by ${name}`,
    share: 'Share in channel',
    why: 'Why?',
    home: 'Ask with `/modelgo`, mention @ModelGo in a channel, or write to me in the Messages tab.',
    promptsTitle: 'Ask about the ModelGo licenses, for example:',
    detailsGone: 'I no longer have the details of that answer (I may have restarted since). Please ask the question again.',
    noText: 'That message has no text I can read. Ask me with /modelgo instead.',
  },

  discord: {
    why: 'Why?',
    post: 'Post to channel',
    ask: 'Ask',
    postedBy: (mention) => `Posted by ${mention}`,
    whyTitle: (title) => `Why: ${title}`,
    answerGone: 'I no longer have that answer (I may have restarted since). Please ask the question again.',
    noText: 'That message has no text I can read. Ask me with /modelgo ask instead.',
    commands: {
      edition: 'Which ModelGo texts to answer from',
      modelgo: 'Questions about the ModelGo (MG) model licenses',
      ask: 'Ask anything about the MG licenses',
      question: 'Your question, in plain words',
      private: 'Only you see the answer; you can post it to the channel after',
      license: 'Show a license card',
      name: 'License, e.g. MG-BY-ND',
      remix: 'Can two MG-licensed models be combined, and under which license?',
      first: 'License of the first model',
      second: 'License of the second model',
      method: 'How they are combined',
      faq: 'A ModelGo FAQ answer',
      topic: 'Start typing a topic',
      help: 'What this bot can answer',
    },
  },

  console: { welcome: 'ModelGo license assistant. Ask about MG licenses; "help" for ideas, "exit" or Ctrl-D to leave.' },
};

/** The first line of a grant answer for each table value: [plain question, negative question ("irrevocable?")]. */
const GRANT_HEADLINES: Record<'revocable' | 'sublicensable', Record<keyof typeof GRANT_VALUES, (id: string) => [string, string]>> = {
  revocable: {
    yes: (id) => [
      `${MARK.caution} Yes, the licensor can revoke the ${id} grant.`,
      `${MARK.caution} No, ${id} is not irrevocable: the licensor can revoke the grant.`,
    ],
    no: (id) => [`${MARK.yes} No, the ${id} grant is irrevocable.`, `${MARK.yes} Yes, ${id} is irrevocable.`],
    'not-stated': (id) => [
      `${MARK.caution} ${id} doesn't say, which is generally read as revocable.`,
      `${MARK.caution} ${id} doesn't say it is irrevocable, which is generally read as revocable.`,
    ],
    'auto-licensing': (id) => [
      `${MARK.caution} ${id} uses auto licensing: every recipient is licensed directly by the original licensor.`,
      `${MARK.caution} ${id} uses auto licensing: every recipient is licensed directly by the original licensor.`,
    ],
    'n/a': (id) => [`${id} grants no such right.`, `${id} grants no such right.`],
  },
  sublicensable: {
    yes: (id) => [`${MARK.yes} Yes, you may sublicense ${id}.`, `${MARK.yes} No, ${id} is sublicensable.`],
    no: (id) => [`${MARK.no} No, you may not sublicense ${id}.`, `${MARK.no} Yes, ${id} is non-sublicensable.`],
    'not-stated': (id) => [
      `${MARK.caution} ${id} doesn't say whether it may be sublicensed.`,
      `${MARK.caution} ${id} doesn't say whether it may be sublicensed.`,
    ],
    'auto-licensing': (id) => [
      `${MARK.no} No sublicensing under ${id}, and none is needed: every recipient is licensed directly by the original licensor (auto licensing).`,
      `${MARK.no} Yes, ${id} is non-sublicensable: every recipient is licensed directly by the original licensor (auto licensing).`,
    ],
    'n/a': (id) => [`${id} grants no such right.`, `${id} grants no such right.`],
  },
};
