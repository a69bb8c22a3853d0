/** The RingCentral gateway: SDK wrapper, token persistence, rate limiting and API <-> model mapping. */
export { createRingCentralGateway, type RingCentralCaller, type RingCentralGateway, type RingCentralGatewayOptions } from './ringcentral-gateway.ts';
export type { ObservedRateLimitWait, ObservedRequest, RingCentralObserver, TokenStatus } from './ringcentral-observer.ts';
export { describeRateLimitWait, type RateLimitWait, type RateLimitWaitListener } from './rate-limit-wait.ts';
export type { ApplyResult } from './apply-change-plan.ts';
export {
  RingCentralApiError,
  RINGCENTRAL_ERROR_CODES,
  isRingCentralApiError,
  type RingCentralErrorCode,
  type RingCentralApiErrorDetails,
} from './ringcentral-api-error.ts';
export { createMemoryTokenStore, type TokenStore, type AuthData } from './token-store.ts';
export { createFileTokenStore } from './file-token-store.ts';
export { toCallHandling, type CallHandlingWireParts } from './map-call-handling.ts';
export { DEFAULT_RATE_LIMITS, type RateLimitBudget, type RequestPriority } from './rate-limiter.ts';
export { RATE_LIMIT_GROUPS, type RateLimitGroup } from './rate-limit-group.ts';
export { GATEWAY_OPERATIONS, findGatewayOperation, missingAppPermissions } from './app-permissions.ts';
export { probeRingCentral, type RingCentralProbe } from './probe-ring-central.ts';
