import { DateTime } from 'luxon';
import type { DateRange } from './model.ts';

/** A date range as two instants shown in the company zone; `to` stays exclusive. */
export interface DateRangeInstants {
  readonly from: DateTime;
  readonly to: DateTime;
}

/**
 * Reads a date range's ISO strings in the company zone, or `null` when either end is unreadable.
 * A string without an offset is company-local time (DESIGN.md, contract 4).
 */
export function parseDateRange(range: DateRange, timeZone: string): DateRangeInstants | null {
  const from = DateTime.fromISO(range.from, { zone: timeZone });
  const to = DateTime.fromISO(range.to, { zone: timeZone });
  return from.isValid && to.isValid ? { from, to } : null;
}
