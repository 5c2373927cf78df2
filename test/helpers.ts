import type { PermissionAction } from '../src/core/knowledge/schema.js';
import { type Act, type ActObject, isDuty, type PermissionFrame } from '../src/core/understanding/permission-frame.js';
import { loadKnowledge } from '../src/runtime/load-knowledge.js';

/** The real knowledge base from data/, loaded once per test file. */
export const kb = loadKnowledge();

/** The structured question a Model Sheet row answers, as the matcher would read "can I …" / "must I …". */
export function frameFor(action: PermissionAction): PermissionFrame {
  const [act, object] = ACTION_FRAMES[action];
  return { acts: [act], object, objectNamed: true, modality: isDuty(act) ? 'must' : 'can', negated: false, hosted: false };
}

const ACTION_FRAMES: Record<PermissionAction, [Act, ActObject]> = {
  'commercial-model': ['commercial', 'model'],
  'commercial-derivatives': ['commercial', 'derivative'],
  'commercial-output': ['commercial', 'output'],
  'share-verbatim': ['share', 'model'],
  'create-derivatives': ['create', 'derivative'],
  'share-derivatives': ['share', 'derivative'],
  'share-output': ['share', 'output'],
  'keep-attribution': ['attribute', 'model'],
  'keep-attribution-derivatives': ['attribute', 'derivative'],
  'provide-license': ['license-file', 'model'],
  'indicate-changes': ['state-changes', 'derivative'],
  'disclose-source': ['disclose-source', 'model'],
  'same-license': ['same-license', 'derivative'],
  'rai-restrictions': ['rai', 'model'],
  'output-dataset-notice': ['dataset-notice', 'output-dataset'],
  'create-extracted': ['create', 'extracted'],
  'share-extracted': ['share', 'extracted'],
};
