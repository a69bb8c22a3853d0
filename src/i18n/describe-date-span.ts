import type { DateTime } from 'luxon';
import { say } from './catalogue.ts';
import { describeClockTime } from './describe-clock-time.ts';
import { describeDay, describeDayOfMonth, describeMonthDay } from './describe-day.ts';
import type { Language } from './language.ts';
import { DATE_MESSAGES } from './messages/dates.ts';

const day = (at: DateTime, language: Language): string => describeDay(at, language, { weekday: false });

// English writes a day and a time side by side, French with a comma: "24 déc. 2026, 17 h 00".
const DAY_AND_TIME: Readonly<Record<Language, (day: string, time: string) => string>> = {
  en: (dayWords, time) => `${dayWords} ${time}`,
  fr: (dayWords, time) => `${dayWords}, ${time}`,
};

// Days of one month: the month once, where each language puts it.
const DAYS_OF_ONE_MONTH: Readonly<Record<Language, (first: DateTime, last: DateTime) => string>> = {
  en: (first, last) => `${describeMonthDay(first, 'en')}–${last.day}, ${last.year}`,
  fr: (first, last) => `${describeDayOfMonth(first, 'fr')}–${day(last, 'fr')}`,
};

/**
 * Two instants of the company zone (`to` exclusive) in words, shortest form first:
 * `Dec 25, 2026 (all day)` / `25 déc. 2026 (toute la journée)`, `Dec 24–26, 2026` / `24–26 déc. 2026`,
 * `Dec 24, 2026 12:00–13:00` / `24 déc. 2026, 12 h 00–13 h 00`,
 * `Dec 24, 2026 17:00 – Dec 26, 2026 09:00` / `24 déc. 2026, 17 h 00 – 26 déc. 2026, 9 h 00`.
 * The English is callflow's `describeDateRange`, word for word.
 */
export function describeDateSpan(from: DateTime, to: DateTime, language: Language): string {
  const moment = (at: DateTime): string => DAY_AND_TIME[language](day(at, language), describeClockTime(at, language));
  if (to <= from) return `${moment(from)} – ${moment(to)}`;
  if (isMidnight(from) && isMidnight(to)) {
    // `to` is exclusive: a span ending at midnight covers the day before it, whatever its length
    // (23 or 25 hours on the days daylight saving time starts or ends).
    const lastDay = to.minus({ days: 1 });
    return lastDay.hasSame(from, 'day') ? say(language, DATE_MESSAGES['all-day'], { day: day(from, language) }) : describeDays(from, lastDay, language);
  }
  if (to.hasSame(from, 'day')) return `${moment(from)}–${describeClockTime(to, language)}`;
  if (isMidnight(to) && to.minus({ days: 1 }).hasSame(from, 'day')) return `${moment(from)}–${describeClockTime({ hour: 24, minute: 0 }, language)}`;
  return `${moment(from)} – ${moment(to)}`;
}

/** Whole days from `first` to `last` included: `Dec 24–26, 2026`, `Nov 30 – Dec 2, 2026`, `Dec 31, 2026 – Jan 1, 2027`. */
function describeDays(first: DateTime, last: DateTime, language: Language): string {
  if (!first.hasSame(last, 'year')) return `${day(first, language)} – ${day(last, language)}`;
  if (!first.hasSame(last, 'month')) return `${describeMonthDay(first, language)} – ${day(last, language)}`;
  return DAYS_OF_ONE_MONTH[language](first, last);
}

function isMidnight(at: DateTime): boolean {
  return at.hour === 0 && at.minute === 0 && at.second === 0 && at.millisecond === 0;
}
