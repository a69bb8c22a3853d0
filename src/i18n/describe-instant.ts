import type { DateTime } from 'luxon';
import { describeClockTime } from './describe-clock-time.ts';
import { describeDay } from './describe-day.ts';
import { describeZoneAbbreviation } from './describe-time-zone.ts';
import type { Language } from './language.ts';

/**
 * An instant in words in a zone, the zone's short name last so an hour that daylight saving time
 * repeats reads two ways: `Fri Dec 25, 2026, 10:00 (EST)` / `ven. 25 déc. 2026, 10 h 00 (HNE)`.
 */
export function describeInstant(at: DateTime, timeZone: string, language: Language): string {
  const local = at.setZone(timeZone);
  const zone = describeZoneAbbreviation(timeZone, at, language) ?? timeZone;
  // An unknown zone leaves the instant where it was rather than printing "Invalid DateTime".
  const shown = local.isValid ? local : at;
  return `${describeDay(shown, language)}, ${describeClockTime(shown, language)} (${zone})`;
}
