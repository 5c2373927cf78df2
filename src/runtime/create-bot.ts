import { Bot } from '../core/bot.js';
import { LANGUAGES, type Language } from '../core/domain/languages.js';
import type { Edition } from '../core/knowledge/schema.js';
import { loadClassifiers } from './intent-model.js';
import { loadKnowledge } from './load-knowledge.js';
import { loadLexicons } from './load-lexicons.js';

/** Loads the knowledge base, the lexicons and the intent models from disk and builds the bot every mode shares. */
export function createBot(defaultEdition: Edition, languages: readonly Language[] = LANGUAGES): Bot {
  const kb = loadKnowledge();
  return new Bot(kb, loadClassifiers(kb), defaultEdition, { enabled: languages, lexicons: loadLexicons() });
}
