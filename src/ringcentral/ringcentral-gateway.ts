import { AsyncLocalStorage } from 'node:async_hooks';
import type { CallHandling, ChangePlan } from '../callflow/index.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { currentTraceId } from '../trace-context.ts';
import { applyChangePlan, type ApplyResult } from './apply-change-plan.ts';
import type { RateLimitGroup } from './rate-limit-group.ts';
import { createWaitTeller, type RateLimitWaitListener } from './rate-limit-wait.ts';
import type { RateLimitBudget, RequestCaller, RequestPriority } from './rate-limiter.ts';
import { readCallHandling } from './read-call-handling.ts';
import type { RingCentralObserver, TokenStatus } from './ringcentral-observer.ts';
import { createRingCentralSession } from './ringcentral-session.ts';
import { createSharedReadWaits, type SharedReadWaits } from './shared-read-waits.ts';
import { createMemoryTokenStore, type TokenStore } from './token-store.ts';

/** Who a call of the gateway is for (`withCaller`). */
export interface RingCentralCaller {
  /** `background` for the scheduler: its requests wait while a person's of the same group wait. Default `interactive`. */
  readonly priority?: RequestPriority;
  /** Told once per wait when a request of this call will wait more than 2 s for the rate limit. */
  readonly onWait?: RateLimitWaitListener;
}

/**
 * Reads and changes one account's company call handling. Every RingCentral or network failure is a
 * RingCentralApiError; only calls made after close() reject with a plain Error (a caller bug).
 */
export interface RingCentralGateway {
  /**
   * Reads the whole company call handling with the fewest requests RingCentral allows. Within
   * `cacheTtlMs` of the last read (and with no write since) the answer is that read's, shared by
   * everyone who asks meanwhile; `fresh` reads RingCentral whatever the cache holds, for a check
   * that must see the latest (before writing, the drift watch).
   */
  readCallHandling(options?: { readonly fresh?: boolean }): Promise<CallHandling>;
  /** Applies the operations in order, one request each, stopping at the first failure (no rollback). */
  applyPlan(plan: ChangePlan): Promise<ApplyResult>;
  /**
   * Runs `work` for `caller`: the RingCentral requests it makes take the caller's priority, and
   * the caller hears of their waits (a shared read's too). Outside it a call is interactive and
   * nobody is told.
   */
  withCaller<T>(caller: RingCentralCaller, work: () => Promise<T>): Promise<T>;
  /** What is left this minute of the budget of the groups a read of the call handling spends. */
  readBudget(): ReadonlyArray<RateLimitBudget>;
  /**
   * Whether the session holds a token that has not expired (the access token, or the refresh
   * token the SDK renews it with), from the expiry times alone: no request, so a probe may ask
   * often. `none` before the first request logs in, and after a refused refresh.
   */
  tokenStatus(): TokenStatus;
  /**
   * Logs in now rather than at the first request: a bot replica that has not been asked anything
   * yet holds a token too, so its readiness (which needs one) is true and traffic can reach it.
   */
  connect(): Promise<void>;
  /** Saves the session and drops idle connections; the saved session is kept for the next start. */
  close(): Promise<void>;
}

/** Options of createRingCentralGateway. */
export interface RingCentralGatewayOptions {
  readonly serverUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly jwt: string;
  /** Where tokens are kept between runs; in memory when absent. */
  readonly tokenStore?: TokenStore;
  readonly logger?: Logger;
  /** Replaces real waiting (backoff, rate-limit pauses); tests pass a faster one. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** `attempts` counts the first try (default 4); backoff starts at `baseDelayMs` (default 250) and doubles. */
  readonly retry?: { readonly attempts?: number; readonly baseDelayMs?: number };
  /** How long a read answers later reads (0, the default: never). Writes through this gateway clear it. */
  readonly cacheTtlMs?: number;
  /** The clock of the read cache; tests pass their own. */
  readonly now?: () => number;
  /** Hears of every RingCentral exchange and rate-limit wait (metrics). */
  readonly observer?: RingCentralObserver;
}

const DEFAULT_ATTEMPTS = 4;
const DEFAULT_BASE_DELAY_MS = 250;
/** The groups of the requests a whole read sends (docs section 4.1). */
const READ_GROUPS: ReadonlyArray<RateLimitGroup> = ['Light', 'Medium'];
const INTERACTIVE: RequestCaller = { priority: 'interactive' };

/**
 * Creates the gateway. Nothing is sent until the first call, which reuses the saved session or
 * logs in with the JWT.
 */
export function createRingCentralGateway(options: RingCentralGatewayOptions): RingCentralGateway {
  // The caller travels with the async context, through the SDK, down to the rate limiter.
  const callers = new AsyncLocalStorage<RequestCaller>();
  const logger = options.logger ?? silentLogger;
  const session = createRingCentralSession({
    serverUrl: options.serverUrl.replace(/\/+$/, ''),
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    jwt: options.jwt,
    tokenStore: options.tokenStore ?? createMemoryTokenStore(),
    logger,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    retry: {
      attempts: options.retry?.attempts ?? DEFAULT_ATTEMPTS,
      baseDelayMs: options.retry?.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
    },
    caller: () => callers.getStore() ?? INTERACTIVE,
    ...(options.observer ? { observer: options.observer } : {}),
  });
  // The workflow reads before it applies, so the zone is known by then; until it is, dates go out in UTC.
  let timeZone = 'UTC';
  const cacheTtlMs = options.cacheTtlMs ?? 0;
  const now = options.now ?? Date.now;
  // A burst of commands (or App Home views) shares one read instead of spending the rate limit on
  // identical ones; whatever a person previews is checked against a fresh read before it is written.
  // Its trace id too: the requests of a shared read are logged under the interaction that started it.
  let cache: { readonly startedAt: number; readonly handling: Promise<CallHandling>; readonly waits: SharedReadWaits; readonly traceId: string | undefined } | undefined;
  const readAndKeepZone = (): Promise<CallHandling> =>
    readCallHandling(session).then((value) => {
      timeZone = value.timeZone;
      return value;
    });
  return {
    readCallHandling(read = {}) {
      const caller = callers.getStore();
      // The scheduler's reads neither join nor start a shared read: a person joining one would wait at its priority.
      const shares = cacheTtlMs > 0 && caller?.priority !== 'background';
      if (!shares) return readAndKeepZone();
      if (read.fresh !== true && cache !== undefined && now() - cache.startedAt < cacheTtlMs) {
        cache.waits.join(caller?.onGate);
        // This interaction sends nothing: its log says whose RingCentral requests answered it.
        if (cache.traceId !== currentTraceId()) logger.debug({ sharedReadOf: cache.traceId }, 'RingCentral read shared with another interaction');
        return cache.handling;
      }
      const waits = createSharedReadWaits();
      waits.join(caller?.onGate);
      const handling = callers.run({ priority: 'interactive', onGate: (gate) => waits.tell(gate) }, readAndKeepZone);
      const entry = { startedAt: now(), handling, waits, traceId: currentTraceId() };
      cache = entry;
      handling.catch(() => {
        if (cache === entry) cache = undefined;
      });
      return handling;
    },
    async applyPlan(plan) {
      cache = undefined;
      try {
        return await applyChangePlan(session, plan, timeZone);
      } finally {
        // A read that started during the writes may hold some of them and not others.
        cache = undefined;
      }
    },
    withCaller(caller, work) {
      // Each caller dedupes its own waits: a read's dozen requests meet the same gate.
      const onGate = caller.onWait === undefined ? undefined : createWaitTeller(caller.onWait);
      return callers.run({ priority: caller.priority ?? 'interactive', onGate }, work);
    },
    readBudget: () => READ_GROUPS.map((group) => session.budget(group)),
    tokenStatus: () => session.tokenStatus(),
    connect: () => session.connect(),
    close: () => session.close(),
  };
}
