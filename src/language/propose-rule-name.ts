import { DateTime } from 'luxon';
import type { MinuteRange, WeeklySchedule } from '../callflow/model.ts';
import type { Language } from '../i18n/language.ts';
import type { TimeContext } from './command-context.ts';
import { FRENCH_RULE_NAME_WORDS } from './french/french-rule-name-words.ts';
import type { RuleWhen } from './intent.ts';
import { WEEK } from './parse-day-set.ts';
import { ENGLISH_RULE_NAME_WORDS, isMidnight, minutesOf, RULE_NAME_MAX_LENGTH, type RuleNameWords } from './rule-name-words.ts';

export { RULE_NAME_MAX_LENGTH } from './rule-name-words.ts';

/** What a rule name is proposed from. */
export interface RuleNameParts {
  readonly when: RuleWhen;
  readonly callers: ReadonlyArray<string>;
  readonly calledNumbers: ReadonlyArray<string>;
}

const RULE_NAME_WORDS: Readonly<Record<Language, RuleNameWords>> = { en: ENGLISH_RULE_NAME_WORDS, fr: FRENCH_RULE_NAME_WORDS };

/**
 * A readable name for a new custom rule, in the language the command was written in, always
 * within RingCentral's 30 characters: "Dec 25, 2026" / "25 déc. 2026", "Dec 24-26, 2026" /
 * "24–26 déc. 2026", "Weekdays 12:00-13:00" / "Jours de semaine 12 h–13 h", "Until Dec 24 15:00",
 * "Calls from +1415" / "Appels de +1415". Dates are the company's.
 */
export function proposeRuleName(parts: RuleNameParts, context: TimeContext, language: Language = 'en'): string {
  const words = RULE_NAME_WORDS[language];
  const when = describeWhen(parts.when, context, words);
  const from = parts.callers.length === 0 ? '' : words.fromCaller(parts.callers[0] ?? '', parts.callers.length > 1);
  const to = parts.calledNumbers.length === 0 ? '' : words.toNumber(parts.calledNumbers[0] ?? '');
  const conditions = [from, to].filter((part) => part !== '').join(' ');
  const candidates = [
    when === '' ? '' : [when, conditions].filter((part) => part !== '').join(' '),
    when,
    conditions === '' ? '' : words.calls(conditions),
    from === '' ? '' : words.calls(from),
  ];
  const name = candidates.find((candidate) => candidate !== '' && candidate.length <= RULE_NAME_MAX_LENGTH) ?? words.fallback;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** An emergency closure's name from the instant it ends: "Closed until Dec 24 15:00" / "Fermé jusqu'au 24 déc. 15 h". */
export function proposeClosureName(untilIso: string, timeZone: string, language: Language = 'en'): string {
  return RULE_NAME_WORDS[language].closedUntil(localOf(untilIso, timeZone));
}

/** A holidays rule's name: "Holidays CA-QC 2027" / "Fériés CA-QC 2027". */
export function proposeHolidaysName(code: string, year: number, language: Language = 'en'): string {
  return RULE_NAME_WORDS[language].holidays(code, year);
}

function describeWhen(when: RuleWhen, context: TimeContext, words: RuleNameWords): string {
  if (when.kind === 'always') return '';
  if (when.kind === 'weekly') return describeWeekly(when.weekly, words);
  const [first] = when.ranges;
  if (first === undefined) return '';
  const label = describeRange(first.from, first.to, context, words);
  return when.ranges.length === 1 ? label : words.moreRanges(label, when.ranges.length - 1);
}

function describeRange(fromIso: string, toIso: string, context: TimeContext, words: RuleNameWords): string {
  const from = localOf(fromIso, context.timeZone);
  const to = localOf(toIso, context.timeZone);
  if (from.toMillis() === context.now.toMillis()) return words.until(to);
  if (isMidnight(from) && isMidnight(to)) {
    const last = to.minus({ days: 1 });
    return sameDay(last, from) ? words.day(from) : words.days(from, last);
  }
  if (sameDay(to, from)) return words.dayTimes(from, minutesOf(from), minutesOf(to));
  if (isMidnight(to) && sameDay(to.minus({ days: 1 }), from)) return words.dayTimes(from, minutesOf(from), 1440);
  return words.span(from, to);
}

function describeWeekly(weekly: WeeklySchedule, words: RuleNameWords): string {
  const days = WEEK.filter((day) => (weekly[day]?.length ?? 0) > 0);
  const first = weekly[days[0] ?? 'monday'] ?? [];
  const same = days.every((day) => sameRanges(weekly[day] ?? [], first));
  const dayLabel = words.weekDays(days);
  if (!same) return words.variedTimes(dayLabel);
  const wholeDay = first.length === 1 && first[0]?.from === 0 && first[0]?.to === 1440;
  return wholeDay ? dayLabel : `${dayLabel} ${first.map((range) => words.times(range.from, range.to)).join(', ')}`;
}

function sameRanges(a: ReadonlyArray<MinuteRange>, b: ReadonlyArray<MinuteRange>): boolean {
  return a.length === b.length && a.every((range, index) => range.from === b[index]?.from && range.to === b[index]?.to);
}

function localOf(iso: string, timeZone: string): DateTime {
  return DateTime.fromISO(iso, { zone: timeZone });
}

// Compared field by field: luxon's hasSame() rebuilds both dates, which costs more than the rest.
function sameDay(a: DateTime, b: DateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
