import { WEEKDAYS, type MinuteRange, type Weekday, type WeeklySchedule } from './model.ts';

const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  monday: 'Mon',
  tuesday: 'Tue',
  wednesday: 'Wed',
  thursday: 'Thu',
  friday: 'Fri',
  saturday: 'Sat',
  sunday: 'Sun',
};

/** A minute of the day as 24-hour `hh:mm`; 1440 (the end of the day) reads `24:00`. */
export function describeMinuteOfDay(minute: number): string {
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** One day's ranges: `09:00–17:00`, `08:30–12:00 and 13:00–17:30`, or `all day`. */
export function describeDayRanges(ranges: ReadonlyArray<MinuteRange>): string {
  return [...ranges]
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map((range) =>
      range.from === 0 && range.to === 1440
        ? 'all day'
        : `${describeMinuteOfDay(range.from)}–${describeMinuteOfDay(range.to)}`,
    )
    .join(' and ');
}

/**
 * A weekly schedule, days with the same hours grouped:
 * `Mon–Fri 09:00–17:00; Sat 10:00–14:00`, `every day 08:00–20:00`. An empty schedule reads
 * `24/7`, its meaning for business hours (callers of a rule's schedule decide what empty means).
 */
export function describeWeeklySchedule(weekly: WeeklySchedule): string {
  // Groups are keyed by the rendered hours so days with equal hours share one group, in the
  // order their first day appears (Monday first).
  const groups = new Map<string, Weekday[]>();
  for (const day of WEEKDAYS) {
    const ranges = weekly[day] ?? [];
    if (ranges.length === 0) continue;
    const hours = describeDayRanges(ranges);
    groups.set(hours, [...(groups.get(hours) ?? []), day]);
  }
  if (groups.size === 0) return '24/7';
  // Groups are separated by semicolons because a day list ("Mon, Wed, Fri") already uses commas.
  return [...groups].map(([hours, days]) => `${describeDays(days)} ${hours}`).join('; ');
}

/** `Mon–Fri`, `Sat, Sun`, `Mon, Wed, Fri`, `Mon–Wed, Fri` or `every day`. */
function describeDays(days: ReadonlyArray<Weekday>): string {
  if (days.length === WEEKDAYS.length) return 'every day';
  const runs: Weekday[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run !== undefined && previous !== undefined && WEEKDAYS.indexOf(previous) + 1 === WEEKDAYS.indexOf(day)) {
      run.push(day);
    } else {
      runs.push([day]);
    }
  }
  return runs
    .map((run) => {
      const first = DAY_NAMES[run[0] as Weekday];
      const last = DAY_NAMES[run.at(-1) as Weekday];
      if (run.length === 1) return first;
      return run.length === 2 ? `${first}, ${last}` : `${first}–${last}`;
    })
    .join(', ');
}
