/**
 * Callback, block and action ids of the editor modals, shared by the builders and the listeners
 * (`app.view(ROUTE_EDITOR_CALLBACK, …)`). Errors from a submission are keyed by these block ids.
 */
export const ROUTE_EDITOR_CALLBACK = 'route_editor';
export const HOURS_EDITOR_CALLBACK = 'hours_editor';
export const HOLIDAY_EDITOR_CALLBACK = 'holiday_editor';
/** The confirmation view an editor is replaced by; submitting it asks for approval. */
export const CONFIRM_CHANGE_CALLBACK = 'confirm_change';

/** The route editor's input blocks; each holds one element whose action id is `ROUTE_ACTIONS[block]`. */
export const ROUTE_BLOCKS = {
  target: 'route_target',
  when: 'route_when',
  dateFrom: 'route_date_from',
  timeFrom: 'route_time_from',
  dateTo: 'route_date_to',
  timeTo: 'route_time_to',
  days: 'route_days',
  weeklyFrom: 'route_weekly_from',
  weeklyTo: 'route_weekly_to',
  callers: 'route_callers',
  name: 'route_name',
} as const;

/** The external_select of the route target; its options come from a block_suggestion listener. */
export const ROUTE_TARGET_ACTION = 'route_target_select';

/** The holiday editor's blocks; the country is an external_select over date-holidays' countries. */
export const HOLIDAY_BLOCKS = { country: 'holiday_country', region: 'holiday_region', year: 'holiday_year' } as const;
export const HOLIDAY_COUNTRY_ACTION = 'holiday_country_select';

/** The hours editor's block of one day's n-th time (`hours_monday_0_from`). */
export function hoursBlockId(day: string, range: number, end: 'from' | 'to'): string {
  return `hours_${day}_${range}_${end}`;
}

/** Every input element's action id is its block id with this suffix, except the external selects above. */
export function inputActionId(blockId: string): string {
  return `${blockId}_input`;
}

/** Target option values that are not extension ids. */
export const GREETING_VALUE = 'greeting';
export const GREETING_THEN_HANG_UP_VALUE = 'greeting-then-hang-up';
