import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { apiFailure, insufficientPermissionsBody, resourceNotFound, ROUTE_NOT_FOUND_BODY, toErrorBody, type ApiFailure } from './api-error.ts';
import type { EmulatorRuntime } from './emulator-runtime.ts';
import { describeFaultStatus, type Fault } from './faults.ts';
import { readBody, sendJson } from './http-io.ts';
import { readBasicAuth } from './oauth-routes.ts';
import type { LoggedRequest } from './request-log.ts';
import type { MatchedOperation } from './spec-validator.ts';

/** The parts of a request every step looks at. */
interface Incoming {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly url: URL;
  readonly baseUrl: string;
  readonly entry: LoggedRequest;
  /** Serve, but break the connection instead of answering (`loseAnswer` fault). */
  readonly loseAnswer: boolean;
}

function answer(incoming: Incoming, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  incoming.entry.status = status;
  if (incoming.loseAnswer) {
    incoming.request.socket.destroy();
    return;
  }
  sendJson(incoming.response, status, body, headers);
}

function answerFailure(incoming: Incoming, failure: ApiFailure, headers: Readonly<Record<string, string>> = {}): void {
  answer(incoming, failure.status, toErrorBody(failure), headers);
}

/**
 * Applies a fault. Returns true when the fault answered (or dropped) the request; false when the
 * request should now be served normally (latency, token faults).
 */
async function applyFault(runtime: EmulatorRuntime, incoming: Incoming, fault: Fault): Promise<boolean> {
  incoming.entry.faulted = true;
  if (fault.expireAccessTokens === true) runtime.tokens.expireAccessTokens();
  if (fault.revokeRefreshTokens === true) runtime.tokens.revokeRefreshTokens();
  if (fault.latencyMs !== undefined) await delay(fault.latencyMs);
  if (fault.drop === true) {
    incoming.entry.status = 0;
    incoming.request.socket.destroy();
    return true;
  }
  if (fault.status === undefined) return false;
  const { errorCode, message } = describeFaultStatus(fault);
  const headers: Record<string, string> = {};
  if (fault.retryAfterSeconds !== undefined) headers['Retry-After'] = String(fault.retryAfterSeconds);
  answerFailure(incoming, apiFailure(fault.status, errorCode, message), headers);
  return true;
}

/** The token owner (or, on the OAuth routes, the client) a request counts against; or why it is refused. */
function authenticate(
  runtime: EmulatorRuntime,
  incoming: Incoming,
  operation: MatchedOperation,
): { ok: true; owner: string; ownerId: string; scope?: ReadonlySet<string> } | { ok: false; failure: ApiFailure } {
  if (operation.throttlingGroup === 'Auth') {
    return { ok: true, owner: `client:${readBasicAuth(incoming.request.headers)?.clientId ?? ''}`, ownerId: '' };
  }
  const header = incoming.request.headers.authorization;
  if (header === undefined || header.trim() === '') {
    return { ok: false, failure: apiFailure(401, 'AGW-401', 'Authorization header is not specified') };
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (match === null) return { ok: false, failure: apiFailure(401, 'AGW-402', 'Invalid Authorization header') };
  const access = runtime.tokens.checkAccess(match[1]!, runtime.now());
  return access.ok ? { ok: true, owner: `owner:${access.ownerId}`, ownerId: access.ownerId, scope: access.scope } : access;
}

/** The body as the spec sees it: a form as an object of strings, anything else as JSON. */
function parseBody(request: IncomingMessage, text: string): { ok: true; body: unknown } | { ok: false } {
  if (text === '') return { ok: true, body: undefined };
  if ((request.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return { ok: true, body: Object.fromEntries(new URLSearchParams(text)) };
  }
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The request URL with `account/~` spelt out as the real account id, as canonical URIs are. */
function canonicalUrl(runtime: EmulatorRuntime, url: URL): URL {
  const canonical = new URL(url.href);
  canonical.pathname = url.pathname.replace(/^(\/restapi\/v1\.0\/account\/)~(?=\/|$)/, `$1${runtime.state.account.id}`);
  return canonical;
}

/** True when the path's `accountId` is `~` or the company's own id. */
function isOwnAccount(runtime: EmulatorRuntime, operation: MatchedOperation): boolean {
  const accountId = operation.params.accountId;
  return accountId === undefined || accountId === '~' || accountId === String(runtime.state.account.id);
}

async function serve(runtime: EmulatorRuntime, incoming: Incoming, text: string): Promise<void> {
  const { request, url } = incoming;
  const method = (request.method ?? 'GET').toUpperCase();
  const operation = runtime.validator.match(method, url.pathname);
  if (operation === null) return answer(incoming, 404, ROUTE_NOT_FOUND_BODY);
  incoming.entry.group = operation.throttlingGroup.toLowerCase();
  // Gateway order: who is calling, then are they over their limit, then is the request valid.
  const caller = authenticate(runtime, incoming, operation);
  if (!caller.ok) return answerFailure(incoming, caller.failure, { 'X-Rate-Limit-Group': incoming.entry.group });
  const verdict = runtime.rateLimiter.check(caller.owner, operation.throttlingGroup, runtime.now());
  incoming.entry.duringPenalty = verdict.duringPenalty;
  const headers = verdict.headers;
  if (!verdict.allowed) return answerFailure(incoming, apiFailure(429, 'CMN-301', 'Request rate exceeded'), headers);
  const permission = operation.appPermission;
  if (permission !== undefined && caller.scope !== undefined && !caller.scope.has(permission)) {
    return answer(incoming, 403, insufficientPermissionsBody(permission), headers);
  }
  if (!isOwnAccount(runtime, operation)) return answerFailure(incoming, resourceNotFound('accountId'), headers);
  const parsed = parseBody(request, text);
  if (!parsed.ok) return answerFailure(incoming, apiFailure(400, 'CMN-103', "JSON can't be parsed"), headers);
  const route = runtime.routes[operation.operationId];
  if (route?.validatesItself !== true) {
    const invalid = runtime.validator.validate(operation, {
      method,
      pathname: url.pathname,
      search: url.search,
      headers: request.headers,
      body: parsed.body,
    });
    if (invalid !== null) return answerFailure(incoming, invalid, headers);
  }
  if (route === undefined) {
    const message = `The emulator does not implement [${operation.operationId}]`;
    return answerFailure(incoming, apiFailure(501, 'EMU-501', message), headers);
  }
  // A route that changes state works on a copy, so a refused request leaves nothing half-done.
  const state = route.changesState ? structuredClone(runtime.state) : runtime.state;
  const result = route.handle({
    state,
    params: operation.params,
    query: url.searchParams,
    body: parsed.body,
    headers: request.headers,
    baseUrl: incoming.baseUrl,
    requestUrl: canonicalUrl(runtime, url),
    ownerId: caller.ownerId,
    now: runtime.now(),
  });
  if (route.changesState && result.status >= 200 && result.status < 300) {
    runtime.state = state;
    await runtime.persist(state);
  }
  answer(incoming, result.status, result.body, { ...headers, ...result.headers });
}

/**
 * Serves one /restapi request the way RingCentral's gateway and API would: faults first, then
 * routing (AGW-404), authentication, rate limits, the token's app permissions (CMN-401), spec
 * validation and the route itself.
 * Every request is logged in arrival order.
 */
export async function handleRestapiRequest(
  runtime: EmulatorRuntime,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  baseUrl: string,
): Promise<void> {
  const entry = runtime.requests.record((request.method ?? 'GET').toUpperCase(), url.pathname, runtime.now());
  const text = await readBody(request);
  const fault = runtime.faults.take(entry.method, url.pathname);
  const incoming: Incoming = { request, response, url, baseUrl, entry, loseAnswer: fault?.loseAnswer === true };
  if (fault !== null && (await applyFault(runtime, incoming, fault))) return;
  if (text === null) return answerFailure(incoming, apiFailure(413, 'CMN-101', 'Request body is too large', 'body'));
  try {
    await serve(runtime, incoming, text);
  } catch (error) {
    // A bug in the emulator, not an API answer: say so plainly rather than hang the client.
    answerFailure(incoming, apiFailure(500, 'EMU-500', `Emulator error: ${(error as Error).message}`));
  }
}
