import type { DateTime } from 'luxon';
import type { DateRange } from './model.ts';
import { parseDateRangeBound } from './ringcentral-behaviour.ts';

/** A date range as two instants shown in the company zone; `to` stays exclusive. */
export interface DateRangeInstants {
  readonly from: DateTime;
  readonly to: DateTime;
}

/**
 * Parsed ranges, kept beside their range objects: resolving one call looks at every range of every
 * rule before it, and planning the notices of a year resolves a call per notice, so without this a
 * rule with a thousand holidays is parsed a million times. Ranges are immutable and the map is weak,
 * so this stays pure and is gone with the call handling.
 */
const parsedRanges = new WeakMap<DateRange, { readonly timeZone: string; readonly instants: DateRangeInstants | null }>();

/**
 * Reads a date range's ISO strings in the company zone, or `null` when either end is unreadable.
 * A string without an offset is company-local time (behaviour `date-range-bounds`).
 */
export function parseDateRange(range: DateRange, timeZone: string): DateRangeInstants | null {
  const known = parsedRanges.get(range);
  if (known?.timeZone === timeZone) return known.instants;
  const from = parseDateRangeBound(range.from, timeZone);
  const to = parseDateRangeBound(range.to, timeZone);
  const instants = from !== null && to !== null ? { from, to } : null;
  parsedRanges.set(range, { timeZone, instants });
  return instants;
}
