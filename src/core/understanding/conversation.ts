import type { MessageLanguage } from '../domain/languages.js';
import { shortId } from '../knowledge/knowledge-base.js';
import type { Edition } from '../knowledge/schema.js';
import type { Assumed } from '../matcher/understanding.js';
import type { Need } from '../rules/choose.js';
import type { ActObject } from './permission-frame.js';
import { objectIn, withObject } from './read-permission.js';
import { isHelp } from './read-shape.js';
import { BEFORE_TARGET } from './read-target.js';

/**
 * What a conversation carries from one turn to the next, so a follow-up fills in only what it changes:
 * "what about MG-BY-ND?" swaps a license, "and in 2025?" switches the edition, "is it revocable?" takes
 * the license just discussed. Plain data, so a shared store can keep it between replicas.
 */
export interface ConversationState {
  /** The last question as the bot understood it, with pronouns already filled in. */
  question: string;
  intent: string;
  /** Canonical ids the last answer was about, in order. */
  licenses: string[];
  /** How each of those licenses was written in `question`, to swap one for another. */
  written: string[];
  /** What the last permission question was about (outputs, a fine-tune…), for "them" and "they". */
  object: ActObject | null;
  /** What "it" means after the last answer: the remix result or chooser pick, else the single license. */
  subject: string | null;
  edition: Edition;
  needs: Need[];
  /** The options offered when the bot asked back; "1" or "2" picks one. */
  clarify: string[] | null;
  /** The longer explanation of the last answer, for "why?" and "more". */
  details: string | null;
  /** The language the conversation is in, so "2025?" or "MG-BY-ND?", too short to tell, is read in it. */
  language?: MessageLanguage;
}

/** How the next message relates to the conversation so far. */
export type Turn =
  | { kind: 'fresh' }
  | { kind: 'rewrite'; question: string; edition?: Edition; assumed?: Assumed }
  | { kind: 'refine-needs'; needs: Need[]; drop: Need[] }
  | { kind: 'details'; text: string }
  | { kind: 'clarify'; options: string[] };

/** "what about MG-BY-ND?", "and for Apache?", "what if I use X instead of Y?": the last question with other licenses. */
const SWAP =
  /^(?:(?:and|but|ok|okay|so)\s+)?(?:wh?at|how)\s+about\b|^and\s+(?:for|with|if|under)\b|^(?:same|also)\s+(?:question\s+|thing\s+|again\s+)?(?:for|with|about)\b|^(?:and|or)\b|^what\s+if\b|^and\s+\S+(?:\s+\S+)?\s*\??$|\binstead\b|^(?:and\s+)?(?:if\s+)?i\s+add\b|^(?:ok |so |now )?(?:swap|replace|switch|change)\b/;

const EDITION_ONLY =
  /^(?:(?:and|but|ok|okay|so|what|how|about|if|in|under|for|with|per|the|according|to|then|now|instead|version|edition|texts?|revision|release|licen[cs]es?|table|chart|sheet|one|please|pls|of|december|dec|november|nov|year)\b[\s,]*)*$/;
const PRONOUN =
  /\b(it|its|it's|that one|this one|that license|this license|the license|the result|the merged model|the pick|that|this|them|they|their|those two|these two|the two)\b/;
/** The models of a remix just discussed: "them", "both", "those two". */
const PLURAL = /\b(those two|these two|the two|them|they|their|both)\b/i;
const ORDINAL: Array<[number, RegExp]> = [
  [0, /\b(the )?first( one| license)?\b/],
  [1, /\b(the )?second( one| license)?\b|\bthe other( one)?\b|\bthe latter\b/],
];
const FRAGMENT =
  /^(?:and |so |ok |what about |how about )?(?:is it |is |it's |are they |can it be |can they be )?(?:the )?(patent|copyright|revocable|revokable|irrevocable|sublicensable|sub-?licensable|terminable|commercially|commercial use|for commercial use|for research|revoked|sublicensed|terminated)(?: (?:rights?|grant|part|side|clause|too|then|as well|instead))?\s*[?!.]*$/;
const REFINE = /^(?:and|also|plus|but|actually|oh|ok|okay|what if|and also|now|then|too)\b|\b(too|as well|also)\s*[?!.]*$/;
/** What a reply that only names the license says around it: "it's MG-BY-OS", "the model is under MG-BY-NC". */
const REPLY =
  /^(\s|and|or|,|\?|!|\.|it'?s|it is|its|that'?s|they'?re|they are|both|under|the|model|models|one|other|licen[cs]e[ds]?|is|are|was|were|using|i use|we use|i'm using|ok|okay|sorry|oh|mine|ours|my|our|first|second|and the|with)*$/;
/** A license named beside a pronoun as a target or a point of comparison, not as the new subject. */
const COMPARED = /\b(different|differ|differs|compare|compared|comparison|versus|vs\.?|than|stricter|looser|like)\b/;

function besideSubject(input: TurnInput, bare: string): boolean {
  const targets = input.namedText.every((t) => BEFORE_TARGET.test(input.text.slice(0, Math.max(0, input.text.toLowerCase().indexOf(t.toLowerCase())))));
  return targets || COMPARED.test(bare);
}

/** "what about …", "and …?": a follow-up that changes one part of the last question. */
const FOLLOW_UP_OPENING = /^(?:and |so |ok |but )?(?:(?:wh?at|how) about\b|and\b|just\b)/;

const DETAILS = /^(?:why|why\?|how come|more|tell me more|details|explain|explain why|go on|show details)\s*[?!.]*$/;

export interface TurnInput {
  text: string;
  lower: string;
  /** Canonical ids the message names, and how each was written. */
  named: string[];
  namedText: string[];
  edition?: Edition;
  needs: Need[];
  /** The needs the message refuses ("I don't care about credit"), to drop from the ones gathered. */
  refused: Need[];
  /** The edition phrase removed from the message ("in 2025"). */
  withoutEdition: string;
}

/** Reads the next message against the state of its conversation. */
export function nextTurn(input: TurnInput, state: ConversationState | undefined): Turn {
  if (!state) return { kind: 'fresh' };
  const { lower, named } = input;
  if (isHelp(lower)) return { kind: 'fresh' };
  if (DETAILS.test(lower) && state.details) return { kind: 'details', text: state.details };
  const pick = lower.match(/^(?:option\s*)?([1-9])\s*[.)]?$/);
  if (pick && state.clarify) {
    const option = state.clarify[Number(pick[1]) - 1];
    if (option) return { kind: 'rewrite', question: option };
  }
  if (
    named.length === 0 &&
    input.edition &&
    EDITION_ONLY.test(
      input.withoutEdition
        .toLowerCase()
        .replace(/[?!.,:]/g, ' ')
        .trim(),
    )
  ) {
    return { kind: 'rewrite', question: state.question, edition: input.edition, assumed: { ids: state.licenses.map(shortId), edition: input.edition } };
  }
  if (
    state.intent === 'choose' &&
    named.length === 0 &&
    (input.needs.length > 0 || input.refused.length > 0) &&
    (REFINE.test(lower) || lower.split(/\s+/).length <= 6)
  ) {
    return { kind: 'refine-needs', needs: input.needs, drop: input.refused };
  }
  if (named.length > 0) {
    const bare = input.namedText.reduce((rest, t) => rest.replace(t.toLowerCase(), ' '), lower);
    const onlyLicenses = /^(\s|and|or|,|\?|!|\.)*$/.test(bare);
    // "MG-BY-ND", "it's MG-BY-OS", "MG-BY and MG-BY-ND" after the bot asked which license: the question it asked, completed.
    // "the fine-tuned version. base model is MG-BY-NC-ND": a short reply with no question of its own fills in what was asked.
    const reply = onlyLicenses || REPLY.test(bare) || (!/\?\s*$/.test(input.text.trim()) && input.text.trim().split(/\s+/).length <= 12);
    if (reply && state.licenses.length === 0 && state.clarify) {
      const filled =
        input.named.length === 1 ? withLicense(state.question, FRAGMENT.exec(state.question.toLowerCase()), input.named[0]!, state) : state.question;
      // What the reply says besides the license ("the fine-tuned version") belongs to the question too.
      const more = onlyLicenses || REPLY.test(bare) ? '' : `: ${input.text}`;
      return {
        kind: 'rewrite',
        question: filled !== state.question ? `${filled.replace(/[?!.\s]+$/, '')}${more}` : `${state.question.replace(/[?!.\s]+$/, '')}: ${input.text}`,
      };
    }
    // "can I relicense a derivative of it under MG-BY?", "how's that different from MG-BY-OS?": the pronoun is still the subject.
    if (state.subject && !input.named.includes(state.subject) && PRONOUN.test(bare) && besideSubject(input, bare)) {
      return { kind: 'rewrite', question: withLicense(input.text, null, state.subject, state), edition: input.edition ?? state.edition };
    }
    if (!(SWAP.test(lower) || onlyLicenses) || state.licenses.length === 0 || state.written.length !== state.licenses.length) return { kind: 'fresh' };
    return { kind: 'rewrite', question: swapped(state, input), edition: input.edition ?? state.edition };
  }

  // "what about just the outputs?" after a permission answer: the same question, about another object.
  const object = state.intent === 'permission' && FOLLOW_UP_OPENING.test(lower) ? objectIn(lower) : undefined;
  if (object && object !== state.object) return { kind: 'rewrite', question: withObject(state.question, object), edition: input.edition ?? state.edition };

  const ordinal = ORDINAL.find(([, re]) => re.test(lower));
  const referent = ordinal ? state.licenses[ordinal[0]] : state.subject;
  const fragment = FRAGMENT.exec(input.withoutEdition.toLowerCase().replace(/\s+/g, ' ').trim());
  if (!PRONOUN.test(lower) && !ordinal && !fragment) return { kind: 'fresh' };
  // "put them in a pipeline instead": after a remix, "them" are the models, even when the remix had a result.
  const models = state.intent === 'remix' && PLURAL.test(lower) && state.licenses.length > 1 && !ordinal;
  if (!referent || models) {
    if (models) {
      const both = `the ${state.licenses.map(shortId).join(' and ')} models`;
      return {
        kind: 'rewrite',
        question: input.text.replace(PLURAL, (w) => (w.toLowerCase() === 'their' ? `${both}'` : both)),
        edition: input.edition ?? state.edition,
      };
    }
    if (state.licenses.length > 1 && (PRONOUN.test(lower) || fragment)) {
      return { kind: 'clarify', options: state.licenses.map((id) => withLicense(input.text, fragment, id, state)) };
    }
    return { kind: 'fresh' };
  }
  return {
    kind: 'rewrite',
    question: withLicense(input.text, fragment, referent, state),
    edition: input.edition ?? state.edition,
    assumed: { ids: [shortId(referent)], result: state.subject === referent && state.licenses.length > 1 },
  };
}

/** The message with its pronoun (or its missing license) replaced by the license it refers to. */
function withLicense(text: string, fragment: RegExpExecArray | null, id: string, state: ConversationState): string {
  const name = shortId(id);
  if (fragment) {
    const word = fragment[1]!;
    if (/commercial/.test(word)) return `can I use ${name} commercially?`;
    if (/research/.test(word)) return `can I use ${name} for research?`;
    if (/patent|copyright/.test(word)) {
      const aspect = /sublicens/.test(state.question.toLowerCase()) ? 'sublicensable' : 'revocable';
      return `is the ${name} ${word} grant ${aspect}?`;
    }
    return `is ${name} ${word.replace(/revokable/, 'revocable')}?`;
  }
  // "publish them as a dataset" after a question about outputs: "them" are the outputs, not the license.
  const plural = state.object === 'output' || state.object === 'output-dataset' ? `the outputs of ${name}` : name;
  const replaced = text
    .replace(/\b(them|they)\b/i, plural)
    .replace(/\b(the )?(first|second)( one| license)?\b|\bthe other( one)?\b|\bthe latter\b/i, name)
    .replace(/\b(that one|this one|that license|this license|the license|the result|the merged model|the pick)\b/i, name)
    .replace(/\bits\b/i, `${name}'s`)
    .replace(/\bit'?s\b(?= (irrevocable|revocable|sublicensable|copyleft|ok|allowed))/i, `${name} is`)
    .replace(/\b(it|them|they|that|this)\b/i, name);
  return replaced;
}

/** The last question with the licenses this message names put in place of the old ones. */
function swapped(state: ConversationState, input: TurnInput): string {
  const names = input.named.map(shortId);
  const written = state.written;
  const instead = input.lower.match(/instead of (.+?)\s*[?!.]*$/);
  if (instead && input.named.length === 2) {
    // "X instead of Y": the id written after "instead of" goes, the other comes in.
    const second = input.namedText[1]!;
    const outIndex = input.lower.indexOf(second.toLowerCase()) > input.lower.indexOf('instead of') ? 1 : 0;
    const at = state.licenses.indexOf(input.named[outIndex]!);
    return replaceAt(state.question, state.written, at >= 0 ? at : state.written.length - 1, shortId(input.named[1 - outIndex]!));
  }
  if (/\badd\b/.test(input.lower)) return `${state.question.replace(/[?!.\s]+$/, '')} and ${names.join(' and ')}?`;
  if (names.length >= 2 || written.length <= 1) {
    let q = state.question;
    written.forEach((w, i) => {
      if (names[i]) q = q.replace(w, names[i]!);
    });
    if (written.length === 1 && names.length > 1) q = q.replace(names[0]!, names.join(' and '));
    return q;
  }
  // "swap the OS one for MG-BY-ND": the license named by its option goes.
  const option = input.lower.match(/\bthe ([a-z0-9]+) one\b/)?.[1]?.toUpperCase();
  const named = option ? state.licenses.findIndex((id) => shortId(id).split('-').includes(option)) : -1;
  return replaceAt(state.question, written, named >= 0 ? named : written.length - 1, names[0]!);
}

function replaceAt(question: string, written: string[], index: number, name: string): string {
  const target = written[index];
  return target ? question.replace(target, name) : question;
}
