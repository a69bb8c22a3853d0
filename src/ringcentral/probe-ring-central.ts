import type { CallHandling } from '../callflow/index.ts';
import type { RingCentralApiError } from './ringcentral-api-error.ts';
import { createRingCentralGateway } from './ringcentral-gateway.ts';
import { createSecretRedactor, type SecretRedactor } from './secret-redactor.ts';
import { invalidResponseError, toRingCentralApiError, type FailedRequest } from './to-ringcentral-api-error.ts';
import { createMemoryTokenStore, type AuthData } from './token-store.ts';

/** Where and as whom to probe. */
export interface RingCentralProbeOptions {
  readonly serverUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly jwt: string;
  /** Also read the whole call handling (about 15 requests), as every command does. */
  readonly read: boolean;
  /** Longest wait for one answer (default 10 s): a check must not hang. */
  readonly timeoutMs?: number;
}

/** One step's outcome: its value, or the failure as the gateway reports it. */
export type ProbeStep<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RingCentralApiError };

/** What a probe found out; the read runs only after a login that worked. */
export interface RingCentralProbe {
  /** RingCentral's clock minus ours, from the `Date` header of its answer to the login; undefined when none came. */
  readonly clockOffsetMs: number | undefined;
  /** The JWT login; its token's `scope` lists the app's permissions. A `network` error: the server was not reached. */
  readonly login: ProbeStep<{ readonly scope: string }>;
  readonly callHandling?: ProbeStep<CallHandling>;
}

const TOKEN: FailedRequest = { method: 'POST', path: '/restapi/oauth/token' };
const REVOKE: FailedRequest = { method: 'POST', path: '/restapi/oauth/revoke' };
const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Logs in with the JWT in a session of its own, reads the call handling through a gateway on that
 * session, and revokes it. The login is sent directly, not through the SDK, because its answer's
 * `scope` and `Date` header are the point. The bot's saved session is left alone.
 */
export async function probeRingCentral(options: RingCentralProbeOptions): Promise<RingCentralProbe> {
  const serverUrl = options.serverUrl.replace(/\/+$/, '');
  const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64');
  const redactor = createSecretRedactor([options.clientSecret, options.jwt, basic]);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const post = (request: FailedRequest, fields: Record<string, string>) =>
    sendOnce(`${serverUrl}${request.path}`, request, timeoutMs, redactor, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(fields).toString(),
    });

  const login = await post(TOKEN, { grant_type: JWT_GRANT, assertion: options.jwt });
  const clockOffsetMs = login.clockOffsetMs;
  if (!login.ok) return { clockOffsetMs, login: { ok: false, error: login.error } };
  const token = await readToken(login.response);
  if (!token.ok) return { clockOffsetMs, login: token };
  const scope = { ok: true, value: { scope: token.value.scope ?? '' } } as const;
  if (!options.read) {
    await post(REVOKE, { token: token.value.access_token });
    return { clockOffsetMs, login: scope };
  }
  const { clientId, clientSecret, jwt } = options;
  const gateway = createRingCentralGateway({ serverUrl, clientId, clientSecret, jwt, tokenStore: createMemoryTokenStore(token.value), retry: { attempts: 1 } });
  try {
    const callHandling = await gateway.readCallHandling().then(
      (value) => ({ ok: true, value }) as const,
      (error: RingCentralApiError) => ({ ok: false, error }) as const,
    );
    return { clockOffsetMs, login: scope, callHandling };
  } finally {
    await gateway.close();
    // The probe's session serves nothing after this; a failed revoke only leaves it to expire.
    await post(REVOKE, { token: token.value.access_token });
  }
}

type Answer =
  | { readonly ok: true; readonly response: Response; readonly clockOffsetMs: number | undefined }
  | { readonly ok: false; readonly error: RingCentralApiError; readonly clockOffsetMs: number | undefined };

/** Sends one request; any answer but a 2xx is the error the gateway would give for it. */
async function sendOnce(url: string, request: FailedRequest, timeoutMs: number, redactor: SecretRedactor, init: RequestInit): Promise<Answer> {
  const sentAt = Date.now();
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return { ok: false, error: await toRingCentralApiError(networkFailure(error, timeoutMs), request, redactor), clockOffsetMs: undefined };
  }
  const clockOffsetMs = offsetFrom(response.headers.get('date'), sentAt, Date.now());
  if (response.ok) return { ok: true, response, clockOffsetMs };
  return { ok: false, error: await toRingCentralApiError({ response }, request, redactor), clockOffsetMs };
}

/**
 * fetch says only "fetch failed"; the socket's code and message are in its cause. Shaped as a
 * node-fetch transport failure (a `type`), which toRingCentralApiError reads as "not reached".
 */
function networkFailure(error: unknown, timeoutMs: number): { readonly type: 'system'; readonly code?: string; readonly message: string } {
  if ((error as Error).name === 'TimeoutError') return { type: 'system', code: 'ETIMEDOUT', message: `no answer within ${timeoutMs / 1000} s` };
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const message = typeof cause?.message === 'string' ? cause.message : (error as Error).message;
  return typeof cause?.code === 'string' ? { type: 'system', code: cause.code, message } : { type: 'system', message };
}

/** The server's clock minus ours at the middle of the exchange; `Date` has whole seconds, which is plenty here. */
function offsetFrom(date: string | null, sentAt: number, receivedAt: number): number | undefined {
  const server = date === null ? Number.NaN : Date.parse(date);
  return Number.isNaN(server) ? undefined : server - (sentAt + receivedAt) / 2;
}

/**
 * The token answer as the SDK saves it, with the expiry times it computes, so a gateway can use
 * the session without logging in again.
 */
async function readToken(response: Response): Promise<ProbeStep<AuthData & { readonly access_token: string }>> {
  let body: Readonly<Record<string, unknown>>;
  try {
    body = ((await response.json()) ?? {}) as Readonly<Record<string, unknown>>;
  } catch {
    return { ok: false, error: invalidResponseError(TOKEN, 'the body is not JSON') };
  }
  const accessToken = body.access_token;
  if (typeof accessToken !== 'string' || accessToken === '') return { ok: false, error: invalidResponseError(TOKEN, 'no access_token') };
  const now = Date.now();
  return {
    ok: true,
    value: {
      ...(body as AuthData),
      access_token: accessToken,
      expire_time: now + Number(body.expires_in ?? 0) * 1000,
      refresh_token_expire_time: now + Number(body.refresh_token_expires_in ?? 0) * 1000,
    },
  };
}
