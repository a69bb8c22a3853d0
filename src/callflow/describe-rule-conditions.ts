import { CALL_HANDLING_MESSAGES as WORDS, say, type Language } from '../i18n/index.ts';
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

/** Caller conditions as written in the rule: `1415555 (Acme) or 1212`, or `any caller`. */
export function describeCallers(callers: ReadonlyArray<CallerCondition>): string {
  if (callers.length === 0) return 'any caller';
  return joinWithOr(callers.map(describeCaller));
}

/** Called-number conditions: `+16505550111 or +16505550112`, or `any company number`. */
export function describeCalledNumbers(calledNumbers: ReadonlyArray<string>): string {
  return calledNumbers.length === 0 ? 'any company number' : joinWithOr(calledNumbers);
}

function joinWithOr(items: ReadonlyArray<string>): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
