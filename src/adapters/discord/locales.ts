import { Locale, type LocalizationMap } from 'discord.js';
import type { Catalogue } from '../../core/answer/messages/catalogue.js';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import type { Language } from '../../core/domain/languages.js';

/** The Discord client locales each language answers; a new language fails to compile until it is listed. */
const DISCORD_LOCALES: Record<Exclude<Language, 'en'>, Locale[]> = {
  zh: [Locale.ChineseCN, Locale.ChineseTW],
  es: [Locale.SpanishES, Locale.SpanishLATAM],
};

/** One catalogue text in every enabled language but English, keyed by the Discord locales that show it. */
export function localizations(languages: readonly Language[], pick: (msg: Catalogue) => string): LocalizationMap {
  return Object.fromEntries(
    languages.flatMap((language) => (language === 'en' ? [] : DISCORD_LOCALES[language].map((locale) => [locale, pick(catalogue(language))]))),
  );
}
