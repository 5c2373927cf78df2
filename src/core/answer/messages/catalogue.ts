import type { Intent } from '../../domain/intents.js';
import type { Language } from '../../domain/languages.js';
import type { UnknownReason } from '../../knowledge/license-mentions.js';
import type { ClauseId, GrantValue, LicenseOption, Subject } from '../../knowledge/schema.js';
import type { Assumed } from '../../matcher/understanding.js';
import type { ChooseReason, Need } from '../../rules/choose.js';
import type { Difference } from '../../rules/compare.js';
import type { GrantAspect } from '../../rules/grant.js';
import type { RemixMethod, RemixReason, RemixVerdict } from '../../rules/remix.js';
import type { Act, ActObject, Modality } from '../../understanding/permission-frame.js';
import type { Choice } from '../answer.js';
import { en } from './en.js';
import { es } from './es.js';
import { zh } from './zh.js';

/** The language answers fall back to when a message's language is not one the bot speaks. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** `Record<Language, …>` makes a language (declared in domain/languages.ts) without a complete catalogue a compile error. */
const CATALOGUES: Record<Language, Catalogue> = { en, zh, es };

export function catalogue(language: Language): Catalogue {
  return CATALOGUES[language];
}

/** A license id as answers show it ("MG-BY-NC"), already shortened. */
type Id = string;

/** How a Model Sheet row or clause decides one act of a permission question, with the values it needs worded. */
export type PermissionReason =
  | { kind: 'row'; id: Id; fromText: boolean; display: string; label: string; marked: boolean }
  | { kind: 'no-row'; display: string }
  | { kind: 'copyleft'; id: Id }
  | { kind: 'no-sharing-derivatives'; id: Id }
  | { kind: 'vested-in-licensor' }
  | { kind: 'sublicensable'; id: Id; sublicensable: boolean }
  | { kind: 'no-trademark' }
  | { kind: 'data-out-of-scope' }
  | { kind: 'no-output-attribution' }
  /** `rule` is the clause's own text and reference, or empty when the edition has none. */
  | { kind: 'non-commercial-purpose'; rule: string; unsure: boolean };

/** What decides the first line of a permission answer, in the question's own terms. */
export interface PermissionHeadline {
  /** The verdict: yes or no to the question as asked. */
  yes: boolean;
  /** What the act comes to: allowed (rights) or required (duties). */
  value: boolean;
  duty: boolean;
  modality: Modality;
  negated: boolean;
  phrase: string;
  id: Id;
}

/**
 * Every sentence a chat user can see, for one language, grouped by where it appears. Functions take
 * the values a sentence names; data from the knowledge files (license summaries, clause texts, FAQ
 * answers, Model Sheet row labels) arrives already written and is not part of a catalogue.
 */
export interface Catalogue {
  /** Lines every answer shares. */
  answer: {
    disclaimer: string;
    /** The line an answer rests on. */
    source: (line: string) => string;
    /** One of the questions offered when the bot asks back, numbered from 1. */
    clarifyOption: (n: number, question: string) => string;
    /** A card field in the details ("Why?"). */
    detailsField: (label: string, value: string) => string;
    detailsCitation: (label: string, url: string) => string;
    /** Added to the first line when a follow-up was read against an earlier message. */
    /** A follow-up's answer, with what it took from the conversation. */
    assumed: (headline: string, assumed: Assumed) => string;
    /** A clause quoted with its reference. */
    clause: (text: string, ref: string) => string;
    yes: string;
    no: string;
    /** A license with no options (MG0). */
    noOptions: string;
    /** The button under an answer that opens a license card. */
    about: (id: Id) => Choice;
    /** The bot asks back because the message can be read two ways. */
    clarify: { title: string; headline: string; source: (display: string) => string };
  };
  citations: {
    license: (id: string, clause: string | undefined, display: string) => string;
    faq: (question: string) => string;
    modelSheet: string;
    licenseText: string;
    compatibilityTable: (display: string) => string;
    grantTables: string;
    otherGrantTables: string;
    licenseTexts: (display: string, ref: string | undefined) => string;
    howToChoose: string;
    site: string;
    licenseList: (display: string) => string;
    modelSheets: (display: string) => string;
    /** The source line of a comparison. */
    modelSheetsOf: (display: string) => string;
    /** A source named with the edition it was read from, when that matters. */
    sourceWithEdition: (label: string, display: string | undefined) => string;
  };
  /** Notes on which edition answered and how the other one answers. */
  editions: {
    answeredFrom: (title: string, ids: Id[]) => string;
    /** `later`: the other edition is the newer one. */
    rename: (from: Id, to: Id, later: boolean) => string;
    otherEdition: (display: string, renames: string[], headline: string) => string;
  };
  /** Why a license named in a message cannot be answered for. */
  unknownLicense: {
    reason: (text: string, reason: UnknownReason) => string;
    title: (text: string) => string;
    headline: (reason: string) => string;
    closest: (ids: Id[]) => string;
  };
  /** The question needs a license the message did not name. */
  missingLicense: {
    title: string;
    known: (mg: Id[], others: string[]) => string;
    example: string;
    /** A remix question that named one license and not the other model's. */
    otherModel: (id: Id) => string;
    hints: {
      remix: string;
      license: string;
      grant: string;
      permission: string;
      compare: string;
      faq: string;
    };
  };
  /** Per intent: a complete example question, and the "did you mean" button asking about licenses a and b. */
  intents: Record<Intent, { example: string; button: { label: string; question: (a: Id, b: Id) => string } | null }>;
  remix: {
    method: Record<RemixMethod, string>;
    headline: (verdict: RemixVerdict, pair: Id[], result: string | undefined, method: RemixMethod) => string;
    title: (pair: Id[]) => string;
    reason: (reason: RemixReason) => string;
    extractedNote: string;
    methodAssumed: string;
    fields: { method: string; result: string; edition: string };
    methodValue: (method: RemixMethod, assumed: boolean) => string;
    separateResult: string;
    noResult: string;
    showTable: (display: string, pair: Id[]) => Choice;
    others: { title: string; headline: string; paragraph: (names: string[]) => string; howItWorks: Choice };
    faqLabel: string;
  };
  license: {
    title: (id: string, name: string) => string;
    headline: (id: string, group: string, summary: string) => string;
    may: Record<'commercial-model' | 'share-derivatives' | 'share-extracted' | 'share-output', string>;
    must: Record<'keep-attribution' | 'indicate-changes' | 'disclose-source' | 'same-license' | 'rai-restrictions' | 'output-dataset-notice', string>;
    mark: (allowed: boolean, words: string) => string;
    mayLine: (marks: string[], revocable: GrantValue, sublicensable: GrantValue) => string;
    mustLine: (duties: string[]) => string;
    fields: { revocable: string; sublicensable: string };
    revocable: string;
    revocableQuestion: (id: Id) => string;
    commercial: string;
    commercialQuestion: (id: Id) => string;
    apply: (name: string, id: string) => string;
    other: { headline: (name: string, summary: string) => string; paragraph: (patent: GrantPair, copyright: GrantPair) => string };
  };
  grant: {
    value: Record<GrantValue, string>;
    /** The first line; `negative` when the question asks the opposite ("irrevocable?", "non-sublicensable?"). */
    headline: (aspect: Exclude<GrantAspect, 'terminable'>, value: GrantValue, negative: boolean, id: string) => string;
    termination: { unknown: (name: string) => string; yes: (name: string) => string; no: (name: string, display: string) => string };
    separateFromRevocation: (irrevocable: boolean) => string;
    combined: string;
    bothGrants: (patent: string, copyright: string) => string;
    rightAssumed: string;
    noTrademarks: string;
    title: (name: string, aspect: GrantAspect) => string;
    fields: { patent: string; copyright: string };
    describe: (revocable: GrantValue, sublicensable: GrantValue) => string;
  };
  permission: {
    /** The end of "you can…" / "you must…" for the acts done to one object. */
    act: (acts: Act[], object: ActObject, hosted: boolean) => string;
    headline: (h: PermissionHeadline) => string;
    licensorSide: (id: Id, licensorOwns: boolean) => string;
    unsettled: (display: string, phrase: string, id: Id) => string;
    unclear: (id: Id) => string;
    reason: (reason: PermissionReason) => string;
    hostedIsDistribution: string;
    outputDatasetNotice: string;
    extracted: { derivative2024: string; ownRows: (display: string, ref: string) => string };
    clarifyOption: (id: Id, phrase: string) => string;
    clarifyHeadline: string;
    title: (id: string, phrase: string) => string;
    field: (fromText: boolean, label: string) => string;
    all: (id: Id) => Choice;
  };
  definition: {
    term: Record<ClauseId, string>;
    subject: Record<Subject, string>;
    unnamedTerm: string;
    title: (term: string) => string;
    undefined: (display: string, term: string) => string;
    /** `where` is the license and edition, or the edition alone. */
    where: (id: Id | undefined, display: string) => string;
    covers: (where: string, subject: string, term: string, yes: boolean) => string;
    /** A question about earlier texts the data does not follow, where they differ (`note`). */
    earlierTexts: (note: string, display: string, earlier: string) => string;
    unsettled: (display: string, subject: string, term: string) => string;
    definedIn: (where: string, term: string, ref: string) => string;
    notDefinedBy: (id: Id, term: string) => string;
  };
  choose: {
    need: Record<Need, string>;
    /** The button for one need, and the question it asks. */
    needQuestion: Record<Need, string>;
    reason: (reason: ChooseReason) => string;
    title: string;
    ask: string;
    optionsList: (copyleft: LicenseOption) => string;
    tip: string;
    pick: (id: string, needs: Need[]) => string;
    none: string;
    fields: { needs: string; options: string; group: string };
    needsValue: (needs: Need[]) => string;
  };
  compare: {
    row: (d: Difference) => string;
    value: (d: Difference, side: 'a' | 'b') => string;
    stricter: (strictest: Id, ranked: Id[], many: boolean) => string;
    differ: (ids: Id[], rows: number) => string;
    title: (ids: Id[]) => string;
    field: (ids: Id[], values: string[]) => string;
    paragraph: (label: string, value: string) => string;
    summary: (id: Id, summary: string) => string;
  };
  faq: {
    otherEdition: (display: string, answer: string) => string;
    /** How an answer opens when it opens with a yes or a no. */
    verdictOpening: RegExp;
    /** An answer that opens with Yes or No, after the FAQ question it answers. */
    answering: (question: string, answer: string) => string;
  };
  matrix: {
    headline: (table: string, highlight: Id[]) => string;
    legend: string;
    /** The words drawn in the picture itself. */
    picture: {
      title: string;
      subtitle: (title: string) => string;
      compatible: string;
      cannotShare: string;
      incompatible: string;
      exception: string;
      highlighted: (ids: Id[]) => string;
      edition: (title: string, texts: string) => string;
      source: string;
      /** The picture's file title (Slack) and description (Discord). */
      caption: (edition: string) => string;
    };
  };
  help: {
    /** The reply to thanks or a goodbye. */
    welcome: string;
    title: string;
    capabilities: string;
    tryExamples: string;
    examples: Choice[];
  };
  unknown: {
    empty: string;
    tooLong: string;
    tooManyLicenses: string;
    unsureTitle: string;
    outsideTitle: string;
    didYouMean: (questions: string[]) => string;
    outside: string;
  };
  /** Short replies that are not answers, the same on every platform. */
  notices: {
    rateLimited: string;
    apology: string;
    thanks: { up: string; down: string };
    staleButton: string;
  };
  slack: {
    shortened: string;
    sharedBy: (name: string) => string;
    share: string;
    why: string;
    home: string;
    promptsTitle: string;
    detailsGone: string;
    noText: string;
  };
  discord: {
    why: string;
    post: string;
    ask: string;
    postedBy: (mention: string) => string;
    whyTitle: (title: string) => string;
    answerGone: string;
    noText: string;
    /** Descriptions of the /modelgo command and its options, as Discord shows them. */
    commands: {
      edition: string;
      modelgo: string;
      ask: string;
      question: string;
      private: string;
      license: string;
      name: string;
      remix: string;
      first: string;
      second: string;
      method: string;
      faq: string;
      topic: string;
      help: string;
    };
  };
  console: { welcome: string };
}

type GrantPair = { revocable: GrantValue; sublicensable: GrantValue };
