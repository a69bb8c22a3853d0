/**
 * RingCentral's error body. Every error carries a top-level `errorCode` and `message` besides
 * `errors[]`: the SDK builds `e.message` from the top-level `message`, and without it callers
 * only see "400 Bad Request" (docs/ringcentral-api.md 4.2).
 */

/** An expected failure of a request, before it is turned into a response body. */
export interface ApiFailure {
  readonly status: number;
  readonly errorCode: string;
  readonly message: string;
  readonly parameterName?: string;
}

/** RingCentral's error response body (`ApiErrorResponseModel` plus the legacy top-level fields). */
export interface ApiErrorBody {
  errorCode: string;
  message: string;
  errors: Array<{ errorCode: string; message: string; parameterName?: string; permissionName?: string }>;
  parameterName?: string;
  permissionName?: string;
}

/** Builds a failure; `parameterName` is set only when a parameter is at fault. */
export function apiFailure(status: number, errorCode: string, message: string, parameterName?: string): ApiFailure {
  return parameterName === undefined ? { status, errorCode, message } : { status, errorCode, message, parameterName };
}

/** 400 CMN-101 "Parameter [x] value is invalid", RingCentral's answer to any malformed value. */
export function invalidParameter(parameterName: string, status = 400): ApiFailure {
  return apiFailure(status, 'CMN-101', `Parameter [${parameterName}] value is invalid`, parameterName);
}

/** CMN-102 "Resource for parameter [x] is not found": 404 for a path id, 400 for a body reference. */
export function resourceNotFound(parameterName: string, status = 404): ApiFailure {
  return apiFailure(status, 'CMN-102', `Resource for parameter [${parameterName}] is not found`, parameterName);
}

/** The body RingCentral's API gateway sends for a route it does not know (its `errors` is empty). */
export const ROUTE_NOT_FOUND_BODY = { errorCode: 'AGW-404', message: 'Resource not found', errors: [] } as const;

/** The response body for a failure. */
export function toErrorBody(failure: ApiFailure): ApiErrorBody {
  const detail = failure.parameterName === undefined
    ? { errorCode: failure.errorCode, message: failure.message }
    : { errorCode: failure.errorCode, message: failure.message, parameterName: failure.parameterName };
  const body: ApiErrorBody = { errorCode: failure.errorCode, message: failure.message, errors: [detail] };
  if (failure.parameterName !== undefined) body.parameterName = failure.parameterName;
  return body;
}

/**
 * RingCentral's 403 for a token whose app lacks the operation's permission: the CMN-401 code in
 * `errors[]`, a name in the legacy top-level `errorCode` (DESIGN.md, what a real account returns),
 * and the permission in `permissionName` (docs/ringcentral-api.md 4.2).
 */
export function insufficientPermissionsBody(permission: string): ApiErrorBody {
  const message = `In order to call this API endpoint, application needs to have [${permission}] permission`;
  return { errorCode: 'InsufficientPermissions', message, errors: [{ errorCode: 'CMN-401', message, permissionName: permission }], permissionName: permission };
}
