/**
 * The one declaration of what the bot can be asked. Everything that lists intents (the answer
 * builders, the matcher's re-ranking, "did you mean" buttons, examples, the JSON contract) derives
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
  /** A complete example question, offered when the message leaves something out. */
  example: string;
  /** The "did you mean" button: its label and the question it asks, about the licenses named (a, b). */
  button: { label: string; question: (a: string, b: string) => string } | null;
  /** How much the message's cues make this intent more or less likely than its words alone say. */
  weight: (c: Cues) => number;
}

export const INTENT_SPECS: Record<Intent, IntentSpec> = {
  remix: {
    licenses: 1,
    example: 'can I merge MG-BY-NC with MG-BY-OS?',
    button: { label: 'Remix compatibility', question: (a, b) => `can I merge ${a} with ${b}?` },
    weight: (c) => (c.licenses === 0 ? 0.4 : c.method ? 1.5 : 1),
  },
  license: {
    licenses: 1,
    example: 'what is MG-BY-ND?',
    button: { label: 'License card', question: (a) => `what is ${a}?` },
    weight: (c) => (c.licenses === 0 ? 0.3 : c.licenses > 1 ? 0.6 : 1),
  },
  grant: {
    licenses: 1,
    example: 'is MG-BY-NC revocable?',
    button: { label: 'Revocable?', question: (a) => `is ${a} revocable?` },
    weight: (c) => (c.licenses === 0 ? 0.3 : c.aspect ? 1.5 : 0.6),
  },
  permission: {
    licenses: 1,
    example: 'can I use an MG-BY-NC-ND model commercially?',
    button: { label: 'Commercial use?', question: (a) => `can I use ${a} commercially?` },
    weight: (c) => (c.licenses === 0 ? 0.3 : c.action ? 1.3 : 0.6),
  },
  definition: {
    licenses: 0,
    example: 'what counts as non-commercial under MG-BY-NC?',
    button: { label: 'Definitions', question: (a) => `what counts as non-commercial under ${a}?` },
    // Read by its shape before the classifier, which has no such label.
    weight: () => 1,
  },
  choose: {
    licenses: 0,
    example: 'which license should I use to prevent commercial use?',
    button: { label: 'Pick a license', question: () => 'which license should I choose?' },
    weight: (c) => (c.needs && c.licenses === 0 ? 1.2 : 1),
  },
  compare: {
    licenses: 2,
    example: 'compare MG-BY-NC and MG-BY-ND',
    button: { label: 'Compare', question: (a, b) => `compare ${a} and ${b}` },
    weight: (c) => (c.licenses < 2 ? 0.3 : 1),
  },
  faq: { licenses: 0, example: 'why not just use Creative Commons?', button: null, weight: () => 1 },
  matrix: {
    licenses: 0,
    example: 'show me the compatibility table',
    button: { label: 'Show the table', question: () => 'show me the compatibility table' },
    weight: () => 1,
  },
  help: { licenses: 0, example: 'what can you do?', button: { label: 'What can you do?', question: () => 'what can you do?' }, weight: () => 1 },
  unknown: { licenses: 0, example: 'what can you do?', button: null, weight: () => 1 },
};
