import type { DateTime } from 'luxon';

// Fixed so the words never depend on the host's locale.
const LOCALE = 'en-US';

/** An instant as a notice says it, in the company zone: `Dec 26, 00:00 EST` (`GMT+9` where no abbreviation exists). */
export function describeNoticeTime(at: DateTime, timeZone: string): string {
  return at.setZone(timeZone).setLocale(LOCALE).toFormat('LLL d, HH:mm ZZZZ');
}

/**
 * When a switch happens, as seen from the moment a reminder is read: `Today at 17:00 EST`,
 * `Tomorrow at 00:00 EST` or `On Dec 25 at 00:00 EST`.
 */
export function describeNoticeDay(at: DateTime, readAt: DateTime, timeZone: string): string {
  const local = at.setZone(timeZone).setLocale(LOCALE);
  const reader = readAt.setZone(timeZone);
  const time = local.toFormat('HH:mm ZZZZ');
  if (local.hasSame(reader, 'day')) return `Today at ${time}`;
  if (local.hasSame(reader.plus({ days: 1 }), 'day')) return `Tomorrow at ${time}`;
  return `On ${local.toFormat('LLL d')} at ${time}`;
}
