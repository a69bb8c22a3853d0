import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { listCalendarEvents, type CalendarEvent, type CustomRule } from '../../src/callflow/index.ts';
import { allDayOn, between, company, customRule, dateRange, onDates, toExt, weekdays, weekly } from '../fixtures/call-handling.ts';

const NOW = DateTime.fromISO('2026-12-01T10:00', { zone: 'US/Eastern' });

function eventsOf(...rules: CustomRule[]): ReadonlyArray<CalendarEvent> {
  return listCalendarEvents(company({ customRules: rules }), NOW).events;
}

/** An event as its uid, local start and end, and whether it is all day, for comparing at a glance. */
function shape(event: CalendarEvent): string {
  const format = event.allDay ? 'yyyy-MM-dd' : "ccc yyyy-MM-dd'T'HH:mm";
  return `${event.uid} ${event.start.toFormat(format)} → ${event.end.toFormat(format)}${event.recurrence ? ` every ${event.recurrence.weekdays.join(',')}` : ''}`;
}

describe('listCalendarEvents', () => {
  it('lists the ranges that end after now and start within 12 months, each under its index in the rule', () => {
    const events = eventsOf(
      customRule({
        id: '7',
        name: 'Holidays',
        schedule: onDates(allDayOn('2026-11-26'), allDayOn('2026-12-25'), allDayOn('2027-11-25'), allDayOn('2027-12-25')),
        destination: toExt('300'),
      }),
      // Started yesterday, ends tomorrow: still in force, so shown whole.
      customRule({ id: '8', name: 'Closed until Dec 2, 09:00', schedule: onDates(dateRange('2026-11-30T17:00', '2026-12-02T09:00')), destination: toExt('300') }),
    );
    expect(events.map(shape)).toEqual([
      '7-1 2026-12-25 → 2026-12-26',
      '7-2 2027-11-25 → 2027-11-26',
      '8-0 Mon 2026-11-30T17:00 → Wed 2026-12-02T09:00',
    ]);
    expect(events.map((event) => event.category)).toEqual(['Date rule', 'Date rule', 'Closure']);
  });

  it('leaves out disabled rules and rules without times', () => {
    const events = eventsOf(
      customRule({ id: '1', name: 'Off', enabled: false, schedule: onDates(allDayOn('2026-12-24')) }),
      customRule({ id: '2', name: 'VIP', schedule: { kind: 'business-hours' }, callers: [{ callerId: '1415555' }] }),
      customRule({ id: '3', name: 'Sales line', schedule: { kind: 'always' }, calledNumbers: ['+16505550111'] }),
      customRule({ id: '4', name: 'Christmas Eve', schedule: onDates(allDayOn('2026-12-24')) }),
    );
    expect(events.map((event) => event.uid)).toEqual(['4-0']);
  });

  it('says where calls go in the summary, and in the description with the rule and its conditions', () => {
    const [event] = eventsOf(
      customRule({ id: '9', name: 'VIP Christmas', schedule: onDates(allDayOn('2026-12-25')), callers: [{ callerId: '1415555', name: 'Bay Area VIPs' }], destination: toExt('200') }),
    );
    expect(event?.summary).toBe('VIP Christmas: some calls go to Support Queue (ext 200)');
    expect(event?.description.split('\n')).toEqual([
      'Custom rule "VIP Christmas" sends calls to Support Queue (ext 200) on Dec 25, 2026 (all day) for callers 1415555 (Bay Area VIPs).',
      'Calls to +16505550100; times in US/Eastern (EST). An earlier custom rule that matches a call goes first.',
    ]);
  });

  it('makes each distinct range of a weekly rule one event repeating on its days from the Monday of this week for 12 months', () => {
    const events = eventsOf(
      customRule({ id: '5', name: 'Lunch', schedule: weekly({ ...weekdays(between('12:00', '13:00')), saturday: [between('10:00', '14:00')] }), destination: toExt('101') }),
    );
    expect(events.map(shape)).toEqual([
      '5-0 Sat 2026-12-05T10:00 → Sat 2026-12-05T14:00 every saturday',
      '5-1 Mon 2026-11-30T12:00 → Mon 2026-11-30T13:00 every monday,tuesday,wednesday,thursday,friday',
    ]);
    expect(events.map((event) => event.recurrence?.until.toISO())).toEqual(['2027-12-01T10:00:00.000-05:00', '2027-12-01T10:00:00.000-05:00']);
    expect(events[1]?.description).toContain('Custom rule "Lunch" sends calls to Alice Smith (ext 101) on Mon–Fri 12:00–13:00; Sat 10:00–14:00.');
  });

  it('keeps a weekly range\'s uid when a day is added to the rule', () => {
    const before = eventsOf(customRule({ id: '5', name: 'Lunch', schedule: weekly({ monday: [between('12:00', '13:00')], tuesday: [between('08:00', '09:00')] }) }));
    const after = eventsOf(customRule({ id: '5', name: 'Lunch', schedule: weekly({ monday: [between('12:00', '13:00')], sunday: [between('08:00', '09:00')], tuesday: [between('08:00', '09:00')] }) }));
    expect(before.map((event) => [event.uid, event.start.toFormat('HH:mm')])).toEqual(after.map((event) => [event.uid, event.start.toFormat('HH:mm')]));
  });

  it('shows a weekly range across midnight as its two stored parts, and a whole day as an all-day event', () => {
    const events = eventsOf(
      customRule({ id: '6', name: 'Night shift', schedule: weekly({ friday: [between('22:00', '24:00')], saturday: [between('00:00', '06:00')], sunday: [between('00:00', '24:00')] }) }),
    );
    expect(events.map(shape)).toEqual([
      '6-0 Sat 2026-12-05T00:00 → Sat 2026-12-05T06:00 every saturday',
      '6-1 2026-12-06 → 2026-12-07 every sunday',
      '6-2 Fri 2026-12-04T22:00 → Sat 2026-12-05T00:00 every friday',
    ]);
    expect(events.map((event) => event.allDay)).toEqual([false, true, false]);
  });

  it('keeps a weekly rule\'s wall-clock time on the day DST starts', () => {
    const sunday = DateTime.fromISO('2026-03-08T01:00', { zone: 'US/Eastern' });
    const [event] = listCalendarEvents(company({ customRules: [customRule({ id: '1', name: 'Sunday', schedule: weekly({ sunday: [between('09:00', '17:00')] }) })] }), sunday).events;
    expect([event?.start.toISO(), event?.end.toISO()]).toEqual(['2026-03-08T09:00:00.000-04:00', '2026-03-08T17:00:00.000-04:00']);
  });
});
