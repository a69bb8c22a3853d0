import { resolveFixedRingOrder, resolveMembersAfterBulkAssign } from '../callflow/ringcentral-behaviour.ts';
import { apiFailure, resourceNotFound } from './api-error.ts';
import type { CallQueueRecord, EmulatorState } from './emulator-state.ts';
import { buildPage, readPageRequest } from './paging.ts';
import { accountUri, extensionUri } from './resource-uris.ts';
import { failWith, ok, type Route, type RouteContext, type RouteResult } from './route-types.ts';

/** A queue's stored record; a `Department` extension without one is an empty, simultaneous queue. */
export function queueOf(state: EmulatorState, queueId: string): CallQueueRecord {
  return state.callQueues?.find((queue) => queue.id === queueId) ?? { id: queueId, members: [], queue: { transferMode: 'Simultaneous' } };
}

/** Stores a queue's record, adding it when the queue had none. */
export function saveQueue(state: EmulatorState, record: CallQueueRecord): void {
  const others = (state.callQueues ?? []).filter((queue) => queue.id !== record.id);
  const index = (state.callQueues ?? []).findIndex((queue) => queue.id === record.id);
  state.callQueues = index < 0 ? [...others, record] : [...others.slice(0, index), record, ...others.slice(index)];
}

/** True when the id names a call queue (`Department` extension). */
export function isQueue(state: EmulatorState, id: string | undefined): boolean {
  return state.extensions.some((extension) => String(extension.id) === id && extension.type === 'Department');
}

function listQueues(context: RouteContext): RouteResult {
  const paging = readPageRequest(context.query);
  if (!paging.ok) return failWith(paging.failure);
  const member = context.query.get('memberExtensionId');
  const records = context.state.extensions
    .filter((extension) => extension.type === 'Department')
    .filter((extension) => member === null || queueOf(context.state, String(extension.id)).members.some((m) => String(m.id) === member))
    .map((extension) => ({
      uri: `${accountUri(context)}/call-queues/${extension.id}`,
      id: String(extension.id),
      extensionNumber: extension.extensionNumber,
      name: extension.name,
      status: extension.status,
    }));
  return ok(buildPage(records, paging.request, context.requestUrl));
}

function listMembers(context: RouteContext): RouteResult {
  const queueId = context.params.groupId ?? '';
  if (!isQueue(context.state, queueId)) return failWith(resourceNotFound('groupId'));
  const paging = readPageRequest(context.query);
  if (!paging.ok) return failWith(paging.failure);
  const records = queueOf(context.state, queueId).members.map((member) => ({
    uri: extensionUri(context, member.id),
    id: member.id,
    extensionNumber: context.state.extensions.find((extension) => extension.id === member.id)?.extensionNumber,
  }));
  return ok(buildPage(records, paging.request, context.requestUrl));
}

/** A queue's `fixedOrderAgents` as the ids of the order it rings its members in. */
export function ringOrderOf(record: CallQueueRecord): string[] {
  const agents = (record.queue.fixedOrderAgents ?? []).map((agent) => ({ id: agent.extension.id, index: agent.index }));
  return resolveFixedRingOrder(agents, record.members.map((member) => String(member.id)));
}

/**
 * Adds and removes members; only `User` extensions can be members. Answers 204. Members and a
 * fixed order change as callflow's RingCentral behaviour `queue-ring-order` says.
 */
function bulkAssign(context: RouteContext): RouteResult {
  const queueId = context.params.groupId ?? '';
  if (!isQueue(context.state, queueId)) return failWith(resourceNotFound('groupId'));
  const body = context.body as { addedExtensionIds?: string[]; removedExtensionIds?: string[] };
  const added = body.addedExtensionIds ?? [];
  const removed = body.removedExtensionIds ?? [];
  for (const id of added) {
    const extension = context.state.extensions.find((candidate) => String(candidate.id) === id);
    if (extension === undefined) return failWith(resourceNotFound('addedExtensionIds', 400));
    if (extension.type !== 'User') {
      return failWith(apiFailure(400, 'CMN-101', `Extension of type [${extension.type}] cannot be included into call queue`, 'addedExtensionIds'));
    }
  }
  const record = queueOf(context.state, queueId);
  const memberIds = resolveMembersAfterBulkAssign(record.members.map((member) => String(member.id)), added, removed);
  const queue = { ...record.queue };
  if (queue.fixedOrderAgents !== undefined) {
    const order = resolveMembersAfterBulkAssign(ringOrderOf(record), added, removed);
    queue.fixedOrderAgents = order.map((id, index) => ({ extension: { id }, index: index + 1 }));
  }
  saveQueue(context.state, { ...record, members: memberIds.map((id) => ({ id: Number(id) })), queue });
  return { status: 204 };
}

/** Call queues: list, members, bulk member changes. */
export function createCallQueueRoutes(): Record<string, Route> {
  return {
    listCallQueues: { changesState: false, handle: listQueues },
    listCallQueueMembers: { changesState: false, handle: listMembers },
    assignMultipleCallQueueMembers: { changesState: true, handle: bulkAssign },
  };
}
