import { Bot } from '../core/bot.js';
import type { Edition } from '../core/knowledge/schema.js';
import { loadClassifier } from './intent-model.js';
import { loadKnowledge } from './load-knowledge.js';

/** Loads the knowledge base and the intent model from disk and builds the bot every mode shares. */
export function createBot(defaultEdition: Edition): Bot {
  const kb = loadKnowledge();
  return new Bot(kb, loadClassifier(kb), defaultEdition);
}
