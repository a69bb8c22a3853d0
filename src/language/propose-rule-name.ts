import { DateTime } from 'luxon';
import type { MinuteRange, WeeklySchedule } from '../callflow/model.ts';
import type { TimeContext } from './command-context.ts';
import type { RuleWhen } from './intent.ts';
import { WEEK } from './parse-day-set.ts';

/** RingCentral's limit on an answering rule's name. */
export const RULE_NAME_MAX_LENGTH = 30;

/** What a rule name is proposed from. */
export interface RuleNameParts {
  readonly when: RuleWhen;
  readonly callers: ReadonlyArray<string>;
  readonly calledNumbers: ReadonlyArray<string>;
}

const FALLBACK = 'Custom rule';

/**
 * A readable name for a new custom rule, always within RingCentral's 30 characters:
 * "Dec 25, 2026", "Dec 24-26, 2026", "Dec 31, 2026 12:00-17:00", "Weekdays 12:00-13:00",
 * "Until Dec 24 15:00", "Calls from +1415". Dates are the company's, in English.
 */
export function proposeRuleName(parts: RuleNameParts, context: TimeContext): string {
  const when = describeWhen(parts.when, context);
  const from = parts.callers.length === 0 ? '' : `from ${parts.callers[0]}${parts.callers.length > 1 ? ' +' : ''}`;
  const to = parts.calledNumbers.length === 0 ? '' : `to ${parts.calledNumbers[0]}`;
  const conditions = [from, to].filter((part) => part !== '').join(' ');
  const candidates = [
    when === '' ? '' : [when, conditions].filter((part) => part !== '').join(' '),
    when,
    conditions === '' ? '' : `Calls ${conditions}`,
    from === '' ? '' : `Calls ${from}`,
  ];
  const name = candidates.find((candidate) => candidate !== '' && candidate.length <= RULE_NAME_MAX_LENGTH) ?? FALLBACK;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A short label for a span of time, e.g. a closure's: "Dec 24 15:00" or "Dec 24, 2026". */
export function describeInstant(iso: string, timeZone: string): string {
  const at = localOf(iso, timeZone);
  return isMidnight(at) ? `${monthDay(at)}, ${at.year}` : `${monthDay(at)} ${clockText(at)}`;
}

function describeWhen(when: RuleWhen, context: TimeContext): string {
  if (when.kind === 'always') return '';
  if (when.kind === 'weekly') return describeWeekly(when.weekly);
  const [first] = when.ranges;
  if (first === undefined) return '';
  const label = describeRange(first.from, first.to, context);
  return when.ranges.length === 1 ? label : `${label} +${when.ranges.length - 1} more`;
}

function describeRange(fromIso: string, toIso: string, context: TimeContext): string {
  const from = localOf(fromIso, context.timeZone);
  const to = localOf(toIso, context.timeZone);
  if (from.toMillis() === context.now.toMillis()) return `until ${monthDay(to)} ${clockText(to)}`;
  if (isMidnight(from) && isMidnight(to)) {
    const last = to.minus({ days: 1 });
    if (sameDay(last, from)) return `${monthDay(from)}, ${from.year}`;
    if (last.year === from.year && last.month === from.month) return `${monthDay(from)}-${last.day}, ${last.year}`;
    if (last.year === from.year) return `${monthDay(from)}-${monthDay(last)}, ${last.year}`;
    return `${monthDay(from)}, ${from.year}-${monthDay(last)}, ${last.year}`;
  }
  if (sameDay(to, from) || (isMidnight(to) && sameDay(to.minus({ days: 1 }), from))) {
    return `${monthDay(from)}, ${from.year} ${clockText(from)}-${isMidnight(to) ? '24:00' : clockText(to)}`;
  }
  return `${monthDay(from)} ${clockText(from)}-${monthDay(to)} ${clockText(to)}`;
}

function describeWeekly(weekly: WeeklySchedule): string {
  const days = WEEK.filter((day) => (weekly[day]?.length ?? 0) > 0);
  const first = weekly[days[0] ?? 'monday'] ?? [];
  const same = days.every((day) => sameRanges(weekly[day] ?? [], first));
  const dayLabel = describeDays(days);
  if (!same) return `${dayLabel} (varied times)`;
  const wholeDay = first.length === 1 && first[0]?.from === 0 && first[0]?.to === 1440;
  return wholeDay ? dayLabel : `${dayLabel} ${first.map((range) => `${minutesText(range.from)}-${minutesText(range.to)}`).join(', ')}`;
}

function describeDays(days: ReadonlyArray<string>): string {
  const key = days.join(',');
  if (key === WEEK.join(',')) return 'Daily';
  if (key === WEEK.slice(0, 5).join(',')) return 'Weekdays';
  if (key === WEEK.slice(5).join(',')) return 'Weekends';
  if (days.length === 1) return `${capitalize(days[0] ?? '')}s`;
  return days.map((day) => capitalize(day.slice(0, 3))).join(', ');
}

function sameRanges(a: ReadonlyArray<MinuteRange>, b: ReadonlyArray<MinuteRange>): boolean {
  return a.length === b.length && a.every((range, index) => range.from === b[index]?.from && range.to === b[index]?.to);
}

function minutesText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// Names are spelled here rather than by Intl, so they read the same on every host and locale.
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthDay(at: DateTime): string {
  return `${MONTH_NAMES[at.month - 1] ?? ''} ${at.day}`;
}

function clockText(at: DateTime): string {
  return minutesText(at.hour * 60 + at.minute);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function localOf(iso: string, timeZone: string): DateTime {
  return DateTime.fromISO(iso, { zone: timeZone });
}

// Compared field by field: luxon's hasSame() rebuilds both dates, which costs more than the rest.
function sameDay(a: DateTime, b: DateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function isMidnight(at: DateTime): boolean {
  return at.hour === 0 && at.minute === 0 && at.second === 0 && at.millisecond === 0;
}
