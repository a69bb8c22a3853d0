import type { RequestTarget } from './call-handling-request.ts';
import { isSameMemberSet } from './is-same-ring-order.ts';
import type { CallHandling, CallQueue, Destination, RingMode } from './model.ts';
import type { ProposalRefusal } from './proposed-change.ts';
import { isSameQueueRinging } from './ringcentral-behaviour.ts';

/** A request target made into a destination, with the call handling it needs (a queue's ring mode). */
export interface ResolvedTarget {
  readonly ok: true;
  readonly handling: CallHandling;
  readonly destination: Destination;
}

/**
 * Where a target sends calls. Several users ring through the call queue whose members are exactly
 * those users; its ring mode (and fixed order) is changed to the one asked for. Switchboard does
 * not create queues, so with no such queue the request is refused with `no-matching-queue`.
 */
export function resolveQueueTarget(handling: CallHandling, target: RequestTarget): ResolvedTarget | ProposalRefusal {
  if (target.kind !== 'users') return { ok: true, handling, destination: target };
  const queue = handling.callQueues.find((candidate) => isSameMemberSet(candidate.memberIds, target.extensionIds));
  if (queue === undefined) return { ok: false, code: 'no-matching-queue' };
  return {
    ok: true,
    handling: withRingMode(handling, queue, target.ringMode, target.extensionIds),
    destination: { kind: 'extension', extensionId: queue.id },
  };
}

/**
 * The call handling with a queue ringing in `ringMode`. A fixed order is `order` when given (the
 * order the requester named the users in), else the queue's current member order.
 */
export function withRingMode(
  handling: CallHandling,
  queue: CallQueue,
  ringMode: RingMode,
  order: ReadonlyArray<string> = queue.memberIds,
): CallHandling {
  const memberIds = ringMode === 'FixedOrder' ? [...new Set(order)] : queue.memberIds;
  if (isSameQueueRinging(queue, { ringMode, memberIds })) return handling;
  const changed: CallQueue = { ...queue, ringMode, memberIds };
  return { ...handling, callQueues: handling.callQueues.map((candidate) => (candidate.id === queue.id ? changed : candidate)) };
}
