/** Every way a RingCentral call can fail, as stable codes callers branch on (never on wording). */
export const RINGCENTRAL_ERROR_CODES = [
  /** The login or token refresh was refused (bad client id/secret/JWT, revoked session), or a 401. */
  'unauthorized',
  /** 403: the app or the JWT user lacks a permission, or RingCentral forbids the change (AWR-110). */
  'forbidden',
  /** 404: the resource in the path does not exist (a deleted rule, an unknown IVR menu). */
  'not-found',
  /** 400 and other 4xx: RingCentral rejected the request body or parameters (CMN-101/102, AWR-…). */
  'invalid-request',
  /** 429 still returned after waiting out the penalty as many times as allowed. */
  'rate-limited',
  /** 5xx: RingCentral failed (after retries when the request was safe to repeat). */
  'server-error',
  /** No HTTP answer: connection refused or dropped, DNS failure, timeout. */
  'network',
  /** RingCentral answered 2xx with a body Switchboard cannot read (schema drift, unknown enum). */
  'invalid-response',
] as const;

/** A stable code for a RingCentral failure. */
export type RingCentralErrorCode = (typeof RINGCENTRAL_ERROR_CODES)[number];

/** What a RingCentralApiError carries besides its message. */
export interface RingCentralApiErrorDetails {
  readonly code: RingCentralErrorCode;
  /** The HTTP method and path (no query, no host) of the request that failed. */
  readonly method: string;
  readonly path: string;
  /** HTTP status; undefined when no response arrived. */
  readonly status?: number;
  /** RingCentral's own code, `errors[0].errorCode` (e.g. CMN-102, AWR-172, OAU-213). */
  readonly rcErrorCode?: string;
  /** RingCentral's `RCRequestId` header, to quote to RingCentral support. */
  readonly requestId?: string;
}

/**
 * A failed RingCentral call. The message is one line that says what failed and where, e.g.
 * `RingCentral refused PUT /restapi/v1.0/account/~/answering-rule/after-hours-rule: Resource for
 * parameter [extension.id] is not found (CMN-102)`; it never holds tokens, the JWT or the secret.
 */
export class RingCentralApiError extends Error {
  override readonly name = 'RingCentralApiError';
  readonly code: RingCentralErrorCode;
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly rcErrorCode: string | undefined;
  readonly requestId: string | undefined;

  constructor(message: string, details: RingCentralApiErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.code = details.code;
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.rcErrorCode = details.rcErrorCode;
    this.requestId = details.requestId;
  }
}

/** True when the value is a RingCentralApiError. */
export function isRingCentralApiError(value: unknown): value is RingCentralApiError {
  return value instanceof RingCentralApiError;
}
