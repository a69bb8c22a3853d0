import type RangesInfo from '@rc-ex/core/definitions/RangesInfo';
import type WeeklyScheduleInfo from '@rc-ex/core/definitions/WeeklyScheduleInfo';
import { DateTime } from 'luxon';
import { WEEKDAYS, type DateRange, type MinuteRange, type WeeklySchedule, type Weekday } from '../callflow/index.ts';
import type { WireWeeklyRanges } from './ringcentral-wire-schema.ts';

const MINUTES_PER_DAY = 1440;

/** Reads RingCentral's `hh:mm` as minutes after midnight; `00:00` (or `24:00`) as an end is 1440. */
export function toMinute(value: string, role: 'from' | 'to'): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) {
    throw new Error(`"${value}" is not an hh:mm time`);
  }
  const total = hours * 60 + minutes;
  if (role === 'to' && total === 0) return MINUTES_PER_DAY;
  if (role === 'from' && total === MINUTES_PER_DAY) throw new Error(`"${value}" cannot start a range`);
  return total;
}

/** Writes minutes after midnight as `hh:mm`; the end of the day (1440) is written `00:00`. */
export function formatMinute(minute: number): string {
  const inDay = minute % MINUTES_PER_DAY;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
}

/**
 * Maps RingCentral weekly ranges to the model (days in order, ranges sorted). A range whose end is
 * before its start crosses midnight; RingCentral's UI forbids that, but if one is read it is split
 * into the rest of its day and the start of the next, which is what it means.
 */
export function toWeeklySchedule(wire: WireWeeklyRanges | undefined): WeeklySchedule {
  const days = new Map<Weekday, MinuteRange[]>();
  const add = (day: Weekday, range: MinuteRange): void => {
    days.set(day, [...(days.get(day) ?? []), range]);
  };
  WEEKDAYS.forEach((day, index) => {
    for (const interval of wire?.[day] ?? []) {
      const from = toMinute(interval.from, 'from');
      const to = toMinute(interval.to, 'to');
      if (from < to) {
        add(day, { from, to });
      } else {
        add(day, { from, to: MINUTES_PER_DAY });
        if (to > 0 && to < MINUTES_PER_DAY) add(WEEKDAYS[(index + 1) % WEEKDAYS.length]!, { from: 0, to });
      }
    }
  });
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
      wire[day] = ranges.map((range) => ({ from: formatMinute(range.from), to: formatMinute(range.to) }));
    }
  }
  return wire;
}

/** True when a weekly schedule has no time in it (for business hours: open 24/7). */
export function isEmptyWeeklySchedule(schedule: WeeklySchedule): boolean {
  return WEEKDAYS.every((day) => (schedule[day]?.length ?? 0) === 0);
}

/**
 * Reads one RingCentral date value as an ISO UTC instant. A value with `Z` or an offset is an
 * instant; one without is wall-clock time in the company time zone (DESIGN contract 4: RingCentral
 * does not document which form it returns, so both are accepted).
 */
export function toInstant(value: string, timeZone: string): string {
  const parsed = DateTime.fromISO(value.trim(), { zone: timeZone, setZone: true });
  if (!parsed.isValid) throw new Error(`"${value}" is not an ISO date-time`);
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
    const instant = DateTime.fromISO(value.trim(), { zone: timeZone, setZone: true });
    if (!instant.isValid) throw new Error(`"${value}" is not an ISO date-time`);
    return instant.setZone(timeZone).toISO()!;
  };
  return { from: write(range.from), to: write(range.to) };
}
