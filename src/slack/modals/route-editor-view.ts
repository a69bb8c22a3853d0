import type { types } from '@slack/bolt';
import { DateTime } from 'luxon';
import { WEEKDAYS, type CallHandling, type Weekday } from '../../callflow/index.ts';
import type { Intent } from '../../language/index.ts';
import { context, section } from '../blocks/block-parts.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { ROUTE_BLOCKS, ROUTE_EDITOR_CALLBACK, ROUTE_TARGET_ACTION } from './modal-ids.ts';
import { clockOf, datepicker, input, modal, option, plainText, timepicker } from './modal-parts.ts';
import { targetOption } from './target-options.ts';

/** When a rule made in the route editor applies. */
export const ROUTE_WHENS = ['business-hours', 'after-hours', 'dates', 'weekly', 'always'] as const;
export type RouteWhenChoice = (typeof ROUTE_WHENS)[number];

const WHEN_LABEL: Readonly<Record<RouteWhenChoice, string>> = {
  'business-hours': 'During business hours',
  'after-hours': 'After hours',
  dates: 'On dates',
  weekly: 'Every week, on days and times',
  always: 'Any time (for the caller numbers below)',
};

/** What the route editor opens with; every field may be empty. */
export interface RouteDraft {
  /** An option value: an extension id, or a greeting value. */
  readonly target?: string;
  readonly when?: RouteWhenChoice;
  readonly dateFrom?: string;
  readonly timeFrom?: string;
  readonly dateTo?: string;
  readonly timeTo?: string;
  readonly days?: ReadonlyArray<Weekday>;
  readonly weeklyFrom?: string;
  readonly weeklyTo?: string;
  readonly callers?: ReadonlyArray<string>;
  readonly name?: string;
  /** A line above the form, e.g. why a command could not be prefilled. */
  readonly note?: string;
}

/**
 * The route editor: where calls go (type-ahead over the company's extensions), when, for which
 * callers, and an optional rule name. The fields of a `when` the user did not choose are ignored.
 */
export function routeEditorView(draft: RouteDraft, directory: Pick<CallHandling, 'extensions' | 'ivrMenus' | 'timeZone'>, privateMetadata: string): types.ModalView {
  const target = draft.target === undefined ? undefined : targetOption(directory, draft.target);
  const whens = ROUTE_WHENS.map((when) => option(WHEN_LABEL[when], when));
  const dayOptions = WEEKDAYS.map((day) => option(capitalize(day), day));
  const days = dayOptions.filter((day) => draft.days?.includes(day.value as Weekday));
  const blocks: types.KnownBlock[] = [
    ...(draft.note === undefined ? [] : [context(escapeMrkdwn(draft.note))]),
    input(ROUTE_BLOCKS.target, 'Send calls to', {
      type: 'external_select',
      action_id: ROUTE_TARGET_ACTION,
      min_query_length: 1,
      placeholder: plainText('Type a name or extension number'),
      ...(target === undefined ? {} : { initial_option: target }),
    }),
    input(ROUTE_BLOCKS.when, 'When', {
      type: 'radio_buttons',
      options: whens,
      ...(draft.when === undefined ? {} : { initial_option: option(WHEN_LABEL[draft.when], draft.when) }),
    }),
    section(`*On dates* (times in ${escapeMrkdwn(directory.timeZone)}; without times, whole days)`),
    input(ROUTE_BLOCKS.dateFrom, 'From', datepicker(draft.dateFrom, 'First day'), { optional: true }),
    input(ROUTE_BLOCKS.timeFrom, 'From time', timepicker(draft.timeFrom, 'Start of the day'), { optional: true }),
    input(ROUTE_BLOCKS.dateTo, 'To (inclusive)', datepicker(draft.dateTo, 'Last day'), { optional: true, hint: 'Leave empty for a single day.' }),
    input(ROUTE_BLOCKS.timeTo, 'To time', timepicker(draft.timeTo, 'End of the day'), { optional: true }),
    section('*Every week*'),
    input(ROUTE_BLOCKS.days, 'Days', { type: 'checkboxes', options: dayOptions, ...(days.length > 0 ? { initial_options: days } : {}) }, { optional: true }),
    input(ROUTE_BLOCKS.weeklyFrom, 'From', timepicker(draft.weeklyFrom, 'Start of the day'), { optional: true }),
    input(ROUTE_BLOCKS.weeklyTo, 'To', timepicker(draft.weeklyTo, 'End of the day'), { optional: true, hint: 'Without times, the whole day.' }),
    section('*Who and what*'),
    input(
      ROUTE_BLOCKS.callers,
      'Only calls from',
      { type: 'plain_text_input', max_length: 1000, placeholder: plainText('+1 415 555 0100, +1 650'), ...(draft.callers?.length ? { initial_value: draft.callers.join(', ') } : {}) },
      { optional: true, hint: 'Caller numbers, separated by commas; a partial number matches by prefix.' },
    ),
    input(
      ROUTE_BLOCKS.name,
      'Rule name',
      { type: 'plain_text_input', max_length: 30, placeholder: plainText('e.g. Christmas closure'), ...(draft.name ? { initial_value: draft.name } : {}) },
      { optional: true, hint: 'For a new rule; a name is proposed when empty.' },
    ),
  ];
  return modal(ROUTE_EDITOR_CALLBACK, 'Route calls', blocks, privateMetadata);
}

/** The editor's fields for a parsed `route` or `add-rule` command; other commands leave it empty. */
export function routeDraftOf(intent: Intent, timeZone: string): RouteDraft {
  if (intent.kind === 'route') return { when: intent.rule, ...targetDraft(intent.target) };
  if (intent.kind !== 'add-rule') return {};
  const common: RouteDraft = { ...targetDraft(intent.target), callers: intent.callers, ...(intent.name === undefined ? {} : { name: intent.name }) };
  const { schedule } = intent;
  if (schedule.kind === 'always') return { ...common, when: 'always' };
  if (schedule.kind === 'weekly') {
    const days = WEEKDAYS.filter((day) => (schedule.weekly[day]?.length ?? 0) > 0);
    const first = schedule.weekly[days[0] ?? 'monday']?.[0];
    const wholeDay = first === undefined || (first.from === 0 && first.to === 1440);
    return { ...common, when: 'weekly', days, ...(wholeDay ? {} : { weeklyFrom: clockOf(first.from), weeklyTo: clockOf(first.to) }) };
  }
  const range = schedule.ranges[0];
  if (range === undefined) return { ...common, when: 'dates' };
  const from = DateTime.fromISO(range.from, { zone: timeZone });
  const to = DateTime.fromISO(range.to, { zone: timeZone });
  const toMidnight = to.hour === 0 && to.minute === 0;
  return {
    ...common,
    when: 'dates',
    dateFrom: from.toISODate() ?? undefined,
    ...(from.hour === 0 && from.minute === 0 ? {} : { timeFrom: from.toFormat('HH:mm') }),
    dateTo: (toMidnight ? to.minus({ days: 1 }) : to).toISODate() ?? undefined,
    ...(toMidnight ? {} : { timeTo: to.toFormat('HH:mm') }),
  };
}

function targetDraft(target: Extract<Intent, { kind: 'route' }>['target']): Pick<RouteDraft, 'target'> {
  if (target.kind === 'extension') return { target: target.extensionId };
  if (target.kind === 'greeting' || target.kind === 'greeting-then-hang-up') return { target: target.kind };
  // Several users rung through a queue cannot be picked in one select; the user picks again.
  return {};
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
