import { isOwnClosureRule, type CallHandling } from '../callflow/index.ts';
import { resolveDateRangeSpans } from './rule-spans.ts';

/** When an emergency closure ends, so the scheduler can remove its spent rule. */
export interface PlannedClosureEnd {
  /** `closure-end:<ruleId>:<end>`: a closure extended gets a new key, so the old job is dropped. */
  readonly key: string;
  readonly ruleId: string;
  readonly ruleName: string;
  /** The end of the closure's last span, an ISO instant with the company's offset (may be past). */
  readonly at: string;
}

/**
 * The end of every closure rule Switchboard made (`close`; `ownClosureRuleIds`, from the store),
 * including ended ones whose rule is still there (the process was down at the end): their job is due
 * at once. A rule a person named "Closed until …" gets none. Pure; the end is the end of the rule's
 * last date span in the company zone.
 */
export function planClosureEnds(handling: CallHandling, ownClosureRuleIds: ReadonlyArray<string>): ReadonlyArray<PlannedClosureEnd> {
  const ends: PlannedClosureEnd[] = [];
  for (const rule of handling.customRules) {
    if (!isOwnClosureRule(rule, ownClosureRuleIds) || rule.schedule.kind !== 'dates') continue;
    const last = resolveDateRangeSpans(rule.schedule.ranges, handling.timeZone).at(-1);
    if (last === undefined) continue;
    const at = last.end.toISO({ suppressMilliseconds: true }) ?? last.end.toString();
    ends.push({ key: `closure-end:${rule.id}:${at}`, ruleId: rule.id, ruleName: rule.name, at });
  }
  return ends;
}
