import type { DateTime } from 'luxon';
import { DATE_LOCALES } from './date-locales.ts';
import type { Language } from './language.ts';

/**
 * The zone's short name at an instant, as Intl writes it in the language's locale: `EST`/`EDT`
 * and `HNE`/`HAE` in New York, `HNC`, `HNR`, `HNP`, `HNA`, `HNT` for the other North American
 * zones; where a language has no name in use, the offset: `GMT+1` / `UTC+1` in Paris. French
 * keeps that offset rather than a name such as "heure de Paris": it changes with daylight saving
 * time as the Quebec names do, and reads the same in Quebec and in France. Null for a zone luxon
 * does not know.
 */
export function describeZoneAbbreviation(timeZone: string, at: DateTime, language: Language): string | null {
  const local = at.setZone(timeZone).setLocale(DATE_LOCALES[language]);
  return local.isValid ? local.offsetNameShort : null;
}

/**
 * The zone as readers see it at an instant: `US/Eastern (EST)` / `US/Eastern (HNE)`; an unknown
 * zone reads as its own name.
 */
export function describeTimeZone(timeZone: string, at: DateTime, language: Language): string {
  const abbreviation = describeZoneAbbreviation(timeZone, at, language);
  return abbreviation === null ? timeZone : `${timeZone} (${abbreviation})`;
}
