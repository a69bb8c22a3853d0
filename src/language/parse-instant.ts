import type { DateTime } from 'luxon';
import type { TimeContext } from './command-context.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import { findDateTrouble } from './find-date-trouble.ts';
import { clockMinutes, isAmbiguousClockTime, parseClockTime } from './parse-clock-time.ts';
import { parseMoment } from './parse-moment.ts';
import { resolveMomentDay, resolveMomentInstant, startOfDay } from './resolve-moment.ts';

/** Why a text could not be read as one moment (the instant-specific codes). */
export type InstantParseErrorCode = 'instant-unreadable' | 'instant-ambiguous' | 'instant-leftover-words';

/**
 * A moment read in the company zone. `dateOnly` says the text named a day without a time, in
 * which case `at` is that day's local midnight and the caller picks the time it means.
 */
export type InstantParseResult =
  | { readonly ok: true; readonly at: DateTime; readonly dateOnly: boolean }
  | CommandRefusal;

/** How to read a time without a date: today's, or the next one to come (for "until 3pm"). */
export interface InstantOptions {
  readonly timeOnly: 'today' | 'next';
}

/**
 * Reads one moment ("Dec 2 8pm", "tomorrow 10:00", "3pm", "2026-12-02T20:00", "2026-12-02T20:00-05:00")
 * in the company time zone.
 *
 * chrono-node ignores IANA names in its `timezone` option and reads the host zone, so only its
 * parsed *components* are used (see `parseMoment`); the instant is built by luxon in the company
 * zone, so the host's zone never matters. A date without a year is the next one to come,
 * counting today. A text with an explicit offset ("Z", "-05:00") is that exact instant, shown in
 * the company zone. A lone time is today's, or with `timeOnly: 'next'` the next one after now.
 *
 * @example parseInstant('Dec 2 8pm', { now, timeZone: 'US/Eastern' }) // 2026-12-02T20:00-05:00
 */
export function parseInstant(
  text: string,
  reference: TimeContext,
  options: InstantOptions = { timeOnly: 'today' },
): InstantParseResult {
  const trimmed = text.trim().replace(/^at\s+/i, '');
  if (trimmed === '') return refuse('instant-unreadable', trimmed);
  const now = reference.now.setZone(reference.timeZone);
  if (/^now$/i.test(trimmed)) return { ok: true, at: now, dateOnly: false };
  const trouble = findDateTrouble(trimmed);
  if (trouble !== null) return trouble;

  const today = startOfDay(now, reference.timeZone);
  const clock = parseClockTime(trimmed);
  if (clock !== null) {
    if (isAmbiguousClockTime(clock)) return refuse('time-ambiguous', trimmed);
    // "midnight" and "24:00" are the midnight that ends today.
    const minutes = clock.midnight ? 1440 : clockMinutes(clock);
    const todayAt =
      minutes >= 1440 ? today.plus({ days: 1 }).startOf('day') : today.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
    const at = options.timeOnly === 'next' && todayAt <= now ? todayAt.plus({ days: 1 }) : todayAt;
    return { ok: true, at, dateOnly: false };
  }

  const read = parseMoment(trimmed, reference);
  if (!read.ok) {
    if (read.code === 'date-unreadable') return refuse('instant-unreadable', trimmed);
    if (read.code === 'leftover-words') return refuse('instant-leftover-words', read.text);
    return read;
  }
  const day = resolveMomentDay(read.moment.day, today, reference.timeZone);
  if (day === null) return refuse('date-impossible', trimmed);
  const at = resolveMomentInstant(read.moment, day, reference.timeZone);
  if (!at.isValid) return refuse('instant-unreadable', trimmed);
  return { ok: true, at, dateOnly: read.moment.time === undefined };
}
