import type { CallHandlingChange } from './call-handling-change.ts';
import { describeDestination } from './describe-destination.ts';
import { describeWeeklySchedule } from './describe-weekly-schedule.ts';
import { diffCustomRules } from './diff-custom-rules.ts';
import { diffCallQueues } from './diff-call-queues.ts';
import { diffIvrMenus } from './diff-ivr-menus.ts';
import { isSameDestination, isSameWeeklySchedule } from './is-same-rule.ts';
import type { CallHandling } from './model.ts';
import { resolveAfterHoursDestination } from './ringcentral-behaviour.ts';

/**
 * Every difference between two call-handling states, each with a sentence a person reads, e.g.
 * `Rule "Christmas" on Dec 25, 2026 (all day): calls now go to Main Voicemail (ext 300) instead
 * of the company greeting`. Custom rules, IVR menus and call queues are matched by id; equal
 * states give `[]`.
 */
export function diffCallHandling(before: CallHandling, after: CallHandling): ReadonlyArray<CallHandlingChange> {
  const changes: CallHandlingChange[] = [];
  if (before.timeZone !== after.timeZone) {
    changes.push({ kind: 'time-zone', text: `Time zone: ${before.timeZone} -> ${after.timeZone}` });
  }
  if (!isSameWeeklySchedule(before.businessHours, after.businessHours)) {
    changes.push({
      kind: 'business-hours',
      text: `Business hours: ${describeWeeklySchedule(before.businessHours)} -> ${describeWeeklySchedule(after.businessHours)}`,
    });
  }
  if (!isSameDestination(before.businessHoursDestination, after.businessHoursDestination)) {
    changes.push({
      kind: 'business-hours-destination',
      text: `Business hours: calls now go to ${describeDestination(after, after.businessHoursDestination)} instead of ${describeDestination(before, before.businessHoursDestination)}`,
    });
  }
  const afterHoursText = describeAfterHoursChange(before, after);
  if (afterHoursText !== null) changes.push({ kind: 'after-hours-destination', text: afterHoursText });
  return [...changes, ...diffCustomRules(before, after), ...diffIvrMenus(before, after), ...diffCallQueues(before, after)];
}

function describeAfterHoursChange(before: CallHandling, after: CallHandling): string | null {
  const was = resolveAfterHoursDestination(before);
  const now = resolveAfterHoursDestination(after);
  if (isSameDestination(was, now)) return null;
  if (now === undefined) {
    return `After hours: no longer used, the company is open 24/7; calls went to ${describeDestination(before, was ?? { kind: 'greeting' })}`;
  }
  if (was === undefined) return `After hours: calls go to ${describeDestination(after, now)}`;
  return `After hours: calls now go to ${describeDestination(after, now)} instead of ${describeDestination(before, was)}`;
}
