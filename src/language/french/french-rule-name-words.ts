import type { DateTime } from 'luxon';
import type { Weekday } from '../../callflow/model.ts';
import { isDayGroup, isMidnight, minutesOf, RULE_NAME_MAX_LENGTH, type RuleNameWords } from '../rule-name-words.ts';

// The abbreviations of the Office québécois de la langue française, as the message catalogue
// writes them (Intl's fr-CA): "juill." rather than France's "juil.".
const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const DAYS: Readonly<Record<Weekday, readonly [string, string]>> = {
  monday: ['lundis', 'lun.'],
  tuesday: ['mardis', 'mar.'],
  wednesday: ['mercredis', 'mer.'],
  thursday: ['jeudis', 'jeu.'],
  friday: ['vendredis', 'ven.'],
  saturday: ['samedis', 'sam.'],
  sunday: ['dimanches', 'dim.'],
};

const dayOfMonth = (at: DateTime): string => (at.day === 1 ? '1er' : String(at.day));
const monthDay = (at: DateTime): string => `${dayOfMonth(at)} ${MONTHS[at.month - 1] ?? ''}`;
const day = (at: DateTime): string => `${monthDay(at)} ${at.year}`;

// French style writes "17 h" and "9 h 30"; the tight form "9h30" is kept for when a name would
// not fit in RingCentral's 30 characters otherwise.
function clock(minutes: number, tight = false): string {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const rest = minute === 0 ? '' : String(minute).padStart(2, '0');
  return tight ? `${hour}h${rest}` : `${hour} h${rest === '' ? '' : ` ${rest}`}`;
}

function fitting(write: (tight: boolean) => string): string {
  const spaced = write(false);
  return spaced.length <= RULE_NAME_MAX_LENGTH ? spaced : write(true);
}

/** Rule names in French: "25 déc. 2026", "24–26 déc. 2026", "Jours de semaine 12 h–13 h", "Appels de +1415". */
export const FRENCH_RULE_NAME_WORDS: RuleNameWords = {
  day,
  days: (first, last) => {
    if (last.year !== first.year) return `${day(first)}–${day(last)}`;
    if (last.month !== first.month) return `${monthDay(first)}–${day(last)}`;
    return `${dayOfMonth(first)}–${day(last)}`;
  },
  dayTimes: (on, from, to) => fitting((tight) => `${day(on)} ${clock(from, tight)}–${clock(to, tight)}`),
  span: (from, to) => fitting((tight) => `${monthDay(from)} ${clock(minutesOf(from), tight)}–${monthDay(to)} ${clock(minutesOf(to), tight)}`),
  until: (to) => fitting((tight) => `jusqu'au ${monthDay(to)} ${clock(minutesOf(to), tight)}`),
  moreRanges: (first, more) => `${first} +${more} ${more === 1 ? 'autre' : 'autres'}`,
  weekDays: (days) => {
    if (isDayGroup(days, 'week')) return 'tous les jours';
    if (isDayGroup(days, 'weekdays')) return 'jours de semaine';
    if (isDayGroup(days, 'weekend')) return 'week-ends';
    const [only] = days;
    if (days.length === 1 && only !== undefined) return DAYS[only][0];
    return days.map((weekday) => DAYS[weekday][1]).join(', ');
  },
  times: (from, to) => `${clock(from)}–${clock(to)}`,
  variedTimes: (days) => `${days} (horaires variés)`,
  fromCaller: (caller, several) => `de ${caller}${several ? ' +' : ''}`,
  toNumber: (number) => `vers ${number}`,
  calls: (conditions) => `Appels ${conditions}`,
  fallback: 'Règle personnalisée',
  closedUntil: (at) =>
    isMidnight(at) ? `Fermé jusqu'au ${day(at)}` : fitting((tight) => `Fermé jusqu'au ${monthDay(at)} ${clock(minutesOf(at), tight)}`),
  holidays: (code, year) => `Fériés ${code} ${year}`,
};
