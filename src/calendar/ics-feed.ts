import ical, { ICalEventTransparency } from 'ical-generator';
import type { DateTime } from 'luxon';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { CalendarEvent, CalendarFeed, Weekday } from '../callflow/index.ts';
import { CALENDAR_MESSAGES, say } from '../i18n/index.ts';

/** How often a subscribed calendar app should fetch the feed again. */
const REFRESH_SECONDS = 3600;

const ICS_WEEKDAYS: Readonly<Record<Weekday, string>> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};

/**
 * The feed as iCalendar text (RFC 5545), with the VTIMEZONE of the company zone so that calendar
 * apps keep each event's local times across DST changes. `stamp` is when the feed is made. The
 * feed says which language it is worded in, and its categories are worded in that language too.
 */
export function renderIcsFeed(feed: CalendarFeed, stamp: DateTime): string {
  const zone = vtimezoneOf(feed.timeZone);
  const calendar = ical({
    name: feed.title,
    description: feed.description,
    prodId: { company: 'Switchboard', product: 'Call routing', language: feed.language.toUpperCase() },
    ttl: REFRESH_SECONDS,
    // No calendar-wide zone name: ical-generator then writes DTSTAMP and the like in local time
    // without "Z", which RFC 5545 forbids. Each event names the zone, and its VTIMEZONE is written.
    ...(zone === undefined ? {} : { timezone: { name: null, generator: () => zone.vtimezone }, x: { 'X-WR-TIMEZONE': zone.tzid } }),
  });
  for (const event of feed.events) {
    calendar.createEvent({
      // RFC 5545 asks for a globally unique UID; the rule ids are unique within the account.
      id: `${event.uid}@switchboard`,
      stamp: stamp.toJSDate(),
      start: event.start,
      end: event.end,
      allDay: event.allDay,
      // Without a VTIMEZONE (a zone the library lacks) times are written in UTC: right instants, but
      // a recurring event then moves an hour on the wall clock at a DST change.
      timezone: zone?.tzid ?? null,
      summary: event.summary,
      description: event.description,
      categories: [{ name: say(feed.language, CALENDAR_MESSAGES.category, { category: event.category }) }],
      // Routing is no appointment: subscribers' free/busy time stays free.
      transparency: ICalEventTransparency.TRANSPARENT,
      repeating: event.recurrence === undefined ? null : weeklyRule(event, event.recurrence),
    });
  }
  // RFC 5545 ends every line, the last one too, with CRLF.
  return `${calendar.toString()}\r\n`;
}

/**
 * The RRULE of a weekly event, written here because ical-generator writes UNTIL in local time when
 * the event has a zone, where RFC 5545 wants UTC (or a date for an all-day event).
 */
function weeklyRule(event: CalendarEvent, recurrence: NonNullable<CalendarEvent['recurrence']>): string {
  const until = event.allDay ? recurrence.until.toFormat('yyyyLLdd') : recurrence.until.toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'");
  return `FREQ=WEEKLY;WKST=MO;BYDAY=${recurrence.weekdays.map((day) => ICS_WEEKDAYS[day]).join(',')};UNTIL=${until}`;
}

/** The zone's VTIMEZONE and the TZID it declares (`US/Eastern` is declared as `America/New_York`), or undefined when unknown. */
function vtimezoneOf(timeZone: string): { readonly vtimezone: string; readonly tzid: string } | undefined {
  // Checked first: for a zone it lacks, the library prints to the console instead of throwing.
  if (!knownZones().has(timeZone)) return undefined;
  const [vtimezone, tzidLine] = tzlib_get_ical_block(timeZone, false) as string[];
  if (vtimezone === undefined || tzidLine === undefined) return undefined;
  return { vtimezone, tzid: tzidLine.replace(/^TZID=/, '') };
}

let zones: ReadonlySet<string> | undefined;

function knownZones(): ReadonlySet<string> {
  zones ??= new Set(tzlib_get_timezones(false) as string[]);
  return zones;
}
