import type { DateTime } from 'luxon';
import { describeTimeZone as describeZoneIn, type Language } from '../i18n/index.ts';

/**
 * The company zone as readers see it at a given instant: `US/Eastern (EST)` in winter,
 * `US/Eastern (EDT)` in summer, `Asia/Tokyo (GMT+9)` where no abbreviation is in use; in French
 * `US/Eastern (HNE)`, `US/Eastern (HAE)`.
 */
export function describeTimeZone(timeZone: string, at: DateTime, language: Language = 'en'): string {
  if (language !== 'en') return describeZoneIn(timeZone, at, language);
  const local = at.setZone(timeZone).setLocale('en-US');
  // An unknown zone name still reads as itself rather than as "Invalid DateTime".
  return local.isValid && local.offsetNameShort !== null ? `${timeZone} (${local.offsetNameShort})` : timeZone;
}
