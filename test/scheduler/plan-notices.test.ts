import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { planNotices, wallClockInstant } from '../../src/scheduler/index.ts';
import { beforeArb } from '../fixtures/call-handling-arbitraries.ts';
import {
  COMPANY_ZONE,
  allDayOn,
  between,
  company,
  customRule,
  dateRange,
  onDates,
  toExt,
  week,
  weekly,
} from '../fixtures/call-handling.ts';

const christmas = customRule({
  id: 'r-christmas',
  name: 'Christmas',
  schedule: onDates(allDayOn('2026-12-25')),
  destination: toExt('300'),
});

/** A fixed planning instant in the company zone, `local('2026-12-01T09:00')`. */
function local(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: COMPANY_ZONE });
}

describe('planNotices', () => {
  it('plans a reminder 24 h before Christmas, an on notice at local midnight and an off at the next', () => {
    const notices = planNotices(company({ customRules: [christmas] }), { now: local('2026-12-01T09:00') });

    expect(notices).toEqual([
      {
        key: 'reminder:r-christmas:2026-12-25T00:00:00-05:00',
        kind: 'reminder',
        ruleId: 'r-christmas',
        ruleName: 'Christmas',
        at: '2026-12-24T00:00:00-05:00',
        mootAt: '2026-12-25T00:00:00-05:00',
        text: expect.objectContaining({ en: 'Tomorrow at 00:00 EST, "Christmas" starts: calls will go to Main Voicemail (ext 300) until Dec 26, 00:00 EST.' }),
      },
      {
        key: 'switch-on:r-christmas:2026-12-25T00:00:00-05:00',
        kind: 'switch-on',
        ruleId: 'r-christmas',
        ruleName: 'Christmas',
        at: '2026-12-25T00:00:00-05:00',
        mootAt: '2026-12-26T00:00:00-05:00',
        text: expect.objectContaining({ en: 'Holiday routing "Christmas" is now on: calls go to Main Voicemail (ext 300) until Dec 26, 00:00 EST.' }),
      },
      {
        key: 'switch-off:r-christmas:2026-12-25T00:00:00-05:00',
        kind: 'switch-off',
        ruleId: 'r-christmas',
        ruleName: 'Christmas',
        at: '2026-12-26T00:00:00-05:00',
        // Dec 26, 2026 is a Saturday: after hours, which goes to Main Voicemail in the fixture.
        text: expect.objectContaining({ en: '"Christmas" is now off: calls go to Main Voicemail (ext 300) again (after hours).' }),
      },
    ]);
  });

  it('says the company greeting is back when business hours follow the rule', () => {
    const christmasEve = customRule({
      id: 'r-eve',
      name: 'Christmas Eve',
      schedule: onDates(dateRange('2026-12-24T00:00', '2026-12-24T12:00')),
    });
    const off = planNotices(company({ customRules: [christmasEve] }), { now: local('2026-12-01T09:00') }).find(
      (notice) => notice.kind === 'switch-off',
    );

    expect(off?.text.en).toBe('"Christmas Eve" is now off: calls go to the company greeting again (business hours).');
  });

  it('switches whole-day rules on DST days exactly at local midnights', () => {
    const dstDays = customRule({
      id: 'r-dst',
      name: 'DST days',
      schedule: onDates(allDayOn('2027-03-14'), allDayOn('2027-11-07')),
      destination: toExt('300'),
    });
    const notices = planNotices(company({ customRules: [dstDays] }), { now: local('2027-01-10T09:00') });

    expect(notices.map((notice) => [notice.kind, notice.at])).toEqual([
      ['reminder', '2027-03-13T00:00:00-05:00'],
      ['switch-on', '2027-03-14T00:00:00-05:00'],
      // Mar 14 has 23 hours: the next local midnight is already EDT.
      ['switch-off', '2027-03-15T00:00:00-04:00'],
      // 24 h before Nov 7 00:00 EDT is Nov 6 00:00 EDT (no change yet that day).
      ['reminder', '2027-11-06T00:00:00-04:00'],
      ['switch-on', '2027-11-07T00:00:00-04:00'],
      // Nov 7 has 25 hours: the next local midnight is EST.
      ['switch-off', '2027-11-08T00:00:00-05:00'],
    ]);
  });

  it('switches weekly windows on DST days at local midnights when the rule is worth a notice', () => {
    const sundays = customRule({ id: 'r-sun', name: 'Sundays', schedule: weekly(week(['sunday'], [between('00:00', '24:00')])) });
    const notices = planNotices(company({ customRules: [sundays] }), {
      now: local('2027-03-10T09:00'),
      horizonDays: 7,
      weeklyRules: ['r-sun'],
    });

    expect(notices.map((notice) => [notice.kind, notice.at])).toEqual([
      ['switch-on', '2027-03-14T00:00:00-05:00'],
      ['switch-off', '2027-03-15T00:00:00-04:00'],
    ]);
    const fallBack = planNotices(company({ customRules: [sundays] }), {
      now: local('2027-11-03T09:00'),
      horizonDays: 7,
      weeklyRules: ['r-sun'],
    });
    expect(fallBack.map((notice) => [notice.kind, notice.at])).toEqual([
      ['switch-on', '2027-11-07T00:00:00-04:00'],
      ['switch-off', '2027-11-08T00:00:00-05:00'],
    ]);
  });

  it('starts a 02:30 window at 03:00 EDT on the spring-forward day, when calls actually switch', () => {
    const early = customRule({ id: 'r-early', name: 'Early', schedule: weekly(week(['sunday'], [between('02:30', '04:00')])) });
    const notices = planNotices(company({ customRules: [early] }), {
      now: local('2027-03-10T09:00'),
      horizonDays: 7,
      weeklyRules: ['r-early'],
    });

    expect(notices.map((notice) => [notice.kind, notice.at])).toEqual([
      ['switch-on', '2027-03-14T03:00:00-04:00'],
      ['switch-off', '2027-03-14T04:00:00-04:00'],
    ]);
  });

  it('starts a window at a repeated time at its first occurrence on the fall-back day', () => {
    expect(wallClockInstant(local('2027-11-07'), 90, COMPANY_ZONE).toISO()).toBe('2027-11-07T01:30:00.000-04:00');
  });

  it('plans nothing for a weekly rule not marked worth a notice', () => {
    const lunch = customRule({ id: 'r-lunch', name: 'Lunch', schedule: weekly(week(['monday'], [between('12:00', '13:00')])) });

    expect(planNotices(company({ customRules: [lunch] }), { now: local('2027-03-10T09:00') })).toEqual([]);
  });

  it('plans nothing for a disabled rule', () => {
    const disabled = { ...christmas, enabled: false };

    expect(planNotices(company({ customRules: [disabled] }), { now: local('2026-12-01T09:00') })).toEqual([]);
  });

  it('plans nothing for a range already over', () => {
    expect(planNotices(company({ customRules: [christmas] }), { now: local('2026-12-26T00:00') })).toEqual([]);
  });

  it('plans only the off notice for a rule already in force', () => {
    const notices = planNotices(company({ customRules: [christmas] }), { now: local('2026-12-25T10:00') });

    expect(notices.map((notice) => notice.kind)).toEqual(['switch-off']);
  });

  it('plans no reminder once its time has passed, but still the on and off', () => {
    const notices = planNotices(company({ customRules: [christmas] }), { now: local('2026-12-24T08:00') });

    expect(notices.map((notice) => notice.kind)).toEqual(['switch-on', 'switch-off']);
  });

  it('merges ranges that touch into one span with no off and on at the same instant', () => {
    const holidays = customRule({
      id: 'r-holidays',
      name: 'Holidays',
      schedule: onDates(allDayOn('2026-12-26'), allDayOn('2026-12-25')),
      destination: toExt('300'),
    });
    const notices = planNotices(company({ customRules: [holidays] }), { now: local('2026-12-01T09:00') });

    expect(notices.map((notice) => [notice.kind, notice.at])).toEqual([
      ['reminder', '2026-12-24T00:00:00-05:00'],
      ['switch-on', '2026-12-25T00:00:00-05:00'],
      ['switch-off', '2026-12-27T00:00:00-05:00'],
    ]);
  });

  it('gives the same keys on two plannings with different now before the reminder', () => {
    const handling = company({ customRules: [christmas] });
    const first = planNotices(handling, { now: local('2026-12-01T09:00') });
    const second = planNotices(handling, { now: local('2026-12-20T17:45') });

    expect(second.map((notice) => notice.key)).toEqual(first.map((notice) => notice.key));
  });

  it('gives the same switch-off key to a weekly span in force whatever day it is planned on', () => {
    const weekend = customRule({
      id: 'r-weekend',
      name: 'Weekend',
      schedule: weekly(week(['friday', 'saturday', 'sunday'], [between('00:00', '24:00')])),
    });
    const handling = company({ customRules: [weekend] });
    const offKey = (now: string): string | undefined =>
      planNotices(handling, { now: local(now), horizonDays: 2, weeklyRules: ['r-weekend'] }).find(
        (notice) => notice.kind === 'switch-off',
      )?.key;

    expect(offKey('2027-01-16T10:00')).toBe('switch-off:r-weekend:2027-01-15T00:00:00-05:00');
    expect(offKey('2027-01-17T10:00')).toBe('switch-off:r-weekend:2027-01-15T00:00:00-05:00');
  });

  it('plans only notices after now and within the horizon, with unique keys, sorted by time', () => {
    const nowArb = fc
      .integer({ min: 0, max: 500 * 24 })
      .map((hours) => DateTime.fromISO('2026-11-01T00:00Z').plus({ hours, minutes: 17 }));
    fc.assert(
      fc.property(beforeArb, nowArb, fc.integer({ min: 1, max: 120 }), (handling, now, horizonDays) => {
        const notices = planNotices(handling, { now, horizonDays, weeklyRules: ['r1', 'r2', 'r3', 'r4', 'r5'] });
        // Calendar days in the company zone, as planNotices counts them (a DST change makes one 23 or 25 hours).
        const horizon = now.setZone(handling.timeZone).plus({ days: horizonDays });
        const times = notices.map((notice) => DateTime.fromISO(notice.at));
        expect(times.every((at) => at.isValid && at > now && at <= horizon)).toBe(true);
        expect(new Set(notices.map((notice) => notice.key)).size).toBe(notices.length);
        expect(times.every((at, index) => index === 0 || (times[index - 1] as DateTime) <= at)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
