import type RangesInfo from '@rc-ex/core/definitions/RangesInfo';
import type WeeklyScheduleInfo from '@rc-ex/core/definitions/WeeklyScheduleInfo';
import {
  WEEKDAYS,
  formatWeeklyTime,
  parseDateRangeBound,
  parseWeeklyTime,
  splitWeeklyRange,
  type DateRange,
  type MinuteRange,
  type RangeEnd,
  type WeeklySchedule,
  type Weekday,
} from '../callflow/index.ts';
import type { WireWeeklyRanges } from './ringcentral-wire-schema.ts';

/** Reads a weekly-range time as minutes after midnight; every end-of-day spelling ends a range at 1440. */
export function toMinute(value: string, end: RangeEnd): number {
  const minute = parseWeeklyTime(value, end);
  if (minute === null) throw new Error(`"${value}" is not an hh:mm time that can ${end === 'from' ? 'start' : 'end'} a range`);
  return minute;
}

/**
 * Maps RingCentral weekly ranges to the model (days in order, ranges sorted). A range whose end is
 * not after its start crosses midnight (a real account holds one) and is split into the rest of its
 * day and the start of the next.
 */
export function toWeeklySchedule(wire: WireWeeklyRanges | undefined): WeeklySchedule {
  const days = new Map<Weekday, MinuteRange[]>();
  for (const day of WEEKDAYS) {
    for (const interval of wire?.[day] ?? []) {
      for (const span of splitWeeklyRange(day, toMinute(interval.from, 'from'), toMinute(interval.to, 'to'))) {
        days.set(span.day, [...(days.get(span.day) ?? []), span.range]);
      }
    }
  }
  const schedule: Partial<Record<Weekday, ReadonlyArray<MinuteRange>>> = {};
  for (const day of WEEKDAYS) {
    const ranges = days.get(day);
    if (ranges && ranges.length > 0) schedule[day] = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  }
  return schedule;
}

/** Builds RingCentral weekly ranges from the model; days without time are left out. */
export function buildWeeklyRanges(schedule: WeeklySchedule): WeeklyScheduleInfo {
  const wire: WeeklyScheduleInfo = {};
  for (const day of WEEKDAYS) {
    const ranges = schedule[day];
    if (ranges && ranges.length > 0) {
      wire[day] = ranges.map((range) => ({ from: formatWeeklyTime(range.from), to: formatWeeklyTime(range.to) }));
    }
  }
  return wire;
}

/** True when a weekly schedule has no time in it (a custom rule's empty `weeklyRanges` is no condition). */
export function isEmptyWeeklySchedule(schedule: WeeklySchedule): boolean {
  return WEEKDAYS.every((day) => (schedule[day]?.length ?? 0) === 0);
}

/**
 * Reads one RingCentral date value as an ISO UTC instant; an offset-less value is company-local
 * (RingCentral does not document which form it returns, so both are read).
 */
export function toInstant(value: string, timeZone: string): string {
  const parsed = parseDateRangeBound(value, timeZone);
  if (parsed === null) throw new Error(`"${value}" is not an ISO date-time`);
  return parsed.toUTC().toISO()!;
}

/** Reads a RingCentral date range as model instants (ISO UTC). */
export function toDateRange(wire: { readonly from: string; readonly to: string }, timeZone: string): DateRange {
  return { from: toInstant(wire.from, timeZone), to: toInstant(wire.to, timeZone) };
}

/**
 * Builds a RingCentral date range that always carries an explicit offset: the company-local offset
 * when the time zone is known (easier to read in RingCentral's logs), else `Z`. Never offset-less,
 * since RingCentral's reading of those is undocumented.
 */
export function buildDateRange(range: DateRange, timeZone: string): RangesInfo {
  const write = (value: string): string => {
    // The model's values carry an offset; one without would be company-local, as on reads.
    const instant = parseDateRangeBound(value, timeZone);
    if (instant === null) throw new Error(`"${value}" is not an ISO date-time`);
    return instant.toISO()!;
  };
  return { from: write(range.from), to: write(range.to) };
}
