import { join } from 'node:path';
import { LEXICON_LANGUAGES, type LexiconLanguage } from '../core/domain/languages.js';
import { compileLexicon, type Lexicon, LexiconFileSchema } from '../core/understanding/lexicon.js';
import { DataError, readJsonFile } from './load-knowledge.js';
import { projectRoot } from './paths.js';

/** Where each language's lexicon lives; under intents/ so the model fingerprint covers it. */
export const LEXICON_DIR = join(projectRoot, 'intents', 'lexicon');

/** Every lexicon LANGUAGES calls for; a missing or invalid file stops start-up with its name. */
export function loadLexicons(dir = LEXICON_DIR): Record<LexiconLanguage, Lexicon> {
  return Object.fromEntries(
    LEXICON_LANGUAGES.map((language) => {
      const file = join(dir, `${language}.json`);
      const raw = readJsonFile(file, LexiconFileSchema);
      let lexicon: Lexicon;
      try {
        lexicon = compileLexicon(raw);
      } catch (err) {
        throw new DataError(`${file}: ${(err as Error).message}`);
      }
      if (lexicon.language !== language) throw new DataError(`${file}: says it is the "${lexicon.language}" lexicon, not "${language}"`);
      return [language, lexicon];
    }),
  ) as Record<LexiconLanguage, Lexicon>;
}
