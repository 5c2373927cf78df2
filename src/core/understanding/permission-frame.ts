/**
 * What a permission question asks, read from its words rather than from the nearest Model Sheet row:
 * the acts ("share", "sell", "keep closed"), what they are done to (the model, a fine-tune, a distilled
 * student, the output), and the question's own polarity ("can I…", "must I…", "is it forbidden…").
 */

/** Things a licensee may or may not do: the answer says whether the license allows them. */
export const RIGHT_ACTS = ['use', 'create', 'share', 'commercial', 'relicense', 'keep-closed', 'own', 'trademark'] as const;
/** Things a licensee may have to do: the answer says whether the license requires them. */
export const DUTY_ACTS = ['attribute', 'state-changes', 'license-file', 'disclose-source', 'same-license', 'dataset-notice', 'rai'] as const;

export type RightAct = (typeof RIGHT_ACTS)[number];
export type DutyAct = (typeof DUTY_ACTS)[number];
export type Act = RightAct | DutyAct;

/** What the act is done to. "extracted" is a model learned from the output (distillation). */
export const OBJECTS = ['model', 'derivative', 'extracted', 'output', 'output-dataset', 'training-data'] as const;
export type ActObject = (typeof OBJECTS)[number];

/**
 * How the question is put. `can` asks whether something is allowed, `must` whether it is required,
 * `forbidden` whether it is forbidden, `optional` whether it may be left out. A `negated` act is the
 * user's own negation of the act ("not credit", "drop the notice"), not a grammatical one ("I don't
 * have to…, do I?"), which keeps the plain meaning.
 */
export type Modality = 'can' | 'must' | 'forbidden' | 'optional';

/** Why the user uses the model, where the license cares (NonCommercial). */
export type Purpose = 'commercial' | 'noncommercial' | 'internal-company' | 'misuse';

export interface PermissionFrame {
  /** One act, or two that must both be allowed ("sell" = share + commercial; "paid API" = host + commercial). */
  acts: Act[];
  object: ActObject;
  /** The object was named; otherwise "the model" was assumed. */
  objectNamed: boolean;
  modality: Modality;
  negated: boolean;
  purpose?: Purpose;
  /** Serving it as a hosted service or API, which the texts count as distribution. */
  hosted: boolean;
  /** "is MG-BY-OS copyleft?": asks whether the license carries a duty, not about a particular act. */
  property?: boolean;
  /** "does the licensor own my derivatives?": the question asks about the other party. */
  licensorSide?: boolean;
}

export function isDuty(act: Act): act is DutyAct {
  return (DUTY_ACTS as readonly string[]).includes(act);
}
