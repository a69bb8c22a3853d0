import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/language/parse-instant.ts';

const timeZone = 'US/Eastern';
const now = DateTime.fromISO('2026-11-25T22:00', { zone: timeZone });

function read(text: string, at: DateTime = now): string {
  const result = parseInstant(text, { now: at, timeZone });
  if (!result.ok) throw new Error(`refused ${text}: ${result.code}`);
  return result.at.toISO() ?? '';
}

describe('parseInstant', () => {
  it('reads a plain date and time in the company zone', () => {
    expect(read('Dec 2 8pm')).toBe('2026-12-02T20:00:00.000-05:00');
  });

  it('reads an ISO date-time without an offset as company-local', () => {
    expect(read('2026-12-02T20:00')).toBe('2026-12-02T20:00:00.000-05:00');
  });

  it('keeps the instant of an ISO date-time with an offset and shows it in the company zone', () => {
    expect(read('2026-12-02T20:00Z')).toBe('2026-12-02T15:00:00.000-05:00');
  });

  it('takes the next one to come for a date without a year', () => {
    expect(read('Nov 1 9am')).toBe('2027-11-01T09:00:00.000-04:00');
  });

  it('reads "tomorrow" against the company date, not the host date', () => {
    // 22:00 in New York is already the 26th in UTC and Tokyo; tomorrow is still the 26th.
    expect(read('tomorrow 10:00')).toBe('2026-11-26T10:00:00.000-05:00');
  });

  it('uses summer time for a summer date', () => {
    expect(read('2027-07-04 12:00')).toBe('2027-07-04T12:00:00.000-04:00');
  });

  it('refuses text that is not a date', () => {
    expect(parseInstant('banana', { now, timeZone })).toEqual({ ok: false, code: 'instant-unreadable', text: 'banana' });
  });

  it('refuses words left over after the date', () => {
    expect(parseInstant('Dec 2 8pm please', { now, timeZone })).toEqual({
      ok: false,
      code: 'instant-leftover-words',
      text: 'please',
    });
  });

  it('refuses a range where one moment is expected', () => {
    expect(parseInstant('Dec 2 8pm to Dec 3 9am', { now, timeZone })).toMatchObject({ ok: false, code: 'instant-ambiguous' });
  });

  it('reads a lone time as today\'s', () => {
    expect(read('10am')).toBe('2026-11-25T10:00:00.000-05:00');
  });

  it('reads a lone time as the next one to come when asked to', () => {
    const result = parseInstant('10am', { now, timeZone }, { timeOnly: 'next' });
    expect(result.ok && result.at.toISO()).toBe('2026-11-26T10:00:00.000-05:00');
  });

  it('reads "now" as the reference instant', () => {
    expect(read('now')).toBe('2026-11-25T22:00:00.000-05:00');
  });

  it('says when a text named a day without a time', () => {
    expect(parseInstant('Dec 25', { now, timeZone })).toMatchObject({ ok: true, dateOnly: true });
  });

  it('reads Feb 29 without a year as the next leap day', () => {
    expect(read('Feb 29 9am')).toBe('2028-02-29T09:00:00.000-05:00');
  });

  it('refuses a bare hour that could be morning or evening', () => {
    expect(parseInstant('Dec 2 at 5', { now, timeZone })).toEqual({ ok: false, code: 'time-ambiguous', text: 'Dec 2 at 5' });
  });

  it('refuses a date in another language rather than half-reading it', () => {
    expect(parseInstant('le 25 déc. 10h', { now, timeZone })).toMatchObject({ ok: false, code: 'date-language' });
  });

  it('refuses a day that does not exist', () => {
    expect(parseInstant('Feb 30 10am', { now, timeZone })).toEqual({ ok: false, code: 'date-impossible', text: 'Feb 30' });
  });

  it('refuses a two-digit number chrono would take for a year', () => {
    expect(parseInstant('Dec 25 12', { now, timeZone })).toEqual({ ok: false, code: 'instant-unreadable', text: 'Dec 25 12' });
  });
});
