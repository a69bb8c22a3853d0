import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { TimeContext } from './command-context.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import { findDateTrouble } from './find-date-trouble.ts';

/** A calendar day as written: a month and day with or without a year, or a weekday name. */
export type MomentDay =
  | { readonly kind: 'date'; readonly year: number | undefined; readonly month: number; readonly day: number }
  /** `weekday` is 1 (Monday) to 7 (Sunday); "next Friday" skips today. */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly skipToday: boolean };

/** A wall-clock time; hour 24 is the midnight that ends the day. */
export interface MomentTime {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * One day, with a time of day when the text gives one, read but not yet placed in a year:
 * "Dec 25", "tomorrow 9am", "Friday", "2027-01-01T09:00-05:00".
 */
export interface Moment {
  readonly text: string;
  readonly day: MomentDay;
  readonly time: MomentTime | undefined;
  /** Minutes east of UTC when the text names an offset ("Z", "-05:00", "EST"). */
  readonly offsetMinutes: number | undefined;
}

/** A moment read, or why not; `leftover-words` carries the words chrono did not read. */
export type MomentParseResult = { readonly ok: true; readonly moment: Moment } | CommandRefusal;

// chrono misses "tues"; full names read the same way.
const DAY_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [[/\btues\b/gi, 'tuesday']];
// A year chrono may only report when the text spells it or counts days from today.
const YEAR_SOURCE = /\b\d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{2}\b|\b(today|tomorrow|yesterday|days?|ago|now)\b/i;
const END_OF_DAY = /^(.*?)\s+(?:at\s+)?24:00$/i;
const BARE_OFFSET = /(?:^|[^\d:])[+-]\d{1,2}(?![\d:])/;

/**
 * Reads one day, with an optional time, from text with chrono-node's English parser. Only chrono's
 * parsed components are kept (never its Date, which depends on the host zone); the caller places
 * them in the company zone with luxon. Refuses what chrono would misread (see `findDateTrouble`),
 * text chrono reads only in part, two-digit years ("Dec 25 12" is not 2012), a month without a
 * day, "last Friday", and a bare hour from 1 to 6 ("Friday at 5": morning or evening?).
 *
 * @example parseMoment('Dec 24 5pm', context) // { ok: true, moment: { day: { kind: 'date', year: undefined, month: 12, day: 24 }, time: { hour: 17, … } } }
 */
export function parseMoment(text: string, context: TimeContext): MomentParseResult {
  const trimmed = text.trim().replace(/^(?:on|at)\s+/i, '').replace(/[\s,]+$/, '');
  if (trimmed === '') return refuse('date-unreadable', text.trim());
  const trouble = findDateTrouble(trimmed);
  if (trouble !== null) return trouble;
  const endOfDay = END_OF_DAY.exec(trimmed);
  if (endOfDay) {
    const day = parseMoment(endOfDay[1] ?? '', context);
    if (!day.ok || day.moment.time !== undefined) return refuse('date-unreadable', trimmed);
    return { ok: true, moment: { ...day.moment, text: trimmed, time: { hour: 24, minute: 0, second: 0 } } };
  }
  const source = DAY_ABBREVIATIONS.reduce((result, [pattern, word]) => result.replace(pattern, word), trimmed);
  const results = readWithChrono(source, context);
  const [result] = results;
  if (result === undefined) return refuse('date-unreadable', trimmed);
  if (results.length > 1 || result.end) return refuse('instant-ambiguous', trimmed);
  const leftover = `${source.slice(0, result.index)} ${source.slice(result.index + result.text.length)}`.trim();
  if (leftover !== '' && !/^(?:at|on)$/i.test(leftover)) return refuse('leftover-words', leftover);

  const start = result.start;
  const day = readDay(start, source);
  if (day === null) return refuse('date-unreadable', trimmed);
  if (day === 'past') return refuse('date-in-past', trimmed);
  const time = start.isCertain('hour')
    ? { hour: start.get('hour') ?? 0, minute: start.get('minute') ?? 0, second: start.get('second') ?? 0 }
    : undefined;
  if (time !== undefined && !start.isCertain('meridiem') && time.hour >= 1 && time.hour <= 6 && !/(?:^|\D)0\d:\d{2}/.test(source)) {
    return refuse('time-ambiguous', trimmed);
  }
  const offsetMinutes = start.isCertain('timezoneOffset') ? (start.get('timezoneOffset') ?? undefined) : undefined;
  // chrono reads "Monday-2" as Monday at UTC-2 and "Dec 25 UTC" as a zoned day; an offset
  // counts only on a time, and only when written as one ("-05:00", "Z", "EST").
  if (offsetMinutes !== undefined && (time === undefined || BARE_OFFSET.test(source))) return refuse('date-unreadable', trimmed);
  return { ok: true, moment: { text: trimmed, day, time, offsetMinutes } };
}

// chrono ignores IANA zone names and would read the host zone, so it gets the company's offset
// at the reference instant: that makes "today" and "tomorrow" company days. Feb 29 without a
// year is only read when the reference year is a leap year, so it is read against one; the year
// is chosen afterwards anyway.
function readWithChrono(text: string, context: TimeContext): ReadonlyArray<chrono.ParsedResult> {
  const nowInZone = context.now.setZone(context.timeZone);
  const results = chrono.en.parse(text, { instant: nowInZone.toJSDate(), timezone: nowInZone.offset });
  if (results.length > 0 || !/\bfeb(?:ruary)?\.?\s+29\b|\b29(?:th)?\s+(?:of\s+)?feb/i.test(text)) return results;
  let leapYear = nowInZone.year;
  while (!DateTime.fromObject({ year: leapYear }, { zone: 'UTC' }).isInLeapYear) leapYear += 1;
  const leapReference = DateTime.fromObject({ year: leapYear, month: 1, day: 1, hour: 12 }, { zone: 'UTC' });
  return chrono.en.parse(text, { instant: leapReference.toJSDate(), timezone: 0 });
}

function readDay(start: chrono.ParsedComponents, source: string): MomentDay | 'past' | null {
  if (start.isCertain('day') && start.isCertain('month')) {
    const yearCertain = start.isCertain('year');
    if (yearCertain && !YEAR_SOURCE.test(source)) return null;
    return {
      kind: 'date',
      year: yearCertain ? (start.get('year') ?? undefined) : undefined,
      month: start.get('month') ?? 0,
      day: start.get('day') ?? 0,
    };
  }
  if (start.isCertain('weekday') && !start.isCertain('month')) {
    if (/\b(last|past|previous)\b/i.test(source)) return 'past';
    const weekday = start.get('weekday') ?? 0;
    return { kind: 'weekday', weekday: weekday === 0 ? 7 : weekday, skipToday: /\bnext\b/i.test(source) };
  }
  return null;
}
