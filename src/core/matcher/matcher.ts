import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { Intent } from '../answer/answer.js';
import { INTENTS } from '../answer/answer.js';
import { type Cues, INTENT_SPECS } from '../domain/intents.js';
import { isLexiconLanguage, type Language, type LexiconLanguage, type MessageLanguage } from '../domain/languages.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { findLicenseMentions, type LicenseMention } from '../knowledge/license-mentions.js';
import { type FaqTopicId, FaqTopicIdSchema } from '../knowledge/schema.js';
import { REMIX_METHODS, type RemixMethod } from '../rules/remix.js';
import { detectLanguage } from '../understanding/detect-language.js';
import type { Lexicon } from '../understanding/lexicon.js';
import type { PermissionFrame } from '../understanding/permission-frame.js';
import { readPermission } from '../understanding/read-permission.js';
import { asksForMatrix, isHelp, isLookalike, LEADING_GREETING, readTerm } from '../understanding/read-shape.js';
import { readTarget } from '../understanding/read-target.js';
import { readingText, separateScripts } from '../understanding/reading-text.js';
import { type Entities, entityFeatures, readEntities, withoutEditionPhrase } from './entities.js';
import { MAX_MESSAGE_CHARS, sanitize } from './sanitize.js';
import type { Classification, TextClassifier, TrainingExample } from './text-classifier.js';
import type { Alternative, Understanding } from './understanding.js';

/** What reading a message yields before any intent is chosen. */
export interface Reading {
  /** The text every reader works on: the message itself, or for Chinese and Spanish its English reading. */
  text: string;
  /** Length of the message as sent (sanitised), which bounds the work per message. */
  size: number;
  /** The language the message was read in; `other` for one the bot does not read or has not enabled. */
  language: MessageLanguage;
  lower: string;
  mentions: LicenseMention[];
  entities: Entities;
}

/** Decision thresholds, chosen on the labelled dev and paraphrase sets (see `modelgo-bot eval`). */
const THRESHOLDS = {
  /** Below this share of known words, a message with no license in it is off-topic. */
  minCoverage: 0.25,
  /** Below this top score the matcher does not answer, it asks "did you mean". */
  minScore: 0.12,
  /** Runner-ups within this margin of the top score are offered as "did you mean" choices. */
  closeMargin: 0.1,
};

/** More licenses than any sensible question names; beyond it the answer asks to split the question. */
const MAX_LICENSES = 8;

/**
 * Typed commands skip classification: "/license MG-BY-NC", "remix a b average", "faq scope", "help".
 * A command word followed by a sentence ("help me choose…", "license text of…") is a question instead.
 */
const COMMAND = /^\/?(?:modelgo\s+)?(license|card|remix|faq|help)(?:\s+(\S+(?:\s+\S+){0,3}))?\s*$/i;

/** Greetings are too short for word statistics: "heya", "good afternoon", "hi there!". */
const GREETING =
  /^(?:hi+|hello+|hey+a?|hiya|yo|howdy|greetings|good\s+(?:morning|afternoon|evening|day)|morning|evening)(?:\s+(?:there|all|everyone|folks|bot|modelgo))?[\s!.,:)]*$/i;

/** "is it irrevocable?", "non-sublicensable?": the question names the opposite of the table's column. */
const NEGATIVE_ASPECT = /irrevoc|non[\s-]?revoc|not revocable|non[\s-]?sub-?licens|not sub-?licens/;

/** A question that refers to a license only as "it" or "this", with none named. */
const PRONOUN_ONLY = /\b(it|its|this)\b/;
const CHOOSING = /which licen|what licen|recommend|choose|pick|\bi (want|need)\b/;
/** A yes/no question about what may or must be done. */
const POLAR =
  /(^|[.!?,:;]\s*)((ok|okay|so|and|but|well|then|hmm|also)\s+)*(can|may|must|do|does|am|is|are|should|could|would) (i|we|you|it|they|people|my|our|the|an?)\b|(^|[.!?]\s*)(is it |it's |is that |would it be )?(ok|okay|fine|allowed|legal|permitted) (to|if)\b|\b(right|correct|ok|okay|fine|allowed|true)\s*\?\s*$/;

/** A question about a license the bot has no data for keeps the intent its shape says, so the answer can say so. */
function unknownLicenseIntent(masked: string, e: Entities): Intent {
  if (e.aspect) return 'grant';
  return /\b(what is|what's|tell me about|info|describe|overview|explain)\b/.test(masked) ? 'license' : 'faq';
}

/** The languages the bot reads: those enabled, the lexicon of each one not English, a classifier for each. */
export interface LanguageSetup {
  enabled: readonly Language[];
  lexicons: Partial<Record<LexiconLanguage, Lexicon>>;
}

const ENGLISH_ONLY: LanguageSetup = { enabled: ['en'], lexicons: {} };

export class Matcher {
  private readonly classifiers: Partial<Record<Language, TextClassifier>>;

  constructor(
    classifier: TextClassifier | Partial<Record<Language, TextClassifier>>,
    private readonly kb: KnowledgeBase,
    private readonly languages: LanguageSetup = ENGLISH_ONLY,
  ) {
    this.classifiers = 'classify' in classifier ? { en: classifier as TextClassifier } : classifier;
  }

  /**
   * The parts of a message every reading starts from; the bot reuses them to place a follow-up. A message
   * too short to tell its language is read in `fallback`, the conversation's language.
   */
  read(raw: string, fallback?: MessageLanguage): Reading {
    const sanitized = sanitize(raw);
    // Over-long text is refused unread, which bounds the work per message.
    const fits = sanitized.length <= MAX_MESSAGE_CHARS;
    const language = fits ? this.languageOf(sanitized, fallback) : 'en';
    const lexicon = language !== 'other' && isLexiconLanguage(language) ? this.languages.lexicons[language] : undefined;
    const read = lexicon ? toReadingText(sanitized, lexicon, this.kb) : sanitized;
    // "good morning! what's MG-BY-NC-RAI?" is the question; "hello there" and "hi 👋" stay greetings.
    const question = read.replace(LEADING_GREETING, '');
    const text = GREETING.test(read) || !/\p{L}{2}/u.test(question) ? read : question;
    const readable = fits ? text : '';
    const lower = readable.toLowerCase();
    return { text, size: sanitized.length, language, lower, mentions: findLicenseMentions(readable, this.kb), entities: readEntities(lower, this.kb) };
  }

  private languageOf(text: string, fallback: MessageLanguage | undefined): MessageLanguage {
    const language = detectLanguage(text) ?? fallback ?? 'en';
    return language !== 'other' && this.languages.enabled.includes(language) ? language : 'other';
  }

  understand(raw: string, reading: Reading = this.read(raw)): Understanding {
    const question = raw;
    const { text, lower, mentions, entities, language } = reading;
    const base = { question, language, confidence: 1, mentions: [], needs: [], alternatives: [] };
    if (reading.size === 0) return { ...base, intent: 'help' };
    if (reading.size > MAX_MESSAGE_CHARS) return { ...base, intent: 'unknown', problem: 'too-long' };
    if (mentions.length > MAX_LICENSES) return { ...base, intent: 'unknown', mentions: [], problem: 'too-many-licenses' };
    const read = { ...base, ...entities, mentions };

    const command = text.match(COMMAND);
    if (command && this.isCommand(command[1]!.toLowerCase(), command[2] ?? '', mentions)) {
      return { ...read, ...this.command(command[1]!.toLowerCase(), command[2] ?? '', mentions) };
    }

    if (GREETING.test(text)) return { ...read, intent: 'help' };

    const maskedText = maskLicenses(text, mentions);
    const masked = maskedText.toLowerCase();
    const asked = readPermission(masked);
    const targeted = readTarget(text, mentions, asked);
    const frame = targeted?.frame ?? asked;
    const understood = { ...read, target: targeted?.target, permission: frame, negativeAspect: NEGATIVE_ASPECT.test(lower) };
    const namesLicense = mentions.some((m) => m.kind === 'mg') || /\b(licen[cs]e|modelgo)\b/.test(masked);
    if (isHelp(lower)) return { ...understood, intent: 'help' };
    if (isLookalike(masked, namesLicense)) return { ...understood, intent: 'unknown', confidence: 0 };
    const mg = mentions.filter((m) => m.kind === 'mg').length;
    if (asksForMatrix(masked) && (mg < 2 || /\b(show|see|view|picture|image|draw|send)\b/.test(masked))) return { ...understood, intent: 'matrix' };
    const words = masked.trim().split(/\s+/).length;
    // "is it revocable?", "can I use it commercially?", "can I sell?": about a license the message leaves unnamed.
    if (
      (PRONOUN_ONLY.test(masked) ||
        ((entities.aspect !== undefined || (frame !== undefined && !frame.objectNamed && !frame.acts.every((x) => x === 'use'))) && words <= 6)) &&
      mentions.length === 0 &&
      words <= 8 &&
      POLAR.test(masked) &&
      !CHOOSING.test(masked) &&
      (entities.aspect || frame)
    )
      return { ...understood, intent: entities.aspect ? 'grant' : 'permission' };
    const term = readTerm(masked);
    if (term) return { ...understood, intent: 'definition', term: term.term, subject: term.subject };

    const classifier = (language !== 'other' && this.classifiers[language]) || this.classifiers.en!;
    const classified = classifier.classify(withoutEditionPhrase(maskedText), featuresOf(entities, mentions));
    const coverage = classified.coverage;
    const cues: Cues = {
      licenses: mentions.length,
      method: entities.method !== undefined,
      aspect: entities.aspect !== undefined,
      action: entities.action !== undefined || frame !== undefined,
      needs: entities.needs.length > 0,
    };
    const ranking = rerank(classified.ranking, cues, mentions, this.kb);
    const [top, ...rest] = ranking;
    if (!top || (coverage < THRESHOLDS.minCoverage && mentions.length === 0)) return { ...understood, intent: 'unknown', confidence: 0 };

    const close = rest
      .filter((r) => top.score - r.score <= THRESHOLDS.closeMargin && r.label !== 'unknown')
      .slice(0, 2)
      .map(toAlternative);
    if (top.score < THRESHOLDS.minScore && top.label !== 'unknown') {
      return { ...understood, intent: 'unknown', confidence: top.score, alternatives: [toAlternative(top), ...close] };
    }
    const { intent, faq } = corrected(parseLabel(top.label), {
      masked,
      entities,
      frame,
      mentions: mentions.filter((m) => m !== targeted?.target),
      kb: this.kb,
    });
    return { ...understood, intent, faq, confidence: top.score, alternatives: intent === 'unknown' ? [] : close };
  }

  /** "license X" needs a license after it, "remix" two, "help" nothing; "faq" takes a topic. */
  private isCommand(name: string, args: string, mentions: LicenseMention[]): boolean {
    if (name === 'help') return args === '';
    if (name === 'faq') return true;
    const minimum = name === 'remix' ? 2 : 1;
    return mentions.length >= minimum || (args === '' && name !== 'remix');
  }

  private command(name: string, args: string, mentions: LicenseMention[]): Partial<Understanding> & { intent: Intent } {
    const lower = args.toLowerCase();
    switch (name) {
      case 'license':
      case 'card':
        return { intent: 'license' };
      case 'remix': {
        const method = REMIX_METHODS.find((m) => new RegExp(`\\b${m}`).test(lower)) as RemixMethod | undefined;
        return { intent: 'remix', method: method ?? readEntities(lower, this.kb).method };
      }
      case 'faq': {
        const faq = this.topicFor(lower);
        return faq ? { intent: 'faq', faq } : { intent: 'unknown', alternatives: this.closestTopics(lower) };
      }
      default:
        return { intent: mentions.length > 0 ? 'license' : 'help' };
    }
  }

  private topicFor(words: string): FaqTopicId | undefined {
    const exact = FaqTopicIdSchema.safeParse(words.trim().replace(/\s+/g, '-'));
    if (exact.success) return exact.data;
    const [best] = this.closestTopics(words);
    return best && best.score >= 0.85 ? best.faq : undefined;
  }

  private closestTopics(words: string): Alternative[] {
    return this.kb.faqTopics
      .map((t) => ({ intent: 'faq' as const, faq: t.id, score: Math.max(jaroWinkler(words, t.id), jaroWinkler(words, t.title.toLowerCase())) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
  }
}

/** What the reading knows beyond the classifier's words, for the corrections below. */
interface Evidence {
  masked: string;
  entities: Entities;
  frame: PermissionFrame | undefined;
  mentions: LicenseMention[];
  kb: KnowledgeBase;
}

/**
 * Where the structured reading settles what the words leave open: termination and revocation are grant
 * questions unless the message asks to share or sell; a yes/no question about one license's rules is a
 * permission question even when it mentions distilling or sounds like a FAQ topic; a license the bot has
 * no data for keeps the intent its shape says.
 */
function corrected(parsed: { intent: Intent; faq?: FaqTopicId }, { masked, entities, frame, mentions, kb }: Evidence): { intent: Intent; faq?: FaqTopicId } {
  const mgOptions = new Set(mentions.flatMap((m) => (m.kind === 'mg' ? [m.options.join()] : [])));
  if (entities.aspect === 'terminable' && mentions.length > 0) return { intent: 'grant' };
  if (parsed.intent === 'grant' && frame?.acts.includes('own')) return { intent: 'permission' };
  const onlyGrantActs = !frame || frame.acts.every((a) => a === 'use' || a === 'create');
  if (parsed.intent === 'permission' && entities.aspect !== undefined && onlyGrantActs) return { intent: 'grant' };
  if (parsed.intent === 'grant' && entities.aspect === undefined && !onlyGrantActs) return { intent: 'permission' };
  const merging = entities.method !== undefined && entities.method !== 'distill';
  const oneLicenseRights =
    frame !== undefined &&
    !merging &&
    mgOptions.size === 1 &&
    (frame.property === true || ((parsed.intent !== 'faq' || frame.objectNamed) && POLAR.test(masked)));
  if ((parsed.intent === 'remix' || parsed.intent === 'faq' || parsed.intent === 'choose') && oneLicenseRights && !entities.aspect)
    return { intent: 'permission' };
  // "can I keep my fine-tune closed source?" names no license: a FAQ about particular licenses would assume one, so ask.
  if (
    parsed.intent === 'faq' &&
    parsed.faq &&
    mentions.length === 0 &&
    frame?.objectNamed &&
    POLAR.test(masked) &&
    /\bMG(0|-BY)/.test(kb.faq(parsed.faq).question)
  )
    return { intent: 'permission' };
  // "is MG-BY-NC compatible?": compatibility between MG licenses is the remix table's question.
  if ((parsed.intent === 'license' || parsed.intent === 'faq') && /\bcompatib/.test(masked) && mentions.length > 0 && mentions.every((m) => m.kind === 'mg'))
    return { intent: 'remix' };
  if (parsed.intent === 'faq' && mentions.some((m) => m.kind === 'unknown')) {
    const intent = unknownLicenseIntent(masked, entities);
    if (intent !== 'faq') return { intent };
  }
  return parsed;
}

/**
 * Weighs the classifier's scores by whether the message holds what each intent needs: a grant question
 * names a license and revocation or sublicensing, a comparison names two licenses, and so on. Words
 * alone confuse "are there use restrictions in MG-BY-RAI?" with the FAQ about RAI; the entities do not.
 */
function rerank(ranking: Classification[], cues: Cues, mentions: LicenseMention[], kb: KnowledgeBase): Classification[] {
  const named = new Set(mentions.flatMap((m) => (m.kind === 'mg' ? [...kb.editions.keys()].map((ed) => kb.byOptions(m.options, ed)?.id) : [])));
  const factor = (label: string): number => {
    if (label.startsWith('faq:')) {
      // A FAQ topic about particular licenses fits poorly when the message names only other MG licenses.
      const about = kb.faq(FaqTopicIdSchema.parse(label.slice(4))).licenses;
      return about.length > 0 && named.size > 0 && !about.some((id) => named.has(id)) ? 0.5 : 1;
    }
    const spec = (INTENT_SPECS as Record<string, (typeof INTENT_SPECS)[keyof typeof INTENT_SPECS] | undefined>)[label];
    return spec ? spec.weight(cues) : 1;
  };
  const weighted = ranking.map((r) => ({ label: r.label, score: r.score * factor(r.label) }));
  const total = weighted.reduce((sum, r) => sum + r.score, 0) || 1;
  return weighted.map((r) => ({ label: r.label, score: r.score / total })).sort((a, b) => b.score - a.score);
}

function parseLabel(label: string): { intent: Intent; faq?: FaqTopicId } {
  if (label.startsWith('faq:')) return { intent: 'faq', faq: FaqTopicIdSchema.parse(label.slice(4)) };
  return { intent: (INTENTS as readonly string[]).includes(label) ? (label as Intent) : 'unknown' };
}

function toAlternative(c: Classification): Alternative {
  return { ...parseLabel(c.label), score: c.score };
}

/**
 * A training utterance prepared exactly as a live message is, so both meet the classifier alike; one of
 * another language goes through its lexicon as a live message in that language does.
 */
export function trainingExample(text: string, label: string, kb: KnowledgeBase, lexicon?: Lexicon): TrainingExample {
  const clean = lexicon ? toReadingText(sanitize(text), lexicon, kb) : sanitize(text);
  const mentions = findLicenseMentions(clean, kb);
  return { text: withoutEditionPhrase(maskLicenses(clean, mentions)), label, features: featuresOf(readEntities(clean.toLowerCase(), kb), mentions) };
}

/** A Chinese or Spanish message in the English the readers know, its license ids kept as written. */
function toReadingText(sanitized: string, lexicon: Lexicon, kb: KnowledgeBase): string {
  const spaced = lexicon.segmentation === 'characters' ? separateScripts(sanitized) : sanitized;
  const ids = findLicenseMentions(spaced, kb).map((m) => ({ start: m.start, end: m.start + m.text.length }));
  return readingText(spaced, lexicon, ids);
}

function featuresOf(entities: Entities, mentions: LicenseMention[]): string[] {
  const mg = mentions.filter((m) => m.kind !== 'other').length;
  return entityFeatures(entities, mg, mentions.length - mg);
}

/** License ids become placeholder words, so the classifier learns the question, not the ids. */
function maskLicenses(text: string, mentions: LicenseMention[]): string {
  let out = '';
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    out += `${text.slice(at, m.start)} ${m.kind === 'other' ? `otherlicense ${m.id.toLowerCase().replace(/[^a-z]+/g, '')}` : m.kind === 'unknown' ? `unknownlicense ${m.text.toLowerCase().replace(/[^a-z]+/g, '')}` : 'mglicense'} `;
    at = m.start + m.text.length;
  }
  // Single spaces, so the readers' patterns need not allow for the padding around each mask.
  return (out + text.slice(at)).replace(/\s+/g, ' ').trim();
}
