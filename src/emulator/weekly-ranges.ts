import { apiFailure, invalidParameter, type ApiFailure } from './api-error.ts';
import { WEEKDAYS, type WeeklyRanges } from './emulator-state.ts';

/**
 * How many time ranges one day may hold before AWR-177. RingCentral does not document the
 * number; 10 is more than the admin portal lets anyone enter.
 */
export const MAX_RANGES_PER_DAY = 10;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for an `hh:mm` value, or null when it is not one. */
function minutesOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = HH_MM.exec(value);
  return match === null ? null : Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Checks a weekly schedule (business hours or a custom rule's `weeklyRanges`) the way RingCentral
 * does and returns the first failure, or null. Times are `hh:mm` with from < to, except that
 * `to: "00:00"` means the midnight that ends the day, so a range can run to the end of a day.
 * `path` is the schedule's parameter name, e.g. `schedule.weeklyRanges`.
 */
export function checkWeeklyRanges(weekly: WeeklyRanges, path: string): ApiFailure | null {
  for (const day of Object.keys(weekly)) {
    if (!(WEEKDAYS as ReadonlyArray<string>).includes(day)) return invalidParameter(`${path}.${day}`);
  }
  for (const day of WEEKDAYS) {
    const intervals = weekly[day];
    if (intervals === undefined) continue;
    if (intervals.length === 0) {
      return apiFailure(400, 'AWR-176', `At least one time range for [${day}] required`, `${path}.${day}`);
    }
    if (intervals.length > MAX_RANGES_PER_DAY) {
      return apiFailure(400, 'AWR-177', `Time ranges limit for [${day}] exceeded`, `${path}.${day}`);
    }
    const spans: Array<[number, number]> = [];
    for (const interval of intervals) {
      const from = minutesOf(interval.from);
      if (from === null) return invalidParameter(`${path}.${day}.from`);
      const to = minutesOf(interval.to);
      if (to === null) return invalidParameter(`${path}.${day}.to`);
      const end = to === 0 ? 24 * 60 : to;
      if (from >= end) return invalidParameter(`${path}.${day}`);
      spans.push([from, end]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i += 1) {
      // Touching ranges (12:00-13:00, 13:00-14:00) are fine; overlapping ones are not.
      if (spans[i]![0] < spans[i - 1]![1]) return invalidParameter(`${path}.${day}`);
    }
  }
  return null;
}

/** True when a weekly schedule has at least one range. */
export function hasWeeklyRanges(weekly: WeeklyRanges | undefined): boolean {
  return weekly !== undefined && WEEKDAYS.some((day) => (weekly[day]?.length ?? 0) > 0);
}
