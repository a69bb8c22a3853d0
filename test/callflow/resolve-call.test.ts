import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { resolveCall, type CallHandling } from '../../src/callflow/index.ts';
import {
  MAIN_NUMBER,
  SALES_NUMBER,
  allDayOn,
  between,
  company,
  customRule,
  dateRange,
  greeting,
  onDates,
  openAllHours,
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

/** Acme with a rule that sends Sunday 01:00–03:00 to the Support Queue, and Sunday hours 09:00–17:00. */
const withSundayNightShift = company({
  businessHours: { ...week(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'sunday'], [between('09:00', '17:00')]) },
  customRules: [
    customRule({
      id: 'r-night',
      name: 'Night shift',
      schedule: weekly(week(['sunday'], [between('01:00', '03:00')])),
      destination: toExt('200'),
    }),
  ],
});

function ruleKindAt(handling: CallHandling, at: DateTime): string {
  const { rule } = resolveCall(handling, { at });
  return rule.kind === 'custom' ? rule.name : rule.kind;
}

describe('resolveCall', () => {
  describe('business hours', () => {
    it('sends calls to the business-hours destination during business hours', () => {
      const at = DateTime.fromISO('2026-12-23T10:00', { zone: 'US/Eastern' });
      expect(resolveCall(company(), { at })).toEqual({
        rule: { kind: 'business-hours' },
        destination: greeting,
        summary: 'The business-hours rule sends the call to the company greeting',
      });
    });

    it('sends calls to the after-hours destination when business hours end (the end is exclusive)', () => {
      const at = DateTime.fromISO('2026-12-23T17:00', { zone: 'US/Eastern' });
      expect(resolveCall(company(), { at })).toEqual({
        rule: { kind: 'after-hours' },
        destination: toExt('300'),
        summary: 'The after-hours rule sends the call to Main Voicemail (ext 300)',
      });
    });

    it('sends weekend calls to the after-hours destination', () => {
      const at = DateTime.fromISO('2026-12-27T11:00', { zone: 'US/Eastern' });
      expect(resolveCall(company(), { at }).rule).toEqual({ kind: 'after-hours' });
    });

    it('reads business hours in the company zone whatever zone the call time is in', () => {
      // 23:30 in Tokyo on Dec 23 is 09:30 on Wednesday Dec 23 in New York.
      const at = DateTime.fromISO('2026-12-23T23:30', { zone: 'Asia/Tokyo' });
      expect(resolveCall(company(), { at }).rule).toEqual({ kind: 'business-hours' });
    });

    it('sends calls to the greeting after hours when hours are set but the after-hours destination is missing', () => {
      const at = DateTime.fromISO('2026-12-23T20:00', { zone: 'US/Eastern' });
      expect(resolveCall(company({ afterHoursDestination: undefined }), { at }).destination).toEqual(greeting);
    });
  });

  describe('24/7 business hours', () => {
    it('sends calls to the business-hours destination on a Sunday night', () => {
      const at = DateTime.fromISO('2026-12-27T03:00', { zone: 'US/Eastern' });
      expect(resolveCall(openAllHours(), { at })).toEqual({
        rule: { kind: 'business-hours' },
        destination: greeting,
        summary: 'The business-hours rule (open 24/7) sends the call to the company greeting',
      });
    });

    it('never matches a custom rule that refers to after hours', () => {
      const handling = openAllHours({
        customRules: [customRule({ id: 'r-ah', name: 'After hours VIP', schedule: { kind: 'after-hours' }, destination: toExt('101') })],
      });
      const at = DateTime.fromISO('2026-12-27T03:00', { zone: 'US/Eastern' });
      expect(resolveCall(handling, { at }).rule).toEqual({ kind: 'business-hours' });
    });

    it('always matches a custom rule that refers to business hours', () => {
      const handling = openAllHours({
        customRules: [customRule({ id: 'r-bh', name: 'Daytime', schedule: { kind: 'business-hours' }, destination: toExt('101') })],
      });
      const at = DateTime.fromISO('2026-12-27T03:00', { zone: 'US/Eastern' });
      expect(resolveCall(handling, { at }).rule).toEqual({ kind: 'custom', id: 'r-bh', name: 'Daytime' });
    });
  });

  describe('business-hours and after-hours references', () => {
    const handling = company({
      customRules: [
        customRule({ id: 'r-day', name: 'Day VIP', schedule: { kind: 'business-hours' }, callers: [{ callerId: '1212' }], destination: toExt('101') }),
        customRule({ id: 'r-night', name: 'Night VIP', schedule: { kind: 'after-hours' }, callers: [{ callerId: '1212' }], destination: toExt('200') }),
      ],
    });

    it('matches the business-hours reference during business hours', () => {
      const at = DateTime.fromISO('2026-12-23T10:00', { zone: 'US/Eastern' });
      expect(resolveCall(handling, { at, from: '+12125550199' }).rule).toMatchObject({ name: 'Day VIP' });
    });

    it('matches the after-hours reference outside business hours', () => {
      const at = DateTime.fromISO('2026-12-23T22:00', { zone: 'US/Eastern' });
      expect(resolveCall(handling, { at, from: '+12125550199' }).rule).toMatchObject({ name: 'Night VIP' });
    });
  });

  describe('custom rules', () => {
    it('sends calls to the rule destination when a date rule matches', () => {
      const at = DateTime.fromISO('2026-12-25T10:00', { zone: 'US/Eastern' });
      expect(resolveCall(company({ customRules: [christmas] }), { at })).toEqual({
        rule: { kind: 'custom', id: 'r-christmas', name: 'Christmas' },
        destination: toExt('300'),
        summary: 'Custom rule "Christmas" sends the call to Main Voicemail (ext 300)',
      });
    });

    it('sends calls by business hours when no custom rule matches', () => {
      const at = DateTime.fromISO('2026-12-24T10:00', { zone: 'US/Eastern' });
      expect(resolveCall(company({ customRules: [christmas] }), { at }).rule).toEqual({ kind: 'business-hours' });
    });

    it('uses the first matching rule in list order', () => {
      const all = customRule({ id: 'r-all', name: 'Everything to Alice', destination: toExt('101') });
      const at = DateTime.fromISO('2026-12-25T10:00', { zone: 'US/Eastern' });
      expect(ruleKindAt(company({ customRules: [christmas, all] }), at)).toBe('Christmas');
      expect(ruleKindAt(company({ customRules: [all, christmas] }), at)).toBe('Everything to Alice');
    });

    it('skips disabled rules', () => {
      const disabled = customRule({ id: 'r-off', name: 'Off', enabled: false, destination: toExt('101') });
      const at = DateTime.fromISO('2026-12-25T10:00', { zone: 'US/Eastern' });
      expect(ruleKindAt(company({ customRules: [disabled, christmas] }), at)).toBe('Christmas');
    });

    it('requires every condition of a rule to match', () => {
      const christmasVip = { ...christmas, callers: [{ callerId: '1212' }] };
      const at = DateTime.fromISO('2026-12-25T10:00', { zone: 'US/Eastern' });
      expect(resolveCall(company({ customRules: [christmasVip] }), { at, from: '+14155550100' }).rule.kind).toBe('business-hours');
      expect(resolveCall(company({ customRules: [christmasVip] }), { at, from: '+12125550100' }).rule.kind).toBe('custom');
    });

    it('names an unknown extension plainly in the summary', () => {
      const rule = customRule({ id: 'r-x', name: 'Gone', destination: { kind: 'extension', extensionId: '999' } });
      const at = DateTime.fromISO('2026-12-23T10:00', { zone: 'US/Eastern' });
      expect(resolveCall(company({ customRules: [rule] }), { at }).summary).toBe(
        'Custom rule "Gone" sends the call to unknown extension 999',
      );
    });
  });

  describe('callers', () => {
    const handling = company({
      customRules: [customRule({ id: 'r-sf', name: 'San Francisco', callers: [{ callerId: '1415555', name: 'SF office' }], destination: toExt('101') })],
    });
    const at = DateTime.fromISO('2026-12-23T10:00', { zone: 'US/Eastern' });

    it('matches a caller whose number starts with a partial caller ID, ignoring punctuation', () => {
      expect(resolveCall(handling, { at, from: '+1 (415) 555-0100' }).rule.kind).toBe('custom');
    });

    it('matches a caller condition written with punctuation', () => {
      const written = company({
        customRules: [customRule({ id: 'r-sf', name: 'San Francisco', callers: [{ callerId: '+1 (415) 555' }] })],
      });
      expect(resolveCall(written, { at, from: '14155550100' }).rule.kind).toBe('custom');
    });

    it('does not match a caller with a different prefix', () => {
      expect(resolveCall(handling, { at, from: '+14155560100' }).rule.kind).toBe('business-hours');
    });

    it('does not match a call without caller ID', () => {
      expect(resolveCall(handling, { at }).rule.kind).toBe('business-hours');
      expect(resolveCall(handling, { at, from: '' }).rule.kind).toBe('business-hours');
    });

    it('matches a call without caller ID when the rule has no caller condition', () => {
      expect(resolveCall(company({ customRules: [christmas] }), { at: DateTime.fromISO('2026-12-25T10:00', { zone: 'US/Eastern' }) }).rule.kind).toBe('custom');
    });
  });

  describe('called numbers', () => {
    const handling = company({
      customRules: [
        customRule({ id: 'r-sales', name: 'Sales line', calledNumbers: [SALES_NUMBER], destination: toExt('200') }),
        customRule({ id: 'r-main', name: 'Main line', calledNumbers: ['+1 650-555-0100'], destination: toExt('101') }),
      ],
    });
    const at = DateTime.fromISO('2026-12-23T10:00', { zone: 'US/Eastern' });

    it('treats a call without a called number as a call to the main number', () => {
      expect(resolveCall(handling, { at }).rule).toMatchObject({ name: 'Main line' });
    });

    it('matches the called number by its digits', () => {
      expect(resolveCall(handling, { at, to: '+1 (650) 555-0111' }).rule).toMatchObject({ name: 'Sales line' });
      expect(resolveCall(handling, { at, to: MAIN_NUMBER }).rule).toMatchObject({ name: 'Main line' });
    });

    it('does not match another company number', () => {
      expect(resolveCall(handling, { at, to: '+16505550199' }).rule.kind).toBe('business-hours');
    });
  });

  describe('on the spring-forward day (2027-03-14 in US/Eastern)', () => {
    it('matches a 01:00–03:00 weekly range before the clocks change', () => {
      const at = DateTime.fromISO('2027-03-14T01:59', { zone: 'US/Eastern' });
      expect(ruleKindAt(withSundayNightShift, at)).toBe('Night shift');
    });

    it('reads the skipped 02:30 as 03:30 and does not match the 01:00–03:00 range', () => {
      const at = DateTime.fromISO('2027-03-14T02:30', { zone: 'US/Eastern' });
      expect(at.toISO()).toBe('2027-03-14T03:30:00.000-04:00');
      expect(ruleKindAt(withSundayNightShift, at)).toBe('after-hours');
    });

    it('does not match the 01:00–03:00 range one minute after 01:59 EST', () => {
      // 06:59Z is 01:59 EST; one minute later is 03:00 EDT.
      const at = DateTime.fromISO('2027-03-14T07:00Z').setZone('US/Eastern');
      expect(ruleKindAt(withSundayNightShift, at)).toBe('after-hours');
    });

    it('opens business hours at 09:00 EDT, not 09:00 EST', () => {
      expect(ruleKindAt(withSundayNightShift, DateTime.fromISO('2027-03-14T13:00Z'))).toBe('business-hours');
      expect(ruleKindAt(withSundayNightShift, DateTime.fromISO('2027-03-14T12:59Z'))).toBe('after-hours');
    });
  });

  describe('on the fall-back day (2027-11-07 in US/Eastern)', () => {
    it('matches a 01:00–03:00 weekly range in both the first and the repeated 01:30', () => {
      expect(ruleKindAt(withSundayNightShift, DateTime.fromISO('2027-11-07T01:30-04:00', { zone: 'US/Eastern' }))).toBe('Night shift');
      expect(ruleKindAt(withSundayNightShift, DateTime.fromISO('2027-11-07T01:30-05:00', { zone: 'US/Eastern' }))).toBe('Night shift');
    });

    it('matches 02:59 EST and not 03:00 EST', () => {
      expect(ruleKindAt(withSundayNightShift, DateTime.fromISO('2027-11-07T02:59', { zone: 'US/Eastern' }))).toBe('Night shift');
      expect(ruleKindAt(withSundayNightShift, DateTime.fromISO('2027-11-07T03:00', { zone: 'US/Eastern' }))).toBe('after-hours');
    });

    it('does not match 00:59 EDT', () => {
      expect(ruleKindAt(withSundayNightShift, DateTime.fromISO('2027-11-07T00:59', { zone: 'US/Eastern' }))).toBe('after-hours');
    });

    it('opens business hours at 09:00 EST, not 09:00 EDT', () => {
      expect(ruleKindAt(withSundayNightShift, DateTime.fromISO('2027-11-07T14:00Z'))).toBe('business-hours');
      expect(ruleKindAt(withSundayNightShift, DateTime.fromISO('2027-11-07T13:59Z'))).toBe('after-hours');
    });
  });

  describe('across the year end', () => {
    const handling = company({
      customRules: [
        customRule({
          id: 'r-ny',
          name: 'New Year closure',
          schedule: onDates(dateRange('2026-12-31T17:00', '2027-01-01T09:00')),
          destination: toExt('110'),
        }),
      ],
    });

    it('matches from Dec 31 17:00 through midnight into Jan 1', () => {
      expect(ruleKindAt(handling, DateTime.fromISO('2026-12-31T17:00', { zone: 'US/Eastern' }))).toBe('New Year closure');
      expect(ruleKindAt(handling, DateTime.fromISO('2026-12-31T23:59:59', { zone: 'US/Eastern' }))).toBe('New Year closure');
      expect(ruleKindAt(handling, DateTime.fromISO('2027-01-01T00:00', { zone: 'US/Eastern' }))).toBe('New Year closure');
      expect(ruleKindAt(handling, DateTime.fromISO('2027-01-01T08:59', { zone: 'US/Eastern' }))).toBe('New Year closure');
    });

    it('does not match before the range starts or once it ends (the end is exclusive)', () => {
      expect(ruleKindAt(handling, DateTime.fromISO('2026-12-31T16:59', { zone: 'US/Eastern' }))).toBe('business-hours');
      expect(ruleKindAt(handling, DateTime.fromISO('2027-01-01T09:00', { zone: 'US/Eastern' }))).toBe('business-hours');
    });

    it('matches the same instant given in UTC', () => {
      expect(ruleKindAt(handling, DateTime.fromISO('2027-01-01T05:00Z'))).toBe('New Year closure');
    });
  });

  describe('on Feb 29 (2028)', () => {
    const handling = company({
      customRules: [
        customRule({ id: 'r-leap', name: 'Leap day', schedule: onDates(allDayOn('2028-02-29')), destination: toExt('110') }),
        customRule({ id: 'r-tue', name: 'Tuesday lunch', schedule: weekly(week(['tuesday'], [between('12:00', '13:00')])), destination: toExt('200') }),
      ],
    });

    it('matches an all-day range from midnight to the last minute of Feb 29', () => {
      expect(ruleKindAt(handling, DateTime.fromISO('2028-02-29T00:00', { zone: 'US/Eastern' }))).toBe('Leap day');
      expect(ruleKindAt(handling, DateTime.fromISO('2028-02-29T23:59', { zone: 'US/Eastern' }))).toBe('Leap day');
    });

    it('does not match Feb 28 or Mar 1', () => {
      expect(ruleKindAt(handling, DateTime.fromISO('2028-02-28T23:59', { zone: 'US/Eastern' }))).toBe('after-hours');
      expect(ruleKindAt(handling, DateTime.fromISO('2028-03-01T00:00', { zone: 'US/Eastern' }))).toBe('after-hours');
    });

    it('reads Feb 29 as a Tuesday for weekly ranges', () => {
      const without = { ...handling, customRules: handling.customRules.slice(1) };
      expect(ruleKindAt(without, DateTime.fromISO('2028-02-29T12:30', { zone: 'US/Eastern' }))).toBe('Tuesday lunch');
    });
  });

  describe('weekly ranges split at midnight', () => {
    // Friday 22:00 to Saturday 06:00, stored as Fri 22:00–24:00 and Sat 00:00–06:00.
    const handling = company({
      customRules: [
        customRule({
          id: 'r-late',
          name: 'Late night',
          schedule: weekly({ friday: [between('22:00', '24:00')], saturday: [between('00:00', '06:00')] }),
          destination: toExt('300'),
        }),
      ],
    });

    it('matches the Friday part up to the last minute before midnight', () => {
      expect(ruleKindAt(handling, DateTime.fromISO('2027-01-08T22:00', { zone: 'US/Eastern' }))).toBe('Late night');
      expect(ruleKindAt(handling, DateTime.fromISO('2027-01-08T23:59:59', { zone: 'US/Eastern' }))).toBe('Late night');
    });

    it('matches the Saturday part from midnight until 06:00', () => {
      expect(ruleKindAt(handling, DateTime.fromISO('2027-01-09T00:00', { zone: 'US/Eastern' }))).toBe('Late night');
      expect(ruleKindAt(handling, DateTime.fromISO('2027-01-09T05:59', { zone: 'US/Eastern' }))).toBe('Late night');
    });

    it('does not match just outside the range', () => {
      expect(ruleKindAt(handling, DateTime.fromISO('2027-01-08T21:59', { zone: 'US/Eastern' }))).toBe('after-hours');
      expect(ruleKindAt(handling, DateTime.fromISO('2027-01-09T06:00', { zone: 'US/Eastern' }))).toBe('after-hours');
    });
  });

  describe('whatever zone the call time is given in', () => {
    const handling = company({
      businessHours: week(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'sunday'], [between('09:00', '17:00')]),
      customRules: [
        christmas,
        customRule({ id: 'r-night', name: 'Night shift', schedule: weekly(week(['sunday'], [between('01:00', '03:00')])), destination: toExt('200') }),
        customRule({ id: 'r-leap', name: 'Leap day', schedule: onDates(allDayOn('2028-02-29')), destination: toExt('110') }),
      ],
    });

    it('resolves one instant the same way in UTC, Tokyo, Kathmandu and the company zone', () => {
      const start = DateTime.fromISO('2026-12-20T00:00Z').toMillis();
      const end = DateTime.fromISO('2028-12-31T00:00Z').toMillis();
      fc.assert(
        fc.property(fc.integer({ min: start, max: end }), (millis) => {
          const at = DateTime.fromMillis(millis, { zone: 'US/Eastern' });
          const expected = resolveCall(handling, { at });
          for (const zone of ['UTC', 'Asia/Tokyo', 'Asia/Kathmandu']) {
            expect(resolveCall(handling, { at: at.setZone(zone) })).toEqual(expected);
          }
        }),
      );
    });

    it('never sends a call to the after-hours rule when hours are 24/7', () => {
      const start = DateTime.fromISO('2026-12-20T00:00Z').toMillis();
      fc.assert(
        fc.property(fc.integer({ min: start, max: start + 3 * 365 * 86_400_000 }), (millis) => {
          const at = DateTime.fromMillis(millis, { zone: 'UTC' });
          expect(resolveCall(openAllHours(), { at }).rule.kind).toBe('business-hours');
        }),
      );
    });
  });
});
