import type { DateTime } from 'luxon';
import { describeDateRange, describeWeeklySchedule } from '../../callflow/index.ts';
import type { RuleWhen } from '../../language/index.ts';

const RULE_NAME_MAX = 30;

/**
 * A name for a rule made in the route editor, within RingCentral's 30 characters:
 * "Dec 25, 2026", "Dec 24–26, 2026", "Mon 12:00–13:00", "Calls from +1415".
 */
export function proposeFormRuleName(when: RuleWhen, callers: ReadonlyArray<string>, context: { readonly timeZone: string; readonly now: DateTime }): string {
  const first = when.kind === 'dates' ? when.ranges[0] : undefined;
  const label =
    first !== undefined ? describeDateRange(first, context.timeZone).replace(' (all day)', '') : when.kind === 'weekly' ? describeWeeklySchedule(when.weekly) : '';
  const from = callers.length === 0 ? '' : `from ${callers[0]}${callers.length > 1 ? ' +' : ''}`;
  const candidates = [[label, from].filter((part) => part !== '').join(' '), label, from === '' ? '' : `Calls ${from}`];
  return candidates.find((candidate) => candidate !== '' && candidate.length <= RULE_NAME_MAX) ?? 'Custom rule';
}
