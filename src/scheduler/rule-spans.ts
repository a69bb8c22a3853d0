import type { DateTime } from 'luxon';
import { WEEKDAYS, parseDateRange, type DateRange, type WeeklySchedule } from '../callflow/index.ts';
import { wallClockInstant } from './wall-clock-instant.ts';

/** A span of time in which a rule applies, as two instants in the company zone; `end` is exclusive. */
export interface RuleSpan {
  readonly start: DateTime;
  readonly end: DateTime;
}

/**
 * A date-range rule's ranges as spans, sorted and merged: ranges that touch or overlap become one
 * span, so there is never an off and an on notice at the same instant. Unreadable or empty ranges are
 * left out (they never match a call either).
 */
export function resolveDateRangeSpans(ranges: ReadonlyArray<DateRange>, timeZone: string): ReadonlyArray<RuleSpan> {
  const spans: RuleSpan[] = [];
  for (const range of ranges) {
    const instants = parseDateRange(range, timeZone);
    if (instants !== null && instants.from < instants.to) spans.push({ start: instants.from, end: instants.to });
  }
  return mergeSpans(spans);
}

/**
 * A weekly rule's windows from the local day `first` to the local day `last` (inclusive) as merged
 * spans. Window bounds are wall-clock times in the company zone (see `wallClockInstant` for DST days);
 * `Mon 00:00–24:00` and `Tue 00:00–24:00` merge into one span.
 */
export function resolveWeeklySpans(
  weekly: WeeklySchedule,
  first: DateTime,
  last: DateTime,
  timeZone: string,
): ReadonlyArray<RuleSpan> {
  const spans: RuleSpan[] = [];
  for (let day = first.setZone(timeZone).startOf('day'); day <= last; day = day.plus({ days: 1 })) {
    const weekday = WEEKDAYS[day.weekday - 1];
    if (weekday === undefined) continue;
    for (const window of weekly[weekday] ?? []) {
      const start = wallClockInstant(day, window.from, timeZone);
      const end = wallClockInstant(day, window.to, timeZone);
      // A window wholly inside a spring-forward gap (02:10–02:40) never matches a call.
      if (start < end) spans.push({ start, end });
    }
  }
  return mergeSpans(spans);
}

/** Sorts spans by start and joins those that touch or overlap. */
function mergeSpans(spans: ReadonlyArray<RuleSpan>): ReadonlyArray<RuleSpan> {
  const sorted = [...spans].sort((a, b) => a.start.toMillis() - b.start.toMillis());
  const merged: RuleSpan[] = [];
  for (const span of sorted) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && span.start <= previous.end) {
      merged[merged.length - 1] = { start: previous.start, end: span.end > previous.end ? span.end : previous.end };
    } else {
      merged.push(span);
    }
  }
  return merged;
}
