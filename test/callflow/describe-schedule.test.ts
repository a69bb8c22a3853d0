import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  WEEKDAYS,
  describeDateRange,
  describeMinuteOfDay,
  describeRuleConditions,
  describeSchedule,
  describeTimeZone,
  describeWeeklySchedule,
  describeWhen,
} from '../../src/callflow/index.ts';
import { NINE_TO_FIVE, SALES_NUMBER, allDayOn, between, dateRange, onDates, week, weekdays, weekly } from '../fixtures/call-handling.ts';

describe('describeWeeklySchedule', () => {
  it('groups days with the same hours', () => {
    expect(describeWeeklySchedule({ ...NINE_TO_FIVE, saturday: [between('10:00', '14:00')] })).toBe(
      'Mon–Fri 09:00–17:00; Sat 10:00–14:00',
    );
  });

  it('reads an empty schedule as 24/7', () => {
    expect(describeWeeklySchedule({})).toBe('24/7');
    expect(describeWeeklySchedule({ monday: [] })).toBe('24/7');
  });

  it('lists days that are not next to each other', () => {
    expect(describeWeeklySchedule(week(['monday', 'wednesday', 'friday'], [between('09:00', '12:00')]))).toBe('Mon, Wed, Fri 09:00–12:00');
  });

  it('lists two ranges of one day in time order', () => {
    expect(describeWeeklySchedule({ monday: [between('13:00', '17:30'), between('08:30', '12:00')] })).toBe(
      'Mon 08:30–12:00 and 13:00–17:30',
    );
  });

  it('says "all day" for a whole day and "every day" for all seven', () => {
    expect(describeWeeklySchedule(week(['saturday', 'sunday'], [between('00:00', '24:00')]))).toBe('Sat, Sun all day');
    expect(describeWeeklySchedule(week(WEEKDAYS, [between('08:00', '20:00')]))).toBe('every day 08:00–20:00');
  });

  it('shows a range split at midnight as its two days, ending at 24:00', () => {
    expect(describeWeeklySchedule({ friday: [between('22:00', '24:00')], saturday: [between('00:00', '06:00')] })).toBe(
      'Fri 22:00–24:00; Sat 00:00–06:00',
    );
  });
});

describe('describeMinuteOfDay', () => {
  it('writes minutes as 24-hour time with 1440 as 24:00', () => {
    expect([0, 545, 1439, 1440].map(describeMinuteOfDay)).toEqual(['00:00', '09:05', '23:59', '24:00']);
  });
});

describe('describeDateRange', () => {
  const zone = 'US/Eastern';

  it('reads a whole local day as one day, all day', () => {
    expect(describeDateRange(allDayOn('2026-12-25'), zone)).toBe('Dec 25, 2026 (all day)');
  });

  it('reads whole days within a month as a span of days', () => {
    expect(describeDateRange(dateRange('2026-12-24T00:00', '2026-12-27T00:00'), zone)).toBe('Dec 24–26, 2026');
  });

  it('reads whole days across a month end with both months', () => {
    expect(describeDateRange(dateRange('2026-11-30T00:00', '2026-12-03T00:00'), zone)).toBe('Nov 30 – Dec 2, 2026');
  });

  it('reads whole days across the year end with both years', () => {
    expect(describeDateRange(dateRange('2026-12-31T00:00', '2027-01-02T00:00'), zone)).toBe('Dec 31, 2026 – Jan 1, 2027');
  });

  it('reads Feb 29 as a whole day', () => {
    expect(describeDateRange(allDayOn('2028-02-29'), zone)).toBe('Feb 29, 2028 (all day)');
  });

  it('reads the 23-hour and 25-hour DST days as whole days', () => {
    expect(describeDateRange(allDayOn('2027-03-14'), zone)).toBe('Mar 14, 2027 (all day)');
    expect(describeDateRange(allDayOn('2027-11-07'), zone)).toBe('Nov 7, 2027 (all day)');
  });

  it('gives both ends with times when the range does not cover whole days', () => {
    expect(describeDateRange(dateRange('2026-12-24T17:00', '2026-12-26T09:00'), zone)).toBe('Dec 24, 2026 17:00 – Dec 26, 2026 09:00');
    expect(describeDateRange(dateRange('2026-12-31T17:00', '2027-01-01T09:00'), zone)).toBe('Dec 31, 2026 17:00 – Jan 1, 2027 09:00');
  });

  it('gives the date once for a range within one day, and 24:00 for one ending at midnight', () => {
    expect(describeDateRange(dateRange('2026-12-24T12:00', '2026-12-24T13:00'), zone)).toBe('Dec 24, 2026 12:00–13:00');
    expect(describeDateRange(dateRange('2026-12-24T17:00', '2026-12-25T00:00'), zone)).toBe('Dec 24, 2026 17:00–24:00');
  });

  it('reads UTC instants and offset-less company-local times in the company zone', () => {
    expect(describeDateRange({ from: '2026-12-25T05:00:00Z', to: '2026-12-26T05:00:00Z' }, zone)).toBe('Dec 25, 2026 (all day)');
    expect(describeDateRange({ from: '2026-12-25T00:00:00', to: '2026-12-26T00:00:00' }, zone)).toBe('Dec 25, 2026 (all day)');
  });

  it('shows the same instants in another company zone', () => {
    expect(describeDateRange(allDayOn('2026-12-25', 'US/Eastern'), 'US/Pacific')).toBe('Dec 24, 2026 21:00 – Dec 25, 2026 21:00');
  });

  it('says so when a range cannot be read', () => {
    expect(describeDateRange({ from: 'soon', to: 'later' }, zone)).toBe('an unreadable date range (soon to later)');
  });
});

describe('describeTimeZone', () => {
  it('names the zone with the abbreviation in use at the instant', () => {
    expect(describeTimeZone('US/Eastern', DateTime.fromISO('2026-12-25T12:00Z'))).toBe('US/Eastern (EST)');
    expect(describeTimeZone('US/Eastern', DateTime.fromISO('2027-07-04T12:00Z'))).toBe('US/Eastern (EDT)');
  });

  it('changes abbreviation at the DST switch on 2027-03-14', () => {
    expect(describeTimeZone('US/Eastern', DateTime.fromISO('2027-03-14T06:59Z'))).toBe('US/Eastern (EST)');
    expect(describeTimeZone('US/Eastern', DateTime.fromISO('2027-03-14T07:00Z'))).toBe('US/Eastern (EDT)');
  });

  it('falls back to a GMT offset where the zone has no abbreviation', () => {
    expect(describeTimeZone('Asia/Tokyo', DateTime.fromISO('2027-07-04T12:00Z'))).toBe('Asia/Tokyo (GMT+9)');
  });

  it('shows an unknown zone name as it is', () => {
    expect(describeTimeZone('Nowhere/Land', DateTime.fromISO('2027-07-04T12:00Z'))).toBe('Nowhere/Land');
  });
});

describe('describeSchedule', () => {
  const zone = 'US/Eastern';

  it('names the schedules that are not ranges', () => {
    expect(describeSchedule({ kind: 'always' }, zone)).toBe('any time');
    expect(describeSchedule({ kind: 'business-hours' }, zone)).toBe('business hours');
    expect(describeSchedule({ kind: 'after-hours' }, zone)).toBe('after hours');
  });

  it('describes weekly ranges, and an empty week as no time', () => {
    expect(describeSchedule(weekly(weekdays(between('12:00', '13:00'))), zone)).toBe('Mon–Fri 12:00–13:00');
    expect(describeSchedule(weekly({}), zone)).toBe('no time');
  });

  it('lists the first three date ranges and counts the rest', () => {
    const holidays = onDates(allDayOn('2026-12-24'), allDayOn('2026-12-25'), allDayOn('2026-12-31'), allDayOn('2027-01-01'));
    expect(describeSchedule(holidays, zone)).toBe(
      'Dec 24, 2026 (all day); Dec 25, 2026 (all day); Dec 31, 2026 (all day) and 1 more',
    );
  });
});

describe('describeWhen', () => {
  const zone = 'US/Eastern';

  it('puts each kind of schedule after a rule name', () => {
    expect(describeWhen(onDates(allDayOn('2026-12-25')), zone)).toBe('on Dec 25, 2026 (all day)');
    expect(describeWhen(weekly(weekdays(between('12:00', '13:00'))), zone)).toBe('on Mon–Fri 12:00–13:00');
    expect(describeWhen(weekly(week(WEEKDAYS, [between('08:00', '20:00')])), zone)).toBe('every day 08:00–20:00');
    expect(describeWhen({ kind: 'always' }, zone)).toBe('at any time');
    expect(describeWhen({ kind: 'business-hours' }, zone)).toBe('during business hours');
    expect(describeWhen({ kind: 'after-hours' }, zone)).toBe('after hours');
    expect(describeWhen(onDates(), zone)).toBe('never');
  });
});

describe('describeRuleConditions', () => {
  it('joins the schedule, callers and called numbers', () => {
    expect(
      describeRuleConditions(
        {
          schedule: weekly(NINE_TO_FIVE),
          callers: [{ callerId: '1415555', name: 'Acme' }, { callerId: '1212' }],
          calledNumbers: [SALES_NUMBER],
        },
        'US/Eastern',
      ),
    ).toBe('on Mon–Fri 09:00–17:00 for callers 1415555 (Acme) or 1212 when +16505550111 is called');
  });
});
