import type { Language } from './language.ts';

/**
 * The locale each language writes dates in, fixed so the words never depend on the host's.
 * French follows Quebec (fr-CA): it writes "10 h 00", the form French style guides in Quebec and
 * France both use in prose (fr-FR's "10:00" is a computer form), and its ICU data names North
 * American zones the Quebec way (HNE, HAE, …). Months and weekdays are the same in both, except
 * July: "juill." in fr-CA (also the Office québécois de la langue française's), "juil." in fr-FR.
 */
export const DATE_LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', fr: 'fr-CA' };
