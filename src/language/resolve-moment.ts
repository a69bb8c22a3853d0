import { DateTime } from 'luxon';
import type { Moment, MomentDay } from './parse-moment.ts';

/**
 * The company-local start of the first day a moment can name on or after `notBefore` (itself a
 * start of day): "Dec 25" with no year is the next Dec 25 to come, counting today; "Friday" is
 * the next Friday, counting today ("next Friday" does not count today). Null for a day that
 * does not exist in any of the next years tried.
 */
export function resolveMomentDay(day: MomentDay, notBefore: DateTime, timeZone: string): DateTime | null {
  if (day.kind === 'weekday') {
    const from = day.skipToday ? notBefore.plus({ days: 1 }) : notBefore;
    return startOfDay(from.plus({ days: (day.weekday - from.weekday + 7) % 7 }), timeZone);
  }
  if (day.year !== undefined) return validDay(day.year, day.month, day.day, timeZone);
  // Up to eight years ahead: the next Feb 29 can be that far off (2096 -> 2104).
  for (let year = notBefore.year; year <= notBefore.year + 8; year += 1) {
    const candidate = validDay(year, day.month, day.day, timeZone);
    if (candidate !== null && candidate >= notBefore) return candidate;
  }
  return null;
}

/**
 * The instant a moment names, on a day already resolved: the day's start when the text gave no
 * time, else the wall-clock time in the company zone (or at the text's own offset, shown in the
 * company zone). Hour 24 is the next day's midnight.
 */
export function resolveMomentInstant(moment: Moment, day: DateTime, timeZone: string): DateTime {
  const time = moment.time;
  if (time === undefined) return day;
  if (time.hour === 24) return startOfDay(day.plus({ days: 1 }), timeZone);
  const wallClock = { year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute, second: time.second };
  if (moment.offsetMinutes === undefined) return DateTime.fromObject(wallClock, { zone: timeZone });
  return DateTime.fromObject(wallClock, { zone: fixedOffsetZone(moment.offsetMinutes) }).setZone(timeZone);
}

/** The company-local midnight that starts the day of `at` (not always 24 hours before the next one). */
export function startOfDay(at: DateTime, timeZone: string): DateTime {
  return at.setZone(timeZone).startOf('day');
}

/** The company-local midnight that ends the day of `at`: 23 or 25 hours later on DST days. */
export function endOfDay(at: DateTime, timeZone: string): DateTime {
  return startOfDay(at, timeZone).plus({ days: 1 }).startOf('day');
}

function validDay(year: number, month: number, day: number, timeZone: string): DateTime | null {
  const date = DateTime.fromObject({ year, month, day }, { zone: timeZone });
  if (!date.isValid || date.month !== month || date.day !== day) return null;
  // Midnight may not exist on a DST day (America/Santiago); luxon then moves it forward.
  return date.hour === 0 && date.minute === 0 ? date : date.startOf('day');
}

/** A luxon fixed-offset zone name for minutes east of UTC ("UTC-5:00"). */
export function fixedOffsetZone(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}
