import { DateTime } from 'luxon';

// Wider than any daylight-saving gap (at most one hour in practice, two in a few historical zones).
const GAP_SEARCH_MINUTES = 180;

/**
 * The first instant whose wall-clock reading in `timeZone` is at or after `minuteOfDay` minutes
 * into the local day `day` (`1440` is the next local midnight).
 *
 * This is when `isInWeeklySchedule` (callflow) starts or stops matching, so a notice fires exactly
 * when calls switch:
 * - a time skipped by spring-forward (02:30 on 2027-03-14 in US/Eastern) maps to the end of the
 *   gap, 03:00 EDT (luxon alone would give 03:30, half an hour after calls already switched);
 * - a time repeated by fall-back (01:30 on 2027-11-07) maps to its first occurrence, 01:30 EDT.
 */
export function wallClockInstant(day: DateTime, minuteOfDay: number, timeZone: string): DateTime {
  const date = minuteOfDay >= 1440 ? day.plus({ days: 1 }) : day;
  const minute = minuteOfDay % 1440;
  const wall = { year: date.year, month: date.month, day: date.day, hour: Math.floor(minute / 60), minute: minute % 60 };
  const candidate = DateTime.fromObject(wall, { zone: timeZone });
  const wanted = DateTime.fromObject(wall, { zone: 'utc' }).toMillis();
  if (wallMillis(candidate) === wanted) {
    // Repeated local time: take the earlier of its possible instants.
    return candidate.getPossibleOffsets().reduce((earliest, option) => (option < earliest ? option : earliest), candidate);
  }
  // Skipped local time: luxon advanced it past the gap; search back for the gap's end. Within a few
  // hours of a spring-forward the wall clock only moves forward, so the search is monotonic.
  let late = 0; // candidate.minus(late minutes) reads at or after the wanted time
  let early = GAP_SEARCH_MINUTES; // assumed to read before it
  while (early - late > 1) {
    const middle = Math.floor((early + late) / 2);
    if (wallMillis(candidate.minus({ minutes: middle })) >= wanted) late = middle;
    else early = middle;
  }
  return candidate.minus({ minutes: late });
}

/** The wall-clock reading of an instant as if it were UTC, so readings compare as numbers. */
function wallMillis(at: DateTime): number {
  return at.setZone('utc', { keepLocalTime: true }).toMillis();
}
