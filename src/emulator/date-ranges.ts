import type { DateTime } from 'luxon';
import { parseDateRangeBound } from '../callflow/ringcentral-behaviour.ts';
import { apiFailure, invalidParameter, type ApiFailure } from './api-error.ts';
import type { DateRange } from './emulator-state.ts';

/** RingCentral's cap on `schedule.ranges` (AWR-126). */
export const MAX_DATE_RANGES = 1000;

/** Reads a range bound as callflow's RingCentral behaviour `date-range-bounds` says. */
function parseBound(value: unknown, zone: string): DateTime | null {
  if (typeof value !== 'string') return null;
  // The spec's date-time check also lets "2026-12-25 10:00:00" through; luxon wants the T.
  return parseDateRangeBound(value.replace(' ', 'T'), zone);
}

/**
 * Checks date ranges and converts every bound to a UTC instant written as
 * `YYYY-MM-DDTHH:mm:ss.SSSZ`, the form the emulator stores and returns.
 */
export function normaliseDateRanges(
  ranges: ReadonlyArray<{ from?: unknown; to?: unknown }>,
  zone: string,
  path: string,
): { ok: true; ranges: DateRange[] } | { ok: false; failure: ApiFailure } {
  if (ranges.length > MAX_DATE_RANGES) {
    return { ok: false, failure: apiFailure(400, 'AWR-126', `The amount of schedule ranges exceeds ${MAX_DATE_RANGES}`, path) };
  }
  const normalised: DateRange[] = [];
  for (const range of ranges) {
    const from = parseBound(range.from, zone);
    if (from === null) return { ok: false, failure: invalidParameter(`${path}.from`) };
    const to = parseBound(range.to, zone);
    if (to === null) return { ok: false, failure: invalidParameter(`${path}.to`) };
    if (from.toMillis() >= to.toMillis()) return { ok: false, failure: invalidParameter(path) };
    normalised.push({ from: from.toUTC().toISO()!, to: to.toUTC().toISO()! });
  }
  return { ok: true, ranges: normalised };
}
