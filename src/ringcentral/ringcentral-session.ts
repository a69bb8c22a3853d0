import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { SDK } from '@ringcentral/sdk';
import type { Logger } from '../logger.ts';
import type { RateLimitGroup } from './rate-limit-group.ts';
import { createRateLimiter, type RateLimitBudget, type RequestCaller } from './rate-limiter.ts';
import type { RingCentralObserver, TokenStatus } from './ringcentral-observer.ts';
import { createSdkTokenStorage } from './sdk-token-storage.ts';
import { createSecretRedactor } from './secret-redactor.ts';
import { invalidResponseError, toRingCentralApiError, type FailedRequest } from './to-ringcentral-api-error.ts';
import type { AuthData, TokenStore } from './token-store.ts';
import { createTransportFetch, type RetryPolicy, type TransportFetch } from './transport-fetch.ts';

/** One REST call, by path relative to the server (`/restapi/v1.0/account/~/…`). */
export interface RingCentralRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | ReadonlyArray<string>>>;
  readonly body?: unknown;
}

/** An authenticated, rate-limited connection that answers JSON bodies or throws RingCentralApiError. */
export interface RingCentralSession {
  /** Sends the request and returns the parsed JSON body (undefined for an empty body, e.g. 204). */
  send(request: RingCentralRequest): Promise<unknown>;
  close(): Promise<void>;
}

/** The session the gateway owns, which can also say what is left of each group's budget. */
export interface RateLimitedSession extends RingCentralSession {
  budget(group: RateLimitGroup): RateLimitBudget;
  /** What the token the SDK holds is worth now, without asking RingCentral. */
  tokenStatus(): TokenStatus;
  /** Logs in now (or takes up the saved session) rather than at the first request. */
  connect(): Promise<void>;
}

/** Options of createRingCentralSession. */
export interface RingCentralSessionOptions {
  readonly serverUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly jwt: string;
  readonly tokenStore: TokenStore;
  readonly logger: Logger;
  /** Replaces real waiting (backoff, rate-limit pauses); by default a timer that close() cancels. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly retry: RetryPolicy;
  /** Who the request being sent is for; read when each request starts (the gateway keeps it per call). */
  readonly caller?: () => RequestCaller;
  /** Hears of every exchange and every rate-limit wait (metrics). */
  readonly observer?: RingCentralObserver;
}

const TOKEN_REQUEST: FailedRequest = { method: 'POST', path: '/restapi/oauth/token' };
/** A saved token this close to expiry is treated as expired, as the SDK itself does. */
const EXPIRY_MARGIN_MS = 60_000;
/** Longest wait for one HTTP answer before it counts as a network failure. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Creates a session over @ringcentral/sdk.
 *
 * Login: the first request loads the TokenStore; a saved session whose refresh token (or access
 * token) is still valid is reused, and the JWT is used only when there is none. RingCentral ends
 * sessions when a JWT logs in too often, so this is not an optimisation.
 *
 * Refresh: the SDK refreshes by itself (before expiry, and once after a 401). When that refresh fails
 * (refresh token revoked or expired) the SDK emits `refreshError`, clears its tokens and does not
 * log in again; this session then logs in with the JWT once and repeats the request. A request that
 * got a 401 was not acted on, so repeating it is safe even for a POST.
 */
export function createRingCentralSession(options: RingCentralSessionOptions): RateLimitedSession {
  const { logger } = options;
  const redactor = createSecretRedactor([
    options.clientSecret,
    options.jwt,
    Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64'),
  ]);
  // The SDK's default storage is shared by the whole process; a unique prefix keeps gateways apart.
  const cachePrefix = `switchboard-${randomUUID()}-`;
  const tokenStorage = createSdkTokenStorage({ key: `${cachePrefix}platform`, store: options.tokenStore, redactor, logger });
  const agent = new URL(options.serverUrl).protocol === 'https:' ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const sdk = new SDK({
    server: options.serverUrl,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    cachePrefix,
    handleRateLimit: false,
    localStorage: tokenStorage.storage as unknown as Storage,
    // node-fetch options: our own agent so close() can drop its sockets, and a timeout.
    defaultRequestInit: { agent, timeout: REQUEST_TIMEOUT_MS } as unknown as RequestInit,
  });
  const externals = sdk.externals();
  let closed = false;
  // close() cuts every wait short (a rate-limit penalty can be 60 s), so the process can end.
  const aborter = new AbortController();
  const sleep = options.sleep ?? ((ms: number) => delay(ms, undefined, { signal: aborter.signal }));
  const limiter = createRateLimiter({ sleep, logger, isClosed: () => closed, ...(options.observer?.onRateLimitWait ? { onWaited: options.observer.onRateLimitWait } : {}) });
  externals.fetch = createTransportFetch({
    fetch: externals.fetch as unknown as TransportFetch,
    limiter,
    sleep,
    retry: options.retry,
    logger,
    isClosed: () => closed,
    caller: options.caller,
    ...(options.observer?.onRequest ? { onRequest: options.observer.onRequest } : {}),
  }) as unknown as typeof fetch;

  const platform = sdk.platform();
  const refreshFailures = new WeakSet<object>();
  platform.on(platform.events.refreshError, (error: unknown) => {
    if (typeof error === 'object' && error !== null) refreshFailures.add(error);
    const reason = redactor.redact(error instanceof Error ? error.message : String(error));
    logger.warn({ reason }, 'RingCentral token refresh failed');
  });

  let ready: Promise<void> | undefined;
  let loginInFlight: Promise<void> | undefined;
  /** Bumped by every successful login, so requests that failed together log in only once. */
  let generation = 0;

  function login(reason: string): Promise<void> {
    loginInFlight ??= (async () => {
      logger.info({ reason }, 'Logging in to RingCentral with the JWT');
      try {
        await platform.login({ jwt: options.jwt });
        generation += 1;
      } catch (error) {
        throw await toRingCentralApiError(error, TOKEN_REQUEST, redactor);
      } finally {
        loginInFlight = undefined;
      }
    })();
    return loginInFlight;
  }

  function start(): Promise<void> {
    ready ??= (async () => {
      const saved = await options.tokenStore.load().catch((error: unknown) => {
        // An unreadable store costs one JWT login, not the request.
        logger.warn({ reason: (error as Error).message }, 'Could not load the saved RingCentral session');
        return undefined;
      });
      if (saved && isUsable(saved)) {
        tokenStorage.seed(saved);
        logger.info('Reusing the saved RingCentral session');
        return;
      }
      await login(saved ? 'the saved session has expired' : 'no saved session');
    })().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  return {
    async send(request) {
      if (closed) throw new Error('The RingCentral gateway is closed');
      const where: FailedRequest = { method: request.method, path: request.path };
      await start();
      let loggedInAgain = false;
      for (;;) {
        const generationAtStart = generation;
        let response: Response;
        try {
          response = await platform.send({ method: request.method, url: request.path, query: request.query, body: request.body });
        } catch (error) {
          if (!loggedInAgain && typeof error === 'object' && error !== null && refreshFailures.has(error)) {
            loggedInAgain = true;
            // Another request may have logged in while this one was failing: reuse that session.
            if (generation === generationAtStart) await login('the token refresh failed');
            continue;
          }
          throw await toRingCentralApiError(error, where, redactor);
        }
        return readJsonBody(response, where);
      }
    },
    budget: (group) => limiter.budget(group),
    connect: () => start(),
    tokenStatus() {
      const data = tokenStorage.current();
      if (data === undefined || (!data.access_token && !data.refresh_token)) return 'none';
      return isUsable(data) ? 'valid' : 'expired';
    },
    async close() {
      closed = true;
      aborter.abort();
      await tokenStorage.flush();
      agent.destroy();
    },
  };
}

function isUsable(data: AuthData): boolean {
  const now = Date.now() + EXPIRY_MARGIN_MS;
  const refreshValid = Boolean(data.refresh_token) && (data.refresh_token_expire_time ?? 0) > now;
  const accessValid = Boolean(data.access_token) && (data.expire_time ?? 0) > now;
  return refreshValid || accessValid;
}

async function readJsonBody(response: Response, where: FailedRequest): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidResponseError(where, 'the body is not JSON');
  }
}
