import type { DateTime } from 'luxon';
import type { TimeContext } from './command-context.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import { clockMinutes, parseClockTime, type ClockTime } from './parse-clock-time.ts';
import { parseMoment, type Moment } from './parse-moment.ts';
import { atMinutes, isDateRefusal, ONE_YEAR, placeSpan, type Span } from './place-span.ts';
import { endOfDay, resolveMomentDay, resolveMomentInstant, startOfDay } from './resolve-moment.ts';

// Half a year: the longest span a yearless end may reach by moving into the next year.
const MAX_ROLLED_OVER_DAYS = 183;

// The end of a range, read once before the start is placed: a bare day of the start's month
// ("Dec 24-26"), a time on the start's day ("Dec 24 5pm to 9pm"), or a moment of its own.
type RangeEndText =
  | { readonly kind: 'day-of-month'; readonly day: number }
  | { readonly kind: 'clock'; readonly clock: ClockTime }
  | { readonly kind: 'moment'; readonly moment: Moment };

/**
 * Reads a range from its two ends and the word between them ("to", "until", "-", "and"). The
 * end is placed on or after the start ("Dec 30 to Jan 2" crosses into the next year); "until"
 * stops at the start of a plain day, the other words include it. Null when either end is not a
 * date, so another split can be tried.
 */
export function parseDateRange(startText: string, word: string, endText: string, context: TimeContext): Span | CommandRefusal | null {
  const start = parseMoment(startText, context);
  if (!start.ok) return isDateRefusal(start) ? start : null;
  const end = readRangeEnd(start.moment, endText.trim(), context);
  if (end === null || 'ok' in end) return end;
  const text = `${startText.trim()} ${word} ${endText.trim()}`;
  const startMoment = withYearOfEnd(start.moment, end);
  return placeSpan(startMoment, text, context, ONE_YEAR, (startDay) => {
    const from = resolveMomentInstant(startMoment, startDay, context.timeZone);
    const to = placeRangeEnd(end, startDay, from, word, text, context);
    return to === null || !('isValid' in to) ? to : { from, to };
  });
}

// "Dec 25 - Jan 1 2027": a start without a year takes the end's, or the year before when it
// would otherwise come after the end.
function withYearOfEnd(start: Moment, end: RangeEndText): Moment {
  if (start.day.kind !== 'date' || start.day.year !== undefined || end.kind !== 'moment') return start;
  const endDay = end.moment.day;
  if (endDay.kind !== 'date' || endDay.year === undefined) return start;
  const afterEnd = start.day.month > endDay.month || (start.day.month === endDay.month && start.day.day > endDay.day);
  return { ...start, day: { ...start.day, year: afterEnd ? endDay.year - 1 : endDay.year } };
}

function readRangeEnd(start: Moment, text: string, context: TimeContext): RangeEndText | CommandRefusal | null {
  const bareDay = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(text);
  if (bareDay && start.time === undefined && start.day.kind === 'date') return { kind: 'day-of-month', day: Number(bareDay[1]) };
  const clock = parseClockTime(text);
  if (clock !== null) return start.time === undefined ? null : { kind: 'clock', clock };
  const end = parseMoment(text, context);
  if (!end.ok) return isDateRefusal(end) ? end : null;
  return { kind: 'moment', moment: end.moment };
}

function placeRangeEnd(
  end: RangeEndText,
  startDay: DateTime,
  from: DateTime,
  word: string,
  text: string,
  context: TimeContext,
): DateTime | CommandRefusal | null {
  if (end.kind === 'day-of-month') {
    const day = startDay.set({ day: end.day });
    if (day.day !== end.day || day.month !== startDay.month) return refuse('date-impossible', text);
    return word === 'until' ? day : endOfDay(day, context.timeZone);
  }
  if (end.kind === 'clock') {
    // The start's time anchors a bare end hour: "from Dec 24 5pm to 9" ends at 21:00.
    const clock = end.clock;
    const startMinutes = from.hour * 60 + from.minute;
    let minutes = clock.midnight ? 1440 : clockMinutes(clock);
    const bare = clock.meridiem === undefined && !clock.twentyFourHour && !clock.midnight;
    if (bare && clock.hour <= 11 && minutes <= startMinutes && minutes + 720 > startMinutes) minutes += 720;
    const sameDay = atMinutes(startOfDay(from, context.timeZone), minutes, context.timeZone);
    return sameDay > from ? sameDay : atMinutes(startOfDay(from, context.timeZone), minutes + 1440, context.timeZone);
  }
  const endDay = resolveMomentDay(end.moment.day, startDay, context.timeZone);
  if (endDay === null) return refuse('date-impossible', end.moment.text);
  // "Dec 30 to Jan 2" rightly moves the end into the next year; "Dec 26 to Dec 24" would too, and
  // a span of most of a year from a yearless end is far more likely a mistyped order.
  const rolledOver = end.moment.day.kind === 'date' && end.moment.day.year === undefined && endDay.year > startDay.year;
  if (rolledOver && endDay.diff(startDay, 'days').days > MAX_ROLLED_OVER_DAYS) return refuse('range-ends-before-start', text);
  if (end.moment.time !== undefined) return resolveMomentInstant(end.moment, endDay, context.timeZone);
  return word === 'until' ? endDay : endOfDay(endDay, context.timeZone);
}
