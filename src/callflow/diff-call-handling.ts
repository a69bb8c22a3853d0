import { CHANGE_MESSAGES as WORDS, inEachLanguage, say, sayEach, type Language, type Said } from '../i18n/index.ts';
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
 * Every difference between two call-handling states, each with a sentence a person reads in each
 * language, e.g. `Rule "Christmas" on Dec 25, 2026 (all day): calls now go to Main Voicemail (ext 300)
 * instead of the company greeting` / `Règle « Christmas » le 25 déc. 2026 (toute la journée) : les
 * appels vont maintenant vers Main Voicemail (poste 300) au lieu de l'accueil de l'entreprise`.
 * Custom rules, IVR menus and call queues are matched by id; equal states give `[]`.
 */
export function diffCallHandling(before: CallHandling, after: CallHandling): ReadonlyArray<CallHandlingChange> {
  const changes: CallHandlingChange[] = [];
  if (before.timeZone !== after.timeZone) {
    changes.push({ kind: 'time-zone', text: sayEach(WORDS['time-zone'], { before: before.timeZone, after: after.timeZone }) });
  }
  if (!isSameWeeklySchedule(before.businessHours, after.businessHours)) {
    changes.push({
      kind: 'business-hours',
      text: inEachLanguage((language) =>
        say(language, WORDS['business-hours'], {
          before: describeWeeklySchedule(before.businessHours, language),
          after: describeWeeklySchedule(after.businessHours, language),
        }),
      ),
    });
  }
  if (!isSameDestination(before.businessHoursDestination, after.businessHoursDestination)) {
    changes.push({
      kind: 'business-hours-destination',
      text: inEachLanguage((language) =>
        say(language, WORDS['business-hours-destination'], {
          before: describeDestination(before, before.businessHoursDestination, language),
          after: describeDestination(after, after.businessHoursDestination, language),
        }),
      ),
    });
  }
  const afterHoursText = describeAfterHoursChange(before, after);
  if (afterHoursText !== null) changes.push({ kind: 'after-hours-destination', text: afterHoursText });
  return [...changes, ...diffCustomRules(before, after), ...diffIvrMenus(before, after), ...diffCallQueues(before, after)];
}

function describeAfterHoursChange(before: CallHandling, after: CallHandling): Said | null {
  const was = resolveAfterHoursDestination(before);
  const now = resolveAfterHoursDestination(after);
  if (isSameDestination(was, now)) return null;
  const wording = (language: Language): string => {
    if (now === undefined) {
      return say(language, WORDS['after-hours-gone'], { before: describeDestination(before, was ?? { kind: 'greeting' }, language) });
    }
    if (was === undefined) return say(language, WORDS['after-hours-back'], { after: describeDestination(after, now, language) });
    return say(language, WORDS['after-hours-destination'], {
      before: describeDestination(before, was, language),
      after: describeDestination(after, now, language),
    });
  };
  return inEachLanguage(wording);
}
