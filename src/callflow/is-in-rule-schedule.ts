import type { DateTime } from 'luxon';
import { isInDateRanges } from './is-in-date-ranges.ts';
import { isInWeeklySchedule } from './is-in-weekly-schedule.ts';
import type { CallHandling, RuleSchedule } from './model.ts';
import { isAlwaysOpen } from './ringcentral-behaviour.ts';

/** Whether the instant `at` falls in a custom rule's schedule, in the company's time zone. */
export function isInRuleSchedule(
  schedule: RuleSchedule,
  company: Pick<CallHandling, 'timeZone' | 'businessHours'>,
  at: DateTime,
): boolean {
  switch (schedule.kind) {
    case 'always':
      return true;
    case 'weekly':
      return isInWeeklySchedule(schedule.weekly, at, company.timeZone);
    case 'dates':
      return isInDateRanges(schedule.ranges, company.timeZone, at);
    case 'business-hours':
      return isAlwaysOpen(company.businessHours) || isInWeeklySchedule(company.businessHours, at, company.timeZone);
    case 'after-hours':
      // With 24/7 hours there is no after-hours time at all, so the reference never matches.
      return !isAlwaysOpen(company.businessHours) && !isInWeeklySchedule(company.businessHours, at, company.timeZone);
  }
}
