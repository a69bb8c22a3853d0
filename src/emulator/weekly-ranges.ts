import type { MinuteRange } from '../callflow/index.ts';
import { parseWrittenWeeklyTime, splitWrittenWeeklyRange } from '../callflow/ringcentral-behaviour.ts';
import { apiFailure, invalidParameter, type ApiFailure } from './api-error.ts';
import { WEEKDAYS, type Weekday, type WeeklyRanges } from './emulator-state.ts';

/**
 * How many time ranges one day may hold before AWR-177. RingCentral does not document the
 * number; 10 is more than the admin portal lets anyone enter.
 */
export const MAX_RANGES_PER_DAY = 10;

/**
 * Checks a weekly schedule (business hours or a custom rule's `weeklyRanges`) the way RingCentral
 * does and returns the first failure, or null. Which times end a day and what a range that ends
 * before it starts means are callflow's RingCentral behaviours `end-of-day` and `overnight-range`;
 * the schedule is stored as written. `path` is the schedule's parameter name, e.g.
 * `schedule.weeklyRanges`.
 */
export function checkWeeklyRanges(weekly: WeeklyRanges, path: string): ApiFailure | null {
  for (const day of Object.keys(weekly)) {
    if (!(WEEKDAYS as ReadonlyArray<string>).includes(day)) return invalidParameter(`${path}.${day}`);
  }
  const covered = new Map<Weekday, MinuteRange[]>();
  for (const day of WEEKDAYS) {
    const intervals = weekly[day];
    if (intervals === undefined) continue;
    if (intervals.length === 0) {
      return apiFailure(400, 'AWR-176', `At least one time range for [${day}] required`, `${path}.${day}`);
    }
    if (intervals.length > MAX_RANGES_PER_DAY) {
      return apiFailure(400, 'AWR-177', `Time ranges limit for [${day}] exceeded`, `${path}.${day}`);
    }
    for (const interval of intervals) {
      const from = parseWrittenWeeklyTime(interval.from, 'from');
      if (from === null) return invalidParameter(`${path}.${day}.from`);
      const to = parseWrittenWeeklyTime(interval.to, 'to');
      if (to === null) return invalidParameter(`${path}.${day}.to`);
      const spans = splitWrittenWeeklyRange(day, from, to);
      if (spans === null) return invalidParameter(`${path}.${day}`);
      for (const span of spans) covered.set(span.day, [...(covered.get(span.day) ?? []), span.range]);
    }
  }
  for (const day of WEEKDAYS) {
    const ranges = [...(covered.get(day) ?? [])].sort((a, b) => a.from - b.from);
    // Touching ranges (12:00-13:00, 13:00-14:00) are fine; overlapping ones are not, whichever
    // day's overnight range reaches into this one.
    if (ranges.some((range, index) => index > 0 && range.from < ranges[index - 1]!.to)) return invalidParameter(`${path}.${day}`);
  }
  return null;
}

/** True when a weekly schedule has at least one range. */
export function hasWeeklyRanges(weekly: WeeklyRanges | undefined): boolean {
  return weekly !== undefined && WEEKDAYS.some((day) => (weekly[day]?.length ?? 0) > 0);
}
