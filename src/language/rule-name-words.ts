import type { DateTime } from 'luxon';
import type { Weekday } from '../callflow/model.ts';
import { WEEK } from './parse-day-set.ts';

/** RingCentral's limit on an answering rule's name. */
export const RULE_NAME_MAX_LENGTH = 30;

/**
 * How one language words the names `proposeRuleName` gives new rules. Days and times come in the
 * company zone; minutes count from local midnight (1440 is the midnight that ends a day). Names
 * are spelled here rather than by Intl, so they read the same on every host and locale.
 */
export interface RuleNameWords {
  /** One whole day: "Dec 25, 2026". */
  readonly day: (day: DateTime) => string;
  /** Whole days from `first` to `last`, both included, two different days: "Dec 24-26, 2026". */
  readonly days: (first: DateTime, last: DateTime) => string;
  /** Part of one day: "Dec 31, 2026 12:00-17:00". */
  readonly dayTimes: (day: DateTime, from: number, to: number) => string;
  /** From a time on one day to a time on another: "Dec 24 17:00-Dec 26 09:00". */
  readonly span: (from: DateTime, to: DateTime) => string;
  /** From now to a time: "until Dec 24 15:00". */
  readonly until: (to: DateTime) => string;
  /** The first range of several, and how many more: "Dec 24, 2026 +2 more". */
  readonly moreRanges: (first: string, more: number) => string;
  /** Days of the week: "Weekdays", "Saturdays", "Mon, Wed". */
  readonly weekDays: (days: ReadonlyArray<Weekday>) => string;
  /** A time range of a day: "12:00-13:00". */
  readonly times: (from: number, to: number) => string;
  /** Days whose times differ from one day to the next. */
  readonly variedTimes: (days: string) => string;
  /** The caller clause; `several` when there are more callers: "from +1415 +". */
  readonly fromCaller: (caller: string, several: boolean) => string;
  /** The called-number clause: "to +16505550100". */
  readonly toNumber: (number: string) => string;
  /** A name made of call conditions only: "Calls from +1415". */
  readonly calls: (conditions: string) => string;
  /** The name when nothing else fits. */
  readonly fallback: string;
  /** An emergency closure's name, within 30 characters: "Closed until Dec 24 15:00", "Closed until Dec 24, 2026" at midnight. */
  readonly closedUntil: (at: DateTime) => string;
  /** A holidays rule's name: "Holidays US 2027". */
  readonly holidays: (code: string, year: number) => string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const monthDay = (at: DateTime): string => `${MONTHS[at.month - 1] ?? ''} ${at.day}`;
const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const clockOf = (at: DateTime): string => clock(minutesOf(at));
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Minutes after local midnight of a time of day, for the `times` and `dayTimes` words. */
export function minutesOf(at: DateTime): number {
  return at.hour * 60 + at.minute;
}

/** True at a local midnight exactly. */
export function isMidnight(at: DateTime): boolean {
  return at.hour === 0 && at.minute === 0 && at.second === 0 && at.millisecond === 0;
}

/** True for the days Monday to Friday, Saturday and Sunday, or all seven, in week order. */
export function isDayGroup(days: ReadonlyArray<Weekday>, group: 'week' | 'weekdays' | 'weekend'): boolean {
  const wanted = group === 'week' ? WEEK : group === 'weekdays' ? WEEK.slice(0, 5) : WEEK.slice(5);
  return days.join(',') === wanted.join(',');
}

/** Rule names in English: "Dec 25, 2026", "Weekdays 12:00-13:00", "Calls from +1415". */
export const ENGLISH_RULE_NAME_WORDS: RuleNameWords = {
  day: (day) => `${monthDay(day)}, ${day.year}`,
  days: (first, last) => {
    if (last.year !== first.year) return `${monthDay(first)}, ${first.year}-${monthDay(last)}, ${last.year}`;
    if (last.month !== first.month) return `${monthDay(first)}-${monthDay(last)}, ${last.year}`;
    return `${monthDay(first)}-${last.day}, ${last.year}`;
  },
  dayTimes: (day, from, to) => `${monthDay(day)}, ${day.year} ${clock(from)}-${clock(to)}`,
  span: (from, to) => `${monthDay(from)} ${clockOf(from)}-${monthDay(to)} ${clockOf(to)}`,
  until: (to) => `until ${monthDay(to)} ${clockOf(to)}`,
  moreRanges: (first, more) => `${first} +${more} more`,
  weekDays: (days) => {
    if (isDayGroup(days, 'week')) return 'Daily';
    if (isDayGroup(days, 'weekdays')) return 'Weekdays';
    if (isDayGroup(days, 'weekend')) return 'Weekends';
    if (days.length === 1) return `${capitalize(days[0] ?? '')}s`;
    return days.map((day) => capitalize(day.slice(0, 3))).join(', ');
  },
  times: (from, to) => `${clock(from)}-${clock(to)}`,
  variedTimes: (days) => `${days} (varied times)`,
  fromCaller: (caller, several) => `from ${caller}${several ? ' +' : ''}`,
  toNumber: (number) => `to ${number}`,
  calls: (conditions) => `Calls ${conditions}`,
  fallback: 'Custom rule',
  closedUntil: (at) => `Closed until ${isMidnight(at) ? `${monthDay(at)}, ${at.year}` : `${monthDay(at)} ${clockOf(at)}`}`,
  holidays: (code, year) => `Holidays ${code} ${year}`,
};
