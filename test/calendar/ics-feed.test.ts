import { DateTime } from 'luxon';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { renderIcsFeed } from '../../src/calendar/ics-feed.ts';
import { listCalendarEvents, type CallHandling } from '../../src/callflow/index.ts';
import { allDayOn, between, company, customRule, dateRange, onDates, toExt, week, weekdays, weekly } from '../fixtures/call-handling.ts';

const NEW_YORK = 'America/New_York';
// A Monday in winter: the DST change (Sun Mar 8, 2026, 02:00 US/Eastern) is six days later.
const NOW = DateTime.fromISO('2026-03-02T10:00', { zone: 'US/Eastern' });

const HANDLING: CallHandling = company({
  customRules: [
    // The first range ended before now, so the feed holds the second only, under its own index.
    customRule({ id: '11', name: 'Christmas', schedule: onDates(allDayOn('2025-12-25'), allDayOn('2026-12-25')), destination: toExt('300') }),
    customRule({ id: '12', name: 'Spring forward', schedule: onDates(dateRange('2026-03-08T09:00', '2026-03-08T17:00')), destination: toExt('200') }),
    customRule({ id: '13', name: 'Morning huddle', schedule: weekly(weekdays(between('09:00', '10:00'))), destination: toExt('101') }),
    customRule({ id: '14', name: 'Closed until Mar 3, 17:00', schedule: onDates(dateRange('2026-03-03T11:00', '2026-03-03T17:00')), destination: toExt('300') }),
    customRule({ id: '15', name: 'Weekend', schedule: weekly(week(['saturday', 'sunday'], [between('00:00', '24:00')])), destination: toExt('110') }),
    customRule({ id: '16', name: 'Old closure', enabled: false, schedule: onDates(allDayOn('2026-03-04')), destination: toExt('300') }),
  ],
});

function parseFeed(text: string): { events: Map<string, VEvent>; zones: string[] } {
  const parsed = ical.sync.parseICS(text);
  const components = Object.values(parsed);
  const events = components.filter((component): component is VEvent => component?.type === 'VEVENT');
  const zones = components.flatMap((component) => (component?.type === 'VTIMEZONE' ? [component.tzid] : []));
  return { events: new Map(events.map((event) => [event.uid, event])), zones };
}

function local(at: Date): string {
  return DateTime.fromJSDate(at, { zone: NEW_YORK }).toFormat("ccc yyyy-MM-dd'T'HH:mm");
}

describe('the iCalendar feed', () => {
  const text = renderIcsFeed(listCalendarEvents(HANDLING, NOW), NOW);
  const { events, zones } = parseFeed(text);
  const event = (uid: string): VEvent => {
    const found = events.get(uid);
    if (found === undefined) throw new Error(`no event ${uid} in the feed`);
    return found;
  };

  it('parses into one event per dated range and weekly range of the enabled rules, with the company zone', () => {
    expect([...events.keys()].sort()).toEqual(['11-1@switchboard', '12-0@switchboard', '13-0@switchboard', '14-0@switchboard', '15-0@switchboard']);
    expect(zones).toEqual([NEW_YORK]);
    expect(text).toContain('X-WR-CALNAME:Where calls to +16505550100 go');
  });

  it('gives a holiday as an all-day event whose summary and description name where calls go', () => {
    const christmas = event('11-1@switchboard');
    expect(christmas.datetype).toBe('date');
    expect(DateTime.fromJSDate(christmas.start).toISODate()).toBe('2026-12-25');
    expect(christmas.summary).toBe('Christmas: calls go to Main Voicemail (ext 300)');
    expect(christmas.description).toContain('Custom rule "Christmas" sends calls to Main Voicemail (ext 300) on Dec 25, 2026 (all day).');
    expect(christmas.categories).toEqual(['Date rule']);
  });

  it('keeps the local times of a rule on the day DST starts', () => {
    const spring = event('12-0@switchboard');
    expect(spring.start.tz).toBe(NEW_YORK);
    expect(local(spring.start)).toBe('Sun 2026-03-08T09:00');
    expect(local(spring.end!)).toBe('Sun 2026-03-08T17:00');
    // 09:00 that day is already EDT (UTC-4): the instant, not only the wall clock, is right.
    expect(spring.start.toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(spring.description).toContain('Support Queue (ext 200) on Mar 8, 2026 09:00–17:00');
    expect(spring.description).toContain('times in US/Eastern (EDT)');
  });

  it('makes a weekly rule a weekly recurring event at the same local time before and after the DST change', () => {
    const huddle = event('13-0@switchboard');
    expect(huddle.summary).toBe('Morning huddle: calls go to Alice Smith (ext 101)');
    expect(huddle.categories).toEqual(['Weekly rule']);
    const occurrences = ical.expandRecurringEvent(huddle, { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-14T00:00:00Z') });
    expect(occurrences.map((occurrence) => `${local(occurrence.start)}–${DateTime.fromJSDate(occurrence.end, { zone: NEW_YORK }).toFormat('HH:mm')}`)).toEqual([
      'Mon 2026-03-02T09:00–10:00',
      'Tue 2026-03-03T09:00–10:00',
      'Wed 2026-03-04T09:00–10:00',
      'Thu 2026-03-05T09:00–10:00',
      'Fri 2026-03-06T09:00–10:00',
      'Mon 2026-03-09T09:00–10:00',
      'Tue 2026-03-10T09:00–10:00',
      'Wed 2026-03-11T09:00–10:00',
      'Thu 2026-03-12T09:00–10:00',
      'Fri 2026-03-13T09:00–10:00',
    ]);
  });

  it('repeats a weekly rule for 12 months, with UNTIL in UTC as RFC 5545 requires for a zoned start', () => {
    const huddle = event('13-0@switchboard');
    const last = ical.expandRecurringEvent(huddle, { from: new Date('2027-02-20T00:00:00Z'), to: new Date('2027-06-01T00:00:00Z') }).at(-1);
    expect(last === undefined ? '' : local(last.start)).toBe('Tue 2027-03-02T09:00');
    expect(text).toMatch(/^RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270302T150000Z\r$/m);
  });

  it('makes a whole weekly day an all-day event on those days', () => {
    const weekend = event('15-0@switchboard');
    const days = ical.expandRecurringEvent(weekend, { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-16T00:00:00Z') });
    expect(days.map((day) => [DateTime.fromJSDate(day.start).toISODate(), day.isFullDay])).toEqual([
      ['2026-03-07', true],
      ['2026-03-08', true],
      ['2026-03-14', true],
      ['2026-03-15', true],
    ]);
  });

  it('marks a closure as one and keeps every event free in free/busy', () => {
    expect(event('14-0@switchboard').categories).toEqual(['Closure']);
    expect(local(event('14-0@switchboard').start)).toBe('Tue 2026-03-03T11:00');
    expect([...events.values()].map((each) => each.transparency)).toEqual(Array(events.size).fill('TRANSPARENT'));
  });

  it('ends every line with CRLF, the last one too', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').some((line) => line.includes('\n'))).toBe(false);
  });
});
