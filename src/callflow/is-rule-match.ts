import type { DateTime } from 'luxon';
import { isInRuleSchedule } from './is-in-rule-schedule.ts';
import type { CallHandling, CustomRule } from './model.ts';
import { isCalledNumberMatch, isCallerIdMatch } from './ringcentral-behaviour.ts';

/** A call to resolve: when it arrives, who calls (caller ID, if any) and which company number. */
export interface IncomingCall {
  readonly at: DateTime;
  /** The caller ID; absent or empty when the caller withholds it. */
  readonly from?: string;
  /** The company number dialled; absent means the main number. */
  readonly to?: string;
}

/**
 * Whether a call meets every condition of a custom rule (schedule AND callers AND called numbers),
 * ignoring whether the rule is enabled.
 */
export function isRuleMatch(rule: CustomRule, company: CallHandling, call: IncomingCall): boolean {
  return (
    isInRuleSchedule(rule.schedule, company, call.at) &&
    // An empty list is no condition; a listed number is matched as RingCentral matches it.
    (rule.callers.length === 0 || rule.callers.some((condition) => isCallerIdMatch(condition.callerId, call.from))) &&
    (rule.calledNumbers.length === 0 || rule.calledNumbers.some((number) => isCalledNumberMatch(number, call.to ?? company.mainNumber)))
  );
}
