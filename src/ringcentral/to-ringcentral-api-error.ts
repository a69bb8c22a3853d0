import { z } from 'zod';
import { findGatewayOperation } from './app-permissions.ts';
import { RingCentralApiError, type RingCentralErrorCode } from './ringcentral-api-error.ts';
import type { SecretRedactor } from './secret-redactor.ts';

/** RingCentral's error body (ApiErrorResponseModel plus the OAuth fields); every field optional. */
const errorBodySchema = z.looseObject({
  errorCode: z.string().optional(),
  message: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
  permissionName: z.string().optional(),
  errors: z
    .array(z.looseObject({ errorCode: z.string().optional(), message: z.string().optional(), permissionName: z.string().optional() }))
    .optional(),
});
type ErrorBody = z.infer<typeof errorBodySchema>;

/** The parts of an SDK error (`ApiError`) or a fetch failure that the mapping reads. */
interface SdkErrorLike {
  readonly message?: unknown;
  readonly code?: unknown;
  readonly type?: unknown;
  readonly response?: {
    readonly status: number;
    readonly statusText?: string;
    readonly headers: { get(name: string): string | null };
    clone(): { json(): Promise<unknown> };
  } | null;
}

/** What the failing request was, for the message. */
export interface FailedRequest {
  readonly method: string;
  readonly path: string;
}

/**
 * Turns anything the SDK or fetch threw into a RingCentralApiError with a stable code and a
 * one-line message naming the request. The original error is not kept as the cause, because the
 * SDK's error carries the request with its Authorization header; a redacted copy is kept instead.
 */
export async function toRingCentralApiError(
  error: unknown,
  request: FailedRequest,
  redactor: SecretRedactor,
): Promise<RingCentralApiError> {
  if (error instanceof RingCentralApiError) return error;
  const where = `${request.method} ${request.path}`;
  const raw = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorLike;
  const originalMessage = redactor.redact(oneLine(typeof raw.message === 'string' ? raw.message : String(error)));
  const cause = new Error(originalMessage);
  const response = raw.response ?? undefined;

  if (response === undefined) {
    // No HTTP answer: a network failure, or the SDK giving up before sending because its session is
    // gone ("Refresh token is missing" / "Refresh token has expired").
    const isSession = !isNetworkFailure(raw) && /token/i.test(originalMessage);
    const isNetwork = !isSession;
    const code: RingCentralErrorCode = isSession ? 'unauthorized' : 'network';
    const reason = typeof raw.code === 'string' ? `${raw.code}: ${networkReason(originalMessage)}` : networkReason(originalMessage);
    const message = isNetwork
      ? `Could not reach RingCentral for ${where}: ${reason}`
      : `RingCentral session is not usable for ${where}: ${originalMessage}`;
    return new RingCentralApiError(redactor.redact(message), { code, ...request }, { cause });
  }

  const status = response.status;
  const body = errorBodySchema.safeParse(await readJson(response));
  const first = body.success ? body.data.errors?.[0] : undefined;
  const rcErrorCode = first?.errorCode ?? (body.success ? body.data.errorCode : undefined);
  const rcMessage =
    first?.message ??
    (body.success ? (body.data.error_description ?? body.data.message ?? body.data.error) : undefined) ??
    `${status} ${response.statusText ?? ''}`.trim();
  const requestId = response.headers.get('rcrequestid') ?? undefined;
  const code = codeForStatus(status, request.path);
  const verb = status >= 500 ? 'failed' : 'refused';
  const suffix = rcErrorCode ? ` (${rcErrorCode})` : ` (HTTP ${status})`;
  const missing = status === 403 && body.success ? missingPermissionAdvice(body.data, request) : undefined;
  const message = redactor.redact(`RingCentral ${verb} ${where}: ${missing ?? oneLine(rcMessage)}${suffix}${missing === undefined ? '' : PERMISSION_FIX}`);
  return new RingCentralApiError(
    message,
    { code, ...request, status, ...(rcErrorCode ? { rcErrorCode } : {}), ...(requestId ? { requestId } : {}) },
    { cause },
  );
}

/** What to do once a missing app permission is named: a token keeps the permissions it was issued with. */
const PERMISSION_FIX =
  '. Add it to the app in the RingCentral developer console, then delete ringcentral-tokens.json in SWITCHBOARD_DATA_DIR so the next login gets a token with it.';

/**
 * "the RingCentral app lacks the EditAccounts permission, needed to create answering rules" for a
 * 403 about the app's permissions (CMN-401, legacy code InsufficientPermissions), naming the
 * permission the operation needs by the spec (app-permissions.ts), else as RingCentral named it.
 * Other 403s (a user's role, a forbidden change, a feature the account lacks) are not about the app.
 */
function missingPermissionAdvice(body: ErrorBody, request: FailedRequest): string | undefined {
  const first = body.errors?.[0];
  if (first?.errorCode !== 'CMN-401' && body.errorCode !== 'InsufficientPermissions') return undefined;
  const operation = findGatewayOperation(request.method, request.path);
  const permission = operation?.permission ?? first?.permissionName ?? body.permissionName;
  if (permission === undefined) return undefined;
  return `the RingCentral app lacks the ${permission} permission${operation === undefined ? '' : `, needed to ${operation.purpose}`}`;
}

/** Builds the error for a 2xx body that does not match the schema Switchboard relies on. */
export function invalidResponseError(request: FailedRequest, problem: string): RingCentralApiError {
  return new RingCentralApiError(
    `RingCentral sent an answer Switchboard cannot read for ${request.method} ${request.path}: ${oneLine(problem)}`,
    { code: 'invalid-response', ...request },
  );
}

function codeForStatus(status: number, path: string): RingCentralErrorCode {
  // The token endpoint answers a bad JWT or a dead refresh token with 400 invalid_grant.
  if (path.endsWith('/oauth/token') && status >= 400 && status < 500 && status !== 429) return 'unauthorized';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server-error';
  return 'invalid-request';
}

function isNetworkFailure(raw: SdkErrorLike): boolean {
  // node-fetch marks transport failures with a `type` ('system', 'request-timeout', …) and errno `code`.
  return typeof raw.type === 'string' || (typeof raw.code === 'string' && /^E[A-Z]+/.test(raw.code));
}

/** node-fetch says "request to <url> failed, reason: socket hang up"; keep the reason only. */
function networkReason(message: string): string {
  const match = /reason: (.*)$/.exec(message);
  return match?.[1] ?? message;
}

async function readJson(response: NonNullable<SdkErrorLike['response']>): Promise<unknown> {
  try {
    return await response.clone().json();
  } catch {
    return undefined;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
