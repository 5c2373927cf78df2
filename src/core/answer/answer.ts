import type { Language, MessageLanguage } from '../domain/languages.js';
import type { Edition, FaqTopicId, LicenseGroup } from '../knowledge/schema.js';

export { INTENT_SPECS, INTENTS, type Intent } from '../domain/intents.js';

import type { Intent } from '../domain/intents.js';

/** A button or "did you mean" choice: pressing it asks `question`. */
export interface Choice {
  label: string;
  question: string;
}

export interface CardField {
  label: string;
  value: string;
}

/** A public source a reader can open: a license clause or a FAQ question, never a file of ours. */
export interface Citation {
  label: string;
  url: string;
}

export type Tone = 'positive' | 'negative' | 'caution' | 'neutral';

/**
 * The platform-neutral shape of an answer. The CLI prints it as text, Slack renders Block Kit and
 * Discord an embed, so every platform says the same thing.
 */
export interface Card {
  title: string;
  /** The short answer, shown first. */
  headline: string | null;
  tone: Tone;
  /** The one or two reasons that decide it, in plain text. */
  paragraphs: string[];
  fields: CardField[];
  choices: Choice[];
  /** One line naming the edition and the clause or table the answer rests on. */
  source: string;
  /** The full reasoning, shown on request ("Why?"). */
  details: string[];
  citations: Citation[];
  /** Colours license cards by group. */
  group?: LicenseGroup;
}

/** The answer to one message: the fields of the `ask --json` contract plus the card they were drawn from. */
export interface Answer {
  question: string;
  intent: Intent;
  confidence: number;
  licenses: string[];
  faq: FaqTopicId | null;
  verdict: string | null;
  result: string | null;
  edition: Edition;
  /** The language the question was read in: `other` when the bot does not speak it (then `language` is English). */
  readIn: MessageLanguage;
  /** The term asked about when `intent` is `definition`. */
  term: string | null;
  /** The complete questions offered when the bot asks back instead of answering. */
  clarify: string[] | null;
  /** The longer explanation shown on request ("Why?"); `text` is what the user sees first. */
  details: string | null;
  /** The picture file written for `matrix` answers. */
  image: string | null;
  /** Set when the answer should carry the compatibility table as a picture (ids canonical); the runtime draws it and fills `image`. */
  picture?: { edition: Edition; highlight: string[] };
  text: string;
  card: Card;
  /** The language of every sentence in it; adapters word their own buttons and notices in the same one. */
  language: Language;
}

/** The JSON object of CONTRACT.md, in its field order. */
export function toContractJson(answer: Answer): Record<string, unknown> {
  const { question, intent, confidence, licenses, faq, verdict, result, text, edition, readIn, term, clarify, details, image } = answer;
  return { question, intent, confidence, licenses, faq, verdict, result, text, edition, language: readIn, term, clarify, details, image };
}
