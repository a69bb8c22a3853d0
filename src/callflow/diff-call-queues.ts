import type { CallHandlingChange } from './call-handling-change.ts';
import type { ExtensionDirectory } from './describe-destination.ts';
import { isSameMemberSet, isSameRingOrder } from './is-same-ring-order.ts';
import type { CallQueue, RingMode } from './model.ts';
import { isSameQueueRinging } from './ringcentral-behaviour.ts';

/** A ring mode in the words of the commands that set it. */
export function describeRingMode(ringMode: RingMode): string {
  switch (ringMode) {
    case 'Simultaneous':
      return 'all at once';
    case 'FixedOrder':
      return 'in order';
    case 'Rotating':
      return 'longest idle';
  }
}

/**
 * The call queues whose members or ring mode differ, matched by id, e.g. `Call queue "Support
 * Queue" (ext 200): rings Alice Jones, Bob Smith in order instead of all at once`.
 */
export function diffCallQueues(
  before: ExtensionDirectory & { readonly callQueues: ReadonlyArray<CallQueue> },
  after: ExtensionDirectory & { readonly callQueues: ReadonlyArray<CallQueue> },
): ReadonlyArray<CallHandlingChange> {
  return after.callQueues.flatMap((queue): CallHandlingChange[] => {
    const old = before.callQueues.find((candidate) => candidate.id === queue.id);
    if (old === undefined || isSameQueueRinging(old, queue)) return [];
    // The members are named again only when they, or their order in a fixed order, changed.
    const sameMembers =
      isSameMemberSet(old.memberIds, queue.memberIds) &&
      (queue.ringMode !== 'FixedOrder' || old.ringMode !== 'FixedOrder' || isSameRingOrder(old.memberIds, queue.memberIds));
    const was = sameMembers ? describeRingMode(old.ringMode) : `${describeMembers(before, old)} ${describeRingMode(old.ringMode)}`;
    return [
      {
        kind: 'call-queue',
        queueId: queue.id,
        text: `Call queue "${queue.name}" (ext ${queue.extensionNumber}): rings ${describeMembers(after, queue)} ${describeRingMode(queue.ringMode)} instead of ${was}`,
      },
    ];
  });
}

function describeMembers(directory: ExtensionDirectory, queue: CallQueue): string {
  if (queue.memberIds.length === 0) return 'no one';
  return queue.memberIds
    .map((id) => directory.extensions.find((extension) => extension.id === id)?.name ?? `unknown extension ${id}`)
    .join(', ');
}
