import type { ChangeOperation, ChangePlan } from './change-plan.ts';
import type { CallHandling, CallQueue, CustomRule } from './model.ts';
import {
  CREATED_AFTER_HOURS_RULE,
  isAlwaysOpen,
  resolveAfterHoursRule,
  resolveMembersAfterBulkAssign,
  withCreatedRule,
} from './ringcentral-behaviour.ts';

/**
 * The call handling RingCentral would hold after applying `plan` to `before`, op by op with its
 * side effects (hours leaving 24/7 create the after-hours rule with the company greeting; going
 * 24/7 removes it). Created rules get the ids `new-1`, `new-2`, … in creation order.
 * Throws on a plan that RingCentral would refuse (unknown rule or menu, after-hours rule while
 * 24/7): that is a bug in whoever built the plan.
 */
export function applyPlanToModel(before: CallHandling, plan: ChangePlan): CallHandling {
  let state = before;
  let created = 0;
  const nextId = (): string => {
    let id: string;
    do {
      created += 1;
      id = `new-${created}`;
    } while (state.customRules.some((rule) => rule.id === id));
    return id;
  };
  for (const operation of plan) state = applyOperation(state, operation, nextId);
  return state;
}

function applyOperation(state: CallHandling, operation: ChangeOperation, nextId: () => string): CallHandling {
  switch (operation.kind) {
    case 'set-business-hours': {
      const afterHoursDestination = resolveAfterHoursRule(
        state.businessHours,
        operation.businessHours,
        state.afterHoursDestination,
        CREATED_AFTER_HOURS_RULE.destination,
      );
      return { ...state, businessHours: operation.businessHours, afterHoursDestination };
    }
    case 'set-default-destination':
      if (operation.rule === 'business-hours') return { ...state, businessHoursDestination: operation.destination };
      if (isAlwaysOpen(state.businessHours)) {
        throw new Error('The plan sets the after-hours rule while business hours are 24/7, when that rule does not exist');
      }
      return { ...state, afterHoursDestination: operation.destination };
    case 'create-rule':
      return { ...state, customRules: withCreatedRule(state.customRules, { ...operation.rule, id: nextId() }) };
    case 'update-rule':
      requireRule(state.customRules, operation.rule.id);
      return {
        ...state,
        customRules: state.customRules.map((rule) => (rule.id === operation.rule.id ? operation.rule : rule)),
      };
    case 'delete-rule':
      requireRule(state.customRules, operation.ruleId);
      return { ...state, customRules: state.customRules.filter((rule) => rule.id !== operation.ruleId) };
    case 'set-ivr-actions':
      if (!state.ivrMenus.some((menu) => menu.id === operation.menuId)) {
        throw new Error(`The plan changes IVR menu ${operation.menuId}, which the account does not have`);
      }
      return {
        ...state,
        ivrMenus: state.ivrMenus.map((menu) => (menu.id === operation.menuId ? { ...menu, actions: operation.actions } : menu)),
      };
    case 'set-queue-members':
      return withQueue(state, operation.queueId, (queue) => ({
        ...queue,
        memberIds: resolveMembersAfterBulkAssign(queue.memberIds, operation.addedIds, operation.removedIds),
      }));
    case 'set-queue-ring-mode':
      return withQueue(state, operation.queueId, (queue) => ({ ...queue, ringMode: operation.ringMode, memberIds: operation.memberIds }));
  }
}

function withQueue(state: CallHandling, queueId: string, change: (queue: CallQueue) => CallQueue): CallHandling {
  if (!state.callQueues.some((queue) => queue.id === queueId)) {
    throw new Error(`The plan changes call queue ${queueId}, which the account does not have`);
  }
  return { ...state, callQueues: state.callQueues.map((queue) => (queue.id === queueId ? change(queue) : queue)) };
}

function requireRule(rules: ReadonlyArray<CustomRule>, ruleId: string): void {
  if (!rules.some((rule) => rule.id === ruleId)) {
    throw new Error(`The plan changes custom rule ${ruleId}, which the account does not have`);
  }
}
