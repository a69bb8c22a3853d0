import { DateTime } from 'luxon';
import {
  WEEKDAYS,
  type CallerCondition,
  type CustomRule,
  type DateRange,
  type Destination,
  type IvrKeyAction,
  type RuleSchedule,
  type WeeklySchedule,
} from './model.ts';
import { normalizePhoneNumber } from './ringcentral-behaviour.ts';

/*
 * Equality is by meaning where RingCentral's storage is free to differ: list order of ranges,
 * callers, called numbers and IVR keys, phone-number punctuation, and the offset an instant is
 * written with. Anything that changes how a call is handled, or what an admin reads, counts.
 */

/** Whether two custom rules have the same content (name, state, conditions, destination); ids are not compared. */
export function isSameRule(a: Omit<CustomRule, 'id'>, b: Omit<CustomRule, 'id'>): boolean {
  return (
    a.name === b.name &&
    a.enabled === b.enabled &&
    isSameSchedule(a.schedule, b.schedule) &&
    isSameCallers(a.callers, b.callers) &&
    isSameCalledNumbers(a.calledNumbers, b.calledNumbers) &&
    isSameDestination(a.destination, b.destination)
  );
}

/** Whether two destinations send calls to the same place. */
export function isSameDestination(a: Destination | undefined, b: Destination | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.kind === 'extension' && b.kind === 'extension') return a.extensionId === b.extensionId;
  return a.kind === b.kind;
}

/** Whether two weekly schedules cover the same times (a missing day equals an empty one). */
export function isSameWeeklySchedule(a: WeeklySchedule, b: WeeklySchedule): boolean {
  return WEEKDAYS.every((day) => sameSorted(a[day] ?? [], b[day] ?? [], (range) => `${range.from}-${range.to}`));
}

/** Whether two custom-rule schedules are the same. */
export function isSameSchedule(a: RuleSchedule, b: RuleSchedule): boolean {
  if (a.kind === 'weekly' && b.kind === 'weekly') return isSameWeeklySchedule(a.weekly, b.weekly);
  if (a.kind === 'dates' && b.kind === 'dates') return sameSorted(a.ranges, b.ranges, dateRangeKey);
  return a.kind === b.kind;
}

/** Whether two caller conditions lists hold the same numbers and names. */
export function isSameCallers(a: ReadonlyArray<CallerCondition>, b: ReadonlyArray<CallerCondition>): boolean {
  return sameSorted(a, b, (caller) => `${normalizePhoneNumber(caller.callerId)} ${caller.name ?? ''}`);
}

/** Whether two called-number lists hold the same numbers. */
export function isSameCalledNumbers(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  return sameSorted(a, b, normalizePhoneNumber);
}

/** Whether two IVR menus' key actions do the same thing for every key. */
export function isSameIvrActions(a: ReadonlyArray<IvrKeyAction>, b: ReadonlyArray<IvrKeyAction>): boolean {
  return sameSorted(a, b, ivrActionKey);
}

/** A string that is equal for two IVR key actions exactly when they do the same thing. */
export function ivrActionKey(action: IvrKeyAction): string {
  return JSON.stringify([action.input, action.action, action.extensionId ?? null, action.phoneNumber ?? null]);
}

function dateRangeKey(range: DateRange): string {
  // Offset-less strings are read as UTC here; both sides come from the same account, so a
  // mismatch only costs a redundant update, never a missed one.
  return `${instantKey(range.from)}/${instantKey(range.to)}`;
}

function instantKey(iso: string): string {
  const instant = DateTime.fromISO(iso, { zone: 'utc' });
  return instant.isValid ? String(instant.toMillis()) : iso;
}

function sameSorted<T>(a: ReadonlyArray<T>, b: ReadonlyArray<T>, key: (item: T) => string): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.every((item, index) => item === right[index]);
}
