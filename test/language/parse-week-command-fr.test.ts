import { describe, expect, it } from 'vitest';
import { expectTwinRefusals, expectTwins, intentIn, refusalIn } from './fixtures/read-french.ts';

// French twins of parse-week-command.test.ts. The fixtures read commands on Wed Nov 25, 2026 at
// 22:00 in New York.
describe('parseCommand in French: semaine', () => {
  it('reads "semaine" alone as this week', () => {
    expect(intentIn('fr', 'semaine')).toEqual({ kind: 'week' });
  });

  it('reads "semaine du <date>" as the week containing that date, the next one to come', () => {
    expectTwins('semaine du 21 déc.', 'week Dec 21');
    expectTwins('semaine du 4 janv.', 'week of Jan 4');
    expect(intentIn('fr', 'semaine du 4 janv.')).toEqual({ kind: 'week', weekOf: '2027-01-04T00:00:00.000-05:00' });
  });

  it('reads the caller and the called number, as tester does', () => {
    expectTwins('semaine de +1 415 555 0100', 'week from +1 415 555 0100');
    expect(expectTwins('semaine du 21 déc. au 650-555-0199 de +1 415 555 0100', 'week Dec 21 to 650-555-0199 from +1 415 555 0100')).toEqual({
      kind: 'week',
      weekOf: '2026-12-21T00:00:00.000-05:00',
      from: '+14155550100',
      to: '6505550199',
    });
  });

  it('refuses a date it cannot read and a number given twice', () => {
    expect(expectTwinRefusals('semaine de la lune bleue', 'week of the blue moon').code).toBe('instant-unreadable');
    expect(expectTwinRefusals('semaine de +1 415 555 0100 de +1 415 555 0101', 'week from +1 415 555 0100 from +1 415 555 0101').code).toBe('phone-number-unreadable');
  });

  it('leaves other words starting with "semaine" to other parsers', () => {
    expect(refusalIn('fr', 'semainier').code).toBe('command-unknown');
  });
});
