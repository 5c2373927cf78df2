import { z } from 'zod';

/**
 * The one declaration of the languages the bot understands. Everything else derives from it: the
 * lexicon and utterance files loaded per language, the classifier trained per language, the
 * `MODELGO_LANGUAGES` setting, and `Record<Language, …>` tables that fail to compile when one is missing.
 */
export const LANGUAGES = ['en', 'zh', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LanguageSchema = z.enum(LANGUAGES);

/** The language of a message as the bot reports it: one it understands and has enabled, or another. */
export type MessageLanguage = Language | 'other';

/** The languages read through a lexicon into the English reading text; English is read as it is. */
export type LexiconLanguage = Exclude<Language, 'en'>;
export const LEXICON_LANGUAGES = LANGUAGES.filter((l): l is LexiconLanguage => l !== 'en');

export function isLexiconLanguage(language: Language): language is LexiconLanguage {
  return language !== 'en';
}
