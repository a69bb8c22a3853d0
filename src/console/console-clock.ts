import type { DateTime } from 'luxon';

/**
 * The console's clock: the real one, or the time `:now` pretends it is. The workflow reads `now`,
 * so requests, approvals and expiry live in the pretend time too.
 */
export interface ConsoleClock {
  /** Set by `:now`; undefined: the real clock. */
  pretend: DateTime | undefined;
  readonly now: () => Date;
}

export function createConsoleClock(): ConsoleClock {
  const clock: ConsoleClock = { pretend: undefined, now: () => clock.pretend?.toJSDate() ?? new Date() };
  return clock;
}
