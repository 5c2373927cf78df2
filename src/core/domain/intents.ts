/**
 * The one declaration of what the bot can be asked. Everything that lists intents (the answer
 * builders, the matcher's re-ranking, the JSON contract; their examples and buttons in each message catalogue) derives
 * from this table, and `Record<Intent, …>` makes a forgotten intent a compile error.
 */
export const INTENTS = ['remix', 'license', 'grant', 'permission', 'definition', 'choose', 'compare', 'faq', 'matrix', 'help', 'unknown'] as const;
export type Intent = (typeof INTENTS)[number];

/** What the matcher knows of a message when it weighs an intent. */
export interface Cues {
  licenses: number;
  method: boolean;
  aspect: boolean;
  action: boolean;
  needs: boolean;
}

export interface IntentSpec {
  /** Licenses the answer needs; fewer makes the bot ask which. */
  licenses: number;
  /** How much the message's cues make this intent more or less likely than its words alone say. */
  weight: (c: Cues) => number;
}

export const INTENT_SPECS: Record<Intent, IntentSpec> = {
  remix: {
    licenses: 1,
    weight: (c) => (c.licenses === 0 ? 0.4 : c.method ? 1.5 : 1),
  },
  license: {
    licenses: 1,
    weight: (c) => (c.licenses === 0 ? 0.3 : c.licenses > 1 ? 0.6 : 1),
  },
  grant: {
    licenses: 1,
    weight: (c) => (c.licenses === 0 ? 0.3 : c.aspect ? 1.5 : 0.6),
  },
  permission: {
    licenses: 1,
    weight: (c) => (c.licenses === 0 ? 0.3 : c.action ? 1.3 : 0.6),
  },
  definition: {
    licenses: 0,
    // Read by its shape before the classifier, which has no such label.
    weight: () => 1,
  },
  choose: {
    licenses: 0,
    weight: (c) => (c.needs && c.licenses === 0 ? 1.2 : 1),
  },
  compare: {
    licenses: 2,
    weight: (c) => (c.licenses < 2 ? 0.3 : 1),
  },
  faq: { licenses: 0, weight: () => 1 },
  matrix: {
    licenses: 0,
    weight: () => 1,
  },
  help: { licenses: 0, weight: () => 1 },
  unknown: { licenses: 0, weight: () => 1 },
};
