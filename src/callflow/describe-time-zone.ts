import type { DateTime } from 'luxon';

/**
 * The company zone as readers see it at a given instant: `US/Eastern (EST)` in winter,
 * `US/Eastern (EDT)` in summer, `Asia/Tokyo (GMT+9)` where no abbreviation is in use.
 */
export function describeTimeZone(timeZone: string, at: DateTime): string {
  const local = at.setZone(timeZone).setLocale('en-US');
  // An unknown zone name still reads as itself rather than as "Invalid DateTime".
  return local.isValid && local.offsetNameShort !== null ? `${timeZone} (${local.offsetNameShort})` : timeZone;
}
