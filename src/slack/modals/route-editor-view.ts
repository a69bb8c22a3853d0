import type { types } from '@slack/bolt';
import { DateTime } from 'luxon';
import { WEEKDAYS, type CallHandling, type Weekday } from '../../callflow/index.ts';
import { say, SLACK_MODAL_MESSAGES, type Language } from '../../i18n/index.ts';
import type { Intent } from '../../language/index.ts';
import { context, section } from '../blocks/block-parts.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { ROUTE_BLOCKS, ROUTE_EDITOR_CALLBACK, ROUTE_TARGET_ACTION } from './modal-ids.ts';
import { clockOf, datepicker, input, modal, modalWords, option, plainText, timepicker } from './modal-parts.ts';
import { targetOption } from './target-options.ts';

/** When a rule made in the route editor applies. */
export const ROUTE_WHENS = ['business-hours', 'after-hours', 'dates', 'weekly', 'always'] as const;
export type RouteWhenChoice = (typeof ROUTE_WHENS)[number];

function whenLabel(when: RouteWhenChoice, language: Language): string {
  return say(language, SLACK_MODAL_MESSAGES[`when-${when}`]);
}

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
 * Worded in the user's `language`; the extensions keep their names.
 */
export function routeEditorView(
  draft: RouteDraft,
  directory: Pick<CallHandling, 'extensions' | 'ivrMenus' | 'timeZone'>,
  privateMetadata: string,
  language: Language,
): types.ModalView {
  const words = modalWords(language);
  const target = draft.target === undefined ? undefined : targetOption(directory, draft.target, language);
  const whens = ROUTE_WHENS.map((when) => option(whenLabel(when, language), when));
  const dayOptions = WEEKDAYS.map((day) => option(say(language, SLACK_MODAL_MESSAGES.weekday, { day }), day));
  const days = dayOptions.filter((day) => draft.days?.includes(day.value as Weekday));
  const blocks: types.KnownBlock[] = [
    ...(draft.note === undefined ? [] : [context(escapeMrkdwn(draft.note))]),
    input(ROUTE_BLOCKS.target, words('send-calls-to'), {
      type: 'external_select',
      action_id: ROUTE_TARGET_ACTION,
      min_query_length: 1,
      placeholder: plainText(words('target-placeholder')),
      ...(target === undefined ? {} : { initial_option: target }),
    }),
    input(ROUTE_BLOCKS.when, words('when'), {
      type: 'radio_buttons',
      options: whens,
      ...(draft.when === undefined ? {} : { initial_option: option(whenLabel(draft.when, language), draft.when) }),
    }),
    section(say(language, SLACK_MODAL_MESSAGES['on-dates-section'], { zone: escapeMrkdwn(directory.timeZone) })),
    input(ROUTE_BLOCKS.dateFrom, words('from'), datepicker(draft.dateFrom, words('first-day')), { optional: true }),
    input(ROUTE_BLOCKS.timeFrom, words('from-time'), timepicker(draft.timeFrom, words('start-of-day')), { optional: true }),
    input(ROUTE_BLOCKS.dateTo, words('to-inclusive'), datepicker(draft.dateTo, words('last-day')), { optional: true, hint: words('single-day-hint') }),
    input(ROUTE_BLOCKS.timeTo, words('to-time'), timepicker(draft.timeTo, words('end-of-day')), { optional: true }),
    section(words('every-week')),
    input(ROUTE_BLOCKS.days, words('days'), { type: 'checkboxes', options: dayOptions, ...(days.length > 0 ? { initial_options: days } : {}) }, { optional: true }),
    input(ROUTE_BLOCKS.weeklyFrom, words('weekly-from'), timepicker(draft.weeklyFrom, words('start-of-day')), { optional: true }),
    input(ROUTE_BLOCKS.weeklyTo, words('weekly-to'), timepicker(draft.weeklyTo, words('end-of-day')), { optional: true, hint: words('whole-day-hint') }),
    section(words('who-and-what')),
    input(
      ROUTE_BLOCKS.callers,
      words('only-calls-from'),
      { type: 'plain_text_input', max_length: 1000, placeholder: plainText('+1 415 555 0100, +1 650'), ...(draft.callers?.length ? { initial_value: draft.callers.join(', ') } : {}) },
      { optional: true, hint: words('callers-hint') },
    ),
    input(
      ROUTE_BLOCKS.name,
      words('rule-name'),
      { type: 'plain_text_input', max_length: 30, placeholder: plainText(words('rule-name-placeholder')), ...(draft.name ? { initial_value: draft.name } : {}) },
      { optional: true, hint: words('rule-name-hint') },
    ),
  ];
  return modal(ROUTE_EDITOR_CALLBACK, words('route-title'), blocks, privateMetadata, language);
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
