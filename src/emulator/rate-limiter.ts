import type { ThrottlingGroup } from './spec-validator.ts';

/** Per-group request limits; the defaults are RingCentral's documented ones. */
export interface RateLimitSettings {
  windowSeconds: number;
  penaltySeconds: number;
  limits: { Light: number; Medium: number; Heavy: number; Auth: number };
}

/** RingCentral's defaults: a 60 s window and a 60 s penalty (docs/ringcentral-api.md 4.1). */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  windowSeconds: 60,
  penaltySeconds: 60,
  limits: { Light: 50, Medium: 40, Heavy: 10, Auth: 5 },
};

/** The verdict on one request, with the headers RingCentral sends along. */
export interface RateLimitVerdict {
  readonly allowed: boolean;
  /** The request arrived while its group was already in a penalty (and restarted it). */
  readonly duringPenalty: boolean;
  readonly headers: Readonly<Record<string, string>>;
}

/** Counts requests per (token owner, group) over a sliding window. */
export interface RateLimiter {
  check(owner: string, group: ThrottlingGroup, now: number): RateLimitVerdict;
}

interface Bucket {
  arrivals: number[];
  penaltyUntil: number;
}

/** Settings with a partial override merged over the defaults (limits merged per group). */
export function resolveRateLimits(override: Partial<RateLimitSettings> | undefined): RateLimitSettings {
  return {
    windowSeconds: override?.windowSeconds ?? DEFAULT_RATE_LIMITS.windowSeconds,
    penaltySeconds: override?.penaltySeconds ?? DEFAULT_RATE_LIMITS.penaltySeconds,
    limits: { ...DEFAULT_RATE_LIMITS.limits, ...override?.limits },
  };
}

/**
 * Creates RingCentral's limiter. Over the limit a group goes into a penalty; any request during
 * the penalty is refused and starts the penalty again (the "429 trap" clients must avoid by
 * waiting out `Retry-After`). A penalty replaces the window, so afterwards a full window is free.
 * With `false` nothing is limited and only `X-Rate-Limit-Group` is sent.
 */
export function createRateLimiter(settings: RateLimitSettings | false): RateLimiter {
  const buckets = new Map<string, Bucket>();
  return {
    check(owner, group, now) {
      const groupHeader = { 'X-Rate-Limit-Group': group.toLowerCase() };
      if (settings === false) return { allowed: true, duringPenalty: false, headers: groupHeader };
      const limit = settings.limits[group];
      const headers = (remaining: number) => ({
        ...groupHeader,
        'X-Rate-Limit-Limit': String(limit),
        'X-Rate-Limit-Remaining': String(remaining),
        'X-Rate-Limit-Window': String(settings.windowSeconds),
      });
      const key = `${owner}\u0000${group}`;
      const bucket = buckets.get(key) ?? { arrivals: [], penaltyUntil: 0 };
      buckets.set(key, bucket);
      const refuse = (duringPenalty: boolean): RateLimitVerdict => {
        bucket.penaltyUntil = now + settings.penaltySeconds * 1000;
        bucket.arrivals = [];
        return {
          allowed: false,
          duringPenalty,
          headers: { ...headers(0), 'Retry-After': String(settings.penaltySeconds) },
        };
      };
      if (now < bucket.penaltyUntil) return refuse(true);
      const windowStart = now - settings.windowSeconds * 1000;
      bucket.arrivals = bucket.arrivals.filter((arrival) => arrival > windowStart);
      if (bucket.arrivals.length >= limit) return refuse(false);
      bucket.arrivals.push(now);
      return { allowed: true, duringPenalty: false, headers: headers(limit - bucket.arrivals.length) };
    },
  };
}
