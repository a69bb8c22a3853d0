import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { resolveHolidays } from '../../src/language/resolve-holidays.ts';
import { companyContext, NOW, TIME_ZONE } from './fixtures/company-context.ts';
import { intentOf, refusalOf } from './fixtures/read-command.ts';

describe('resolveHolidays', () => {
  it('observes a Sunday Independence Day on Monday July 5, 2027, keeping both days', () => {
    const days = resolveHolidays({ country: 'US', region: undefined }, 2027, { now: NOW, timeZone: TIME_ZONE });
    if (!Array.isArray(days)) throw new Error('refused');
    expect(days.filter((holiday) => holiday.date.startsWith('2027-07'))).toEqual([
      {
        name: 'Independence Day',
        date: '2027-07-04',
        substitute: false,
        range: { from: '2027-07-04T00:00:00.000-04:00', to: '2027-07-05T00:00:00.000-04:00' },
      },
      {
        name: 'Independence Day (substitute day)',
        date: '2027-07-05',
        substitute: true,
        range: { from: '2027-07-05T00:00:00.000-04:00', to: '2027-07-06T00:00:00.000-04:00' },
      },
    ]);
  });

  it('takes each holiday\'s calendar date as a whole day in the company zone, not the country\'s', () => {
    const tokyo = { now: DateTime.fromISO('2026-11-25T12:00', { zone: 'Asia/Tokyo' }), timeZone: 'Asia/Tokyo' };
    const days = resolveHolidays({ country: 'US', region: undefined }, 2027, tokyo);
    if (!Array.isArray(days)) throw new Error('refused');
    expect(days[0]).toMatchObject({ date: '2027-01-01', range: { from: '2027-01-01T00:00:00.000+09:00', to: '2027-01-02T00:00:00.000+09:00' } });
  });

  it('leaves out the holidays of this year that are over', () => {
    const days = resolveHolidays({ country: 'US', region: undefined }, 2026, { now: NOW, timeZone: TIME_ZONE });
    if (!Array.isArray(days)) throw new Error('refused');
    expect(days.map((holiday) => holiday.date)).toEqual(['2026-11-26', '2026-12-25']);
  });
});

describe('parseCommand: holidays', () => {
  it('reads "holidays US 2027" as one rule routed as after hours', () => {
    const intent = intentOf('holidays US 2027');
    expect(intent).toMatchObject({ kind: 'holidays', country: 'US', year: 2027, proposedName: 'Holidays US 2027' });
    expect(intent).not.toHaveProperty('target');
    expect(intent.kind === 'holidays' && intent.holidays.length).toBe(15);
  });

  it('reads a region and a target', () => {
    const intent = intentOf('holidays CA-QC 2027 to voicemail');
    expect(intent).toMatchObject({ country: 'CA', region: 'QC', proposedName: 'Holidays CA-QC 2027', target: { kind: 'extension', extensionId: '401' } });
    expect(intent.kind === 'holidays' && intent.holidays.map((holiday) => holiday.name)).toContain('National Holiday');
  });

  it('refuses a year that is over', () => {
    expect(refusalOf('holidays US 2025')).toEqual({ ok: false, code: 'date-in-past', text: 'US 2025' });
  });

  it('refuses an unknown region, listing the country\'s regions', () => {
    const refusal = refusalOf('holidays US-XX 2027', companyContext());
    expect(refusal).toMatchObject({ code: 'holidays-region-unknown', text: 'US-XX' });
    expect(refusal.candidates).toContain('US-NY (New York)');
  });
});
