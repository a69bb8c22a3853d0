/**
 * The public surface of callflow/: the call-handling model, RingCentral's behaviours (one list, used
 * by the emulator too), the resolver, descriptions, diff and plan.
 */
export * from './model.ts';
export type { ChangeOperation, ChangePlan } from './change-plan.ts';
export { resolveCall, describeCallResolution, describeResolvedRule, type CallResolution, type ResolvedRule } from './resolve-call.ts';
export { resolveWeek, type WeekRouting, type WeekDay, type WeekCell, type WeekLegendEntry } from './resolve-week.ts';
export { isRuleMatch, type IncomingCall } from './is-rule-match.ts';
export { isInRuleSchedule } from './is-in-rule-schedule.ts';
export { isInWeeklySchedule } from './is-in-weekly-schedule.ts';
export * from './ringcentral-behaviour.ts';
export { parseDateRange, type DateRangeInstants } from './parse-date-range.ts';
export { describeDestination, describeExtension, type ExtensionDirectory } from './describe-destination.ts';
export { describeWeeklySchedule, describeDayRanges, describeMinuteOfDay } from './describe-weekly-schedule.ts';
export { describeDateRange } from './describe-date-range.ts';
export { describeTimeZone } from './describe-time-zone.ts';
export { describeSchedule, describeWhen } from './describe-schedule.ts';
export { describeRuleConditions, describeCallers, describeCalledNumbers } from './describe-rule-conditions.ts';
export { describeIvrAction, describeIvrKey } from './describe-ivr-action.ts';
export {
  isSameRule,
  isSameDestination,
  isSameSchedule,
  isSameWeeklySchedule,
  isSameCallers,
  isSameCalledNumbers,
  isSameIvrActions,
} from './is-same-rule.ts';
export { diffCallHandling } from './diff-call-handling.ts';
export { describeRingMode } from './diff-call-queues.ts';
export { CALL_HANDLING_CHANGE_KINDS, type CallHandlingChange, type CallHandlingChangeKind } from './call-handling-change.ts';
export { planChanges } from './plan-changes.ts';
export { applyPlanToModel } from './apply-plan-to-model.ts';
export { describeMoment, describeStatus, type StatusReport } from './describe-status.ts';
export { proposeChange } from './propose-change.ts';
export type { CallHandlingRequest, RequestTarget, RequestedWhen } from './call-handling-request.ts';
export {
  PROPOSAL_REFUSAL_CODES,
  PROPOSAL_WARNING_CODES,
  type ProposalRefusal,
  type ProposalRefusalCode,
  type ProposalWarning,
  type ProposalWarningCode,
  type ProposedChange,
} from './proposed-change.ts';
export { CLOSURE_RULE_PREFIX, isClosureRule, isOwnClosureRule, closureRuleName } from './closure-rule.ts';
export { findDstChangeDays } from './find-dst-change-days.ts';
export { listCalendarEvents, type CalendarEvent, type CalendarFeed } from './calendar-events.ts';
export { proposalRefusalMessage } from './proposal-refusal-message.ts';
export { changedParts, clashingParts, sharedParts, restoreParts, adoptCreatedRuleIds, type CallHandlingPart } from './call-handling-parts.ts';
export { describeCallHandlingPart } from './describe-call-handling-part.ts';
