import { usesOwnAnsweringRules } from '../callflow/ringcentral-behaviour.ts';
import { apiFailure, invalidParameter, resourceNotFound } from './api-error.ts';
import { findExtension } from './account-routes.ts';
import { queueOf, ringOrderOf, saveQueue } from './call-queue-routes.ts';
import { TRANSFER_MODES, type CallQueueRecord, type TransferMode } from './emulator-state.ts';
import { extensionUri } from './resource-uris.ts';
import { failWith, ok, type Route, type RouteContext, type RouteResult } from './route-types.ts';

/** The only extension rule the emulator serves: a call queue's business-hours rule. */
const QUEUE_RULE_ID = 'business-hours-rule';

/** `CallHandlingRuleInfo` of a queue: `AgentQueue` with its `queue.transferMode`. */
function queueRuleView(context: RouteContext, record: CallQueueRecord) {
  const queue: Record<string, unknown> = { transferMode: record.queue.transferMode };
  if (record.queue.transferMode === 'FixedOrder') {
    queue.fixedOrderAgents = ringOrderOf(record).map((id, index) => {
      const extension = context.state.extensions.find((candidate) => String(candidate.id) === id);
      return { extension: { id, uri: extensionUri(context, id), extensionNumber: extension?.extensionNumber, name: extension?.name }, index: index + 1 };
    });
  }
  return {
    uri: `${extensionUri(context, record.id)}/answering-rule/${QUEUE_RULE_ID}`,
    id: QUEUE_RULE_ID,
    type: 'BusinessHours',
    enabled: true,
    callHandlingAction: 'AgentQueue',
    queue,
  };
}

/** The queue a request is about, or the failure to answer with. */
function locateQueue(context: RouteContext): { ok: true; record: CallQueueRecord } | { ok: false; result: RouteResult } {
  const extension = findExtension(context, context.params.extensionId);
  if (extension === undefined) return { ok: false, result: failWith(resourceNotFound('extensionId')) };
  // Switchboard never asks for a user's rules (callflow's RingCentral behaviour `new-call-handling`).
  if (!usesOwnAnsweringRules(extension.type)) {
    const message = 'The emulator serves extension answering rules of call queues (Department extensions) only';
    return { ok: false, result: failWith(apiFailure(501, 'EMU-501', message, 'extensionId')) };
  }
  if (context.params.ruleId !== QUEUE_RULE_ID) return { ok: false, result: failWith(resourceNotFound('ruleId')) };
  return { ok: true, record: queueOf(context.state, String(extension.id)) };
}

function readQueueRule(context: RouteContext): RouteResult {
  const located = locateQueue(context);
  return located.ok ? ok(queueRuleView(context, located.record)) : located.result;
}

/** Sets how the queue rings (`Simultaneous`, `FixedOrder` with an order, `Rotating` = longest idle). */
function updateQueueRule(context: RouteContext): RouteResult {
  const located = locateQueue(context);
  if (!located.ok) return located.result;
  const body = context.body as {
    callHandlingAction?: string;
    queue?: { transferMode?: TransferMode; fixedOrderAgents?: Array<{ extension?: { id?: string }; index?: number }> };
  };
  if (body.callHandlingAction !== undefined && body.callHandlingAction !== 'AgentQueue') {
    return failWith(invalidParameter('callHandlingAction'));
  }
  const record = located.record;
  const transferMode = body.queue?.transferMode ?? record.queue.transferMode;
  if (!TRANSFER_MODES.includes(transferMode)) return failWith(invalidParameter('queue.transferMode'));
  let agents = record.queue.fixedOrderAgents;
  if (body.queue?.fixedOrderAgents !== undefined) {
    const sent = [...body.queue.fixedOrderAgents].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    const ids = sent.map((agent) => agent.extension?.id ?? '');
    const unknown = ids.some((id) => !record.members.some((member) => String(member.id) === id));
    if (unknown || new Set(ids).size !== ids.length) return failWith(invalidParameter('queue.fixedOrderAgents.extension.id'));
    agents = ids.map((id, index) => ({ extension: { id }, index: index + 1 }));
  }
  const queue: CallQueueRecord['queue'] = agents === undefined ? { transferMode } : { transferMode, fixedOrderAgents: agents };
  const updated = { ...record, queue };
  saveQueue(context.state, updated);
  return ok(queueRuleView(context, updated));
}

/** A call queue's own business-hours rule, for its ring mode. */
export function createQueueRuleRoutes(): Record<string, Route> {
  return {
    readAnsweringRule: { changesState: false, handle: readQueueRule },
    updateAnsweringRule: { changesState: true, handle: updateQueueRule },
  };
}
