import type { ClauseId, Subject } from '../../knowledge/schema.js';

/** How answers name the defined terms and the things a question asks them about. */
export const TERM_WORDS: Record<ClauseId, string> = {
  termination: 'termination',
  'non-commercial': 'non-commercial use',
  derivative: 'a derivative (Derivative Materials)',
  'extracted-model': 'an Extracted Model',
  distribution: 'distribution',
  output: 'output',
  'licensed-materials': 'Licensed Materials',
  'third-party-materials': 'third-party materials',
  'source-form': 'the source form',
};

export const SUBJECT_WORDS: Record<Subject, string> = {
  'fine-tune': 'a fine-tuned model',
  'merged-model': 'a merged model',
  'quantized-model': 'a quantized model',
  'distilled-model': 'a distilled model',
  'trained-on-output': 'a model trained on its output',
  'hosted-api': 'hosting it behind an API',
  'web-access': 'offering it on the web',
  upload: 'uploading it for others',
  research: 'research',
  education: 'teaching and education',
  personal: 'personal use',
  'internal-company': 'internal use at a company',
  'paid-service': 'a paid service',
  'commercial-product': 'a commercial product',
  'generated-content': 'generated content',
  model: 'the model',
  'code-docs': 'code and documentation',
  'training-data': 'the training data',
  'open-source-software': 'bundled open-source software',
  datasets: 'datasets',
  weights: 'the weights',
};
