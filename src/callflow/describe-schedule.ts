import { describeDateRange } from './describe-date-range.ts';
import { describeWeeklySchedule } from './describe-weekly-schedule.ts';
import type { RuleSchedule } from './model.ts';
import { isAlwaysOpen } from './ringcentral-behaviour.ts';

// A holiday rule may carry up to 1000 ranges; a sentence names the first few.
const DATE_RANGES_SHOWN = 3;

/**
 * A custom rule's schedule as a noun phrase in the company zone: `any time`, `business hours`,
 * `after hours`, `Mon–Fri 12:00–13:00`, `Dec 25, 2026 (all day); Jan 1, 2027 (all day)`.
 */
export function describeSchedule(schedule: RuleSchedule, timeZone: string): string {
  switch (schedule.kind) {
    case 'always':
      return 'any time';
    case 'business-hours':
      return 'business hours';
    case 'after-hours':
      return 'after hours';
    case 'weekly':
      // For business hours an empty week means 24/7; for a rule it means no time at all.
      return isAlwaysOpen(schedule.weekly) ? 'no time' : describeWeeklySchedule(schedule.weekly);
    case 'dates': {
      if (schedule.ranges.length === 0) return 'no dates';
      const shown = schedule.ranges.slice(0, DATE_RANGES_SHOWN).map((range) => describeDateRange(range, timeZone));
      const hidden = schedule.ranges.length - shown.length;
      return hidden === 0 ? shown.join('; ') : `${shown.join('; ')} and ${hidden} more`;
    }
  }
}

/**
 * When a custom rule applies, as a phrase that follows the rule's name: `on Dec 25, 2026 (all day)`,
 * `on Mon–Fri 12:00–13:00`, `every day 08:00–20:00`, `during business hours`, `after hours`,
 * `at any time`, `never`.
 */
export function describeWhen(schedule: RuleSchedule, timeZone: string): string {
  switch (schedule.kind) {
    case 'always':
      return 'at any time';
    case 'business-hours':
      return 'during business hours';
    case 'after-hours':
      return 'after hours';
    case 'weekly':
    case 'dates': {
      const text = describeSchedule(schedule, timeZone);
      if (text.startsWith('no ')) return 'never';
      return text.startsWith('every ') ? text : `on ${text}`;
    }
  }
}
