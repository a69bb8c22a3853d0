import type { EmulatorState } from './emulator-state.ts';
import type { FaultInjector } from './faults.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { RequestLog } from './request-log.ts';
import type { Route } from './route-types.ts';
import type { SpecValidator } from './spec-validator.ts';
import type { TokenStore } from './token-store.ts';

/** Everything one running emulator holds; the HTTP handlers share it. */
export interface EmulatorRuntime {
  /** The live state; a successful change replaces it as a whole. */
  state: EmulatorState;
  readonly validator: SpecValidator;
  readonly routes: Readonly<Record<string, Route>>;
  readonly rateLimiter: RateLimiter;
  readonly faults: FaultInjector;
  readonly requests: RequestLog;
  readonly tokens: TokenStore;
  /** The clock, epoch milliseconds. */
  readonly now: () => number;
  /** Saves a state that was just committed (to the state file, when there is one). */
  readonly persist: (state: EmulatorState) => Promise<void>;
}
