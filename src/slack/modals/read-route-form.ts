import { DateTime } from 'luxon';
import { WEEKDAYS, type CallHandling, type MinuteRange, type Weekday } from '../../callflow/index.ts';
import { intentSchema, type ChangeIntent, type RouteTarget, type RuleWhen } from '../../language/index.ts';
import { GREETING_THEN_HANG_UP_VALUE, GREETING_VALUE, ROUTE_BLOCKS, ROUTE_TARGET_ACTION } from './modal-ids.ts';
import { ROUTE_WHENS, type RouteWhenChoice } from './route-editor-view.ts';
import { minutesOf, type FieldErrors, type FormResult, type ViewState } from './view-state.ts';
import { proposeFormRuleName } from './propose-form-rule-name.ts';

const RULE_NAME_MAX = 30;

/**
 * A submitted route editor read into a `route` or `add-rule` Intent, or the fields at fault.
 * Dates are whole days at local midnight in the company zone (like the language reads "Dec 25");
 * the end date is inclusive. `now` is the company's current time.
 */
export function readRouteForm(state: ViewState, handling: Pick<CallHandling, 'timeZone' | 'extensions' | 'ivrMenus'>, now: DateTime): FormResult<ChangeIntent> {
  const errors: Record<string, string> = {};
  const target = readTarget(state.choice(ROUTE_BLOCKS.target, ROUTE_TARGET_ACTION), handling, errors);
  const whenValue = state.choice(ROUTE_BLOCKS.when);
  const when = ROUTE_WHENS.find((candidate) => candidate === whenValue);
  if (when === undefined) errors[ROUTE_BLOCKS.when] = 'Choose when the rule applies.';
  const callers = readCallers(state.text(ROUTE_BLOCKS.callers), errors);
  const name = state.text(ROUTE_BLOCKS.name);
  if (name.length > RULE_NAME_MAX) errors[ROUTE_BLOCKS.name] = `Keep the name within ${RULE_NAME_MAX} characters.`;

  let intent: ChangeIntent | undefined;
  if (when === 'business-hours' || when === 'after-hours') {
    if (callers.length > 0) errors[ROUTE_BLOCKS.callers] = 'Caller numbers need a rule on dates, weekly times or any time; choose one of those above.';
    if (name !== '') errors[ROUTE_BLOCKS.name] = 'A name is for a new rule; business hours and after hours keep theirs. Leave it empty.';
    if (target !== undefined) intent = { kind: 'route', rule: when, target };
  } else if (when !== undefined) {
    const schedule = readSchedule(when, state, handling.timeZone, now, errors);
    if (when === 'always' && callers.length === 0 && errors[ROUTE_BLOCKS.callers] === undefined) errors[ROUTE_BLOCKS.callers] = 'Give the caller numbers this rule is for; without them it would catch every call.';
    if (target !== undefined && schedule !== undefined) {
      const proposedName = proposeFormRuleName(schedule, callers, { timeZone: handling.timeZone, now });
      intent = { kind: 'add-rule', proposedName, ...(name === '' ? {} : { name }), schedule, callers, calledNumbers: [], target };
    }
  }
  if (Object.keys(errors).length > 0 || intent === undefined) return { ok: false, errors: withFallback(errors) };
  // The Intent is checked as the store and the approval step will read it back.
  const checked = intentSchema.safeParse(intent);
  if (!checked.success) return { ok: false, errors: { [ROUTE_BLOCKS.when]: 'That rule cannot be made; check the fields and try again.' } };
  return { ok: true, value: intent };
}

function readTarget(value: string | undefined, directory: Pick<CallHandling, 'extensions' | 'ivrMenus'>, errors: Record<string, string>): RouteTarget | undefined {
  if (value === undefined) {
    errors[ROUTE_BLOCKS.target] = 'Choose where calls go.';
    return undefined;
  }
  if (value === GREETING_VALUE) return { kind: 'greeting' };
  if (value === GREETING_THEN_HANG_UP_VALUE) return { kind: 'greeting-then-hang-up' };
  const known = directory.extensions.some((extension) => extension.id === value && extension.enabled) || directory.ivrMenus.some((menu) => menu.id === value);
  if (!known) {
    errors[ROUTE_BLOCKS.target] = 'That extension is not in RingCentral any more; choose another.';
    return undefined;
  }
  return { kind: 'extension', extensionId: value };
}

// Digits with an optional +, as people type them: "+1 (415) 555-0100"; a partial number is a prefix.
const PHONE = /^\+?\d(?:[\d\s().-]*\d)?$/;

function readCallers(text: string, errors: Record<string, string>): string[] {
  const parts = text.split(/[,;\n]/).map((part) => part.trim()).filter((part) => part !== '');
  const callers: string[] = [];
  for (const part of parts) {
    const digits = part.replace(/\D/g, '');
    if (!PHONE.test(part) || digits.length > 15) {
      errors[ROUTE_BLOCKS.callers] = `"${part.slice(0, 40)}" is not a phone number. Use digits, e.g. +1 415 555 0100 or +1 415.`;
      return [];
    }
    callers.push(part.startsWith('+') ? `+${digits}` : digits);
  }
  return [...new Set(callers)];
}

function readSchedule(when: Exclude<RouteWhenChoice, 'business-hours' | 'after-hours'>, state: ViewState, zone: string, now: DateTime, errors: Record<string, string>): RuleWhen | undefined {
  if (when === 'always') return { kind: 'always' };
  if (when === 'weekly') return readWeekly(state, errors);
  return readDates(state, zone, now, errors);
}

function readDates(state: ViewState, zone: string, now: DateTime, errors: Record<string, string>): RuleWhen | undefined {
  const fromDate = state.date(ROUTE_BLOCKS.dateFrom);
  if (fromDate === undefined) {
    errors[ROUTE_BLOCKS.dateFrom] = 'Choose the first day.';
    return undefined;
  }
  const toDate = state.date(ROUTE_BLOCKS.dateTo) ?? fromDate;
  const firstDay = DateTime.fromISO(fromDate, { zone }).startOf('day');
  const lastDay = DateTime.fromISO(toDate, { zone }).startOf('day');
  if (!firstDay.isValid || !lastDay.isValid) {
    errors[firstDay.isValid ? ROUTE_BLOCKS.dateTo : ROUTE_BLOCKS.dateFrom] = 'That is not a date.';
    return undefined;
  }
  if (lastDay < firstDay) {
    errors[ROUTE_BLOCKS.dateTo] = 'The end date is before the start date.';
    return undefined;
  }
  const fromMinutes = minutesOf(state.time(ROUTE_BLOCKS.timeFrom));
  const toMinutes = minutesOf(state.time(ROUTE_BLOCKS.timeTo));
  const from = fromMinutes === undefined ? firstDay : firstDay.plus({ minutes: fromMinutes });
  // Without an end time the last day is taken whole, up to the midnight that ends it.
  const to = toMinutes === undefined ? lastDay.plus({ days: 1 }).startOf('day') : lastDay.plus({ minutes: toMinutes });
  if (to <= from) {
    errors[ROUTE_BLOCKS.timeTo] = 'The end time is before the start time.';
    return undefined;
  }
  if (to <= now) {
    errors[ROUTE_BLOCKS.dateTo] = 'Those dates are already over; choose days still to come.';
    return undefined;
  }
  return { kind: 'dates', ranges: [{ from: isoOf(from), to: isoOf(to) }] };
}

function readWeekly(state: ViewState, errors: Record<string, string>): RuleWhen | undefined {
  const days = state.choices(ROUTE_BLOCKS.days).filter((day): day is Weekday => (WEEKDAYS as ReadonlyArray<string>).includes(day));
  if (days.length === 0) errors[ROUTE_BLOCKS.days] = 'Choose at least one day.';
  const range = readTimeRange(state.time(ROUTE_BLOCKS.weeklyFrom), state.time(ROUTE_BLOCKS.weeklyTo), ROUTE_BLOCKS.weeklyFrom, ROUTE_BLOCKS.weeklyTo, errors);
  if (days.length === 0 || range === undefined) return undefined;
  return { kind: 'weekly', weekly: Object.fromEntries(days.map((day) => [day, [range]])) };
}

/**
 * Two timepickers read as one range of a day: both empty is the whole day, "00:00" as the end
 * is the midnight that ends the day; the error goes on the picker at fault.
 */
export function readTimeRange(fromTime: string | undefined, toTime: string | undefined, fromBlock: string, toBlock: string, errors: Record<string, string>): MinuteRange | undefined {
  if (fromTime === undefined && toTime === undefined) return { from: 0, to: 1440 };
  const from = minutesOf(fromTime);
  const end = minutesOf(toTime);
  if (from === undefined) {
    errors[fromBlock] = 'Choose the start time too.';
    return undefined;
  }
  if (end === undefined) {
    errors[toBlock] = 'Choose the end time too.';
    return undefined;
  }
  const to = end === 0 ? 1440 : end;
  if (to <= from) {
    errors[toBlock] = 'The end time is before the start time.';
    return undefined;
  }
  return { from, to };
}

function withFallback(errors: FieldErrors): FieldErrors {
  return Object.keys(errors).length > 0 ? errors : { [ROUTE_BLOCKS.when]: 'Check the fields and try again.' };
}

function isoOf(at: DateTime): string {
  const iso = at.toISO();
  if (iso === null) throw new Error(`invalid instant: ${at.invalidExplanation ?? 'unknown reason'}`);
  return iso;
}
