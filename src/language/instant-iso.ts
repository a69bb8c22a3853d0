import type { DateTime } from 'luxon';

/** An instant as an Intent carries it: ISO 8601 with the company zone's offset ("2026-12-25T00:00:00.000-05:00"). */
export function instantIso(at: DateTime): string {
  // A DateTime built by this package is always valid; an invalid one would be a bug upstream.
  const iso = at.toISO();
  if (iso === null) throw new Error(`invalid instant: ${at.invalidExplanation ?? 'unknown reason'}`);
  return iso;
}
