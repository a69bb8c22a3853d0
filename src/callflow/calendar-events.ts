import type { DateTime } from 'luxon';
import { CALENDAR_MESSAGES, describeDay, say, type Language } from '../i18n/index.ts';
import { isClosureRule } from './closure-rule.ts';
import { describeDestination } from './describe-destination.ts';
import { describeRuleConditions } from './describe-rule-conditions.ts';
import { describeTimeZone } from './describe-time-zone.ts';
import { WEEKDAYS, type CallHandling, type CustomRule, type DateRange, type MinuteRange, type RuleSchedule, type Weekday, type WeeklySchedule } from './model.ts';
import { parseDateRange } from './parse-date-range.ts';

/** How far ahead the calendar feed looks. */
const CALENDAR_MONTHS = 12;

const MINUTES_PER_DAY = 1440;

/** One event of the calendar feed: a custom rule's range, in the company time zone. */
export interface CalendarEvent {
  /**
   * The rule id and the index of its range (`<rule id>-<index>`), the same in every feed while the
   * rule keeps its ranges, so a calendar app updates the event instead of adding a copy.
   */
  readonly uid: string;
  /** What kind of rule the event comes from; the feed shows it, in its language, as a calendar category. */
  readonly category: 'Closure' | 'Date rule' | 'Weekly rule';
  /** E.g. `Christmas: calls go to Main Voicemail (ext 300)`. */
  readonly summary: string;
  /** Which rule sends calls where, and when, in sentences. */
  readonly description: string;
  /** In the company zone; an all-day event starts and ends at local midnight, and `end` is exclusive. */
  readonly start: DateTime;
  readonly end: DateTime;
  readonly allDay: boolean;
  /** Weekly rules: the event repeats on these days, at the same local times, until `until`. */
  readonly recurrence?: { readonly weekdays: ReadonlyArray<Weekday>; readonly until: DateTime };
}

/** The calendar feed of a company's call handling. */
export interface CalendarFeed {
  /** The language the feed is worded in (its categories too, when written out). */
  readonly language: Language;
  readonly timeZone: string;
  /** The calendar's name, e.g. `Where calls to +16505550100 go`. */
  readonly title: string;
  readonly description: string;
  readonly events: ReadonlyArray<CalendarEvent>;
}

/**
 * The custom rules that have times, as calendar events from `now` for `CALENDAR_MONTHS` months:
 * each range of a date rule (holidays, closures, date ranges) still to end in that time, and each
 * distinct range of a weekly rule as an event that repeats weekly from the Monday of `now`'s week
 * (so this week's earlier days stay in the calendar). Disabled rules are left out (they send no
 * call anywhere), as are rules without times (callers or numbers alone, business or after hours).
 * A weekly range that crosses midnight is stored split per day (behaviour `overnight-range`), so
 * it shows as its two parts; a whole day is an all-day event. Worded in `language` (English when not told).
 *
 * @example
 * listCalendarEvents(handling, DateTime.fromISO('2026-12-01T10:00', { zone: 'US/Eastern' })).events[0]
 * // { uid: '7-0', category: 'Date rule', summary: 'Christmas: calls go to Main Voicemail (ext 300)',
 * //   start: 2026-12-25T00:00-05:00, end: 2026-12-26T00:00-05:00, allDay: true, … }
 */
export function listCalendarEvents(handling: CallHandling, now: DateTime, language: Language = 'en'): CalendarFeed {
  const { timeZone } = handling;
  const from = now.setZone(timeZone);
  const until = from.plus({ months: CALENDAR_MONTHS });
  const events = handling.customRules
    .filter((rule) => rule.enabled)
    .flatMap((rule) => {
      if (rule.schedule.kind === 'dates') return dateEvents(handling, rule, rule.schedule.ranges, { from, until, language });
      if (rule.schedule.kind === 'weekly') return weeklyEvents(handling, rule, rule.schedule.weekly, { from, until, language });
      return [];
    });
  return {
    language,
    timeZone,
    title: say(language, CALENDAR_MESSAGES['feed-title'], { number: handling.mainNumber }),
    description: say(language, CALENDAR_MESSAGES['feed-description'], {
      number: handling.mainNumber,
      from: describeDay(from, language, { weekday: false }),
      months: CALENDAR_MONTHS,
      zone: timeZone,
    }),
    events,
  };
}

/** The window the feed covers and the language it is worded in. */
interface FeedWindow {
  readonly from: DateTime;
  readonly until: DateTime;
  readonly language: Language;
}

function dateEvents(handling: CallHandling, rule: CustomRule, ranges: ReadonlyArray<DateRange>, { from, until, language }: FeedWindow): CalendarEvent[] {
  return ranges.flatMap((range, index): CalendarEvent[] => {
    const instants = parseDateRange(range, handling.timeZone);
    if (instants === null || instants.to <= instants.from || instants.to <= from || instants.from >= until) return [];
    return [
      {
        uid: `${rule.id}-${index}`,
        category: isClosureRule(rule) ? 'Closure' : 'Date rule',
        summary: summaryOf(handling, rule, language),
        description: descriptionOf(handling, rule, { kind: 'dates', ranges: [range] }, instants.from, language),
        start: instants.from,
        end: instants.to,
        allDay: isMidnight(instants.from) && isMidnight(instants.to),
      },
    ];
  });
}

function weeklyEvents(handling: CallHandling, rule: CustomRule, weekly: WeeklySchedule, { from, until, language }: FeedWindow): CalendarEvent[] {
  const monday = from.startOf('week');
  return groupDaysByRange(weekly).map(({ range, days }, index): CalendarEvent => {
    // Days are grouped in week order, so the first is this week's first occurrence.
    const day = monday.plus({ days: WEEKDAYS.indexOf(days[0] as Weekday) });
    const start = atMinute(day, range.from);
    return {
      uid: `${rule.id}-${index}`,
      category: 'Weekly rule',
      summary: summaryOf(handling, rule, language),
      description: descriptionOf(handling, rule, rule.schedule, undefined, language),
      start,
      end: atMinute(day, range.to),
      allDay: range.from === 0 && range.to === MINUTES_PER_DAY,
      recurrence: { weekdays: days, until },
    };
  });
}

/** The distinct ranges of a weekly schedule with the days that have each, earliest range first. */
function groupDaysByRange(weekly: WeeklySchedule): Array<{ readonly range: MinuteRange; readonly days: Weekday[] }> {
  const groups = new Map<string, { readonly range: MinuteRange; readonly days: Weekday[] }>();
  for (const day of WEEKDAYS) {
    for (const range of weekly[day] ?? []) {
      const key = `${range.from}-${range.to}`;
      const group = groups.get(key) ?? { range, days: [] };
      if (!group.days.includes(day)) group.days.push(day);
      groups.set(key, group);
    }
  }
  // Sorted by time, not by first day, so adding a day to a rule keeps each range's index (and uid).
  return [...groups.values()].sort((a, b) => a.range.from - b.range.from || a.range.to - b.range.to);
}

/** A wall-clock minute of a local day; 1440 is the midnight that ends it. */
function atMinute(day: DateTime, minute: number): DateTime {
  if (minute === MINUTES_PER_DAY) return day.plus({ days: 1 }).startOf('day');
  // Set, not added: on a DST day the wall clock is what a weekly range means (isInWeeklySchedule).
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 });
}

function summaryOf(handling: CallHandling, rule: CustomRule, language: Language): string {
  return say(language, CALENDAR_MESSAGES['event-summary'], {
    name: rule.name,
    where: describeDestination(handling, rule.destination, language),
    someCalls: rule.callers.length > 0 || rule.calledNumbers.length > 0,
  });
}

/** `at`: the instant whose zone abbreviation (EST, EDT) to show; none for a weekly rule, which spans both. */
function descriptionOf(handling: CallHandling, rule: CustomRule, schedule: RuleSchedule, at: DateTime | undefined, language: Language): string {
  return say(language, CALENDAR_MESSAGES['event-description'], {
    name: rule.name,
    where: describeDestination(handling, rule.destination, language),
    conditions: describeRuleConditions({ ...rule, schedule }, handling.timeZone, language),
    number: handling.mainNumber,
    zone: at === undefined ? handling.timeZone : describeTimeZone(handling.timeZone, at, language),
  });
}

function isMidnight(at: DateTime): boolean {
  return at.hour === 0 && at.minute === 0 && at.second === 0 && at.millisecond === 0;
}
