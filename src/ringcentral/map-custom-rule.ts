import type CompanyAnsweringRuleRequest from '@rc-ex/core/definitions/CompanyAnsweringRuleRequest';
import type CompanyAnsweringRuleScheduleInfoRequest from '@rc-ex/core/definitions/CompanyAnsweringRuleScheduleInfoRequest';
import type CompanyAnsweringRuleUpdate from '@rc-ex/core/definitions/CompanyAnsweringRuleUpdate';
import type { CallerCondition, CustomRule, RuleSchedule } from '../callflow/index.ts';
import { buildDestinationFields, toDestination } from './map-destination.ts';
import { buildDateRange, buildWeeklyRanges, isEmptyWeeklySchedule, toDateRange, toWeeklySchedule } from './map-schedule.ts';
import type { WireAnsweringRule } from './ringcentral-wire-schema.ts';

/** Reads a company custom rule; date ranges become UTC instants, offset-less ones read as company-local. */
export function toCustomRule(wire: WireAnsweringRule, timeZone: string): CustomRule {
  return {
    id: wire.id,
    name: wire.name ?? '',
    enabled: wire.enabled ?? true,
    schedule: toRuleSchedule(wire.schedule, timeZone),
    callers: (wire.callers ?? []).map(
      (caller): CallerCondition => (caller.name ? { callerId: caller.callerId, name: caller.name } : { callerId: caller.callerId }),
    ),
    calledNumbers: (wire.calledNumbers ?? []).map((number) => number.phoneNumber),
    destination: toDestination(wire),
  };
}

/**
 * Reads a rule's schedule. The spec makes weeklyRanges, ranges and ref mutually exclusive; an empty
 * list counts as absent, and no schedule at all means the rule is decided by its callers or called
 * numbers alone.
 */
export function toRuleSchedule(wire: WireAnsweringRule['schedule'], timeZone: string): RuleSchedule {
  const weekly = toWeeklySchedule(wire?.weeklyRanges);
  if (!isEmptyWeeklySchedule(weekly)) return { kind: 'weekly', weekly };
  if (wire?.ranges && wire.ranges.length > 0) {
    return { kind: 'dates', ranges: wire.ranges.map((range) => toDateRange(range, timeZone)) };
  }
  if (wire?.ref === 'BusinessHours') return { kind: 'business-hours' };
  if (wire?.ref === 'AfterHours') return { kind: 'after-hours' };
  return { kind: 'always' };
}

/** Builds the schedule of a rule request; undefined for a rule without a time condition. */
export function buildRuleSchedule(schedule: RuleSchedule, timeZone: string): CompanyAnsweringRuleScheduleInfoRequest | undefined {
  switch (schedule.kind) {
    case 'always':
      return undefined;
    case 'weekly':
      return { weeklyRanges: buildWeeklyRanges(schedule.weekly) };
    case 'dates':
      return { ranges: schedule.ranges.map((range) => buildDateRange(range, timeZone)) };
    case 'business-hours':
      return { ref: 'BusinessHours' };
    case 'after-hours':
      return { ref: 'AfterHours' };
  }
}

/** Builds the POST body that creates a custom rule (empty conditions are left out). */
export function buildCustomRuleRequest(rule: Omit<CustomRule, 'id'>, timeZone: string): CompanyAnsweringRuleRequest {
  const schedule = buildRuleSchedule(rule.schedule, timeZone);
  return {
    type: 'Custom',
    name: rule.name,
    enabled: rule.enabled,
    ...(rule.callers.length > 0 ? { callers: rule.callers.map(buildCaller) } : {}),
    ...(rule.calledNumbers.length > 0 ? { calledNumbers: rule.calledNumbers.map((phoneNumber) => ({ phoneNumber })) } : {}),
    ...(schedule ? { schedule } : {}),
    ...buildDestinationFields(rule.destination),
  };
}

/**
 * Builds the PUT body that rewrites a custom rule. RingCentral's PUT merges, so every field we own
 * is sent, empty lists included, to clear conditions the rule no longer has; a rule without a time
 * condition sends an empty schedule for the same reason.
 */
export function buildCustomRuleUpdate(rule: CustomRule, timeZone: string): CompanyAnsweringRuleUpdate {
  return {
    name: rule.name,
    enabled: rule.enabled,
    callers: rule.callers.map(buildCaller),
    calledNumbers: rule.calledNumbers.map((phoneNumber) => ({ phoneNumber })),
    schedule: buildRuleSchedule(rule.schedule, timeZone) ?? {},
    ...buildDestinationFields(rule.destination),
  };
}

function buildCaller(caller: CallerCondition): { callerId: string; name?: string } {
  return caller.name ? { callerId: caller.callerId, name: caller.name } : { callerId: caller.callerId };
}
