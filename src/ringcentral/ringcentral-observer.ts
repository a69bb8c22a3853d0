import type { RateLimitGroup } from './rate-limit-group.ts';
import type { RateLimitWaitReason } from './rate-limit-wait.ts';

/** One HTTP exchange with RingCentral, token requests and retries included. */
export interface ObservedRequest {
  readonly group: RateLimitGroup;
  /** The response's status, or `network-error` when none arrived. */
  readonly status: number | 'network-error';
}

/** A request that waited at a closed rate-limit group (a spent budget or a 429's penalty). */
export interface ObservedRateLimitWait {
  readonly group: RateLimitGroup;
  readonly reason: RateLimitWaitReason;
  /** How long it actually waited. */
  readonly waitedMs: number;
}

/**
 * Hears what the gateway does, for metrics; the gateway knows nothing of what is done with it.
 * Called synchronously on the request's path: it must be cheap and must not throw.
 */
export interface RingCentralObserver {
  readonly onRequest?: (request: ObservedRequest) => void;
  readonly onRateLimitWait?: (wait: ObservedRateLimitWait) => void;
}

/** Whether the session holds a token RingCentral would take, as far as its expiry times say. */
export type TokenStatus = 'valid' | 'expired' | 'none';
