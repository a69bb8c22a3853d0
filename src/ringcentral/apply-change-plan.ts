import type CompanyBusinessHoursUpdateRequest from '@rc-ex/core/definitions/CompanyBusinessHoursUpdateRequest';
import type IvrMenuInfo from '@rc-ex/core/definitions/IvrMenuInfo';
import type CallQueueBulkAssignResource from '@rc-ex/core/definitions/CallQueueBulkAssignResource';
import type UpdateAnsweringRuleRequest from '@rc-ex/core/definitions/UpdateAnsweringRuleRequest';
import type { ChangeOperation, ChangePlan, IvrKeyAction, RingMode } from '../callflow/index.ts';
import { getJson } from './get-json.ts';
import { buildCustomRuleRequest, buildCustomRuleUpdate } from './map-custom-rule.ts';
import { buildDestinationFields } from './map-destination.ts';
import { buildWeeklyRanges } from './map-schedule.ts';
import { isRingCentralApiError, RingCentralApiError } from './ringcentral-api-error.ts';
import { RINGCENTRAL_PATHS } from './ringcentral-paths.ts';
import type { RingCentralRequest, RingCentralSession } from './ringcentral-session.ts';
import { createdRuleSchema } from './ringcentral-wire-schema.ts';

/**
 * The outcome of applying a plan. On failure, `done` lists the operations RingCentral applied
 * before the failing one and `createdRuleIds` the rules they created, so the caller can roll back.
 */
export type ApplyResult =
  | { readonly ok: true; readonly createdRuleIds: ReadonlyArray<string> }
  | {
      readonly ok: false;
      readonly done: ReadonlyArray<ChangeOperation>;
      readonly createdRuleIds: ReadonlyArray<string>;
      readonly failed: { readonly operation: ChangeOperation; readonly error: RingCentralApiError };
    };

/**
 * Applies the operations in order, one request each, and stops at the first failure. Nothing is
 * undone here: the workflow layer decides on rollback with the whole picture.
 */
export async function applyChangePlan(session: RingCentralSession, plan: ChangePlan, timeZone: string): Promise<ApplyResult> {
  const done: ChangeOperation[] = [];
  const createdRuleIds: string[] = [];
  for (const operation of plan) {
    let request: RingCentralRequest | undefined;
    try {
      request = buildOperationRequest(operation, timeZone);
      if (operation.kind === 'create-rule') {
        const created = await getJson(session, request, createdRuleSchema);
        createdRuleIds.push(created.id);
      } else {
        await session.send(request);
      }
    } catch (error) {
      return { ok: false, done, createdRuleIds, failed: { operation, error: toApplyError(error, operation, request) } };
    }
    done.push(operation);
  }
  return { ok: true, createdRuleIds };
}

/** Builds the one request that performs an operation. Dates are written with the company offset. */
export function buildOperationRequest(operation: ChangeOperation, timeZone: string): RingCentralRequest {
  switch (operation.kind) {
    case 'set-business-hours': {
      const body: CompanyBusinessHoursUpdateRequest = { schedule: { weeklyRanges: buildWeeklyRanges(operation.businessHours) } };
      return { method: 'PUT', path: RINGCENTRAL_PATHS.businessHours, body };
    }
    case 'set-default-destination':
      return {
        method: 'PUT',
        path: operation.rule === 'business-hours' ? RINGCENTRAL_PATHS.businessHoursRule : RINGCENTRAL_PATHS.afterHoursRule,
        body: buildDestinationFields(operation.destination),
      };
    case 'create-rule':
      return { method: 'POST', path: RINGCENTRAL_PATHS.answeringRules, body: buildCustomRuleRequest(operation.rule, timeZone) };
    case 'update-rule':
      return { method: 'PUT', path: RINGCENTRAL_PATHS.answeringRule(operation.rule.id), body: buildCustomRuleUpdate(operation.rule, timeZone) };
    case 'delete-rule':
      return { method: 'DELETE', path: RINGCENTRAL_PATHS.answeringRule(operation.ruleId) };
    case 'set-ivr-actions': {
      // IVR menu PUT leaves omitted fields alone, so only the actions are sent; the list is replaced whole.
      const body: IvrMenuInfo = { actions: operation.actions.map(buildIvrAction) };
      return { method: 'PUT', path: RINGCENTRAL_PATHS.ivrMenu(operation.menuId), body };
    }
    case 'set-queue-members': {
      const body: CallQueueBulkAssignResource = { addedExtensionIds: [...operation.addedIds], removedExtensionIds: [...operation.removedIds] };
      return { method: 'POST', path: RINGCENTRAL_PATHS.callQueueBulkAssign(operation.queueId), body };
    }
    case 'set-queue-ring-mode':
      return { method: 'PUT', path: RINGCENTRAL_PATHS.callQueueRule(operation.queueId), body: buildQueueRuleUpdate(operation.ringMode, operation.memberIds) };
  }
}

/** The queue rule PUT: the ring mode, and for `FixedOrder` the whole order (indexes from 1). */
function buildQueueRuleUpdate(ringMode: RingMode, memberIds: ReadonlyArray<string>): UpdateAnsweringRuleRequest {
  const fixedOrderAgents = memberIds.map((id, index) => ({ extension: { id }, index: index + 1 }));
  return {
    callHandlingAction: 'AgentQueue',
    queue: ringMode === 'FixedOrder' ? { transferMode: ringMode, fixedOrderAgents } : { transferMode: ringMode },
  };
}

function buildIvrAction(action: IvrKeyAction): NonNullable<IvrMenuInfo['actions']>[number] {
  return {
    input: action.input as NonNullable<IvrMenuInfo['actions']>[number]['input'],
    action: action.action as NonNullable<IvrMenuInfo['actions']>[number]['action'],
    ...(action.extensionId ? { extension: { id: action.extensionId } } : {}),
    ...(action.phoneNumber ? { phoneNumber: action.phoneNumber } : {}),
  };
}

/** A failure before anything was sent (a plan value that cannot be written) is reported like a refusal. */
function toApplyError(error: unknown, operation: ChangeOperation, request: RingCentralRequest | undefined): RingCentralApiError {
  if (isRingCentralApiError(error)) return error;
  const method = request?.method ?? '-';
  const path = request?.path ?? operation.kind;
  return new RingCentralApiError(
    `Switchboard could not build ${method} ${path}: ${error instanceof Error ? error.message : String(error)}`,
    { code: 'invalid-request', method, path },
  );
}
