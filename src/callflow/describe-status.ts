import type { DateTime } from 'luxon';
import { CALL_HANDLING_MESSAGES as WORDS, describeClockTime, describeDay, say, type Language } from '../i18n/index.ts';
import { describeDestination } from './describe-destination.ts';
import { describeRuleConditions } from './describe-rule-conditions.ts';
import { describeTimeZone } from './describe-time-zone.ts';
import { describeWeeklySchedule } from './describe-weekly-schedule.ts';
import type { CallHandling } from './model.ts';
import { isAlwaysOpen, resolveAfterHoursDestination } from './ringcentral-behaviour.ts';
import { describeCallResolution, resolveCall, type CallResolution } from './resolve-call.ts';

/** Where calls go now, in business hours and after hours, and the custom rules, in words. */
export interface StatusReport {
  readonly now: CallResolution;
  readonly lines: ReadonlyArray<string>;
}

/**
 * Describes the company call handling at one moment: what `status` shows in every adapter, in
 * the reader's language. Rules are listed in RingCentral's evaluation order, with their dates in
 * the company zone. `now.summary` stays English: it is data (`--json`), not the answer's words.
 */
export function describeStatus(handling: CallHandling, at: DateTime, language: Language = 'en'): StatusReport {
  const local = at.setZone(handling.timeZone);
  const now = resolveCall(handling, { at: local });
  const open = isAlwaysOpen(handling.businessHours);
  const afterHours = resolveAfterHoursDestination(handling);
  const destination = (target: CallResolution['destination']): string => describeDestination(handling, target, language);
  const lines = [
    say(language, WORDS['status-calls-to'], { number: handling.mainNumber, zone: describeTimeZone(handling.timeZone, local, language) }),
    // Said up front, so a refused route to the greeting is no surprise.
    ...(handling.ivrMode === 'multi-level' ? [say(language, WORDS['status-multi-level-ivr'])] : []),
    say(language, WORDS['status-now'], { when: describeMoment(local, language), resolution: describeCallResolution(handling, now, language) }),
    say(language, WORDS['status-business-hours'], {
      schedule: describeWeeklySchedule(handling.businessHours, language),
      destination: destination(handling.businessHoursDestination),
    }),
    open || afterHours === undefined ? say(language, WORDS['status-open-all-week']) : say(language, WORDS['status-after-hours'], { destination: destination(afterHours) }),
  ];
  if (handling.customRules.length === 0) {
    lines.push(say(language, WORDS['status-no-custom-rules']));
  } else {
    lines.push(say(language, WORDS['status-custom-rules']));
    handling.customRules.forEach((rule, index) => {
      lines.push(
        say(language, WORDS['status-custom-rule'], {
          position: index + 1,
          name: rule.name,
          enabled: rule.enabled,
          conditions: describeRuleConditions(rule, handling.timeZone, language),
          destination: destination(rule.destination),
        }),
      );
    });
  }
  return { now, lines };
}

/**
 * A moment with its weekday, in the zone it is in: `Wed Nov 25, 2026 12:00` /
 * `mer. 25 nov. 2026, 12 h 00`. What `status` and `test` say the time is.
 */
export function describeMoment(at: DateTime, language: Language = 'en'): string {
  // English keeps luxon's format, the words `status` has always printed.
  if (language === 'en') return at.toFormat('ccc LLL d, yyyy HH:mm', { locale: 'en-US' });
  return `${describeDay(at, language)}, ${describeClockTime(at, language)}`;
}
