import type { RateLimitGroup } from './rate-limit-group.ts';

/** Why a request waits: the group's budget is spent, or RingCentral answered 429 with Retry-After. */
export type RateLimitWaitReason = 'budget' | 'retry-after';

/** A request about to wait for RingCentral's rate limit, as told to whoever is waiting. */
export interface RateLimitWait {
  readonly reason: RateLimitWaitReason;
  readonly group: RateLimitGroup;
  /** How long the wait is expected to last from now. */
  readonly waitMs: number;
}

/** Hears of the waits worth telling a person about; called synchronously, so it must not throw or block. */
export type RateLimitWaitListener = (wait: RateLimitWait) => void;

/** A throttling group the limiter keeps silent, and until when (epoch ms). */
export interface RateLimitGate {
  readonly reason: RateLimitWaitReason;
  readonly group: RateLimitGroup;
  readonly until: number;
}

/** Shorter waits go unsaid: a whole read takes about that long anyway. */
export const WAIT_NOTICE_THRESHOLD_MS = 2_000;

/**
 * Turns the gates one caller's requests meet into what that caller is told: only waits longer than
 * the threshold, and once per wait. A read sends a dozen requests that all meet the same gate, and
 * a second gate ending about when the first does adds nothing worth a second line.
 */
export function createWaitTeller(listener: RateLimitWaitListener): (gate: RateLimitGate) => void {
  let toldUntil = Number.NEGATIVE_INFINITY;
  return (gate) => {
    const waitMs = gate.until - Date.now();
    if (waitMs <= WAIT_NOTICE_THRESHOLD_MS || gate.until <= toldUntil + WAIT_NOTICE_THRESHOLD_MS) return;
    toldUntil = gate.until;
    listener({ reason: gate.reason, group: gate.group, waitMs });
  };
}

/**
 * The line that says so: "Waiting for RingCentral's rate limit (Light group), about 40 s…". With
 * `detail` false it leaves out the group and the cause, for people who never chose either (Slack).
 */
export function describeRateLimitWait(wait: RateLimitWait, detail: boolean): string {
  const seconds = Math.max(1, Math.round(wait.waitMs / 1000));
  const cause = wait.reason === 'retry-after' ? `Retry-After after a 429 on the ${wait.group} group` : `${wait.group} group`;
  return `Waiting for RingCentral's rate limit${detail ? ` (${cause})` : ''}, about ${seconds} s…`;
}
