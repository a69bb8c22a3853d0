import { ownValue } from './own-value.ts';

/** A length of time: whole calendar days plus minutes. */
export interface Duration {
  readonly days: number;
  readonly minutes: number;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const UNITS: ReadonlyArray<readonly [RegExp, 'minutes' | 'hours' | 'days' | 'weeks']> = [
  [/^(?:minutes?|mins?|m)$/, 'minutes'],
  [/^(?:hours?|hrs?|h)$/, 'hours'],
  [/^(?:days?|d)$/, 'days'],
  [/^(?:weeks?|wks?)$/, 'weeks'],
];
// Longer is not a length anyone means, and luxon cannot add an infinite one ("for 99…9 hours").
const MAX_DAYS = 36_525;
const PART = /(half an?|\d+(?:\.\d+)?|[a-z]+)\s*([a-z]+)(?:\s*,?\s*(?:and\s+)?|$)/gy;

/**
 * Reads a duration: "2 hours", "30 minutes", "an hour", "half an hour", "1.5 hours",
 * "1 hour 30 minutes", "3 days", "1 week". Days and weeks are calendar days (a day across a
 * DST change is 23 or 25 hours). Null when the text is not a duration, or is over 100 years.
 */
export function parseDuration(text: string): Duration | null {
  const source = text.trim().toLowerCase();
  let days = 0;
  let minutes = 0;
  let read = 0;
  PART.lastIndex = 0;
  for (let match = PART.exec(source); match !== null && match[0] !== ''; match = PART.exec(source)) {
    const count = readCount(match[1] ?? '');
    const unit = UNITS.find(([pattern]) => pattern.test(match?.[2] ?? ''))?.[1];
    if (count === null || unit === undefined) return null;
    if (unit === 'minutes') minutes += count;
    if (unit === 'hours') minutes += count * 60;
    if (unit === 'days' || unit === 'weeks') {
      if (!Number.isInteger(count)) return null;
      days += unit === 'weeks' ? count * 7 : count;
    }
    read = PART.lastIndex;
  }
  if (read !== source.length || source === '') return null;
  if (!(days + minutes / 1440 <= MAX_DAYS)) return null;
  const rounded = Math.round(minutes);
  return days === 0 && rounded === 0 ? null : { days, minutes: rounded };
}

function readCount(word: string): number | null {
  if (word.startsWith('half')) return 0.5;
  if (/^\d/.test(word)) return Number(word);
  return ownValue(NUMBER_WORDS, word) ?? null;
}
