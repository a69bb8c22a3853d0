import { DateTime } from 'luxon';
import { WEEKDAYS, type CallHandling, type MinuteRange, type Weekday } from '../../callflow/index.ts';
import { say, SLACK_MODAL_MESSAGES, type Language } from '../../i18n/index.ts';
import { intentSchema, type ChangeIntent, type RouteTarget, type RuleWhen } from '../../language/index.ts';
import { modalWords, type ModalWord } from './modal-parts.ts';
import { GREETING_THEN_HANG_UP_VALUE, GREETING_VALUE, ROUTE_BLOCKS, ROUTE_TARGET_ACTION } from './modal-ids.ts';
import { ROUTE_WHENS, type RouteWhenChoice } from './route-editor-view.ts';
import { minutesOf, type FieldErrors, type FormResult, type ViewState } from './view-state.ts';
import { proposeFormRuleName } from './propose-form-rule-name.ts';

const RULE_NAME_MAX = 30;

/** The modals' fixed words in the user's language, for the errors. */
type Words = (word: ModalWord) => string;

/**
 * A submitted route editor read into a `route` or `add-rule` Intent, or the fields at fault.
 * Dates are whole days at local midnight in the company zone (like the language reads "Dec 25");
 * the end date is inclusive. `now` is the company's current time; the errors are in `language`.
 */
export function readRouteForm(state: ViewState, handling: Pick<CallHandling, 'timeZone' | 'extensions' | 'ivrMenus'>, now: DateTime, language: Language): FormResult<ChangeIntent> {
  const words = modalWords(language);
  const errors: Record<string, string> = {};
  const target = readTarget(state.choice(ROUTE_BLOCKS.target, ROUTE_TARGET_ACTION), handling, errors, words);
  const whenValue = state.choice(ROUTE_BLOCKS.when);
  const when = ROUTE_WHENS.find((candidate) => candidate === whenValue);
  if (when === undefined) errors[ROUTE_BLOCKS.when] = words('error-choose-when');
  const callers = readCallers(state.text(ROUTE_BLOCKS.callers), errors, language);
  const name = state.text(ROUTE_BLOCKS.name);
  if (name.length > RULE_NAME_MAX) errors[ROUTE_BLOCKS.name] = say(language, SLACK_MODAL_MESSAGES['error-name-too-long'], { max: RULE_NAME_MAX });

  let intent: ChangeIntent | undefined;
  if (when === 'business-hours' || when === 'after-hours') {
    if (callers.length > 0) errors[ROUTE_BLOCKS.callers] = words('error-callers-need-schedule');
    if (name !== '') errors[ROUTE_BLOCKS.name] = words('error-name-for-new-rule');
    if (target !== undefined) intent = { kind: 'route', rule: when, target };
  } else if (when !== undefined) {
    const schedule = readSchedule(when, state, handling.timeZone, now, errors, words);
    if (when === 'always' && callers.length === 0 && errors[ROUTE_BLOCKS.callers] === undefined) errors[ROUTE_BLOCKS.callers] = words('error-always-needs-callers');
    if (target !== undefined && schedule !== undefined) {
      const proposedName = proposeFormRuleName(schedule, callers, { timeZone: handling.timeZone, now });
      intent = { kind: 'add-rule', proposedName, ...(name === '' ? {} : { name }), schedule, callers, calledNumbers: [], target };
    }
  }
  if (Object.keys(errors).length > 0 || intent === undefined) return { ok: false, errors: withFallback(errors, words) };
  // The Intent is checked as the store and the approval step will read it back.
  const checked = intentSchema.safeParse(intent);
  if (!checked.success) return { ok: false, errors: { [ROUTE_BLOCKS.when]: words('error-rule-cannot-be-made') } };
  return { ok: true, value: intent };
}

function readTarget(value: string | undefined, directory: Pick<CallHandling, 'extensions' | 'ivrMenus'>, errors: Record<string, string>, words: Words): RouteTarget | undefined {
  if (value === undefined) {
    errors[ROUTE_BLOCKS.target] = words('error-choose-target');
    return undefined;
  }
  if (value === GREETING_VALUE) return { kind: 'greeting' };
  if (value === GREETING_THEN_HANG_UP_VALUE) return { kind: 'greeting-then-hang-up' };
  const known = directory.extensions.some((extension) => extension.id === value && extension.enabled) || directory.ivrMenus.some((menu) => menu.id === value);
  if (!known) {
    errors[ROUTE_BLOCKS.target] = words('error-extension-gone');
    return undefined;
  }
  return { kind: 'extension', extensionId: value };
}

// Digits with an optional +, as people type them: "+1 (415) 555-0100"; a partial number is a prefix.
const PHONE = /^\+?\d(?:[\d\s().-]*\d)?$/;

function readCallers(text: string, errors: Record<string, string>, language: Language): string[] {
  const parts = text.split(/[,;\n]/).map((part) => part.trim()).filter((part) => part !== '');
  const callers: string[] = [];
  for (const part of parts) {
    const digits = part.replace(/\D/g, '');
    if (!PHONE.test(part) || digits.length > 15) {
      errors[ROUTE_BLOCKS.callers] = say(language, SLACK_MODAL_MESSAGES['error-not-a-phone-number'], { text: part.slice(0, 40) });
      return [];
    }
    callers.push(part.startsWith('+') ? `+${digits}` : digits);
  }
  return [...new Set(callers)];
}

function readSchedule(
  when: Exclude<RouteWhenChoice, 'business-hours' | 'after-hours'>,
  state: ViewState,
  zone: string,
  now: DateTime,
  errors: Record<string, string>,
  words: Words,
): RuleWhen | undefined {
  if (when === 'always') return { kind: 'always' };
  if (when === 'weekly') return readWeekly(state, errors, words);
  return readDates(state, zone, now, errors, words);
}

function readDates(state: ViewState, zone: string, now: DateTime, errors: Record<string, string>, words: Words): RuleWhen | undefined {
  const fromDate = state.date(ROUTE_BLOCKS.dateFrom);
  if (fromDate === undefined) {
    errors[ROUTE_BLOCKS.dateFrom] = words('error-choose-first-day');
    return undefined;
  }
  const toDate = state.date(ROUTE_BLOCKS.dateTo) ?? fromDate;
  const firstDay = DateTime.fromISO(fromDate, { zone }).startOf('day');
  const lastDay = DateTime.fromISO(toDate, { zone }).startOf('day');
  if (!firstDay.isValid || !lastDay.isValid) {
    errors[firstDay.isValid ? ROUTE_BLOCKS.dateTo : ROUTE_BLOCKS.dateFrom] = words('error-not-a-date');
    return undefined;
  }
  if (lastDay < firstDay) {
    errors[ROUTE_BLOCKS.dateTo] = words('error-end-date-before-start');
    return undefined;
  }
  const fromMinutes = minutesOf(state.time(ROUTE_BLOCKS.timeFrom));
  const toMinutes = minutesOf(state.time(ROUTE_BLOCKS.timeTo));
  const from = fromMinutes === undefined ? firstDay : firstDay.plus({ minutes: fromMinutes });
  // Without an end time the last day is taken whole, up to the midnight that ends it.
  const to = toMinutes === undefined ? lastDay.plus({ days: 1 }).startOf('day') : lastDay.plus({ minutes: toMinutes });
  if (to <= from) {
    errors[ROUTE_BLOCKS.timeTo] = words('error-end-time-before-start');
    return undefined;
  }
  if (to <= now) {
    errors[ROUTE_BLOCKS.dateTo] = words('error-dates-over');
    return undefined;
  }
  return { kind: 'dates', ranges: [{ from: isoOf(from), to: isoOf(to) }] };
}

function readWeekly(state: ViewState, errors: Record<string, string>, words: Words): RuleWhen | undefined {
  const days = state.choices(ROUTE_BLOCKS.days).filter((day): day is Weekday => (WEEKDAYS as ReadonlyArray<string>).includes(day));
  if (days.length === 0) errors[ROUTE_BLOCKS.days] = words('error-choose-day');
  const range = readTimeRange(state.time(ROUTE_BLOCKS.weeklyFrom), state.time(ROUTE_BLOCKS.weeklyTo), ROUTE_BLOCKS.weeklyFrom, ROUTE_BLOCKS.weeklyTo, errors, words);
  if (days.length === 0 || range === undefined) return undefined;
  return { kind: 'weekly', weekly: Object.fromEntries(days.map((day) => [day, [range]])) };
}

/**
 * Two timepickers read as one range of a day: both empty is the whole day, "00:00" as the end
 * is the midnight that ends the day; the error goes on the picker at fault.
 */
export function readTimeRange(
  fromTime: string | undefined,
  toTime: string | undefined,
  fromBlock: string,
  toBlock: string,
  errors: Record<string, string>,
  words: Words,
): MinuteRange | undefined {
  if (fromTime === undefined && toTime === undefined) return { from: 0, to: 1440 };
  const from = minutesOf(fromTime);
  const end = minutesOf(toTime);
  if (from === undefined) {
    errors[fromBlock] = words('error-choose-start-time');
    return undefined;
  }
  if (end === undefined) {
    errors[toBlock] = words('error-choose-end-time');
    return undefined;
  }
  const to = end === 0 ? 1440 : end;
  if (to <= from) {
    errors[toBlock] = words('error-end-time-before-start');
    return undefined;
  }
  return { from, to };
}

function withFallback(errors: FieldErrors, words: Words): FieldErrors {
  return Object.keys(errors).length > 0 ? errors : { [ROUTE_BLOCKS.when]: words('error-check-fields') };
}

function isoOf(at: DateTime): string {
  const iso = at.toISO();
  if (iso === null) throw new Error(`invalid instant: ${at.invalidExplanation ?? 'unknown reason'}`);
  return iso;
}
