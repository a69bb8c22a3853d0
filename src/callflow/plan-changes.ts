import type { ChangeOperation, ChangePlan } from './change-plan.ts';
import { isSameDestination, isSameIvrActions, isSameRule, isSameWeeklySchedule } from './is-same-rule.ts';
import type { CallHandling, CallQueue, CustomRule, IvrMenu } from './model.ts';
import { isSameRingOrder } from './is-same-ring-order.ts';
import { CREATED_AFTER_HOURS_RULE, resolveAfterHoursDestination, resolveMembersAfterBulkAssign } from './ringcentral-behaviour.ts';

/**
 * The smallest list of RingCentral writes that turns `before` into `after`. Custom rules are
 * matched by id; a rule of `after` whose id is not in `before` is new (its id is a placeholder).
 * The account's extensions, time zone, main number and operator are read-only and ignored.
 *
 * Order: call queues, business hours, default-rule destinations, rule deletes, rule updates,
 * rule creates, IVR menus. Queues go first so a rule newly sent to a queue rings it as requested
 * from the first call.
 */
export function planChanges(before: CallHandling, after: CallHandling): ChangePlan {
  return [
    ...planCallQueues(before.callQueues, after.callQueues),
    ...planDefaultRules(before, after),
    ...planCustomRules(before.customRules, after.customRules),
    ...planIvrMenus(before.ivrMenus, after.ivrMenus),
  ];
}

function planDefaultRules(before: CallHandling, after: CallHandling): ChangeOperation[] {
  const operations: ChangeOperation[] = [];
  // Business hours go first: they decide whether the after-hours rule exists at all.
  if (!isSameWeeklySchedule(before.businessHours, after.businessHours)) {
    operations.push({ kind: 'set-business-hours', businessHours: after.businessHours });
  }
  if (!isSameDestination(before.businessHoursDestination, after.businessHoursDestination)) {
    operations.push({ kind: 'set-default-destination', rule: 'business-hours', destination: after.businessHoursDestination });
  }
  const target = resolveAfterHoursDestination(after);
  // Going 24/7 removes the after-hours rule, so there is nothing to set. Otherwise the rule is
  // either kept as it was or created by RingCentral with the company greeting.
  if (target !== undefined) {
    const current = resolveAfterHoursDestination(before) ?? CREATED_AFTER_HOURS_RULE.destination;
    if (!isSameDestination(current, target)) {
      operations.push({ kind: 'set-default-destination', rule: 'after-hours', destination: target });
    }
  }
  return operations;
}

/*
 * RingCentral evaluates custom rules in creation order, appends every new rule at the end and has
 * no way to reorder (behaviour `rule-order` in ringcentral-behaviour.ts). So the existing rules that can stay are exactly the longest prefix of `after`
 * made of existing rules still in their old relative order: every rule after that prefix has to
 * be created (again) behind them, and a kept rule past a recreated one would end up in front of
 * it. A longest increasing subsequence is not enough, because recreated rules land at the end.
 */
function planCustomRules(before: ReadonlyArray<CustomRule>, after: ReadonlyArray<CustomRule>): ChangeOperation[] {
  const positions = new Map(before.map((rule, index) => [rule.id, index]));
  const keptCount = countKeptPrefix(after, positions);
  const kept = after.slice(0, keptCount);
  const keptIds = new Set(kept.map((rule) => rule.id));
  // Deletes come before creates: a re-created rule may reuse the old one's name, and the account
  // has limits on rules and ranges.
  const deletes = before
    .filter((rule) => !keptIds.has(rule.id))
    .map((rule): ChangeOperation => ({ kind: 'delete-rule', ruleId: rule.id, name: rule.name }));
  const updates = kept
    .filter((rule) => {
      const old = before.find((candidate) => candidate.id === rule.id);
      return old === undefined || !isSameRule(old, rule);
    })
    .map((rule): ChangeOperation => ({ kind: 'update-rule', rule }));
  const creates = after.slice(keptCount).map((rule): ChangeOperation => ({ kind: 'create-rule', rule: withoutId(rule) }));
  return [...deletes, ...updates, ...creates];
}

function countKeptPrefix(after: ReadonlyArray<CustomRule>, positions: ReadonlyMap<string, number>): number {
  let previous = -1;
  let count = 0;
  for (const rule of after) {
    const position = positions.get(rule.id);
    if (position === undefined || position <= previous) break;
    previous = position;
    count += 1;
  }
  return count;
}

function withoutId(rule: CustomRule): Omit<CustomRule, 'id'> {
  const { id: _id, ...content } = rule;
  return content;
}

function planIvrMenus(before: ReadonlyArray<IvrMenu>, after: ReadonlyArray<IvrMenu>): ChangeOperation[] {
  // Menus are created and deleted outside Switchboard; only their key actions are written.
  return after.flatMap((menu): ChangeOperation[] => {
    const old = before.find((candidate) => candidate.id === menu.id);
    return old === undefined || isSameIvrActions(old.actions, menu.actions)
      ? []
      : [{ kind: 'set-ivr-actions', menuId: menu.id, actions: menu.actions }];
  });
}

function planCallQueues(before: ReadonlyArray<CallQueue>, after: ReadonlyArray<CallQueue>): ChangeOperation[] {
  // Queues are created and deleted outside Switchboard; only members and ring mode are written.
  return after.flatMap((queue): ChangeOperation[] => {
    const old = before.find((candidate) => candidate.id === queue.id);
    if (old === undefined) return [];
    const operations: ChangeOperation[] = [];
    const addedIds = queue.memberIds.filter((id) => !old.memberIds.includes(id));
    const removedIds = old.memberIds.filter((id) => !queue.memberIds.includes(id));
    if (addedIds.length > 0 || removedIds.length > 0) {
      operations.push({ kind: 'set-queue-members', queueId: queue.id, addedIds, removedIds });
    }
    // The fixed order the member change alone leaves behind.
    const ringOrder = resolveMembersAfterBulkAssign(old.memberIds, addedIds, removedIds);
    if (queue.ringMode !== old.ringMode || (queue.ringMode === 'FixedOrder' && !isSameRingOrder(ringOrder, queue.memberIds))) {
      operations.push({ kind: 'set-queue-ring-mode', queueId: queue.id, ringMode: queue.ringMode, memberIds: queue.memberIds });
    }
    return operations;
  });
}
