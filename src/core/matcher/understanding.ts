import type { Intent } from '../answer/answer.js';
import type { MessageLanguage } from '../domain/languages.js';
import type { LicenseMention } from '../knowledge/license-mentions.js';
import type { ClauseId, Edition, FaqTopicId, PermissionAction, Subject } from '../knowledge/schema.js';
import type { Need } from '../rules/choose.js';
import type { GrantAspect, GrantRight } from '../rules/grant.js';
import type { RemixMethod } from '../rules/remix.js';
import type { PermissionFrame } from '../understanding/permission-frame.js';

/** A runner-up reading of the message, offered as "did you mean". */
export interface Alternative {
  intent: Intent;
  faq?: FaqTopicId;
  score: number;
}

/** Why a message was not read normally. */
export type InputProblem = 'empty' | 'too-long' | 'too-many-licenses';

/** What the matcher read from one message: the intent and everything the rules engine needs. */
/** What a follow-up took from the conversation: the licenses (short ids), the edition it switched to, and whether "it" was a remix result. */
export interface Assumed {
  ids: string[];
  edition?: Edition;
  result?: boolean;
}

export interface Understanding {
  question: string;
  /** The language the question was read in (`other`: one the bot does not read or has not enabled). */
  language: MessageLanguage;
  intent: Intent;
  confidence: number;
  mentions: LicenseMention[];
  /** A license named as where the work would go ("relicense it under MG-BY"), not one the question is about. */
  target?: LicenseMention;
  method?: RemixMethod;
  /** More than one model is meant, though one license may be named ("two MG-BY models"). */
  severalModels?: boolean;
  right?: GrantRight;
  aspect?: GrantAspect;
  action?: PermissionAction;
  /** The structured reading of a permission question: acts, object, polarity. */
  permission?: PermissionFrame;
  /** "is it irrevocable?", "non-sublicensable?": the question names the opposite of the table's column. */
  negativeAspect?: boolean;
  /** The term a definition question asks about, and what it asks whether the term covers. */
  term?: ClauseId;
  subject?: Subject;
  /** Set by the conversation when the answer rests on an earlier turn: what it assumed, for the reader. */
  assumed?: Assumed;
  /** Options to offer when the message leaves a needed part open (CONTRACT.md `clarify`). */
  clarify?: string[];
  needs: Need[];
  faq?: FaqTopicId;
  /** An edition the message asks for explicitly ("in the 2025 version"). */
  edition?: Edition;
  /** Earlier texts of that edition the message names ("May 2025"), which the data does not follow. */
  earlierTexts?: string;
  alternatives: Alternative[];
  problem?: InputProblem;
}
