import { loadClassifier } from './intent-model.js';
import { loadKnowledge } from './load-knowledge.js';

// Run by `npm run build`: trains the intent model once so start-up only reads it.
loadClassifier(loadKnowledge());
