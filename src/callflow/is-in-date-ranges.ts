import type { DateTime } from 'luxon';
import type { DateRange } from './model.ts';
import { parseDateRange } from './parse-date-range.ts';

/** A rule's ranges as sorted, merged [from, to) spans in epoch milliseconds. */
interface RangeIndex {
  readonly timeZone: string;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/**
 * Indexes kept beside their range lists: planning a year of notices resolves a call per notice, and
 * a rule may hold a thousand ranges, so a linear scan per call grows with the square of the ranges.
 * Range lists are immutable and the map is weak, so this stays pure and goes with the call handling.
 */
const indexes = new WeakMap<ReadonlyArray<DateRange>, RangeIndex>();

/** Whether `at` falls in one of the date ranges (each read in the company zone, `to` exclusive). */
export function isInDateRanges(ranges: ReadonlyArray<DateRange>, timeZone: string, at: DateTime): boolean {
  let index = indexes.get(ranges);
  if (index?.timeZone !== timeZone) {
    index = buildIndex(ranges, timeZone);
    indexes.set(ranges, index);
  }
  const instant = at.toMillis();
  // The last span starting at or before `instant`; merged spans never overlap, so it is the only candidate.
  let low = 0;
  let high = index.starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((index.starts[middle] ?? Number.POSITIVE_INFINITY) <= instant) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found >= 0 && instant < (index.ends[found] ?? Number.NEGATIVE_INFINITY);
}

function buildIndex(ranges: ReadonlyArray<DateRange>, timeZone: string): RangeIndex {
  const spans: Array<[number, number]> = [];
  for (const range of ranges) {
    const instants = parseDateRange(range, timeZone);
    if (instants !== null && instants.from < instants.to) spans.push([instants.from.toMillis(), instants.to.toMillis()]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last !== undefined && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return { timeZone, starts: Float64Array.from(merged, (span) => span[0]), ends: Float64Array.from(merged, (span) => span[1]) };
}
