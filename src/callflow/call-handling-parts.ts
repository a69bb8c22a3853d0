import { isSameRingOrder } from './is-same-ring-order.ts';
import { isSameDestination, isSameIvrActions, isSameRule, isSameWeeklySchedule } from './is-same-rule.ts';
import type { CallHandling, CustomRule } from './model.ts';
import { isSameQueueRinging, resolveAfterHoursDestination } from './ringcentral-behaviour.ts';

/**
 * A piece of the call handling that one RingCentral write owns: the unit in which a change and a
 * concurrent edit are compared, and in which a rollback or an undo restores the previous state.
 * `rule-order` changes when a rule is added or the rules' relative order differs (a deletion alone
 * leaves the order of the others as it was).
 */
export type CallHandlingPart =
  | 'time-zone'
  | 'business-hours'
  | 'business-hours-destination'
  | 'after-hours-destination'
  | 'rule-order'
  | `rule:${string}`
  | `ivr-menu:${string}`
  | `call-queue:${string}`;

/** The parts that differ between two states. The account's extensions, number and operator are read-only and not parts. */
export function changedParts(a: CallHandling, b: CallHandling): ReadonlySet<CallHandlingPart> {
  const parts = new Set<CallHandlingPart>();
  if (a.timeZone !== b.timeZone) parts.add('time-zone');
  if (!isSameWeeklySchedule(a.businessHours, b.businessHours)) parts.add('business-hours');
  if (!isSameDestination(a.businessHoursDestination, b.businessHoursDestination)) parts.add('business-hours-destination');
  if (!isSameDestination(a.afterHoursDestination, b.afterHoursDestination)) parts.add('after-hours-destination');
  for (const id of new Set([...a.customRules, ...b.customRules].map((rule) => rule.id))) {
    const left = a.customRules.find((rule) => rule.id === id);
    const right = b.customRules.find((rule) => rule.id === id);
    if (left === undefined || right === undefined || !isSameRule(left, right)) parts.add(`rule:${id}`);
  }
  if (isRuleOrderChanged(a.customRules, b.customRules)) parts.add('rule-order');
  for (const menu of b.ivrMenus) {
    const old = a.ivrMenus.find((candidate) => candidate.id === menu.id);
    if (old !== undefined && !isSameIvrActions(old.actions, menu.actions)) parts.add(`ivr-menu:${menu.id}`);
  }
  for (const queue of b.callQueues) {
    const old = a.callQueues.find((candidate) => candidate.id === queue.id);
    if (old !== undefined && !isSameQueueRinging(old, queue)) parts.add(`call-queue:${queue.id}`);
  }
  return parts;
}

/**
 * The parts a change from `before` to `intended` touches that are no longer in `live` as they were
 * in `before`: someone changed them since. A new time zone shifts every time, so it clashes with
 * any change. Empty: the change can still be made as planned.
 */
export function clashingParts(before: CallHandling, intended: CallHandling, live: CallHandling): ReadonlySet<CallHandlingPart> {
  const drift = changedParts(before, live);
  return drift.has('time-zone') ? drift : sharedParts(changedParts(before, intended), drift);
}

/** The parts in both sets. */
export function sharedParts(a: ReadonlySet<CallHandlingPart>, b: ReadonlySet<CallHandlingPart>): ReadonlySet<CallHandlingPart> {
  return new Set([...a].filter((part) => b.has(part)));
}

/**
 * `current` with the given parts taken from `previous`: the target of a rollback or an undo.
 * A rule part restores the rule's content, removes a rule `previous` did not have, or brings back
 * one it had (with its old id, which `planChanges` reads as a rule to create). Rules are put in
 * `previous`'s order, with rules only `current` has after them, which is where RingCentral (it
 * only ever appends) has them anyway. The after-hours destination follows the hours: none while
 * open 24/7, the company greeting when hours come back without one.
 */
export function restoreParts(current: CallHandling, previous: CallHandling, parts: ReadonlySet<CallHandlingPart>): CallHandling {
  const businessHours = parts.has('business-hours') ? previous.businessHours : current.businessHours;
  const afterHours = parts.has('after-hours-destination') ? previous.afterHoursDestination : current.afterHoursDestination;
  return {
    ...current,
    businessHours,
    businessHoursDestination: parts.has('business-hours-destination') ? previous.businessHoursDestination : current.businessHoursDestination,
    afterHoursDestination: resolveAfterHoursDestination({ businessHours, afterHoursDestination: afterHours }),
    customRules: restoreRules(current.customRules, previous.customRules, parts),
    ivrMenus: current.ivrMenus.map((menu) => {
      const old = previous.ivrMenus.find((candidate) => candidate.id === menu.id);
      return old !== undefined && parts.has(`ivr-menu:${menu.id}`) ? { ...menu, actions: old.actions } : menu;
    }),
    callQueues: current.callQueues.map((queue) => {
      const old = previous.callQueues.find((candidate) => candidate.id === queue.id);
      return old !== undefined && parts.has(`call-queue:${queue.id}`) ? { ...queue, memberIds: old.memberIds, ringMode: old.ringMode } : queue;
    }),
  };
}

/**
 * Gives the new rules of `target` (ids that `base` does not have, such as the placeholders
 * `new-1`) the ids RingCentral gave them in `live`, matching by content in creation order. Rules
 * of `live` that no new rule of `target` claims (another admin's) are left alone. Returns the
 * target with real ids and the ids it adopted.
 */
export function adoptCreatedRuleIds(
  target: CallHandling,
  base: CallHandling,
  live: CallHandling,
): { readonly target: CallHandling; readonly adoptedIds: ReadonlyArray<string> } {
  const baseIds = new Set(base.customRules.map((rule) => rule.id));
  const unclaimed = live.customRules.filter((rule) => !baseIds.has(rule.id));
  const adoptedIds: string[] = [];
  const customRules = target.customRules.map((rule) => {
    if (baseIds.has(rule.id)) return rule;
    const index = unclaimed.findIndex((candidate) => isSameRule(candidate, rule));
    if (index === -1) return rule;
    const [match] = unclaimed.splice(index, 1);
    adoptedIds.push(match!.id);
    return { ...rule, id: match!.id };
  });
  return { target: { ...target, customRules }, adoptedIds };
}

function restoreRules(current: ReadonlyArray<CustomRule>, previous: ReadonlyArray<CustomRule>, parts: ReadonlySet<CallHandlingPart>): CustomRule[] {
  const currentById = new Map(current.map((rule) => [rule.id, rule]));
  const previousById = new Map(previous.map((rule) => [rule.id, rule]));
  const bringsBack = previous.some((rule) => parts.has(`rule:${rule.id}`) && !currentById.has(rule.id));
  if (!parts.has('rule-order') && !bringsBack) {
    // Only contents change (or rules go): the live order stays.
    return current.flatMap((rule) => {
      if (!parts.has(`rule:${rule.id}`)) return [rule];
      const old = previousById.get(rule.id);
      return old === undefined ? [] : [old];
    });
  }
  const restored = previous.flatMap((rule) => {
    if (parts.has(`rule:${rule.id}`)) return [rule];
    const live = currentById.get(rule.id);
    return live === undefined ? [] : [live];
  });
  const onlyCurrent = current.filter((rule) => !previousById.has(rule.id) && !parts.has(`rule:${rule.id}`));
  return [...restored, ...onlyCurrent];
}

function isRuleOrderChanged(a: ReadonlyArray<CustomRule>, b: ReadonlyArray<CustomRule>): boolean {
  const aIds = new Set(a.map((rule) => rule.id));
  const bIds = new Set(b.map((rule) => rule.id));
  if (b.some((rule) => !aIds.has(rule.id))) return true;
  const commonA = a.filter((rule) => bIds.has(rule.id)).map((rule) => rule.id);
  const commonB = b.filter((rule) => aIds.has(rule.id)).map((rule) => rule.id);
  return !isSameRingOrder(commonA, commonB);
}
