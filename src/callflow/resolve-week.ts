import { DateTime } from 'luxon';
import { DATE_LOCALES, describeDay, describeMonthDay, say, WEEK_MESSAGES, type Language } from '../i18n/index.ts';
import { isClosureRule } from './closure-rule.ts';
import { describeDestination } from './describe-destination.ts';
import type { IncomingCall } from './is-rule-match.ts';
import type { CallHandling, CustomRule } from './model.ts';
import { describeResolvedRule, resolveCall, type CallResolution } from './resolve-call.ts';

/** One (destination, rule) pair of a week: what a colour in the picture means. */
export interface WeekLegendEntry {
  readonly key: string;
  /** As `test` words it, e.g. `Main Voicemail (ext 300)`. */
  readonly destination: string;
  /** As `test` words it, e.g. `Custom rule "Christmas"`, `The after-hours rule`. */
  readonly rule: string;
}

/** One local hour of a day, resolved at its start. */
export interface WeekCell {
  /** 0..23, local. */
  readonly hour: number;
  /** ISO with offset of the hour's start; undefined for an hour a DST change skips. */
  readonly at: string | undefined;
  /** The legend entry of the call at `at`; undefined exactly when `at` is. */
  readonly legendKey: string | undefined;
}

/** One local day of the week. */
export interface WeekDay {
  /** yyyy-MM-dd. */
  readonly date: string;
  /** E.g. `Thu Dec 24` / `jeu. 24 déc.`. */
  readonly label: string;
  /** Why the day differs from an ordinary week, e.g. `Closure "Closed until Dec 26, 09:00"`; empty when ordinary. */
  readonly unusual: ReadonlyArray<string>;
  /** 24 cells, hour 0 first. */
  readonly cells: ReadonlyArray<WeekCell>;
}

/** Where calls go, hour by hour, over one week (Monday first) in the company time zone. */
export interface WeekRouting {
  /** The language the week is worded in; the picture and timeline add their own words in it. */
  readonly language: Language;
  readonly timeZone: string;
  readonly title: string;
  readonly days: ReadonlyArray<WeekDay>;
  readonly legend: ReadonlyArray<WeekLegendEntry>;
  /** Where `now` falls in this week; undefined when it falls outside it. */
  readonly now: { readonly dayIndex: number; readonly minuteOfDay: number } | undefined;
  readonly caller?: string;
  readonly calledNumber?: string;
}

const HOURS_PER_DAY = 24;
const DAYS_PER_WEEK = 7;

/**
 * The week containing `weekOf` (Monday to Sunday, company time zone), one cell per local hour,
 * each resolved by `resolveCall` at the start of the hour, so the week always agrees with `test`.
 * An hour a DST change skips has no cell value; an hour it repeats is resolved at its first
 * occurrence. Titles, labels and legend are worded in `language` (English when not told).
 *
 * @example
 * resolveWeek(handling, { weekOf: DateTime.fromISO('2026-12-24', { zone }), now })
 * // { days: [{ date: '2026-12-21', label: 'Mon Dec 21', unusual: [], cells: [{ hour: 0, at: '2026-12-21T00:00:00-05:00', legendKey: 'A' }, …] }, …],
 * //   legend: [{ key: 'A', destination: 'Main Voicemail (ext 300)', rule: 'The after-hours rule' }, …], … }
 */
export function resolveWeek(
  handling: CallHandling,
  input: { readonly weekOf: DateTime; readonly now: DateTime; readonly caller?: string; readonly calledNumber?: string; readonly language?: Language },
): WeekRouting {
  const { timeZone } = handling;
  const language = input.language ?? 'en';
  const monday = input.weekOf.setZone(timeZone).startOf('week');
  const legend = new Map<string, WeekLegendEntry>();
  const rulesById = new Map(handling.customRules.map((rule) => [rule.id, rule]));
  const numbers = { ...(input.caller === undefined ? {} : { from: input.caller }), ...(input.calledNumber === undefined ? {} : { to: input.calledNumber }) };

  const days = Array.from({ length: DAYS_PER_WEEK }, (_, index): WeekDay => {
    const day = monday.plus({ days: index });
    const hourStart = hourStarts(day);
    const unusual = new Set<string>();
    const cells = Array.from({ length: HOURS_PER_DAY }, (__, hour): WeekCell => {
      const at = hourStart(hour);
      if (at === undefined) return { hour, at: undefined, legendKey: undefined };
      const call: IncomingCall = { at, ...numbers };
      const resolution = resolveCall(handling, call);
      const dated = datedRuleReason(resolution, rulesById, language);
      if (dated !== undefined) unusual.add(dated);
      return { hour, at: at.toISO({ suppressMilliseconds: true }) ?? undefined, legendKey: legendKeyOf(legend, handling, resolution, language) };
    });
    return { date: day.toISODate() ?? '', label: dayLabel(day, language), unusual: [...unusual], cells };
  });

  const now = input.now.setZone(timeZone);
  const dayIndex = Math.floor(now.startOf('day').diff(monday, 'days').days);
  return {
    language,
    timeZone,
    title: weekTitle(handling, monday, input, language),
    days,
    legend: [...legend.values()],
    now: dayIndex >= 0 && dayIndex < DAYS_PER_WEEK ? { dayIndex, minuteOfDay: now.hour * 60 + now.minute } : undefined,
    ...(input.caller === undefined ? {} : { caller: input.caller }),
    ...(input.calledNumber === undefined ? {} : { calledNumber: input.calledNumber }),
  };
}

/**
 * The instant each local hour of a day starts: undefined when DST skips it, the first one when DST
 * repeats it. Luxon's wall-clock arithmetic costs tens of microseconds in an IANA zone, so a day
 * whose two midnights share an offset (every day but a DST change's) counts hours from midnight.
 */
function hourStarts(day: DateTime): (hour: number) => DateTime | undefined {
  const midnight = day.startOf('day');
  if (midnight.offset === midnight.plus({ days: 1 }).offset) {
    return (hour) => DateTime.fromMillis(midnight.toMillis() + hour * 3_600_000, { zone: midnight.zone });
  }
  return (hour) => {
    // Luxon tries the midnight's offset first, so a repeated hour comes out as its first
    // occurrence; a skipped wall-clock time it moves forward, so the hour read back differs.
    const at = midnight.set({ hour });
    return at.hour === hour ? at : undefined;
  };
}

/** Why a cell makes its day unusual: a custom rule with dates (a holiday list, a closure, a date range) decided it. */
function datedRuleReason(resolution: CallResolution, rulesById: ReadonlyMap<string, CustomRule>, language: Language): string | undefined {
  if (resolution.rule.kind !== 'custom') return undefined;
  const rule = rulesById.get(resolution.rule.id);
  if (rule === undefined || rule.schedule.kind !== 'dates') return undefined;
  return say(language, WEEK_MESSAGES[isClosureRule(rule) ? 'unusual-closure' : 'unusual-date-rule'], { name: rule.name });
}

/** The legend key of a resolution, adding a legend entry for a (destination, rule) pair seen first. */
function legendKeyOf(legend: Map<string, WeekLegendEntry>, handling: CallHandling, resolution: CallResolution, language: Language): string {
  // A rule has one destination, so the rule alone is the pair; ids, not names, tell custom rules
  // apart (two may share a name), and no custom rule id is "business-hours" or "after-hours".
  const identity = resolution.rule.kind === 'custom' ? `custom:${resolution.rule.id}` : resolution.rule.kind;
  const known = legend.get(identity);
  if (known !== undefined) return known.key;
  const entry = {
    key: legendKeyName(legend.size),
    destination: describeDestination(handling, resolution.destination, language),
    rule: describeResolvedRule(handling, resolution.rule, language),
  };
  legend.set(identity, entry);
  return entry.key;
}

/** A, B, …, Z, AA, AB, …: short enough to read in a terminal legend. */
function legendKeyName(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${legendKeyName(Math.floor(index / 26) - 1)}${letter}`;
}

/** A day of the week as its row is labelled: `Thu Dec 24` / `jeu. 24 déc.`. */
function dayLabel(day: DateTime, language: Language): string {
  return `${day.setLocale(DATE_LOCALES[language]).toFormat('ccc')} ${describeMonthDay(day, language)}`;
}

function weekTitle(handling: CallHandling, monday: DateTime, input: { readonly caller?: string; readonly calledNumber?: string }, language: Language): string {
  return say(language, WEEK_MESSAGES.title, {
    ...(input.caller === undefined ? {} : { from: input.caller }),
    to: input.calledNumber ?? handling.mainNumber,
    week: describeDay(monday, language),
    zone: handling.timeZone,
  });
}
