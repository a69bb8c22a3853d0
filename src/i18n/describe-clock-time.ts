import type { Language } from './language.ts';

/** A time of day; a luxon DateTime is one. `{ hour: 24, minute: 0 }` is the end of a day. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

// French writes the hour without a leading zero and "h" between, as Intl's fr-CA does: "9 h 00".
const CLOCK_TIME_WORDS: Readonly<Record<Language, (time: ClockTime) => string>> = {
  en: ({ hour, minute }) => `${twoDigits(hour)}:${twoDigits(minute)}`,
  fr: ({ hour, minute }) => `${hour} h ${twoDigits(minute)}`,
};

/** A time of day in words, 24-hour: `09:00`, `24:00` / `9 h 00`, `24 h 00`. */
export function describeClockTime(time: ClockTime, language: Language): string {
  return CLOCK_TIME_WORDS[language](time);
}
