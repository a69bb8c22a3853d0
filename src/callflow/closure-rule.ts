import { DateTime } from 'luxon';
import type { CustomRule } from './model.ts';

/**
 * The name prefix of the closure rules Switchboard creates for `close`. The name alone does not make
 * a rule Switchboard's: a person may name a rule "Closed until …" in the admin portal, and
 * Switchboard never touches that one (see `isOwnClosureRule`).
 */
export const CLOSURE_RULE_PREFIX = 'Closed until ';

/** Whether a custom rule is named like a closure (`CLOSURE_RULE_PREFIX`), whoever made it. */
export function isClosureRule(rule: Pick<CustomRule, 'name'>): boolean {
  return rule.name.startsWith(CLOSURE_RULE_PREFIX);
}

/**
 * Whether a custom rule is a closure Switchboard made: its id is one that an applied `close` created
 * (`ownIds`, looked up from the store by the workflow) and it is still named as a closure. A rule
 * renamed since is left alone, as is any rule a person named "Closed until …" by hand.
 */
export function isOwnClosureRule(rule: Pick<CustomRule, 'id' | 'name'>, ownIds: ReadonlyArray<string> | undefined): boolean {
  return ownIds !== undefined && ownIds.includes(rule.id) && isClosureRule(rule);
}

/** A closure rule's name, e.g. `Closed until Dec 25, 17:00` (at most 25 characters; RingCentral allows 30). */
export function closureRuleName(to: string, timeZone: string): string {
  const end = DateTime.fromISO(to, { zone: timeZone }).setLocale('en-US');
  return `${CLOSURE_RULE_PREFIX}${end.toFormat('LLL d, HH:mm')}`;
}
