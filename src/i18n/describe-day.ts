import type { DateTime } from 'luxon';
import { DATE_LOCALES } from './date-locales.ts';
import type { Language } from './language.ts';

/** The day of the month: `1` / `1er` (French writes the first of a month as an ordinal), `25`. */
export function describeDayOfMonth(at: DateTime, language: Language): string {
  return language === 'fr' && at.day === 1 ? '1er' : String(at.day);
}

/** The day of the month and the month: `Dec 25` / `25 déc.`, `1er janv.`. */
export function describeMonthDay(at: DateTime, language: Language): string {
  const month = at.setLocale(DATE_LOCALES[language]).toFormat('LLL');
  return language === 'en' ? `${month} ${at.day}` : `${describeDayOfMonth(at, language)} ${month}`;
}

/**
 * A day in words, in the zone `at` is in: `Fri Dec 25, 2026` / `ven. 25 déc. 2026`; without
 * the weekday `Dec 25, 2026` / `25 déc. 2026`.
 */
export function describeDay(at: DateTime, language: Language, options: { readonly weekday?: boolean } = {}): string {
  const local = at.setLocale(DATE_LOCALES[language]);
  const day = language === 'en' ? `${describeMonthDay(local, language)}, ${local.year}` : `${describeMonthDay(local, language)} ${local.year}`;
  return options.weekday === false ? day : `${local.toFormat('ccc')} ${day}`;
}
