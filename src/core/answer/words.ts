import type { PermissionAction } from '../knowledge/schema.js';

/** How to say a permission question and its yes/no answer. `must` rows are duties, the rest are rights. */
export const ACTION_WORDS: Record<PermissionAction, { topic: string; must?: boolean }> = {
  'commercial-model': { topic: 'commercial use of the model' },
  'commercial-derivatives': { topic: 'commercial use of derivatives' },
  'commercial-output': { topic: 'commercial use of the output' },
  'share-verbatim': { topic: 'sharing unmodified copies' },
  'create-derivatives': { topic: 'creating derivatives (fine-tuning, merging, distilling)' },
  'share-derivatives': { topic: 'sharing derivatives such as fine-tuned or merged models' },
  'share-output': { topic: 'sharing the generated output' },
  'keep-attribution': { topic: 'keeping the attribution notice when sharing the model', must: true },
  'keep-attribution-derivatives': { topic: 'keeping the attribution notice when sharing derivatives', must: true },
  'provide-license': { topic: 'including a copy of the license', must: true },
  'indicate-changes': { topic: 'stating your changes when sharing derivatives', must: true },
  'disclose-source': { topic: 'releasing the source form (weights, architecture, code) when sharing', must: true },
  'same-license': { topic: 'sharing derivatives under the same license', must: true },
  'rai-restrictions': { topic: 'responsible-AI use restrictions', must: true },
  'output-dataset-notice': { topic: 'a provenance notice when sharing output as a dataset', must: true },
  'create-extracted': { topic: 'creating extracted models (e.g. by distillation)' },
  'share-extracted': { topic: 'sharing extracted models' },
};

export const VERDICT_MARK = { yes: '✅', no: '❌', caution: '⚠️', separable: '🧩' } as const;
