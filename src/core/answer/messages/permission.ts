import type { Act, ActObject } from '../../understanding/permission-frame.js';

/**
 * How answers name each act done to each object, as the end of "you can…" / "you must…". One place
 * for the wording, so it can be reviewed and translated together.
 */
const OBJECT_WORDS: Record<ActObject, string> = {
  model: 'the model',
  derivative: 'a fine-tuned or otherwise modified version',
  extracted: 'a model distilled from it (or trained on its output)',
  output: 'its output',
  'output-dataset': 'its output as a dataset',
  'training-data': 'your training data',
};

export function actPhrase(acts: Act[], object: ActObject, hosted: boolean): string {
  const what = OBJECT_WORDS[object];
  const sharing = acts.includes('share');
  const commercial = acts.includes('commercial');
  if (sharing && hosted) return `offer ${what} as a hosted service or API${commercial ? ' for money' : ''}`;
  if (sharing && commercial) return `sell ${what}`;
  switch (acts[0]!) {
    case 'share':
      return `share ${what}`;
    case 'commercial':
      return `use ${what} commercially`;
    case 'create':
      return object === 'extracted' ? 'distil a new model from it' : 'make derivatives of it (fine-tune, merge, adapt)';
    case 'use':
      return `use ${what}`;
    case 'relicense':
      return object === 'model' ? 'relicense the model under other terms' : `license ${what} under different terms`;
    case 'keep-closed':
      return `keep ${what} closed source when you share it`;
    case 'own':
      return 'own the derivatives you make';
    case 'trademark':
      return "use the licensor's trademarks";
    case 'attribute':
      return object === 'model'
        ? 'keep the original attribution notice when you share it'
        : object === 'output'
          ? 'credit the model in content it generates'
          : `keep the attribution notice when you share ${what}`;
    case 'state-changes':
      return 'say what you changed when you share a derivative';
    case 'license-file':
      return `include a copy of the license when you share ${object === 'model' ? 'it' : what}`;
    case 'disclose-source':
      return `release the source form (weights, architecture, code) when you share ${object === 'model' ? 'it' : what}`;
    case 'same-license':
      return `license ${object === 'model' ? 'derivatives' : what} under the same terms`;
    case 'dataset-notice':
      return 'add a notice of provenance when you publish its output as a dataset';
    case 'rai':
      return 'follow the responsible-AI use restrictions';
  }
}
