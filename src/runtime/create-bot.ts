import { Bot } from '../core/bot.js';
import { LANGUAGES, type Language } from '../core/domain/languages.js';
import { KnowledgeBase } from '../core/knowledge/knowledge-base.js';
import type { Edition } from '../core/knowledge/schema.js';
import { loadClassifiers } from './intent-model.js';
import { loadTranslatedKnowledge, readKnowledgeFiles } from './load-knowledge.js';
import { loadLexicons } from './load-lexicons.js';

/** Loads the knowledge base, the lexicons and the intent models from disk and builds the bot every mode shares. */
export function createBot(defaultEdition: Edition, languages: readonly Language[] = LANGUAGES): Bot {
  const files = readKnowledgeFiles();
  const kb = new KnowledgeBase(files);
  // Every enabled language answers with its own words; a missing or incomplete translation stops start-up.
  const translated = Object.fromEntries(languages.filter((l) => l !== 'en').map((l) => [l, loadTranslatedKnowledge(files, l)]));
  return new Bot(kb, loadClassifiers(kb), defaultEdition, { enabled: languages, lexicons: loadLexicons() }, translated);
}
