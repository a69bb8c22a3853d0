import type { DateTime } from 'luxon';
import { describeClockTime, describeMonthDay, describeZoneAbbreviation, NOTICE_MESSAGES, say, type Language } from '../i18n/index.ts';

/**
 * An instant as a notice says it, in the company zone: `Dec 26, 00:00 EST` / `26 déc. à 0 h 00 HNE`
 * (`GMT+9` / `UTC+9` where no abbreviation exists).
 */
export function describeNoticeTime(at: DateTime, timeZone: string, language: Language = 'en'): string {
  const local = at.setZone(timeZone);
  return say(language, NOTICE_MESSAGES['notice-time'], { day: describeMonthDay(local, language), time: describeClockTime(local, language), zone: zoneOf(local, timeZone, language) });
}

/**
 * When a switch happens, as seen from the moment a reminder is read: `Today at 17:00 EST`,
 * `Tomorrow at 00:00 EST` or `On Dec 25 at 00:00 EST` / `Demain à 0 h 00 HNE`, `Le 25 déc. à 0 h 00 HNE`.
 */
export function describeNoticeDay(at: DateTime, readAt: DateTime, timeZone: string, language: Language = 'en'): string {
  const local = at.setZone(timeZone);
  const reader = readAt.setZone(timeZone);
  const day: 'today' | 'tomorrow' | 'later' = local.hasSame(reader, 'day') ? 'today' : local.hasSame(reader.plus({ days: 1 }), 'day') ? 'tomorrow' : 'later';
  const time = `${describeClockTime(local, language)} ${zoneOf(local, timeZone, language)}`;
  return say(language, NOTICE_MESSAGES['notice-day'], { day, date: describeMonthDay(local, language), time });
}

function zoneOf(local: DateTime, timeZone: string, language: Language): string {
  // The zone is known: planning stops at an unknown one before any notice is worded.
  return describeZoneAbbreviation(timeZone, local, language) ?? timeZone;
}
