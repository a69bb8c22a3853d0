import { CALL_HANDLING_MESSAGES as WORDS, say, type Language } from '../i18n/index.ts';
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
export function describeSchedule(schedule: RuleSchedule, timeZone: string, language: Language = 'en'): string {
  switch (schedule.kind) {
    case 'always':
      return say(language, WORDS['schedule-any-time']);
    case 'business-hours':
      return say(language, WORDS['schedule-business-hours']);
    case 'after-hours':
      return say(language, WORDS['schedule-after-hours']);
    case 'weekly':
      // For business hours an empty week means 24/7; for a rule it means no time at all.
      return isAlwaysOpen(schedule.weekly) ? say(language, WORDS['schedule-no-time']) : describeWeeklySchedule(schedule.weekly, language);
    case 'dates': {
      if (schedule.ranges.length === 0) return say(language, WORDS['schedule-no-dates']);
      const shown = schedule.ranges.slice(0, DATE_RANGES_SHOWN).map((range) => describeDateRange(range, timeZone, language));
      return say(language, WORDS['schedule-dates'], { dates: shown, hidden: schedule.ranges.length - shown.length });
    }
  }
}

/**
 * When a custom rule applies, as a phrase that follows the rule's name: `on Dec 25, 2026 (all day)`,
 * `on Mon–Fri 12:00–13:00`, `every day 08:00–20:00`, `during business hours`, `after hours`,
 * `at any time`, `never`; in French `le 25 déc. 2026 (toute la journée)`, `lun.–ven. 12 h 00–13 h 00`,
 * `pendant les heures d'ouverture`, `à tout moment`, `jamais`.
 */
export function describeWhen(schedule: RuleSchedule, timeZone: string, language: Language = 'en'): string {
  switch (schedule.kind) {
    case 'always':
      return say(language, WORDS['when-any-time']);
    case 'business-hours':
      return say(language, WORDS['when-business-hours']);
    case 'after-hours':
      return say(language, WORDS['when-after-hours']);
    case 'weekly':
      if (isAlwaysOpen(schedule.weekly)) return say(language, WORDS['when-never']);
      return say(language, WORDS['when-weekly'], {
        schedule: describeWeeklySchedule(schedule.weekly, language),
        // English says "on" before days it names, not before "every day"; the week's words decide.
        everyDay: describeWeeklySchedule(schedule.weekly, 'en').startsWith('every '),
      });
    case 'dates':
      if (schedule.ranges.length === 0) return say(language, WORDS['when-never']);
      return say(language, WORDS['when-dates'], { dates: describeSchedule(schedule, timeZone, language), count: schedule.ranges.length });
  }
}
