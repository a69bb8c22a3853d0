import type { SeededRandom } from './seeded-random.ts';

/**
 * The kinds of trouble the schedule injects, one kind per change so the emulator's count can be
 * put down to it. `failure-in-rollback` aims a second fault at the rollback of a failed write.
 */
export const FAULT_KINDS = [
  'rate-limit-burst',
  'server-error',
  'dropped-connection',
  'slow',
  'expired-token',
  'revoked-token',
  'failure-in-rollback',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A fault as `PUT /_emulator/faults` takes it (see src/emulator/faults.ts). */
export type EmulatorFault = Readonly<Record<string, unknown>>;

/** A slow answer costs real time (2 s each), so a run has only this many. */
const SLOW_BUDGET = 2;
const SLOW_MS = 2_000;

/**
 * Draws each change's faults from the seed; `slow` is drawn at most SLOW_BUDGET times. `writes`
 * are the HTTP methods of the change's plan, in order, so a write fault aims at a write it makes.
 */
export function createFaultSchedule(random: SeededRandom): {
  draw(writes: ReadonlyArray<string>): { kind: FaultKind; faults: ReadonlyArray<EmulatorFault> };
} {
  let slowLeft = SLOW_BUDGET;
  let rollbacksAimedAt = 0;
  // Kinds are dealt from a shuffled deck, so every kind comes up within a few changes.
  let deck: FaultKind[] = [];
  const deal = (): FaultKind => {
    if (deck.length === 0) deck = shuffle(random, FAULT_KINDS.filter((kind) => kind !== 'failure-in-rollback'));
    const kind = deck.pop()!;
    if (kind !== 'slow') return kind;
    if (slowLeft === 0) return deal();
    slowLeft -= 1;
    return kind;
  };
  return {
    draw(writes) {
      // Changes of several writes are few: a third of them get a failure aimed at their rollback,
      // a third a failure of their last write (to be rolled back), the rest what the deck deals.
      const aim = writes.length > 1 ? random.int(0, 2) : 2;
      if (aim === 0) {
        rollbacksAimedAt += 1;
        return { kind: 'failure-in-rollback', faults: drawRollbackFailure(writes, rollbacksAimedAt % 2 === 1 ? 'read' : 'write') };
      }
      if (aim === 1) {
        const kind = random.pick(['server-error', 'dropped-connection'] as const);
        return { kind, faults: drawFaults(random, kind, writes, true) };
      }
      const kind = deal();
      return { kind, faults: drawFaults(random, kind, writes.length === 0 ? ['PUT'] : writes, false) };
    },
  };
}

function drawFaults(random: SeededRandom, kind: FaultKind, writes: ReadonlyArray<string>, atLastWrite: boolean): ReadonlyArray<EmulatorFault> {
  // A change reads a dozen or more resources one after another, then makes its writes: a read
  // fault may skip far in; a write fault hits one of the plan's writes (or the rollback's).
  const onRead = !atLastWrite && random.chance(0.4);
  const target = atLastWrite ? writes.length - 1 : random.int(0, writes.length - 1);
  const method = onRead ? 'GET' : writes[target]!;
  // Writes to the API, not the token endpoint (which the bursts and token faults reach).
  const path = '/restapi/v1.0/';
  const skip = onRead ? random.int(0, 14) : writes.slice(0, target).filter((other) => other === method).length;
  switch (kind) {
    case 'rate-limit-burst':
      // Any method, the token endpoint included; two in a row on one request outlast the gateway's patience.
      return [{ status: 429, retryAfterSeconds: 1, skip: random.int(0, 12), times: random.int(2, 5) }];
    case 'server-error':
      return [{ method, path, status: random.pick([500, 503]), skip, times: random.int(1, 3) }];
    case 'dropped-connection':
      return [{ method, path, drop: true, skip, times: random.int(1, 3) }];
    case 'slow':
      return [{ method, path, latencyMs: SLOW_MS, skip, times: 1 }];
    case 'expired-token':
      return [{ expireAccessTokens: true, skip: random.int(0, 12), times: random.int(1, 3) }];
    case 'revoked-token':
      // Expired access and revoked refresh tokens at once: only a new JWT login gets the session back.
      return [{ expireAccessTokens: true, revokeRefreshTokens: true, skip: random.int(0, 12), times: random.int(1, 2) }];
    case 'failure-in-rollback':
      return drawRollbackFailure(writes, random.chance(0.5) ? 'read' : 'write');
  }
}

/**
 * Two faults: the plan's last write fails, so the writes before it are rolled back; then
 * RingCentral cannot be read, neither to see whether the failed write happened (a 500 may hide a
 * change) nor by the rollback (each full read gets the IVR menu once, with one retry, and the first
 * read is the one before the writes), or the rollback's own first write fails too.
 */
function drawRollbackFailure(writes: ReadonlyArray<string>, alsoFailing: 'read' | 'write'): ReadonlyArray<EmulatorFault> {
  const path = '/restapi/v1.0/';
  const last = writes.length - 1;
  const failingWrite = writes[last]!;
  const before = writes.slice(0, last);
  // A create is undone by a delete and the other way round; a PUT by a PUT.
  const undoing = ({ POST: 'DELETE', DELETE: 'POST' } as Record<string, string>)[writes[0]!] ?? writes[0]!;
  return [
    { method: failingWrite, path, status: 500, skip: before.filter((other) => other === failingWrite).length, times: 1 },
    alsoFailing === 'read'
      ? { method: 'GET', path: '/ivr-menus/', drop: true, skip: 1, times: 4 }
      : { method: undoing, path, status: 503, skip: before.filter((other) => other === undoing).length, times: 3 },
  ];
}

function shuffle<T>(random: SeededRandom, items: ReadonlyArray<T>): T[] {
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
  }
  return shuffled;
}
