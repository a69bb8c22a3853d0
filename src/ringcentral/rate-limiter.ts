import type { Logger } from '../logger.ts';
import { parseRateLimitGroup, RATE_LIMIT_GROUPS, type RateLimitGroup } from './rate-limit-group.ts';
import type { RateLimitGate, RateLimitWaitReason } from './rate-limit-wait.ts';
import type { ObservedRateLimitWait } from './ringcentral-observer.ts';

/** RingCentral's default per-user limits, requests per window (docs section 4.1). */
export const DEFAULT_RATE_LIMITS: Readonly<Record<RateLimitGroup, number>> = { Light: 50, Medium: 40, Heavy: 10, Auth: 5 };
const DEFAULT_WINDOW_SECONDS = 60;
/** RingCentral's SDK default when a 429 carries no Retry-After. */
const DEFAULT_PENALTY_SECONDS = 60;
/** Sent a little after the penalty ends: Retry-After is rounded and our clock starts late, but not by much. */
const PENALTY_MARGIN_MS = 100;
/** Enough parallelism for a full read; more buys nothing and risks a burst past the limit. */
const DEFAULT_MAX_IN_FLIGHT = 6;

/** The response facts the limiter follows. */
export interface RateLimitOutcome {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
}

/** Permission to send one request; settle it exactly once when the request ends. */
export interface RateLimitTicket {
  readonly group: RateLimitGroup;
  /** Reports the response (or undefined when none arrived) so the limiter can follow the server's counters. */
  settle(outcome: RateLimitOutcome | undefined): void;
}

/** A person waits for `interactive` requests; the scheduler's `background` ones can wait longer. */
export type RequestPriority = 'interactive' | 'background';

/** Who asks for a request: its place in the queue, and who hears of the gates it waits at. */
export interface RequestCaller {
  readonly priority: RequestPriority;
  /** Called each time the request finds its group closed, before it waits. */
  readonly onGate?: (gate: RateLimitGate) => void;
}

/** What is left of a group's budget in the current window, as far as the limiter knows. */
export interface RateLimitBudget {
  readonly group: RateLimitGroup;
  readonly remaining: number;
  readonly limit: number;
}

/** Paces requests per throttling group so the bot stays inside RingCentral's limits. */
export interface RateLimiter {
  /**
   * Waits until a request of the group may be sent without risking a 429 or a penalty restart.
   * Background requests go only when no interactive one of the group is waiting.
   */
  acquire(group: RateLimitGroup, caller?: RequestCaller): Promise<RateLimitTicket>;
  /** The group's budget left: 0 while it is closed, else RingCentral's last count less what was sent since. */
  budget(group: RateLimitGroup): RateLimitBudget;
}

const INTERACTIVE: RequestCaller = { priority: 'interactive' };

/** Options of createRateLimiter; every field has a RingCentral default. */
export interface RateLimiterOptions {
  readonly sleep: (ms: number) => Promise<void>;
  readonly limits?: Partial<Record<RateLimitGroup, number>>;
  readonly windowSeconds?: number;
  readonly maxInFlight?: number;
  readonly logger?: Logger;
  /** True once the owner is closed: waiting requests give up instead of being sent. */
  readonly isClosed?: () => boolean;
  /** Told how long a request waited at a closed gate, once the gate reopens (metrics). */
  readonly onWaited?: (wait: ObservedRateLimitWait) => void;
}

interface GroupState {
  readonly group: RateLimitGroup;
  limit: number;
  windowMs: number;
  /** Our own send times in the current window; the fallback when the server sends no headers. */
  sentAt: number[];
  /** Sequence number of the last request sent in this group. */
  seq: number;
  /** The freshest X-Rate-Limit-Remaining, the sequence number of the request it answered, and when it came. */
  known: { remaining: number; seq: number; at: number } | undefined;
  inFlight: number;
  /** Set while the group must stay silent (a 429 penalty, or the window after Remaining hit 0). */
  gate: Promise<void> | undefined;
  gateUntil: number;
  gateReason: RateLimitWaitReason;
  gateId: number;
  waiters: Array<() => void>;
  /** Interactive requests inside acquire(): background ones wait until there are none. */
  interactiveWaiting: number;
}

/**
 * Creates a per-group limiter.
 *
 * - Until a response has told us a group's counters, one request of that group is in flight at a
 *   time: a burst sent blind could overrun a limit lower than the default and start a penalty.
 * - After that, requests go out while the last `X-Rate-Limit-Remaining` minus those sent since is
 *   positive; when Remaining reaches 0 the group waits out `X-Rate-Limit-Window`.
 * - A 429 closes the group for `Retry-After` seconds (60 when absent). Nothing of that group is
 *   sent meanwhile, because any request during the penalty restarts it (the "429 trap").
 * - Without headers our own count per window is kept under the default limit.
 * - Interactive requests go first: a background one (the scheduler's) waits while an interactive
 *   request of its group is waiting, so people are not queued behind the drift watch.
 * - A request that finds its group closed tells its caller's `onGate` first: waits can be long,
 *   and the person behind the request should hear why.
 *
 * Every wait ends by resetting the group to "unknown", so the next request probes again; this also
 * keeps the limiter correct when `sleep` is replaced by a fast fake in tests.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const windowMs = (options.windowSeconds ?? DEFAULT_WINDOW_SECONDS) * 1000;
  const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  const states = new Map<RateLimitGroup, GroupState>(
    RATE_LIMIT_GROUPS.map((group) => [
      group,
      {
        group,
        limit: options.limits?.[group] ?? DEFAULT_RATE_LIMITS[group],
        windowMs,
        sentAt: [],
        seq: 0,
        known: undefined,
        inFlight: 0,
        gate: undefined,
        gateUntil: 0,
        gateReason: 'budget',
        gateId: 0,
        waiters: [],
        interactiveWaiting: 0,
      },
    ]),
  );
  const stateOf = (group: RateLimitGroup): GroupState => states.get(group)!;

  function wake(state: GroupState): void {
    const waiters = state.waiters.splice(0);
    for (const resolve of waiters) resolve();
  }

  function close(state: GroupState, ms: number, why: RateLimitWaitReason, reason: string, level: 'info' | 'warn'): void {
    const until = Date.now() + ms;
    if (until <= state.gateUntil) return;
    state.gateUntil = until;
    state.gateReason = why;
    const id = ++state.gateId;
    options.logger?.[level]({ group: state.group, waitMs: Math.round(ms), reason }, 'RingCentral rate limit: pausing this group');
    const reopen = (): void => {
      // A later, longer pause replaced this one: leave the state to it.
      if (state.gateId !== id) return;
      state.gate = undefined;
      state.gateUntil = 0;
      state.sentAt = [];
      state.known = undefined;
      wake(state);
    };
    // A sleep cut short by close() ends the pause too; acquire() then sees the gateway is closed.
    state.gate = options.sleep(ms).then(reopen, reopen);
    wake(state);
  }

  type Verdict = 'send' | 'wait-for-response' | 'closed';

  function verdict(state: GroupState): Verdict {
    if (state.inFlight >= maxInFlight) return 'wait-for-response';
    const now = Date.now();
    state.sentAt = state.sentAt.filter((at) => at > now - state.windowMs);
    if (state.sentAt.length >= state.limit) {
      // Our own count is at the limit: wait a whole window after the last send, then start afresh.
      const last = state.sentAt[state.sentAt.length - 1]!;
      close(state, last + state.windowMs - now, 'budget', 'local count reached the limit', 'info');
      return 'closed';
    }
    if (state.known === undefined) return state.inFlight === 0 ? 'send' : 'wait-for-response';
    const estimate = state.known.remaining - (state.seq - state.known.seq);
    if (estimate > 0) return 'send';
    if (state.inFlight > 0) return 'wait-for-response';
    // Nothing in flight will bring fresher counters (their responses had none): probe again.
    state.known = undefined;
    return 'send';
  }

  function settle(state: GroupState, seq: number, outcome: RateLimitOutcome | undefined): void {
    state.inFlight -= 1;
    if (outcome) {
      const headerGroup = parseRateLimitGroup(outcome.headers.get('x-rate-limit-group'));
      if (headerGroup && headerGroup !== state.group) {
        options.logger?.debug({ expected: state.group, actual: headerGroup }, 'RingCentral reports another rate-limit group');
      }
      const limit = parsePositiveInt(outcome.headers.get('x-rate-limit-limit'));
      const window = parsePositiveInt(outcome.headers.get('x-rate-limit-window'));
      const remaining = parseNonNegativeInt(outcome.headers.get('x-rate-limit-remaining'));
      if (limit !== undefined) state.limit = limit;
      if (window !== undefined) state.windowMs = window * 1000;
      if (outcome.status === 429) {
        const seconds = parseRetryAfter(outcome.headers.get('retry-after')) ?? DEFAULT_PENALTY_SECONDS;
        close(state, seconds * 1000 + PENALTY_MARGIN_MS, 'retry-after', '429 Too Many Requests', 'warn');
        // The server's word on the group wins: keep that one quiet too.
        if (headerGroup && headerGroup !== state.group) {
          close(stateOf(headerGroup), seconds * 1000 + PENALTY_MARGIN_MS, 'retry-after', '429 Too Many Requests', 'warn');
        }
      } else if (remaining !== undefined) {
        // Responses can overtake each other; only a later request's counters are fresher.
        if (state.known === undefined || seq >= state.known.seq) state.known = { remaining, seq, at: Date.now() };
        if (remaining === 0) close(state, state.windowMs, 'budget', 'X-Rate-Limit-Remaining reached 0', 'info');
      }
    }
    wake(state);
  }

  const nextWake = (state: GroupState): Promise<void> => new Promise<void>((resolve) => state.waiters.push(resolve));

  async function acquire(state: GroupState, caller: RequestCaller): Promise<RateLimitTicket> {
    const background = caller.priority === 'background';
    for (;;) {
      if (options.isClosed?.()) throw new Error('The RingCentral gateway is closed');
      if (state.gate) {
        caller.onGate?.({ reason: state.gateReason, group: state.group, until: state.gateUntil });
        const reason = state.gateReason;
        const waitStartedAt = Date.now();
        await state.gate;
        options.onWaited?.({ group: state.group, reason, waitedMs: Date.now() - waitStartedAt });
        continue;
      }
      if (background && state.interactiveWaiting > 0) {
        await nextWake(state);
        continue;
      }
      const next = verdict(state);
      if (next === 'closed') continue;
      if (next === 'wait-for-response') {
        await nextWake(state);
        continue;
      }
      state.seq += 1;
      state.inFlight += 1;
      state.sentAt.push(Date.now());
      const seq = state.seq;
      let settled = false;
      return {
        group: state.group,
        settle(outcome) {
          if (settled) return;
          settled = true;
          settle(state, seq, outcome);
        },
      };
    }
  }

  return {
    async acquire(group, caller = INTERACTIVE) {
      const state = stateOf(group);
      if (caller.priority === 'background') return acquire(state, caller);
      state.interactiveWaiting += 1;
      try {
        return await acquire(state, caller);
      } finally {
        state.interactiveWaiting -= 1;
        // The background requests held back for this one may go now.
        if (state.interactiveWaiting === 0) wake(state);
      }
    },
    budget(group) {
      const state = stateOf(group);
      if (state.gate) return { group, remaining: 0, limit: state.limit };
      const now = Date.now();
      const sentInWindow = state.sentAt.filter((at) => at > now - state.windowMs).length;
      // Counters older than a window say nothing: the budget has refilled since, and no request may come to refresh them.
      const { known } = state;
      const remaining = known === undefined || known.at <= now - state.windowMs ? state.limit - sentInWindow : known.remaining - (state.seq - known.seq);
      return { group, remaining: Math.max(0, remaining), limit: state.limit };
    },
  };
}

function parsePositiveInt(value: string | null): number | undefined {
  const n = parseNonNegativeInt(value);
  return n !== undefined && n > 0 ? n : undefined;
}

function parseNonNegativeInt(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}

/** Retry-After is seconds (RingCentral) or an HTTP date (RFC 9110); both are accepted. */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value.trim());
  if (value.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}
