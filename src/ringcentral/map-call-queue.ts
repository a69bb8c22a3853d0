import { resolveFixedRingOrder, type CallQueue } from '../callflow/index.ts';
import type { WireCallQueue, WireCallQueueRule } from './ringcentral-wire-schema.ts';

/** The answers that together describe one call queue. */
export interface CallQueueWireParts {
  readonly queue: WireCallQueue;
  /** Member extension ids in the order RingCentral lists them. */
  readonly memberIds: ReadonlyArray<string>;
  /** The queue's own business-hours rule, which holds its ring mode. */
  readonly rule: WireCallQueueRule;
}

/**
 * Reads a call queue. For `FixedOrder` the members are put in the order the queue rings them
 * (`fixedOrderAgents` by index, then the members it leaves out).
 */
export function toCallQueue(parts: CallQueueWireParts): CallQueue {
  // RingCentral's default transfer mode for a new queue is Simultaneous.
  const ringMode = parts.rule.queue?.transferMode ?? 'Simultaneous';
  return {
    id: parts.queue.id,
    name: parts.queue.name ?? '',
    extensionNumber: parts.queue.extensionNumber ?? '',
    memberIds: ringMode === 'FixedOrder' ? toFixedOrder(parts) : parts.memberIds,
    ringMode,
  };
}

function toFixedOrder(parts: CallQueueWireParts): ReadonlyArray<string> {
  const agents = (parts.rule.queue?.fixedOrderAgents ?? []).map((agent) => ({ id: agent.extension.id, index: agent.index }));
  return resolveFixedRingOrder(agents, parts.memberIds);
}
