/**
 * Errors of the OAuth endpoints: RFC 6749's `error` and `error_description`, plus RingCentral's
 * `errors[]` and the top-level `errorCode`/`message` every emulator error carries.
 */

/** An expected failure of a token request. */
export interface OAuthFailure {
  readonly status: number;
  /** RFC 6749 code: `invalid_grant`, `invalid_client`, `invalid_request`, `unsupported_grant_type`. */
  readonly error: string;
  readonly errorCode: string;
  readonly message: string;
  readonly parameterName?: string;
}

/** Builds an OAuth failure. */
export function oauthFailure(status: number, error: string, errorCode: string, message: string, parameterName?: string): OAuthFailure {
  return parameterName === undefined ? { status, error, errorCode, message } : { status, error, errorCode, message, parameterName };
}

/** The response body for an OAuth failure. */
export function toOAuthErrorBody(failure: OAuthFailure): Record<string, unknown> {
  const detail: Record<string, string> = { errorCode: failure.errorCode, message: failure.message };
  if (failure.parameterName !== undefined) detail.parameterName = failure.parameterName;
  return {
    error: failure.error,
    error_description: failure.message,
    errorCode: failure.errorCode,
    message: failure.message,
    errors: [detail],
  };
}
