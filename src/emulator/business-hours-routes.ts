import { isAlwaysOpen, resolveAfterHoursRule } from '../callflow/ringcentral-behaviour.ts';
import { invalidParameter } from './api-error.ts';
import { AFTER_HOURS_RULE_ID, createdAfterHoursRule, type EmulatorState, type WeeklyRanges } from './emulator-state.ts';
import { accountUri } from './resource-uris.ts';
import { failWith, ok, type Route, type RouteContext, type RouteResult } from './route-types.ts';
import { checkWeeklyRanges } from './weekly-ranges.ts';

function businessHoursView(context: RouteContext) {
  return { uri: `${accountUri(context)}/business-hours`, schedule: context.state.businessHours.schedule };
}

/**
 * Applies new weekly hours. RingCentral ties the after-hours rule to them (callflow's RingCentral
 * behaviour `after-hours-rule`): going 24/7 deletes it, leaving 24/7 creates it again.
 */
export function setBusinessHours(state: EmulatorState, weekly: WeeklyRanges): void {
  const current = state.answeringRules.find((rule) => rule.id === AFTER_HOURS_RULE_ID);
  const next = resolveAfterHoursRule(state.businessHours.schedule.weeklyRanges, weekly, current, createdAfterHoursRule());
  state.businessHours = isAlwaysOpen(weekly) ? { schedule: {} } : { schedule: { weeklyRanges: weekly } };
  if (next === current) return;
  const others = state.answeringRules.filter((rule) => rule !== current);
  state.answeringRules = next === undefined ? others : [...others, next];
}

function updateBusinessHours(context: RouteContext): RouteResult {
  const body = context.body as { schedule?: { weeklyRanges?: WeeklyRanges } };
  if (body.schedule === undefined) return failWith(invalidParameter('schedule'));
  // `{"schedule":{}}` and `{"schedule":{"weeklyRanges":{}}}` both mean 24/7.
  const weekly = body.schedule.weeklyRanges ?? {};
  const failure = checkWeeklyRanges(weekly, 'schedule.weeklyRanges');
  if (failure !== null) return failWith(failure);
  const kept: WeeklyRanges = {};
  for (const [day, intervals] of Object.entries(weekly) as Array<[keyof WeeklyRanges, WeeklyRanges[keyof WeeklyRanges]]>) {
    if (intervals !== undefined) kept[day] = intervals.map((interval) => ({ from: interval.from, to: interval.to }));
  }
  setBusinessHours(context.state, kept);
  return ok(businessHoursView(context));
}

/** The company's weekly business hours. */
export function createBusinessHoursRoutes(): Record<string, Route> {
  return {
    readCompanyBusinessHours: { changesState: false, handle: (context) => ok(businessHoursView(context)) },
    updateCompanyBusinessHours: { changesState: true, handle: updateBusinessHours },
  };
}
