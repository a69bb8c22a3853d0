import { DateTime } from 'luxon';
import { refuse, type CommandRefusal } from './command-refusal.ts';

// Date words of the languages chrono-node reads or half-reads. Read with the English parser they
// turn into wrong dates ("le 25 déc." became Dec 20), so any of them refuses the whole text.
const FOREIGN_DATE_WORDS = new Set(
  (
    'janvier fevrier avril mai juin juillet aout septembre octobre novembre decembre janv fevr avr juil ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche demain aujourd hier le du au jusqu midi minuit ' +
    'januar janner februar marz maerz juni juli oktober dezember montag dienstag mittwoch donnerstag ' +
    'freitag samstag sonntag morgen heute ubermorgen uhr bis vom ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
    'lunes martes miercoles jueves viernes sabado domingo manana hoy el del desde hasta ' +
    'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedi martedi mercoledi ' +
    'giovedi venerdi domenica domani oggi dal ' +
    'janeiro fevereiro marco junho julho setembro outubro dezembro amanha hoje ' +
    'januari februari maart mei augustus maandag dinsdag woensdag donderdag vrijdag zaterdag zondag vandaag'
  ).split(' '),
);

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_DAY = new RegExp(String.raw`\b(${MONTHS})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?::|[ap]\.?m\b))(?:,?\s+(\d{4})\b)?`, 'gi');
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTHS})\b\.?(?:,?\s+(\d{4})\b)?`, 'gi');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})/g;
const NUMERIC_DATE = /(?<![\d/:-])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g;
const VAGUE_TIME = /\b(morning|afternoon|evening|night|tonight|lunch|lunchtime|eod|cob|later|soon)\b/i;
const VAGUE_DATE = /\b(weeks?|weekends?|months?|years?|fortnight)\b/i;

/**
 * Finds what makes a date text unsafe to read, before chrono-node sees it: another language,
 * a day that does not exist (chrono reads "Dec 32" as December 2032), a numeric date that reads
 * two ways ("6/10", and "24/7" would be July 24), or a vague time or period ("tomorrow
 * morning", "next week"). Returns the refusal, or null when none is found.
 */
export function findDateTrouble(text: string): CommandRefusal | null {
  if (isForeignDateText(text)) return refuse('date-language', text);
  for (const match of text.matchAll(MONTH_DAY)) {
    if (!isRealDate(monthNumber(match[1]), Number(match[2]), match[3])) return refuse('date-impossible', match[0]);
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    if (!isRealDate(monthNumber(match[2]), Number(match[1]), match[3])) return refuse('date-impossible', match[0]);
  }
  for (const match of text.matchAll(ISO_DATE)) {
    if (!isRealDate(Number(match[2]), Number(match[3]), match[1])) return refuse('date-impossible', match[0]);
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (first > 12 || (second <= 12 && first !== second)) return refuse('date-ambiguous', match[0]);
    const year = match[3] === undefined ? undefined : match[3].length === 2 ? `20${match[3]}` : match[3];
    if (!isRealDate(first, second, year)) return refuse('date-impossible', match[0]);
  }
  const vagueTime = VAGUE_TIME.exec(text);
  if (vagueTime) return refuse('time-vague', text);
  const vagueDate = VAGUE_DATE.exec(text);
  if (vagueDate) return refuse('date-vague', text);
  return null;
}

/** True when a text holds a letter outside ASCII or a date word of another language. */
export function isForeignDateText(text: string): boolean {
  if (/(?![\x00-\x7F])\p{L}/u.test(text)) return true;
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((word) => FOREIGN_DATE_WORDS.has(word));
}

function monthNumber(name: string | undefined): number {
  const index = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
    (name ?? '').slice(0, 3).toLowerCase(),
  );
  return index + 1;
}

// Without a year, Feb 29 is real (it comes in a leap year); with one, the year decides.
function isRealDate(month: number, day: number, year: string | undefined): boolean {
  return DateTime.fromObject({ year: year === undefined ? 2000 : Number(year), month, day }, { zone: 'UTC' }).isValid;
}
