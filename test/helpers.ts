import { loadKnowledge } from '../src/runtime/load-knowledge.js';

/** The real knowledge base from data/, loaded once per test file. */
export const kb = loadKnowledge();
