import { z } from 'zod';
import { type FaqTopicId, FaqTopicIdSchema } from '../knowledge/schema.js';

/**
 * Training utterances for the intent matcher. The files live under `intents/` (loading happens at the
 * edge); this module only validates their shape and checks that no utterance is labelled twice.
 *
 * - `intents/<intent>.json`:        `{ "intent": "<rules intent>", "utterances": [...] }`
 * - `intents/faq/<topic-id>.json`:  `{ "intent": "faq", "topic": "<topic id>", "utterances": [...] }`
 */

/** Every intent except `faq`, which has one file per topic. */
export const RuleIntentSchema = z.enum(['remix', 'license', 'grant', 'permission', 'choose', 'compare', 'help', 'unknown']);
export type RuleIntent = z.infer<typeof RuleIntentSchema>;

const UtteranceSchema = z.string().trim().min(1, 'an utterance must not be empty').max(500, 'an utterance is at most 500 characters');

export const IntentUtteranceFileSchema = z.strictObject({
  intent: RuleIntentSchema,
  utterances: z.array(UtteranceSchema).min(1),
});
export type IntentUtteranceFile = z.infer<typeof IntentUtteranceFileSchema>;

export const FaqUtteranceFileSchema = z.strictObject({
  intent: z.literal('faq'),
  topic: FaqTopicIdSchema,
  utterances: z.array(UtteranceSchema).min(1),
});
export type FaqUtteranceFile = z.infer<typeof FaqUtteranceFileSchema>;

export const UtteranceFileSchema = z.discriminatedUnion('intent', [IntentUtteranceFileSchema, FaqUtteranceFileSchema]);
export type UtteranceFile = z.infer<typeof UtteranceFileSchema>;

/** The class a classifier learns: a rules intent, or `faq:<topic id>`. */
export type UtteranceLabel = RuleIntent | `faq:${FaqTopicId}`;

export interface LabelledUtterance {
  text: string;
  label: UtteranceLabel;
}

/** The label an utterance file gives its utterances. */
function labelOf(file: UtteranceFile): UtteranceLabel {
  return file.intent === 'faq' ? `faq:${file.topic}` : file.intent;
}

/**
 * The form two utterances are compared in: lower-cased, whitespace collapsed, trailing punctuation
 * (and trailing whitespace) removed.
 */
export function normaliseUtterance(text: string): string {
  const collapsed = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const stripped = collapsed.replace(/[\s\p{P}]+$/u, '');
  // An utterance made only of punctuation ("...", "?!") keeps it, so it can still be told apart.
  return stripped === '' ? collapsed : stripped;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/**
 * Validates utterance files and flattens them into `{ text, label }` pairs, in file order.
 *
 * Throws an Error when a file does not match its schema (e.g. an unknown FAQ topic id), or when the same
 * utterance (compared with {@link normaliseUtterance}) appears twice, under one label or under two.
 */
export function checkUtterances(files: readonly UtteranceFile[]): LabelledUtterance[] {
  const seen = new Map<string, { label: UtteranceLabel; text: string }>();
  const out: LabelledUtterance[] = [];

  files.forEach((raw, index) => {
    const parsed = UtteranceFileSchema.safeParse(raw);
    if (!parsed.success) {
      const hint =
        raw !== null && typeof raw === 'object'
          ? ` (intent ${JSON.stringify((raw as { intent?: unknown }).intent)}` +
            ((raw as { topic?: unknown }).topic !== undefined ? `, topic ${JSON.stringify((raw as { topic?: unknown }).topic)})` : ')')
          : '';
      throw new Error(`utterance file #${index + 1}${hint} is invalid: ${describeIssues(parsed.error)}`);
    }
    const file = parsed.data;
    const label = labelOf(file);
    for (const text of file.utterances) {
      const key = normaliseUtterance(text);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        const where = earlier.label === label ? `twice under "${label}"` : `under both "${earlier.label}" and "${label}"`;
        throw new Error(`duplicate utterance ${JSON.stringify(text)} (same as ${JSON.stringify(earlier.text)}) ${where}`);
      }
      seen.set(key, { label, text });
      out.push({ text, label });
    }
  });

  return out;
}
