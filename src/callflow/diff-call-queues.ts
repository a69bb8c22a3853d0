import { CALL_HANDLING_MESSAGES, CHANGE_MESSAGES as WORDS, inEachLanguage, say, type Language } from '../i18n/index.ts';
import type { CallHandlingChange } from './call-handling-change.ts';
import type { ExtensionDirectory } from './describe-destination.ts';
import { isSameMemberSet, isSameRingOrder } from './is-same-ring-order.ts';
import type { CallQueue, RingMode } from './model.ts';
import { isSameQueueRinging } from './ringcentral-behaviour.ts';

/** A ring mode in the words of the commands that set it: `all at once` / `en même temps`, `in order`, `longest idle`. */
export function describeRingMode(ringMode: RingMode, language: Language = 'en'): string {
  return say(language, WORDS['ring-mode'], { ringMode });
}

/**
 * The call queues whose members or ring mode differ, matched by id, e.g. `Call queue "Support
 * Queue" (ext 200): rings Alice Jones, Bob Smith in order instead of all at once` / `File d'attente
 * « Support Queue » (poste 200) : fait sonner Alice Jones, Bob Smith dans l'ordre (avant : en même temps)`.
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
    return [
      {
        kind: 'call-queue',
        queueId: queue.id,
        text: inEachLanguage((language) =>
          say(language, WORDS['call-queue'], {
            queue: queue.name,
            number: queue.extensionNumber,
            after: ringing(after, queue, language),
            before: sameMembers ? describeRingMode(old.ringMode, language) : ringing(before, old, language),
          }),
        ),
      },
    ];
  });
}

/** Who a queue rings and how: `Alice Jones, Bob Smith in order` / `… dans l'ordre`. */
function ringing(directory: ExtensionDirectory, queue: CallQueue, language: Language): string {
  return say(language, WORDS['queue-ringing'], { members: describeMembers(directory, queue, language), ringMode: describeRingMode(queue.ringMode, language) });
}

function describeMembers(directory: ExtensionDirectory, queue: CallQueue, language: Language): string {
  if (queue.memberIds.length === 0) return say(language, WORDS['queue-no-members']);
  return queue.memberIds
    .map((id) => directory.extensions.find((extension) => extension.id === id)?.name ?? say(language, CALL_HANDLING_MESSAGES['unknown-extension'], { id }))
    .join(', ');
}
