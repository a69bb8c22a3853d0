import { adoptCreatedRuleIds, type CallHandlingRequest } from '../callflow/index.ts';
import type { ChangeRequest, ChangeRequestStore } from '../store/index.ts';

/**
 * How many applied requests, newest first, are searched for the closure rules Switchboard made. A
 * closure lasts hours or days, far fewer changes than this; one older than that is no longer
 * recognised and so is left alone (never deleted by mistake).
 */
export const CLOSURE_HISTORY_LIMIT = 500;

/** A rule a request created or deleted, by id, with its name. */
interface RuleRef {
  readonly id: string;
  readonly name: string;
}

/**
 * The ids of the closure rules Switchboard made, from the audit trail of applied requests: the rule
 * each applied `close` created, and the rule an applied undo brought back in place of one of those
 * (RingCentral gives a re-created rule a new id). A rule a person named "Closed until …" is never
 * among them. Ids of rules deleted since may be included; callflow only matches live rules.
 */
export async function readOwnClosureRuleIds(requests: Pick<ChangeRequestStore, 'list'>): Promise<ReadonlyArray<string>> {
  const applied = await requests.list({ statuses: ['applied'], limit: CLOSURE_HISTORY_LIMIT });
  return resolveOwnClosureRuleIds([...applied].reverse());
}

/** `readOwnClosureRuleIds` over applied requests given oldest first. */
export function resolveOwnClosureRuleIds(appliedOldestFirst: ReadonlyArray<ChangeRequest>): ReadonlyArray<string> {
  const own = new Set<string>();
  const byId = new Map(appliedOldestFirst.map((request) => [request.id, request]));
  for (const request of appliedOldestFirst) {
    const { intent } = request;
    if (intent.kind === 'close') {
      // A close creates its closure rule and nothing else (it updates one it replaces in place).
      for (const rule of createdRules(request)) own.add(rule.id);
    } else if (intent.kind === 'undo') {
      // An undo re-creates what the undone request deleted; those of Switchboard's closures stay Switchboard's.
      const undone = byId.get(intent.requestId);
      if (undone === undefined) continue;
      const names = new Set(deletedRules(undone).filter((rule) => own.has(rule.id)).map((rule) => rule.name));
      for (const rule of createdRules(request)) if (names.has(rule.name)) own.add(rule.id);
    }
  }
  return [...own];
}

/**
 * `request` with the ids of Switchboard's closure rules filled in when it is an `open` or a `close`
 * (what callflow needs to tell them from rules a person named "Closed until …"); others unchanged.
 */
export async function withOwnClosureRuleIds(
  requests: Pick<ChangeRequestStore, 'list'>,
  request: CallHandlingRequest,
): Promise<CallHandlingRequest> {
  if (request.kind !== 'open' && request.kind !== 'close') return request;
  return { ...request, closureRuleIds: await readOwnClosureRuleIds(requests) };
}

/** The rules an applied request created, with the ids RingCentral gave them. */
function createdRules(request: ChangeRequest): ReadonlyArray<RuleRef> {
  const operations = request.outcome?.operations ?? [];
  if (operations.length > 0) {
    return operations.flatMap((result) =>
      result.operation.kind === 'create-rule' && result.result === 'done' && result.createdRuleId !== undefined
        ? [{ id: result.createdRuleId, name: result.operation.rule.name }]
        : [],
    );
  }
  // Settled after a restart (no operations recorded): the new rules it intended, found by content.
  if (request.preApply === undefined || request.applied === undefined) return [];
  const { target, adoptedIds } = adoptCreatedRuleIds(request.intended, request.preApply, request.applied);
  return target.customRules.filter((rule) => adoptedIds.includes(rule.id)).map(({ id, name }) => ({ id, name }));
}

/** The rules an applied request deleted. */
function deletedRules(request: ChangeRequest): ReadonlyArray<RuleRef> {
  const operations = request.outcome?.operations ?? [];
  if (operations.length > 0) {
    return operations.flatMap((result) =>
      result.operation.kind === 'delete-rule' && result.result === 'done' ? [{ id: result.operation.ruleId, name: result.operation.name }] : [],
    );
  }
  if (request.preApply === undefined || request.applied === undefined) return [];
  const kept = new Set(request.applied.customRules.map((rule) => rule.id));
  return request.preApply.customRules.filter((rule) => !kept.has(rule.id)).map(({ id, name }) => ({ id, name }));
}
