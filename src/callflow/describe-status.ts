import type { DateTime } from 'luxon';
import { describeDestination } from './describe-destination.ts';
import { describeRuleConditions } from './describe-rule-conditions.ts';
import { describeTimeZone } from './describe-time-zone.ts';
import { describeWeeklySchedule } from './describe-weekly-schedule.ts';
import type { CallHandling } from './model.ts';
import { isAlwaysOpen, resolveAfterHoursDestination } from './ringcentral-behaviour.ts';
import { resolveCall, type CallResolution } from './resolve-call.ts';

/** Where calls go now, in business hours and after hours, and the custom rules, in words. */
export interface StatusReport {
  readonly now: CallResolution;
  readonly lines: ReadonlyArray<string>;
}

/**
 * Describes the company call handling at one moment: what `status` shows in every adapter.
 * Rules are listed in RingCentral's evaluation order, with their dates in the company zone.
 */
export function describeStatus(handling: CallHandling, at: DateTime): StatusReport {
  const local = at.setZone(handling.timeZone);
  const now = resolveCall(handling, { at: local });
  const open = isAlwaysOpen(handling.businessHours);
  const afterHours = resolveAfterHoursDestination(handling);
  const lines = [
    `Calls to ${handling.mainNumber}, time zone ${describeTimeZone(handling.timeZone, local)}.`,
    // Said up front, so a refused route to the greeting is no surprise.
    ...(handling.ivrMode === 'multi-level' ? ['Multi-level IVR (business hours go straight to an IVR menu): rules can\'t use the company greeting.'] : []),
    `Now (${local.toFormat('ccc LLL d, yyyy HH:mm', { locale: 'en-US' })}): ${now.summary}.`,
    `Business hours (${describeWeeklySchedule(handling.businessHours)}): ${describeDestination(handling, handling.businessHoursDestination)}.`,
    open || afterHours === undefined
      ? 'After hours: none, the company is open 24/7.'
      : `After hours: ${describeDestination(handling, afterHours)}.`,
  ];
  if (handling.customRules.length === 0) {
    lines.push('Custom rules: none.');
  } else {
    lines.push('Custom rules, checked in this order before business and after hours:');
    handling.customRules.forEach((rule, index) => {
      const disabled = rule.enabled ? '' : ' (disabled)';
      lines.push(
        `  ${index + 1}. "${rule.name}"${disabled} ${describeRuleConditions(rule, handling.timeZone)}: ${describeDestination(handling, rule.destination)}`,
      );
    });
  }
  return { now, lines };
}
