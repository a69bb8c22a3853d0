import { isAlwaysOpen } from './is-always-open.ts';
import type { CallHandling, Destination } from './model.ts';

/**
 * Where after-hours calls go, or `undefined` when business hours are 24/7 (no after-hours rule).
 */
export function resolveAfterHoursDestination(
  handling: Pick<CallHandling, 'businessHours' | 'afterHoursDestination'>,
): Destination | undefined {
  if (isAlwaysOpen(handling.businessHours)) return undefined;
  // RingCentral creates the after-hours rule with the company greeting when hours stop being
  // 24/7, so a missing destination beside real hours means the greeting.
  return handling.afterHoursDestination ?? { kind: 'greeting' };
}
