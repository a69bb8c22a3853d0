import { CALL_HANDLING_MESSAGES as WORDS, CHANGE_MESSAGES, say, type Language } from '../i18n/index.ts';
import { describeWhen } from './describe-schedule.ts';
import type { CallerCondition, CustomRule } from './model.ts';

/**
 * A custom rule's conditions as one phrase that follows its name:
 * `on Dec 25, 2026 (all day)`, `at any time for callers 1415555 (Acme) or 1212`,
 * `on Mon–Fri 09:00–17:00 when +16505550111 is called`.
 */
export function describeRuleConditions(rule: Pick<CustomRule, 'schedule' | 'callers' | 'calledNumbers'>, timeZone: string, language: Language = 'en'): string {
  const parts = [describeWhen(rule.schedule, timeZone, language)];
  if (rule.callers.length > 0) parts.push(say(language, WORDS['for-callers'], { callers: rule.callers.map(describeCaller) }));
  if (rule.calledNumbers.length > 0) parts.push(say(language, WORDS['when-called'], { numbers: rule.calledNumbers }));
  return parts.join(' ');
}

function describeCaller(caller: CallerCondition): string {
  return caller.name ? `${caller.callerId} (${caller.name})` : caller.callerId;
}

/** Caller conditions as written in the rule: `1415555 (Acme) or 1212`, or `any caller`; `… ou 1212`, `n'importe quel appelant`. */
export function describeCallers(callers: ReadonlyArray<CallerCondition>, language: Language = 'en'): string {
  if (callers.length === 0) return say(language, CHANGE_MESSAGES['any-caller']);
  return say(language, CHANGE_MESSAGES['one-of'], { items: callers.map(describeCaller) });
}

/** Called-number conditions: `+16505550111 or +16505550112`, or `any company number`; `n'importe quel numéro de l'entreprise`. */
export function describeCalledNumbers(calledNumbers: ReadonlyArray<string>, language: Language = 'en'): string {
  if (calledNumbers.length === 0) return say(language, CHANGE_MESSAGES['any-company-number']);
  return say(language, CHANGE_MESSAGES['one-of'], { items: calledNumbers });
}
