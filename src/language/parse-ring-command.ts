import type { CommandParser } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import { describeEntry, directoryEntries } from './directory-entries.ts';
import type { RingMode } from './intent.ts';
import { resolveTarget } from './resolve-target.ts';
import { suggestCandidates } from './suggest-candidates.ts';

const RING = /^ring\s+(.+)$/i;
const MODES: ReadonlyArray<readonly [RegExp, RingMode]> = [
  [/\s+(?:all\s+at\s+once|simultaneously|at\s+the\s+same\s+time|together)$/i, 'Simultaneous'],
  [/\s+(?:in\s+order|in\s+sequence|in\s+turn|one\s+by\s+one|sequentially)$/i, 'FixedOrder'],
  [/\s+(?:longest\s+idle|round\s+robin|rotating|in\s+rotation)$/i, 'Rotating'],
];

/**
 * `ring <queue> all at once|in order|longest idle`: a call queue's ring mode (RingCentral's
 * `transferMode`: Simultaneous, FixedOrder, Rotating).
 *
 * @example parseRingCommand('ring Sales in order', context) // { kind: 'set-ring-mode', queueId: '201', ringMode: 'FixedOrder' }
 */
export const parseRingCommand: CommandParser = (text, context) => {
  const command = RING.exec(text);
  if (!command) return null;
  const body = (command[1] ?? '').trim();
  const mode = MODES.find(([pattern]) => pattern.test(body));
  if (mode === undefined) return refuse('ring-mode-missing', body);
  const name = body.replace(mode[0], '').trim();
  const queues = directoryEntries(context).filter((entry) => entry.type === 'Department');
  const resolution = resolveTarget(name, context, { allowUsers: false });
  if (resolution === null) {
    return refuse('target-unknown', name, suggestCandidates(name, queues, (queue) => queue.name).map(describeEntry));
  }
  if (!resolution.ok) return resolution;
  const target = resolution.target;
  const queue = target.kind === 'extension' ? queues.find((entry) => entry.id === target.extensionId) : undefined;
  if (queue === undefined) return refuse('target-not-queue', name);
  return { ok: true, intent: { kind: 'set-ring-mode', queueId: queue.id, ringMode: mode[1] } };
};
