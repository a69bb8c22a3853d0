import type { DateTime } from 'luxon';
import type { DateRangeInstants } from './parse-date-range.ts';

// A bound on the days walked, so a years-long range stays cheap; DST rules change at most twice a year.
const MAX_DAYS = 800;

/**
 * The local days from the first to the last instant of a range on which the zone's UTC offset
 * changes (daylight-saving days), as local midnights.
 */
export function findDstChangeDays(range: DateRangeInstants, timeZone: string): ReadonlyArray<DateTime> {
  // `to` is exclusive: a range ending at midnight does not touch the day that midnight starts.
  const last = range.to.minus({ milliseconds: 1 }).setZone(timeZone).startOf('day');
  const days: DateTime[] = [];
  let day = range.from.setZone(timeZone).startOf('day');
  for (let count = 0; day <= last && count < MAX_DAYS; count += 1) {
    const next = day.plus({ days: 1 });
    // Comparing offsets at both midnights catches the change whatever hour it happens at.
    if (day.offset !== next.offset) days.push(day);
    day = next;
  }
  return days;
}
