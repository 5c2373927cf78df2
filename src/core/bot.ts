import type { Answer } from './answer/answer.js';
import { compose } from './answer/compose.js';
import { DEFAULT_LANGUAGE } from './answer/messages/catalogue.js';
import type { Language, MessageLanguage } from './domain/languages.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { shortId } from './knowledge/knowledge-base.js';
import type { Edition } from './knowledge/schema.js';
import { ConversationMemory } from './matcher/conversation.js';
import { refusedNeeds, withoutEditionPhrase } from './matcher/entities.js';
import { type LanguageSetup, Matcher } from './matcher/matcher.js';
import type { TextClassifier } from './matcher/text-classifier.js';
import type { Understanding } from './matcher/understanding.js';
import { type ConversationState, nextTurn } from './understanding/conversation.js';

export interface AskOptions {
  /** Who is talking where ("slack:T1:C1:U1"); follow-ups only reuse questions of the same conversation. */
  conversation?: string;
  /** Overrides the default edition for this question (CLI flag, Slack keyword, Discord option). */
  edition?: Edition;
  now?: number;
}

/** One answer and the conversation state it leaves, for callers that keep the state themselves (a shared store). */
export interface Reply {
  answer: Answer;
  state: ConversationState | undefined;
}

/** The whole bot, platform-free: a question in, one answer out. Every adapter talks to this. */
export class Bot {
  private readonly matcher: Matcher;
  private readonly memory = new ConversationMemory<ConversationState>();
  /** The language of notices that answer no particular message (rate limits, faults). */
  readonly language: Language = DEFAULT_LANGUAGE;

  constructor(
    readonly kb: KnowledgeBase,
    classifier: TextClassifier | Partial<Record<Language, TextClassifier>>,
    readonly defaultEdition: Edition,
    languages?: LanguageSetup,
    /** The knowledge worded in each other language the bot answers in; English is `kb`. */
    private readonly translated: Partial<Record<Language, KnowledgeBase>> = {},
  ) {
    this.matcher = new Matcher(classifier, kb, languages);
  }

  /** Answers in the message's language; a language the bot does not speak gets English. */
  private compose(u: Understanding, edition: Edition, language: MessageLanguage): Answer {
    const answerIn = language === 'other' || !(language === 'en' || this.translated[language]) ? DEFAULT_LANGUAGE : language;
    return compose(u, answerIn === 'en' ? this.kb : this.translated[answerIn]!, edition, answerIn);
  }

  /** Answers with the bot's own in-process memory of each conversation. */
  ask(question: string, options: AskOptions = {}): Answer {
    const now = options.now ?? Date.now();
    const key = options.conversation;
    const reply = this.reply(question, key ? this.memory.get(key, now) : undefined, options.edition);
    if (key && reply.state) this.memory.set(key, reply.state, now);
    return reply.answer;
  }

  /** Answers one message given the state of its conversation, and returns the state to keep. */
  reply(question: string, state: ConversationState | undefined, edition?: Edition): Reply {
    const reading = this.matcher.read(question, state?.language);
    const { text, lower, mentions, entities, language } = reading;
    const turn = nextTurn(
      {
        text,
        lower,
        named: mentions.map((m) =>
          m.kind === 'other'
            ? m.id
            : m.kind === 'unknown'
              ? m.text
              : (this.kb.byOptions(m.options, entities.edition ?? state?.edition ?? this.defaultEdition)?.id ??
                this.kb.byOptions(m.options, this.other(entities.edition ?? state?.edition ?? this.defaultEdition))?.id ??
                ''),
        ),
        namedText: mentions.map((m) => m.text),
        edition: entities.edition,
        needs: entities.needs,
        refused: refusedNeeds(lower),
        withoutEdition: withoutEditionPhrase(lower).replace(/\b\d{4}\b/g, ' '),
      },
      state,
    );
    let u: Understanding;
    // Kept as read: a follow-up rewrites it, and a Chinese or Spanish question is re-read best in its reading text.
    let asked = language === 'en' || language === 'other' ? question : text;
    switch (turn.kind) {
      case 'details': {
        const again = this.compose(this.matcher.understand(state!.question), state!.edition, language);
        return { answer: { ...again, question, text: turn.text }, state };
      }
      case 'rewrite':
        asked = turn.question;
        u = { ...this.matcher.understand(turn.question), question, assumed: turn.assumed };
        // A license the conversation's edition lacks (MG-BY-SA in a 2024 thread) brings its own edition.
        if (turn.edition && u.mentions.every((m) => m.kind !== 'mg' || this.kb.byOptions(m.options, turn.edition!) !== undefined)) u.edition = turn.edition;
        break;
      case 'refine-needs': {
        const needs = [...new Set([...state!.needs.filter((n) => !turn.drop.includes(n)), ...turn.needs])];
        u = { ...this.matcher.understand(question, reading), intent: 'choose', needs, edition: state!.edition };
        break;
      }
      case 'clarify':
        asked = state!.question;
        u = { ...this.matcher.understand(turn.options[0]!), question, clarify: turn.options };
        break;
      case 'fresh':
        u = this.matcher.understand(question, reading);
        // "do derivatives have to use the same license?" right after a license: a question about that license.
        if (
          state?.subject &&
          mentions.length === 0 &&
          (asksAboutALicense(u, language === 'en' || language === 'other' ? u.question.toLowerCase() : lower) ||
            (WHAT_ABOUT.test(lower) && u.permission !== undefined))
        ) {
          asked = `${text.replace(/[?!.\s]+$/, '')} under ${shortId(state.subject)}?`;
          u = { ...this.matcher.understand(asked), question, assumed: { ids: [shortId(state.subject)] }, edition: state.edition };
        }
    }
    if (edition && !u.edition) u.edition = edition;
    // A rewritten follow-up is read in English; the answer is still to the message as it was written.
    u.language = language;
    const answer = this.compose(u, this.defaultEdition, language);
    return { answer, state: remember(answer, u, asked, state) };
  }

  private other(edition: Edition): Edition {
    return [...this.kb.editions.keys()].find((e) => e !== edition) ?? edition;
  }
}

/** "what about a free API for research?": the last license, asked about something else. */
const WHAT_ABOUT = /^(?:and |so |ok )?(?:what|how) about\b/;

/** A rights or duties question that names no license, rather than a wish for a new one. */
function asksAboutALicense(u: Understanding, lower: string): boolean {
  if (u.intent === 'permission' || u.intent === 'grant') return true;
  // A yes/no about what may or must be done, right after a license, asks about that license, even when
  // its words are those of a FAQ topic or a wish ("and must I add a notice if I publish those outputs?").
  return (
    (u.intent === 'choose' || u.intent === 'unknown' || (u.intent === 'faq' && u.permission?.objectNamed === true)) &&
    u.permission !== undefined &&
    /^(and |so |ok )?(do|does|must|can|may|is|are|am i|should)\b/.test(lower) &&
    !/\b(which|what) licen|recommend|i (want|need|would like)/.test(lower)
  );
}

/** What the next turn needs of this one; help and unknown answers leave the conversation as it was. */
function remember(answer: Answer, u: Understanding, asked: string, previous: ConversationState | undefined): ConversationState | undefined {
  if (answer.intent === 'unknown' || answer.intent === 'help') return previous;
  return {
    question: asked,
    intent: answer.intent,
    licenses: answer.licenses,
    written: u.clarify ? (previous?.written ?? []) : u.mentions.map((m) => m.text),
    object: u.permission?.objectNamed ? u.permission.object : null,
    subject: answer.result ?? (new Set(answer.licenses).size === 1 ? answer.licenses[0]! : null),
    edition: answer.edition,
    needs: u.needs,
    clarify: answer.clarify,
    details: answer.details,
    language: u.language,
  };
}
