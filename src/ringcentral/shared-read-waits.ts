import type { RateLimitGate } from './rate-limit-wait.ts';

/** The waits of one read that several callers share (the gateway's read cache). */
export interface SharedReadWaits {
  /** Passes a gate the read met to everyone sharing it. */
  tell(gate: RateLimitGate): void;
  /** Adds a caller's listener; one who joins during a wait hears of it at once, with what is left of it. */
  join(onGate: ((gate: RateLimitGate) => void) | undefined): void;
}

/**
 * The read runs in the context of whoever started it, so without this a second person whose
 * command joins it would wait in silence.
 */
export function createSharedReadWaits(): SharedReadWaits {
  const listeners = new Set<(gate: RateLimitGate) => void>();
  let longest: RateLimitGate | undefined;
  return {
    tell(gate) {
      if (longest === undefined || gate.until > longest.until) longest = gate;
      for (const listener of listeners) listener(gate);
    },
    join(onGate) {
      if (onGate === undefined) return;
      listeners.add(onGate);
      if (longest !== undefined && longest.until > Date.now()) onGate(longest);
    },
  };
}
