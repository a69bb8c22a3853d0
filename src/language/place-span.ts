import type { DateTime, DurationLike } from 'luxon';
import type { TimeContext } from './command-context.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import type { Moment } from './parse-moment.ts';
import type { DaySpan } from './parse-time-range.ts';
import { resolveMomentDay, startOfDay } from './resolve-moment.ts';

/** A span of absolute time in the company zone; `to` is exclusive. */
export interface Span {
  readonly from: DateTime;
  readonly to: DateTime;
}

/** The last year a span may end in. */
const LAST_YEAR = 9999;

// How far back a span's first day can be and the span still not be over: a whole day starts
// today at the earliest, a time range may run on from last night, a date range from last year.
/** No look-back: a whole day is over once its date is past. */
export const NO_LOOK_BACK: DurationLike = { days: 0 };
/** A time range on a day may run on past midnight. */
export const ONE_NIGHT: DurationLike = { days: 1 };
/** A date range may have started up to a year ago. */
export const ONE_YEAR: DurationLike = { years: 1 };

/**
 * Places a span that starts on a moment's day. A day with a year ("2027-01-01", "today") has
 * one place; a day without one is the next whose span is not over yet: "Dec 25" said on Dec 26
 * is next year's, "Nov 15 to Feb 15" said on Nov 25 is the winter under way, "Friday 9-10am"
 * said on Friday at 11 is next week's.
 */
export function placeSpan(
  start: Moment,
  text: string,
  context: TimeContext,
  lookBack: DurationLike,
  build: (day: DateTime) => Span | CommandRefusal | null,
): Span | CommandRefusal | null {
  const yearless = start.day.kind === 'date' && start.day.year === undefined;
  const movable = yearless || start.day.kind === 'weekday';
  let notBefore = yearless ? companyToday(context).minus(lookBack) : companyToday(context);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const day = resolveMomentDay(start.day, notBefore, context.timeZone);
    if (day === null) return refuse('date-impossible', text);
    const span = build(day);
    // An Intent's instants are ISO 8601, which has four-digit years: "on 9999-12-31" would end in 10000.
    if (span !== null && !('ok' in span) && span.to.year > LAST_YEAR) return refuse('date-unreadable', text);
    if (span === null || 'ok' in span || !movable || span.to > context.now) return span;
    notBefore = day.plus({ days: 1 });
  }
  return refuse('date-in-past', text);
}

/** The span a time range covers on a day; a range past midnight ends the next day. */
export function spanOnDay(day: DateTime, times: DaySpan, context: TimeContext): Span {
  const from = atMinutes(day, times.from, context.timeZone);
  const to = times.to > times.from ? atMinutes(day, times.to, context.timeZone) : atMinutes(day, times.to + 1440, context.timeZone);
  return { from, to };
}

/** Wall-clock minutes after the start of `day`, counted in calendar days so DST days stay right. */
export function atMinutes(day: DateTime, minutes: number, timeZone: string): DateTime {
  const dayStart = startOfDay(day.plus({ days: Math.floor(minutes / 1440) }), timeZone);
  const rest = minutes % 1440;
  return rest === 0 ? dayStart : dayStart.set({ hour: Math.floor(rest / 60), minute: rest % 60 });
}

/**
 * True for a refusal about the date itself (a day that does not exist, "last Friday"), worth
 * showing; the others only mean "not a date", so the next form should try.
 */
export function isDateRefusal(refusal: CommandRefusal): boolean {
  return !['date-unreadable', 'leftover-words', 'instant-ambiguous'].includes(refusal.code);
}

/** The company-local midnight that starts today. */
export function companyToday(context: TimeContext): DateTime {
  return startOfDay(context.now, context.timeZone);
}
