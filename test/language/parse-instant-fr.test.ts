import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/language/index.ts';
import { companyContext } from './fixtures/company-context.ts';
import { expectTwinRefusals, expectTwins, intentIn } from './fixtures/read-french.ts';

// French twins of parse-instant.test.ts, read as the moment of "tester" / "test" and of
// "état" / "status at": the same instant, or the same refusal.
const timeZone = 'US/Eastern';
const context: CommandContext = companyContext(DateTime.fromISO('2026-11-25T22:00', { zone: timeZone }), { timeZone });

const testAt = (french: string): string => {
  const intent = intentIn('fr', `tester ${french}`, context);
  if (intent.kind !== 'test') throw new Error(`not a test: ${JSON.stringify(intent)}`);
  return intent.at;
};

describe('parseCommand in French: one moment', () => {
  it.each([
    ['a plain date and time in the company zone', '2 déc. 20 h', 'Dec 2 8pm', '2026-12-02T20:00:00.000-05:00'],
    ['an ISO date-time without an offset, company-local', '2026-12-02T20:00', '2026-12-02T20:00', '2026-12-02T20:00:00.000-05:00'],
    ['an ISO date-time with an offset, shown in the company zone', '2026-12-02T20:00Z', '2026-12-02T20:00Z', '2026-12-02T15:00:00.000-05:00'],
    ['the next one to come for a date without a year', '1er nov. 9 h', 'Nov 1 9am', '2027-11-01T09:00:00.000-04:00'],
    ['"demain" against the company date, not the host date', 'demain 10 h', 'tomorrow 10:00', '2026-11-26T10:00:00.000-05:00'],
    ['summer time for a summer date', '2027-07-04 12 h', '2027-07-04 12:00', '2027-07-04T12:00:00.000-04:00'],
    ['a lone time as today\'s', '10 h', '10am', '2026-11-25T10:00:00.000-05:00'],
    ['"maintenant" as the reference instant', 'maintenant', 'now', '2026-11-25T22:00:00.000-05:00'],
    ['Feb 29 without a year as the next leap day', '29 févr. 9 h', 'Feb 29 9am', '2028-02-29T09:00:00.000-05:00'],
    ['a time after "à"', 'le 2 déc. à 20 h 30', 'Dec 2 at 8:30pm', '2026-12-02T20:30:00.000-05:00'],
    ['an early hour as 24-hour time, which French writes', '2 déc. 5 h', 'Dec 2 5am', '2026-12-02T05:00:00.000-05:00'],
  ])('reads %s', (_name, french, english, instant) => {
    expectTwins(`tester ${french}`, `test ${english}`, context);
    expect(testAt(french)).toBe(instant);
  });

  it('reads a lone time as the next one to come where a span ends', () => {
    expectTwins("fermer jusqu'à 10 h", 'close until 10am', context);
    expect(intentIn('fr', "fermer jusqu'à 10 h", context)).toMatchObject({ range: { to: '2026-11-26T10:00:00.000-05:00' } });
  });

  it('reads a day without a time at midday, as status does in English', () => {
    expectTwins('état 25 déc.', 'status at Dec 25', context);
    expect(intentIn('fr', 'état 25 déc.', context)).toEqual({ kind: 'status', at: '2026-12-25T12:00:00.000-05:00' });
  });
});

describe('parseCommand in French: what one moment refuses', () => {
  it.each([
    ['text that is not a date', 'banane', 'banana', 'instant-unreadable', 'banane'],
    ['words left over after the date', "2 déc. 20 h s'il vous plaît", 'Dec 2 8pm please', 'instant-leftover-words', "s'il vous plaît"],
    ['a range where one moment is expected', '2 déc. 20 h au 3 déc. 9 h', 'Dec 2 8pm to Dec 3 9am', 'instant-ambiguous', undefined],
    ['a bare hour that could be morning or evening', '2 déc. à 5', 'Dec 2 at 5', 'time-ambiguous', undefined],
    ['a day that does not exist', '30 févr. 10 h', 'Feb 30 10am', 'date-impossible', '30 févr.'],
    ['a two-digit number chrono would take for a year', '25 déc. 12', 'Dec 25 12', 'instant-unreadable', undefined],
    ['a date in a third language', 'am 25. Dezember 10 Uhr', 'am 25. Dezember 10 Uhr', 'date-language', undefined],
  ])('refuses %s', (_name, french, english, code, quoted) => {
    const refusal = expectTwinRefusals(`tester ${french}`, `test ${english}`, context);
    expect(refusal.code).toBe(code);
    if (quoted !== undefined) expect(refusal.text).toBe(quoted);
  });
});
