import { CALL_HANDLING_MESSAGES as WORDS, describeClockTime, say, type Language } from '../i18n/index.ts';
import { WEEKDAYS, type MinuteRange, type Weekday, type WeeklySchedule } from './model.ts';

/** A minute of the day as 24-hour `hh:mm`; 1440 (the end of the day) reads `24:00`. */
export function describeMinuteOfDay(minute: number): string {
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** One day's ranges: `09:00–17:00`, `08:30–12:00 and 13:00–17:30`, or `all day`; `9 h 00–17 h 00` in French. */
export function describeDayRanges(ranges: ReadonlyArray<MinuteRange>, language: Language = 'en'): string {
  const time = (minute: number): string => describeClockTime({ hour: Math.floor(minute / 60), minute: minute % 60 }, language);
  const shown = [...ranges]
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map((range) => (range.from === 0 && range.to === 1440 ? say(language, WORDS['whole-day']) : `${time(range.from)}–${time(range.to)}`));
  return say(language, WORDS['day-ranges'], { ranges: shown });
}

/**
 * A weekly schedule, days with the same hours grouped:
 * `Mon–Fri 09:00–17:00; Sat 10:00–14:00`, `every day 08:00–20:00`; in French `lun.–ven. 9 h 00–17 h 00 ; sam. 10 h 00–14 h 00`. An empty schedule reads
 * `24/7`, its meaning for business hours (callers of a rule's schedule decide what empty means).
 */
export function describeWeeklySchedule(weekly: WeeklySchedule, language: Language = 'en'): string {
  // Groups are keyed by the rendered hours so days with equal hours share one group, in the
  // order their first day appears (Monday first).
  const groups = new Map<string, Weekday[]>();
  for (const day of WEEKDAYS) {
    const ranges = weekly[day] ?? [];
    if (ranges.length === 0) continue;
    const hours = describeDayRanges(ranges, language);
    groups.set(hours, [...(groups.get(hours) ?? []), day]);
  }
  if (groups.size === 0) return say(language, WORDS['open-all-week']);
  // Groups are separated by semicolons because a day list ("Mon, Wed, Fri") already uses commas.
  return say(language, WORDS['weekly-groups'], { groups: [...groups].map(([hours, days]) => `${describeDays(days, language)} ${hours}`) });
}

/** `Mon–Fri`, `Sat, Sun`, `Mon, Wed, Fri`, `Mon–Wed, Fri` or `every day`. */
function describeDays(days: ReadonlyArray<Weekday>, language: Language): string {
  if (days.length === WEEKDAYS.length) return say(language, WORDS['every-day']);
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
      const first = say(language, WORDS.weekday, { day: run[0] as Weekday });
      const last = say(language, WORDS.weekday, { day: run.at(-1) as Weekday });
      if (run.length === 1) return first;
      return run.length === 2 ? `${first}, ${last}` : `${first}–${last}`;
    })
    .join(', ');
}
