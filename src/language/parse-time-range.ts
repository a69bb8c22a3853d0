import { refuse, type CommandRefusal } from './command-refusal.ts';
import { clockMinutes, parseClockTimeAt, type ClockTime } from './parse-clock-time.ts';
import { tokenizeSchedule, type ScheduleToken, type TokenMatch } from './tokenize-schedule.ts';

/**
 * A span of a day in minutes after local midnight. `to` may be 1440 (the midnight that follows);
 * `to <= from` means the span runs past midnight into the next day.
 */
export interface DaySpan {
  readonly from: number;
  readonly to: number;
}

const RANGE_WORDS = new Set(['-', 'to', 'until', 'till', 'through', 'thru']);

/**
 * Reads a time range starting at token `index`: "9-5", "from 12 to 1", "between 12 and 1",
 * "8-10am", "12:00-13:00", "10pm-6am", "all day". Returns null when the tokens are not a time
 * range, and a refusal when they are one that cannot be used ("1 to 5": morning or afternoon?).
 */
export function parseTimeRangeAt(
  tokens: ReadonlyArray<ScheduleToken>,
  index: number,
  source: string,
): TokenMatch<DaySpan> | CommandRefusal | null {
  if (tokens[index]?.text === 'all' && tokens[index + 1]?.text === 'day') {
    return { value: { from: 0, to: 1440 }, next: index + 2 };
  }
  const lead = tokens[index]?.text;
  const between = lead === 'between';
  const startAt = between || lead === 'from' ? index + 1 : index;
  const start = parseClockTimeAt(tokens, startAt);
  if (start === null) return null;
  const word = tokens[start.next]?.text ?? '';
  if (!(RANGE_WORDS.has(word) || (between && word === 'and'))) return null;
  const end = parseClockTimeAt(tokens, start.next + 1);
  if (end === null) return null;
  const text = source.slice(tokens[index]?.start ?? 0, tokens[end.next - 1]?.end ?? source.length);
  const span = resolveDaySpan(start.value, end.value);
  if (span === 'ambiguous') return refuse('time-ambiguous', text);
  if (span.from === span.to % 1440 && span.to !== 1440) return refuse('range-ends-before-start', text);
  return { value: span, next: end.next };
}

/** Reads a whole text as one time range ("from 12 to 5", "9-5pm"), or null / a refusal. */
export function parseTimeRange(text: string): DaySpan | CommandRefusal | null {
  const tokens = tokenizeSchedule(text);
  const range = parseTimeRangeAt(tokens, 0, text);
  if (range === null || !('value' in range)) return range;
  return range.next === tokens.length ? range.value : null;
}

/**
 * Business-hours common sense, applied only when the text leaves am/pm open:
 * - the start takes the end's am/pm when that keeps it before the end ("8-10am", "1-3pm"),
 *   else the other one ("11-1pm" is 11am–1pm);
 * - a bare end hour at or before the start moves to the afternoon when that puts it after the
 *   start: "from 12 to 1" is 12:00–13:00, "9 to 5" is 09:00–17:00;
 * - a bare start from 1 to 6 with a bare end ("1 to 5") is refused: morning or afternoon?
 * 24-hour readings ("13:00", "08:00") are taken as written; an end at or before the start after
 * all this runs past midnight ("10pm-6am").
 */
function resolveDaySpan(start: ClockTime, end: ClockTime): DaySpan | 'ambiguous' {
  const to = end.midnight ? 1440 : clockMinutes(end);
  let from: number;
  if (start.midnight) {
    from = 0;
  } else if (start.meridiem === undefined && end.meridiem !== undefined && !start.twentyFourHour) {
    const same = clockMinutes(start, end.meridiem);
    from = same < to ? same : clockMinutes(start, end.meridiem === 'am' ? 'pm' : 'am');
  } else {
    from = clockMinutes(start);
  }
  const bare = (clock: ClockTime): boolean => clock.meridiem === undefined && !clock.twentyFourHour && !clock.midnight;
  if (bare(start) && bare(end) && start.hour >= 1 && start.hour <= 6) return 'ambiguous';
  if (bare(end) && end.hour >= 1 && end.hour <= 11 && to <= from && to + 720 > from) return { from, to: to + 720 };
  return { from, to };
}
