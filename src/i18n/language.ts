/** The languages Switchboard reads commands in and answers in. */
export const LANGUAGES = ['en', 'fr'] as const;

/** A language Switchboard speaks: English or French. */
export type Language = (typeof LANGUAGES)[number];

/** The other language: a command not understood in the person's language is read in this one. */
export function otherLanguage(language: Language): Language {
  return language === 'en' ? 'fr' : 'en';
}

/**
 * The language for a locale tag as Slack (`fr-FR`, `fr-CA`), RingCentral (`fr-CA`) or a person
 * (`fr`, `FR`) writes it; null when it is neither English nor French.
 */
export function languageOfLocale(locale: string): Language | null {
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'fr' ? primary : null;
}

/**
 * The language of someone who chose none of their own: the one set (SWITCHBOARD_LANGUAGE, `:lang`)
 * if any, else the RingCentral account's (`accountLocale`, e.g. `fr-CA`), else English.
 */
export function defaultLanguage(chosen: Language | undefined, accountLocale: string | undefined): Language {
  return chosen ?? languageOfLocale(accountLocale ?? '') ?? 'en';
}
