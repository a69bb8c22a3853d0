import type { CallHandlingChange } from './call-handling-change.ts';
import { describeDestination, type ExtensionDirectory } from './describe-destination.ts';
import { describeCalledNumbers, describeCallers, describeRuleConditions } from './describe-rule-conditions.ts';
import { describeWhen } from './describe-schedule.ts';
import { isSameCalledNumbers, isSameCallers, isSameDestination, isSameSchedule } from './is-same-rule.ts';
import type { CallHandling, CustomRule } from './model.ts';

/** One side of a diff: the rules plus what is needed to describe them. */
type Side = ExtensionDirectory & Pick<CallHandling, 'timeZone' | 'customRules'>;

/** The differences between two lists of custom rules, matched by id: removed, added, changed, reordered. */
export function diffCustomRules(before: Side, after: Side): ReadonlyArray<CallHandlingChange> {
  const beforeIds = new Set(before.customRules.map((rule) => rule.id));
  const afterIds = new Set(after.customRules.map((rule) => rule.id));
  const removed = before.customRules
    .filter((rule) => !afterIds.has(rule.id))
    .map(
      (rule): CallHandlingChange => ({
        kind: 'rule-removed',
        ruleId: rule.id,
        text: `${label(rule, before)} removed; its calls went to ${describeDestination(before, rule.destination)}`,
      }),
    );
  const added = after.customRules
    .filter((rule) => !beforeIds.has(rule.id))
    .map(
      (rule): CallHandlingChange => ({
        kind: 'rule-added',
        ruleId: rule.id,
        text:
          `${label(rule, after, 'New rule')}: calls go to ${describeDestination(after, rule.destination)}` +
          (rule.enabled ? '' : '; the rule is disabled'),
      }),
    );
  const changed = after.customRules.flatMap((rule) => {
    const old = before.customRules.find((candidate) => candidate.id === rule.id);
    return old === undefined ? [] : diffRule(old, rule, before, after);
  });
  return [...removed, ...added, ...changed, ...diffOrder(before.customRules, after.customRules)];
}

function diffRule(old: CustomRule, rule: CustomRule, before: Side, after: Side): CallHandlingChange[] {
  const changes: CallHandlingChange[] = [];
  const add = (kind: CallHandlingChange['kind'], text: string): void => {
    changes.push({ kind, ruleId: rule.id, text });
  };
  const name = `Rule "${rule.name}"`;
  if (old.name !== rule.name) add('rule-renamed', `Rule "${old.name}" renamed to "${rule.name}"`);
  if (old.enabled !== rule.enabled) {
    add(rule.enabled ? 'rule-enabled' : 'rule-disabled', `${label(rule, after)} is now ${rule.enabled ? 'enabled' : 'disabled'}`);
  }
  if (!isSameSchedule(old.schedule, rule.schedule) || before.timeZone !== after.timeZone) {
    const was = describeWhen(old.schedule, before.timeZone);
    const now = describeWhen(rule.schedule, after.timeZone);
    // A new company zone moves weekly times without changing the words; say nothing then.
    if (was !== now) add('rule-schedule', `${name}: now applies ${now} instead of ${was}`);
  }
  if (!isSameCallers(old.callers, rule.callers)) {
    add('rule-callers', `${name}: callers ${describeCallers(old.callers)} -> ${describeCallers(rule.callers)}`);
  }
  if (!isSameCalledNumbers(old.calledNumbers, rule.calledNumbers)) {
    add(
      'rule-called-numbers',
      `${name}: called numbers ${describeCalledNumbers(old.calledNumbers)} -> ${describeCalledNumbers(rule.calledNumbers)}`,
    );
  }
  if (!isSameDestination(old.destination, rule.destination)) {
    add(
      'rule-destination',
      `${label(rule, after)}: calls now go to ${describeDestination(after, rule.destination)} instead of ${describeDestination(before, old.destination)}`,
    );
  }
  return changes;
}

/**
 * Reports the evaluation order when it changed for a rule that exists on both sides: two rules
 * swapped, or a new rule placed in front of an existing one (new rules at the end are just added).
 */
function diffOrder(before: ReadonlyArray<CustomRule>, after: ReadonlyArray<CustomRule>): CallHandlingChange[] {
  const afterIds = new Set(after.map((rule) => rule.id));
  const beforeIds = new Set(before.map((rule) => rule.id));
  const survivingBefore = before.filter((rule) => afterIds.has(rule.id)).map((rule) => rule.id);
  const survivingAfter = after.filter((rule) => beforeIds.has(rule.id)).map((rule) => rule.id);
  const swapped = survivingBefore.some((id, index) => survivingAfter[index] !== id);
  const firstNew = after.findIndex((rule) => !beforeIds.has(rule.id));
  const newInFront = firstNew !== -1 && after.slice(firstNew).some((rule) => beforeIds.has(rule.id));
  if (!swapped && !newInFront) return [];
  const names = (rules: ReadonlyArray<CustomRule>): string => rules.map((rule) => `"${rule.name}"`).join(', ');
  return [{ kind: 'rule-order', text: `Rule order: ${names(before)} -> ${names(after)}` }];
}

/** `Rule "Lunch" on Mon–Fri 12:00–13:00`: the name, then when and for whom it applies. */
function label(rule: CustomRule, side: Side, prefix = 'Rule'): string {
  return `${prefix} "${rule.name}" ${describeRuleConditions(rule, side.timeZone)}`;
}
