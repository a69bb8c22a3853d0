import type { ScheduleToken, TokenMatch } from './tokenize-schedule.ts';
import { tokenizeSchedule } from './tokenize-schedule.ts';
import { ownValue } from './own-value.ts';

/** A time of day as written: the hour and minute, the am/pm if given, and whether it reads as 24-hour. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  readonly meridiem: 'am' | 'pm' | undefined;
  /** "13:00", "08:00", "0:30": a 24-hour reading that common-sense am/pm guessing must not touch. */
  readonly twentyFourHour: boolean;
  /** "midnight" starts a day at 0 and ends one at 1440. */
  readonly midnight: boolean;
}

const MERIDIEMS: Readonly<Record<string, 'am' | 'pm'>> = { am: 'am', a: 'am', pm: 'pm', p: 'pm' };

/**
 * Reads a time of day starting at token `index`: "9", "9am", "9:30 pm", "17:00", "noon", "midnight".
 * Returns null when the tokens are not a time or the time does not exist ("25:00", "13pm").
 */
export function parseClockTimeAt(tokens: ReadonlyArray<ScheduleToken>, index: number): TokenMatch<ClockTime> | null {
  const first = tokens[index]?.text;
  if (first === undefined) return null;
  if (first === 'noon' || first === 'midday') {
    return { value: { hour: 12, minute: 0, meridiem: 'pm', twentyFourHour: false, midnight: false }, next: index + 1 };
  }
  if (first === 'midnight') {
    return { value: { hour: 0, minute: 0, meridiem: undefined, twentyFourHour: true, midnight: true }, next: index + 1 };
  }
  const match = /^(\d{1,2})(?::(\d{2}))?$/.exec(first);
  if (!match) return null;
  const hourText = match[1] ?? '';
  const hour = Number(hourText);
  const minute = Number(match[2] ?? '0');
  const meridiem = ownValue(MERIDIEMS, tokens[index + 1]?.text ?? '');
  const next = meridiem === undefined ? index + 1 : index + 2;
  if (minute > 59) return null;
  if (meridiem !== undefined) {
    return hour >= 1 && hour <= 12
      ? { value: { hour, minute, meridiem, twentyFourHour: false, midnight: false }, next }
      : null;
  }
  if (hour > 24 || (hour === 24 && minute !== 0)) return null;
  const twentyFourHour = hour === 0 || hour >= 13 || (hourText.length === 2 && hourText.startsWith('0'));
  return { value: { hour, minute, meridiem: undefined, twentyFourHour, midnight: false }, next };
}

/** Reads a whole text as one time of day ("3pm", "at 17:30"), or null. */
export function parseClockTime(text: string): ClockTime | null {
  const tokens = tokenizeSchedule(text);
  const start = tokens[0]?.text === 'at' ? 1 : 0;
  const clock = parseClockTimeAt(tokens, start);
  return clock !== null && clock.next === tokens.length ? clock.value : null;
}

/** Minutes after midnight for a clock time read with a given am/pm (or as written when none). */
export function clockMinutes(clock: ClockTime, meridiem: 'am' | 'pm' | undefined = clock.meridiem): number {
  if (meridiem === undefined) return clock.hour * 60 + clock.minute;
  return ((clock.hour % 12) + (meridiem === 'pm' ? 12 : 0)) * 60 + clock.minute;
}

/**
 * True when a lone time could be morning or evening: a bare hour from 1 to 6 ("until 5").
 * Business hours make 7–11 mornings and 12 noon; 1–6 o'clock is a coin toss, so it is refused.
 */
export function isAmbiguousClockTime(clock: ClockTime): boolean {
  return clock.meridiem === undefined && !clock.twentyFourHour && clock.hour >= 1 && clock.hour <= 6;
}
