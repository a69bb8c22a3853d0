import type { MinuteRange, Weekday, WeeklySchedule } from '../callflow/model.ts';
import type { CommandRefusal } from './command-refusal.ts';
import { parseDaySetAt, WEEK, type DaySet } from './parse-day-set.ts';
import { parseTimeRangeAt, type DaySpan } from './parse-time-range.ts';
import { tokenizeSchedule, type ScheduleToken, type TokenMatch } from './tokenize-schedule.ts';

/** A weekly schedule read from text, and whether its days were said as recurring. */
export interface WeeklyReading {
  readonly weekly: WeeklySchedule;
  readonly recurring: boolean;
}

const GROUP_SEPARATORS = new Set([',', ';', 'and', '&']);
const TIME_SEPARATORS = new Set([',', 'and', '&']);

/**
 * Reads a weekly schedule in the company's wall-clock time: groups of days, each with optional
 * time ranges, e.g. "Mon-Fri 9-5, Sat 10-14", "weekdays 12:00-13:00", "every Saturday",
 * "from 12 to 1 on weekdays", "Mon, Wed 8-10am". Days without a time are whole days. A range
 * that runs past midnight is split: the part after midnight goes to the next day.
 * Returns null when the text is not a weekly schedule, a refusal when part of it is unusable.
 */
export function parseWeeklySchedule(text: string): WeeklyReading | CommandRefusal | null {
  const tokens = tokenizeSchedule(text);
  const ranges = new Map<Weekday, MinuteRange[]>();
  let recurring = false;
  let index = 0;
  for (;;) {
    const group = parseGroupAt(tokens, index, text);
    if (group === null) return null;
    if (!('value' in group)) return group;
    recurring ||= group.value.days.recurring || group.value.days.days.length > 1;
    for (const day of group.value.days.days) {
      for (const span of group.value.spans) addSpan(ranges, day, span);
    }
    index = group.next;
    if (index === tokens.length) break;
    if (!GROUP_SEPARATORS.has(tokens[index]?.text ?? '')) return null;
    index += 1;
  }
  return { weekly: toWeeklySchedule(ranges), recurring };
}

interface Group {
  readonly days: DaySet;
  readonly spans: ReadonlyArray<DaySpan>;
}

// A group is days then optional times ("Mon, Wed 8-10am") or times then days ("12-1 on weekdays").
function parseGroupAt(
  tokens: ReadonlyArray<ScheduleToken>,
  index: number,
  source: string,
): TokenMatch<Group> | CommandRefusal | null {
  const days = parseDaySetAt(tokens, index);
  if (days !== null) {
    const times = parseTimesAt(tokens, days.next, source);
    if (times !== null && !('value' in times)) return times;
    const spans = times?.value ?? [{ from: 0, to: 1440 }];
    return { value: { days: days.value, spans }, next: times?.next ?? days.next };
  }
  const times = parseTimesAt(tokens, index, source);
  if (times === null || !('value' in times)) return times;
  const after = parseDaySetAt(tokens, times.next);
  if (after === null) return null;
  return { value: { days: after.value, spans: times.value }, next: after.next };
}

function parseTimesAt(
  tokens: ReadonlyArray<ScheduleToken>,
  index: number,
  source: string,
): TokenMatch<ReadonlyArray<DaySpan>> | CommandRefusal | null {
  const first = parseTimeRangeAt(tokens, index, source);
  if (first === null || !('value' in first)) return first;
  const spans = [first.value];
  let next = first.next;
  while (TIME_SEPARATORS.has(tokens[next]?.text ?? '')) {
    const more = parseTimeRangeAt(tokens, next + 1, source);
    if (more === null) break;
    if (!('value' in more)) return more;
    spans.push(more.value);
    next = more.next;
  }
  return { value: spans, next };
}

// RingCentral weekly ranges live within one day, so "Fri 22-6" becomes Fri 22:00-24:00 and Sat 00:00-06:00.
function addSpan(ranges: Map<Weekday, MinuteRange[]>, day: Weekday, span: DaySpan): void {
  const add = (on: Weekday, from: number, to: number): void => {
    ranges.set(on, [...(ranges.get(on) ?? []), { from, to }]);
  };
  if (span.to > span.from) {
    add(day, span.from, span.to);
    return;
  }
  add(day, span.from, 1440);
  if (span.to > 0) add(WEEK[(WEEK.indexOf(day) + 1) % 7] as Weekday, 0, span.to);
}

// Overlapping or touching ranges of a day are merged, so "Mon-Fri 9-5, Mon 10-12" stays one range.
function toWeeklySchedule(ranges: ReadonlyMap<Weekday, ReadonlyArray<MinuteRange>>): WeeklySchedule {
  const weekly: Partial<Record<Weekday, ReadonlyArray<MinuteRange>>> = {};
  for (const day of WEEK) {
    const sorted = [...(ranges.get(day) ?? [])].sort((a, b) => a.from - b.from);
    const merged: MinuteRange[] = [];
    for (const range of sorted) {
      const last = merged.at(-1);
      if (last !== undefined && range.from <= last.to) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, range.to) };
      else merged.push(range);
    }
    if (merged.length > 0) weekly[day] = merged;
  }
  return weekly;
}
