import { CHANGE_MESSAGES as WORDS, inEachLanguage, say, type Language, type Said } from '../i18n/index.ts';
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
        text: inEachLanguage((language) =>
          say(language, WORDS['rule-removed'], { rule: label(rule, before, language), destination: describeDestination(before, rule.destination, language) }),
        ),
      }),
    );
  const added = after.customRules
    .filter((rule) => !beforeIds.has(rule.id))
    .map(
      (rule): CallHandlingChange => ({
        kind: 'rule-added',
        ruleId: rule.id,
        text: inEachLanguage((language) =>
          say(language, WORDS['rule-added'], {
            name: rule.name,
            conditions: describeRuleConditions(rule, after.timeZone, language),
            destination: describeDestination(after, rule.destination, language),
            enabled: rule.enabled,
          }),
        ),
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
  const add = (kind: CallHandlingChange['kind'], text: Said): void => {
    changes.push({ kind, ruleId: rule.id, text });
  };
  const name = rule.name;
  if (old.name !== rule.name) add('rule-renamed', inEachLanguage((language) => say(language, WORDS['rule-renamed'], { before: old.name, after: rule.name })));
  if (old.enabled !== rule.enabled) {
    const kind = rule.enabled ? 'rule-enabled' : 'rule-disabled';
    add(kind, inEachLanguage((language) => say(language, WORDS[kind], { rule: label(rule, after, language) })));
  }
  if (!isSameSchedule(old.schedule, rule.schedule) || before.timeZone !== after.timeZone) {
    const when = (language: Language): { before: string; after: string } => ({
      before: describeWhen(old.schedule, before.timeZone, language),
      after: describeWhen(rule.schedule, after.timeZone, language),
    });
    // A new company zone moves weekly times without changing the words; say nothing then.
    const english = when('en');
    if (english.before !== english.after) add('rule-schedule', inEachLanguage((language) => say(language, WORDS['rule-schedule'], { name, ...when(language) })));
  }
  if (!isSameCallers(old.callers, rule.callers)) {
    add(
      'rule-callers',
      inEachLanguage((language) =>
        say(language, WORDS['rule-callers'], { name, before: describeCallers(old.callers, language), after: describeCallers(rule.callers, language) }),
      ),
    );
  }
  if (!isSameCalledNumbers(old.calledNumbers, rule.calledNumbers)) {
    add(
      'rule-called-numbers',
      inEachLanguage((language) =>
        say(language, WORDS['rule-called-numbers'], {
          name,
          before: describeCalledNumbers(old.calledNumbers, language),
          after: describeCalledNumbers(rule.calledNumbers, language),
        }),
      ),
    );
  }
  if (!isSameDestination(old.destination, rule.destination)) {
    add(
      'rule-destination',
      inEachLanguage((language) =>
        say(language, WORDS['rule-destination'], {
          rule: label(rule, after, language),
          before: describeDestination(before, old.destination, language),
          after: describeDestination(after, rule.destination, language),
        }),
      ),
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
  const names = (rules: ReadonlyArray<CustomRule>): ReadonlyArray<string> => rules.map((rule) => rule.name);
  return [{ kind: 'rule-order', text: inEachLanguage((language) => say(language, WORDS['rule-order'], { before: names(before), after: names(after) })) }];
}

/** `Rule "Lunch" on Mon–Fri 12:00–13:00` / `Règle « Lunch » lun.–ven. 12 h 00–13 h 00`: the name, then when and for whom it applies. */
function label(rule: CustomRule, side: Side, language: Language): string {
  return say(language, WORDS['rule-label'], { name: rule.name, conditions: describeRuleConditions(rule, side.timeZone, language) });
}
