import type { Logger } from '../logger.ts';
import { rateLimitGroupOf } from './rate-limit-group.ts';
import type { RateLimiter, RequestCaller } from './rate-limiter.ts';
import type { ObservedRequest } from './ringcentral-observer.ts';

/** The fetch Request/Response surface the transport needs (the SDK hands it node-fetch objects). */
export interface TransportRequest {
  readonly method: string;
  readonly url: string;
  clone(): TransportRequest;
}
/** The fetch Response surface the transport needs. */
export interface TransportResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}
/** A fetch function over those surfaces. */
export type TransportFetch = (request: TransportRequest) => Promise<TransportResponse>;

/** How often and how patiently failed requests are repeated. */
export interface RetryPolicy {
  /** Tries per request, the first one included (also the number of 429 penalties waited out). */
  readonly attempts: number;
  /** The first backoff; each further retry doubles it. */
  readonly baseDelayMs: number;
}

/** Options of createTransportFetch. */
export interface TransportFetchOptions {
  readonly fetch: TransportFetch;
  readonly limiter: RateLimiter;
  readonly sleep: (ms: number) => Promise<void>;
  readonly retry: RetryPolicy;
  readonly logger: Logger;
  /** True once the gateway is closed: nothing is retried after that. */
  readonly isClosed?: () => boolean;
  /** Who the request being sent is for (the gateway's per-call context); interactive and untold when absent. */
  readonly caller?: () => RequestCaller;
  /** Told of every exchange, retries included (metrics). */
  readonly onRequest?: (request: ObservedRequest) => void;
}

/**
 * Socket errors that prove the request never reached RingCentral, so even a write can be repeated.
 * ECONNRESET is not among them: the server may have acted before the connection dropped.
 */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/**
 * Wraps the SDK's fetch so every request, token requests included, goes through the rate limiter
 * and the retry policy. Sitting under the SDK means its own 401-refresh-retry logic still runs on
 * top, and a 429 on the token endpoint is waited out instead of ending the session.
 *
 * What is repeated, and why:
 * - 429, any method: RingCentral rejected the request before acting on it. Sent again once the
 *   penalty is over (the limiter keeps the whole group silent until then).
 * - GET: on 5xx (but 501) and on any network failure, with exponential backoff. Reads are safe.
 * - PUT, DELETE: only when the connection was never made (see NOT_SENT_CODES). Both are idempotent,
 *   but after a 5xx or a dropped connection we cannot tell whether RingCentral applied the change,
 *   and the workflow layer re-reads the state and decides; a repeated DELETE would also turn a
 *   success into a misleading 404.
 * - POST: never (only the 429 above). A repeated create makes a duplicate rule.
 */
export function createTransportFetch(options: TransportFetchOptions): TransportFetch {
  const { limiter, sleep, retry, logger } = options;
  const attempts = Math.max(1, retry.attempts);
  return async function transportFetch(request) {
    const method = request.method.toUpperCase();
    const path = new URL(request.url).pathname;
    const group = rateLimitGroupOf(method, path);
    const caller = options.caller?.();
    let failures = 0;
    let penalties = 0;
    for (;;) {
      const ticket = await limiter.acquire(group, caller);
      const startedAt = Date.now();
      let response: TransportResponse;
      try {
        response = await options.fetch(request.clone());
      } catch (error) {
        ticket.settle(undefined);
        options.onRequest?.({ group, status: 'network-error' });
        failures += 1;
        const code = errorCode(error);
        if (failures < attempts && isRepeatableFailure(method, code) && !options.isClosed?.()) {
          const delayMs = backoff(retry.baseDelayMs, failures);
          logger.warn({ method, path, code, attempt: failures, delayMs }, 'RingCentral request failed on the network; retrying');
          await sleep(delayMs);
          continue;
        }
        throw error;
      }
      ticket.settle(response);
      options.onRequest?.({ group, status: response.status });
      logger.debug({ method, path, status: response.status, group, ms: Date.now() - startedAt }, 'RingCentral request');
      if (options.isClosed?.()) return response;
      if (response.status === 429 && penalties + 1 < attempts) {
        penalties += 1;
        await discard(response);
        logger.warn({ method, path, retryAfter: response.headers.get('retry-after') }, 'RingCentral rate limit hit; waiting out the penalty');
        continue;
      }
      if (method === 'GET' && response.status >= 500 && response.status !== 501 && failures + 1 < attempts) {
        failures += 1;
        await discard(response);
        const delayMs = backoff(retry.baseDelayMs, failures);
        logger.warn({ method, path, status: response.status, attempt: failures, delayMs }, 'RingCentral read failed; retrying');
        await sleep(delayMs);
        continue;
      }
      return response;
    }
  };
}

function isRepeatableFailure(method: string, code: string | undefined): boolean {
  if (method === 'GET') return true;
  if (method === 'PUT' || method === 'DELETE') return code !== undefined && NOT_SENT_CODES.has(code);
  return false;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  if (typeof code === 'string') return code;
  return typeof errno === 'string' ? errno : undefined;
}

function backoff(baseDelayMs: number, failures: number): number {
  return baseDelayMs * 2 ** (failures - 1);
}

/** Reads and drops a body we will not use, so its keep-alive socket is freed. */
async function discard(response: TransportResponse): Promise<void> {
  await response.text().catch(() => undefined);
}
