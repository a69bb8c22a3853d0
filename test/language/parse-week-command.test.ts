import { describe, expect, it } from 'vitest';
import { intentOf, refusalOf } from './fixtures/read-command.ts';

// The language fixtures read commands on Wed Nov 25, 2026 at 22:00 in US/Eastern.
describe('parseCommand: week', () => {
  it('reads "week" alone as this week', () => {
    expect(intentOf('week')).toEqual({ kind: 'week' });
  });

  it('reads "week <date>" as the week containing that date, the next one to come', () => {
    expect(intentOf('week Dec 21')).toEqual({ kind: 'week', weekOf: '2026-12-21T00:00:00.000-05:00' });
    expect(intentOf('week of Jan 4')).toEqual({ kind: 'week', weekOf: '2027-01-04T00:00:00.000-05:00' });
  });

  it('reads the caller and the called number, as test does', () => {
    expect(intentOf('week from +1 415 555 0100')).toEqual({ kind: 'week', from: '+14155550100' });
    expect(intentOf('week Dec 21 to 650-555-0199 from +1 415 555 0100')).toEqual({
      kind: 'week',
      weekOf: '2026-12-21T00:00:00.000-05:00',
      from: '+14155550100',
      to: '6505550199',
    });
  });

  it('refuses a date it cannot read and a number given twice', () => {
    expect(refusalOf('week of the blue moon').code).toBe('instant-unreadable');
    expect(refusalOf('week from +1 415 555 0100 from +1 415 555 0101').code).toBe('phone-number-unreadable');
  });

  it('leaves other words starting with "week" to other parsers', () => {
    expect(refusalOf('weekly report').code).toBe('command-unknown');
  });
});
