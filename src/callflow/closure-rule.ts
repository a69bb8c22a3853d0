import { DateTime } from 'luxon';
import type { CustomRule } from './model.ts';

/**
 * The name prefix of the closure rules Switchboard creates for `close`. `open` removes exactly the
 * rules whose name starts with it, so a rule a person made by hand is never removed by `open`.
 */
export const CLOSURE_RULE_PREFIX = 'Closed until ';

/** Whether a custom rule is a closure Switchboard created (its name carries `CLOSURE_RULE_PREFIX`). */
export function isClosureRule(rule: Pick<CustomRule, 'name'>): boolean {
  return rule.name.startsWith(CLOSURE_RULE_PREFIX);
}

/** A closure rule's name, e.g. `Closed until Dec 25, 17:00` (at most 25 characters; RingCentral allows 30). */
export function closureRuleName(to: string, timeZone: string): string {
  const end = DateTime.fromISO(to, { zone: timeZone }).setLocale('en-US');
  return `${CLOSURE_RULE_PREFIX}${end.toFormat('LLL d, HH:mm')}`;
}
