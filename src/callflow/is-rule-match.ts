import type { DateTime } from 'luxon';
import { isInRuleSchedule } from './is-in-rule-schedule.ts';
import type { CallHandling, CustomRule } from './model.ts';
import { normalizePhoneNumber } from './normalize-phone-number.ts';

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
    isCallerMatch(rule, call.from) &&
    isCalledNumberMatch(rule, call.to ?? company.mainNumber)
  );
}

function isCallerMatch(rule: CustomRule, from: string | undefined): boolean {
  if (rule.callers.length === 0) return true;
  // A withheld caller ID cannot match any caller condition.
  const caller = normalizePhoneNumber(from ?? '');
  if (caller === '') return false;
  // Partial caller IDs (country + area code) match by prefix, as in the admin portal.
  return rule.callers.some((condition) => {
    const prefix = normalizePhoneNumber(condition.callerId);
    return prefix !== '' && caller.startsWith(prefix);
  });
}

function isCalledNumberMatch(rule: CustomRule, to: string): boolean {
  if (rule.calledNumbers.length === 0) return true;
  const called = normalizePhoneNumber(to);
  return rule.calledNumbers.some((number) => normalizePhoneNumber(number) === called);
}
