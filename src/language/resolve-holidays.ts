import Holidays, { type HolidaysTypes } from 'date-holidays';
import { DateTime } from 'luxon';
import type { Language } from '../i18n/language.ts';
import type { TimeContext } from './command-context.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import { instantIso } from './instant-iso.ts';
import type { HolidayDay } from './intent.ts';
import { endOfDay } from './resolve-moment.ts';

/** A holiday calendar: a country code and, optionally, a region of it (ISO 3166-1 / 3166-2). */
export interface HolidayCalendar {
  readonly country: string;
  readonly region: string | undefined;
}

const HOLIDAY_TYPES: HolidaysTypes.HolidayType[] = ['public', 'bank'];
// Listing countries, building a calendar and computing a year load or derive date-holidays'
// data; all of it is pure, so it is kept for the life of the process.
const COUNTRIES: Readonly<Record<string, string>> = new Holidays().getCountries('en');
const CALENDARS = new Map<string, Holidays>();

/**
 * The public and bank holidays of a year, as observed: substitute days are included and marked
 * ("Independence Day (substitute day)", Mon Jul 5 2027 for a Sunday Jul 4). Each holiday is its
 * own local calendar date (`date`, not date-holidays' `start`, which is an instant in the
 * country's zone) taken as a whole day in the company zone, midnight to midnight. Holidays that
 * fall on one date are listed once. Days already over at `now` are left out. Names are in
 * `language` where date-holidays has them, else in the country's own ("Noël", "Memorial Day").
 */
export function resolveHolidays(
  calendar: HolidayCalendar,
  year: number,
  context: TimeContext,
  language: Language = 'en',
): ReadonlyArray<HolidayDay> | CommandRefusal {
  const code = calendar.region === undefined ? calendar.country : `${calendar.country}-${calendar.region}`;
  if (COUNTRIES[calendar.country] === undefined) return refuse('holidays-country-unknown', code);
  const holidays = calendarOf(calendar);
  if (calendar.region !== undefined) {
    const regions = holidays.getStates(calendar.country) ?? {};
    if (regions[calendar.region] === undefined) {
      return refuse(
        'holidays-region-unknown',
        code,
        Object.entries(regions).map(([region, name]) => `${calendar.country}-${region} (${name})`),
      );
    }
  }
  const days: HolidayDay[] = [];
  for (const { name, date, substitute } of holidayDates(holidays, code, year, language)) {
    const from = DateTime.fromISO(date, { zone: context.timeZone }).startOf('day');
    const to = endOfDay(from, context.timeZone);
    if (to <= context.now) continue;
    days.push({ name, date, substitute, range: { from: instantIso(from), to: instantIso(to) } });
  }
  return days;
}

type HolidayDate = Omit<HolidayDay, 'range'>;
const DATES = new Map<string, ReadonlyArray<HolidayDate>>();

// A year's holidays by local calendar date, in date order, one entry per date.
function holidayDates(holidays: Holidays, code: string, year: number, language: Language): ReadonlyArray<HolidayDate> {
  const key = `${code} ${year} ${language}`;
  const known = DATES.get(key);
  if (known !== undefined) return known;
  const byDate = new Map<string, { names: string[]; substitute: boolean }>();
  for (const holiday of holidays.getHolidays(year, language)) {
    const date = holiday.date.slice(0, 10);
    const entry = byDate.get(date) ?? { names: [], substitute: true };
    if (!entry.names.includes(holiday.name)) entry.names.push(holiday.name);
    entry.substitute &&= holiday.substitute === true;
    byDate.set(date, entry);
  }
  const dates = [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, { names, substitute }]) => ({ name: names.join(' / '), date, substitute }));
  DATES.set(key, dates);
  return dates;
}

function calendarOf(calendar: HolidayCalendar): Holidays {
  const key = `${calendar.country}-${calendar.region ?? ''}`;
  const known = CALENDARS.get(key);
  if (known !== undefined) return known;
  const options: HolidaysTypes.Options = { types: HOLIDAY_TYPES };
  const created =
    calendar.region === undefined
      ? new Holidays(calendar.country, options)
      : new Holidays(calendar.country, calendar.region, options);
  CALENDARS.set(key, created);
  return created;
}
