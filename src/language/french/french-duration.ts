import { ownValue } from '../own-value.ts';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};
const UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:heures?|h|hrs?)$/, 'hours'],
  [/^(?:minutes?|mins?|mn)$/, 'minutes'],
  [/^(?:jours?|j)$/, 'days'],
  [/^(?:semaines?|sem)$/, 'weeks'],
];
// "1 h 30" and "1h30": an hour and minutes in one, as French writes lengths of time too.
const HOURS_AND_MINUTES = /(\d{1,3})\s?h\s?(\d{2})(?![\p{L}\p{N}])/uy;
const HALF_HOUR = /(?:une\s+)?demi-?\s?heure(?![\p{L}\p{N}])/uy;
const PART = /(\d+(?:[.,]\d+)?|[a-z]+)\s?([a-z]+)(?![\p{L}\p{N}])/uy;
const AND_A_HALF = /\s+et\s+demie?(?![\p{L}\p{N}])/uy;
const JOIN = /\s*(?:,|et)?\s*/y;

/**
 * Reads a French length of time at `index` of folded text into the words English reads:
 * "2 heures" -> "2 hours", "1 h 30" -> "1 hours 30 minutes", "une heure et demie" -> "1 hours 30 minutes",
 * "une demi-heure" -> "0.5 hours", "3 jours" -> "3 days". Null when no length of time starts there.
 */
export function readFrenchDuration(folded: string, index: number): { readonly length: number; readonly english: string } | null {
  const parts: string[] = [];
  let at = index;
  let end = index;
  for (;;) {
    const part = readPart(folded, at);
    if (part === null) break;
    parts.push(part.english);
    end = part.end;
    JOIN.lastIndex = end;
    JOIN.test(folded);
    at = JOIN.lastIndex;
  }
  return parts.length === 0 ? null : { length: end - index, english: parts.join(' ') };
}

function readPart(folded: string, index: number): { readonly english: string; readonly end: number } | null {
  HALF_HOUR.lastIndex = index;
  if (HALF_HOUR.test(folded)) return { english: '0.5 hours', end: HALF_HOUR.lastIndex };
  HOURS_AND_MINUTES.lastIndex = index;
  const both = HOURS_AND_MINUTES.exec(folded);
  if (both !== null) return { english: `${both[1] ?? ''} hours ${both[2] ?? ''} minutes`, end: HOURS_AND_MINUTES.lastIndex };
  PART.lastIndex = index;
  const part = PART.exec(folded);
  if (part === null) return null;
  // Digits are passed on as written (a decimal comma made a point), so English judges the size.
  const written = part[1] ?? '';
  const count = /^\d/.test(written) ? written.replace(',', '.') : ownValue(NUMBER_WORDS, written)?.toString();
  const unit = UNITS.find(([pattern]) => pattern.test(part[2] ?? ''))?.[1];
  if (count === undefined || unit === undefined) return null;
  AND_A_HALF.lastIndex = PART.lastIndex;
  if (unit === 'hours' && AND_A_HALF.test(folded)) return { english: `${count} hours 30 minutes`, end: AND_A_HALF.lastIndex };
  return { english: `${count} ${unit}`, end: PART.lastIndex };
}
