import type { Weekday } from '../callflow/model.ts';
import type { ScheduleToken, TokenMatch } from './tokenize-schedule.ts';

/** The days of the week, Monday first (index 0), in callflow's spelling. */
export const WEEK: ReadonlyArray<Weekday> = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A set of weekdays read from text, and whether the words made it recurring ("every", a plural, a list). */
export interface DaySet {
  readonly days: ReadonlyArray<Weekday>;
  /** False only for one plain day name ("Friday"), which elsewhere means the next Friday, a date. */
  readonly recurring: boolean;
}

const DAY_NAMES: ReadonlyArray<readonly [Weekday, ReadonlyArray<string>]> = [
  ['monday', ['monday', 'mon']],
  ['tuesday', ['tuesday', 'tue', 'tues']],
  ['wednesday', ['wednesday', 'wed']],
  ['thursday', ['thursday', 'thu', 'thur', 'thurs']],
  ['friday', ['friday', 'fri']],
  ['saturday', ['saturday', 'sat']],
  ['sunday', ['sunday', 'sun']],
];

const DAY_BY_WORD: ReadonlyMap<string, Weekday> = new Map(
  DAY_NAMES.flatMap(([day, words]) => words.flatMap((word) => [[word, day] as const, [`${word}s`, day] as const])),
);
const PLURAL_DAY_WORDS: ReadonlySet<string> = new Set(DAY_NAMES.map(([, words]) => `${words[0]}s`));

const WEEKDAYS: ReadonlyArray<Weekday> = WEEK.slice(0, 5);
const WEEKEND: ReadonlyArray<Weekday> = WEEK.slice(5);
const GROUP_WORDS: ReadonlyMap<string, ReadonlyArray<Weekday>> = new Map([
  ['weekdays', WEEKDAYS],
  ['weekday', WEEKDAYS],
  ['workdays', WEEKDAYS],
  ['weekends', WEEKEND],
  ['weekend', WEEKEND],
  ['daily', WEEK],
  ['everyday', WEEK],
]);
const LEAD_WORDS = new Set(['on', 'every', 'each']);
const RANGE_WORDS = new Set(['-', 'to', 'through', 'thru', 'till', 'until']);
const LIST_WORDS = new Set([',', 'and', '&', '/']);

/**
 * Reads a list of days starting at token `index`: "weekdays", "on weekends", "every day",
 * "every Saturday", "Mondays", "Mon-Fri", "Mon, Wed and Fri", "Friday to Monday" (wraps round
 * the week end). Returns null when the tokens do not start with days.
 */
export function parseDaySetAt(tokens: ReadonlyArray<ScheduleToken>, index: number): TokenMatch<DaySet> | null {
  const first = parseDayItem(tokens, index);
  if (first === null) return null;
  const days = new Set(first.value.days);
  let recurring = first.value.recurring;
  let next = first.next;
  for (;;) {
    if (!LIST_WORDS.has(tokens[next]?.text ?? '')) break;
    const item = parseDayItem(tokens, next + 1);
    if (item === null) break;
    item.value.days.forEach((day) => days.add(day));
    recurring = true;
    next = item.next;
  }
  return { value: { days: WEEK.filter((day) => days.has(day)), recurring }, next };
}

function parseDayItem(tokens: ReadonlyArray<ScheduleToken>, index: number): TokenMatch<DaySet> | null {
  const lead = tokens[index]?.text ?? '';
  const hasLead = LEAD_WORDS.has(lead);
  const at = hasLead ? index + 1 : index;
  const word = tokens[at]?.text ?? '';
  const every = lead === 'every' || lead === 'each';
  if (every && word === 'day') return { value: { days: WEEK, recurring: true }, next: at + 1 };
  if (word === 'business' && (tokens[at + 1]?.text === 'days' || tokens[at + 1]?.text === 'day')) {
    return { value: { days: WEEKDAYS, recurring: true }, next: at + 2 };
  }
  const group = GROUP_WORDS.get(word);
  if (group !== undefined) return { value: { days: group, recurring: true }, next: at + 1 };
  const day = DAY_BY_WORD.get(word);
  if (day === undefined) return null;
  const rangeEnd = RANGE_WORDS.has(tokens[at + 1]?.text ?? '') ? DAY_BY_WORD.get(tokens[at + 2]?.text ?? '') : undefined;
  if (rangeEnd !== undefined) return { value: { days: dayRange(day, rangeEnd), recurring: true }, next: at + 3 };
  return { value: { days: [day], recurring: every || PLURAL_DAY_WORDS.has(word) }, next: at + 1 };
}

// Mon-Fri is five days; Fri-Mon wraps over the weekend.
function dayRange(first: Weekday, last: Weekday): ReadonlyArray<Weekday> {
  const start = WEEK.indexOf(first);
  const length = ((WEEK.indexOf(last) - start + 7) % 7) + 1;
  return Array.from({ length }, (_, offset) => WEEK[(start + offset) % 7] as Weekday);
}
