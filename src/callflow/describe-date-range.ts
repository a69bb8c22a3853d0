import type { DateTime } from 'luxon';
import { CALL_HANDLING_MESSAGES as WORDS, describeDateSpan, say, type Language } from '../i18n/index.ts';
import type { DateRange } from './model.ts';
import { parseDateRange } from './parse-date-range.ts';

// Fixed so the words never depend on the host's locale.
const LOCALE = 'en-US';

/**
 * A date range in the company zone, shortest form first: `Dec 25, 2026 (all day)`,
 * `Dec 24–26, 2026`, `Dec 24, 2026 12:00–13:00`, `Dec 24, 2026 17:00 – Dec 26, 2026 09:00`.
 * The zone is not named; add `describeTimeZone` where readers may be elsewhere. Other languages
 * are i18n's `describeDateSpan` (`25 déc. 2026 (toute la journée)`), written to match this.
 */
export function describeDateRange(range: DateRange, timeZone: string, language: Language = 'en'): string {
  const instants = parseDateRange(range, timeZone);
  if (instants === null) return say(language, WORDS['unreadable-date-range'], { from: range.from, to: range.to });
  if (language !== 'en') return describeDateSpan(instants.from, instants.to, language);
  const from = instants.from.setLocale(LOCALE);
  const to = instants.to.setLocale(LOCALE);
  if (to <= from) return `${describeDay(from)} ${describeTime(from)} – ${describeDay(to)} ${describeTime(to)}`;
  if (isMidnight(from) && isMidnight(to)) {
    // `to` is exclusive: a range ending at midnight covers the day before it.
    const lastDay = to.minus({ days: 1 });
    return lastDay.hasSame(from, 'day') ? `${describeDay(from)} (all day)` : describeDaySpan(from, lastDay);
  }
  if (to.hasSame(from, 'day')) return `${describeDay(from)} ${describeTime(from)}–${describeTime(to)}`;
  if (isMidnight(to) && to.minus({ days: 1 }).hasSame(from, 'day')) {
    return `${describeDay(from)} ${describeTime(from)}–24:00`;
  }
  return `${describeDay(from)} ${describeTime(from)} – ${describeDay(to)} ${describeTime(to)}`;
}

/** `Dec 24–26, 2026`, `Nov 30 – Dec 2, 2026` or `Dec 31, 2026 – Jan 1, 2027`. */
function describeDaySpan(first: DateTime, last: DateTime): string {
  if (!first.hasSame(last, 'year')) return `${describeDay(first)} – ${describeDay(last)}`;
  if (!first.hasSame(last, 'month')) return `${first.toFormat('LLL d')} – ${last.toFormat('LLL d, yyyy')}`;
  return `${first.toFormat('LLL d')}–${last.toFormat('d, yyyy')}`;
}

function describeDay(at: DateTime): string {
  return at.toFormat('LLL d, yyyy');
}

function describeTime(at: DateTime): string {
  return at.toFormat('HH:mm');
}

function isMidnight(at: DateTime): boolean {
  return at.hour === 0 && at.minute === 0 && at.second === 0 && at.millisecond === 0;
}
