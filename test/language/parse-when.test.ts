import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { TimeContext } from '../../src/language/index.ts';
import { parseWhen } from '../../src/language/parse-when.ts';
import { TIME_ZONE } from './fixtures/company-context.ts';

const at = (iso: string): TimeContext => ({ now: DateTime.fromISO(iso, { zone: TIME_ZONE }), timeZone: TIME_ZONE });
const wednesday = at('2026-11-25T22:00'); // the fixtures' NOW

function ranges(text: string, context: TimeContext = wednesday): ReadonlyArray<readonly [string, string]> {
  const result = parseWhen(text, context);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.code} "${result.text}"`);
  if (result.when.kind !== 'dates') throw new Error(`"${text}" is not dated: ${JSON.stringify(result.when)}`);
  return result.when.ranges.map((range) => [range.from, range.to] as const);
}

const day = (date: string, offset = '-05:00', nextOffset = offset): readonly [string, string] => [
  `${date}T00:00:00.000${offset}`,
  `${DateTime.fromISO(date).plus({ days: 1 }).toISODate()}T00:00:00.000${nextOffset}`,
];

describe('parseWhen: a date without a year is the next one to come', () => {
  it.each([
    ['Dec 25 said on Dec 26 is next year\'s', '2026-12-26T10:00', 'Dec 25', day('2027-12-25')],
    ['Dec 25 said on Dec 25 is today', '2026-12-25T15:00', 'Dec 25', day('2026-12-25')],
    ['Dec 25 said on Nov 25 is this year\'s', '2026-11-25T22:00', 'on Dec 25', day('2026-12-25')],
    ['Jan 1 said on New Year\'s Eve is tomorrow', '2026-12-31T23:30', 'Jan 1', day('2027-01-01')],
    ['Dec 31 said on Jan 1 is at the end of the year', '2027-01-01T00:30', 'Dec 31', day('2027-12-31')],
    ['Feb 29 said in 2026 is in 2028', '2026-11-25T22:00', 'Feb 29', day('2028-02-29')],
    ['a date with a year is that year\'s', '2026-11-25T22:00', 'Dec 25 2027', day('2027-12-25')],
    ['an ISO date is that date', '2026-11-25T22:00', 'on 2027-01-01', day('2027-01-01')],
    ['Friday said on Wednesday is this Friday', '2026-11-25T22:00', 'on Friday', day('2026-11-27')],
    ['Wednesday said on Wednesday is today', '2026-11-25T22:00', 'on Wednesday', day('2026-11-25')],
    ['next Wednesday said on Wednesday is a week later', '2026-11-25T22:00', 'next Wednesday', day('2026-12-02')],
    ['tomorrow is the company\'s tomorrow, not the host\'s', '2026-11-25T22:00', 'tomorrow', day('2026-11-26')],
    ['12/25 is read month first', '2026-11-25T22:00', '12/25', day('2026-12-25')],
  ])('%s', (_name, now, text, expected) => {
    expect(ranges(text, at(now))).toEqual([expected]);
  });

  it('takes the range still under way for a range without a year', () => {
    expect(ranges('Nov 15 to Feb 15', wednesday)).toEqual([['2026-11-15T00:00:00.000-05:00', '2027-02-16T00:00:00.000-05:00']]);
  });

  it('takes next year\'s range when this year\'s is over', () => {
    expect(ranges('Nov 20-24', wednesday)).toEqual([['2027-11-20T00:00:00.000-05:00', '2027-11-25T00:00:00.000-05:00']]);
  });

  it('takes next week\'s hours when today\'s are over for a weekday name', () => {
    expect(ranges('Wednesday 8-9am', wednesday)).toEqual([['2026-12-02T08:00:00.000-05:00', '2026-12-02T09:00:00.000-05:00']]);
  });

  it('gives a start without a year the year of an end that has one', () => {
    expect(ranges('Dec 25 - Jan 1 2028', wednesday)).toEqual([['2027-12-25T00:00:00.000-05:00', '2028-01-02T00:00:00.000-05:00']]);
  });

  it('takes next year\'s hours when today\'s are over', () => {
    expect(ranges('Nov 25 8-9am', wednesday)).toEqual([['2027-11-25T08:00:00.000-05:00', '2027-11-25T09:00:00.000-05:00']]);
  });
});

describe('parseWhen: a whole day is local midnight to the next local midnight', () => {
  it.each([
    ['an ordinary winter day is 24 hours', 'on Dec 25', day('2026-12-25'), 24],
    ['the day summer time starts is 23 hours', 'on Mar 14 2027', day('2027-03-14', '-05:00', '-04:00'), 23],
    ['the day summer time ends is 25 hours', 'on Nov 7 2027', day('2027-11-07', '-04:00', '-05:00'), 25],
    ['Feb 29 of a leap year is one day', 'on 2028-02-29', day('2028-02-29'), 24],
    ['Dec 31 ends at the new year\'s midnight', 'Dec 31', day('2026-12-31'), 24],
  ])('%s', (_name, text, expected, hours) => {
    const [range] = ranges(text);
    expect(range).toEqual(expected);
    expect(DateTime.fromISO(range?.[1] ?? '').diff(DateTime.fromISO(range?.[0] ?? ''), 'hours').hours).toBe(hours);
  });

  it('reads a whole day in the company zone when the company is in Tokyo', () => {
    const tokyo = { now: DateTime.fromISO('2026-11-25T22:00', { zone: 'Asia/Tokyo' }), timeZone: 'Asia/Tokyo' };
    expect(ranges('Dec 25', tokyo)).toEqual([['2026-12-25T00:00:00.000+09:00', '2026-12-26T00:00:00.000+09:00']]);
  });
});

describe('parseWhen: date ranges', () => {
  it.each([
    ['Dec 24-26', [['2026-12-24T00:00:00.000-05:00', '2026-12-27T00:00:00.000-05:00']]],
    ['from Dec 24 to Dec 26', [['2026-12-24T00:00:00.000-05:00', '2026-12-27T00:00:00.000-05:00']]],
    ['Dec 24 through Dec 26', [['2026-12-24T00:00:00.000-05:00', '2026-12-27T00:00:00.000-05:00']]],
    ['Dec 24 until Dec 26', [['2026-12-24T00:00:00.000-05:00', '2026-12-26T00:00:00.000-05:00']]],
    ['between Dec 24 and Jan 1', [['2026-12-24T00:00:00.000-05:00', '2027-01-02T00:00:00.000-05:00']]],
    ['Dec 30 - Jan 2', [['2026-12-30T00:00:00.000-05:00', '2027-01-03T00:00:00.000-05:00']]],
    ['from Dec 24 5pm to Dec 26 9am', [['2026-12-24T17:00:00.000-05:00', '2026-12-26T09:00:00.000-05:00']]],
    ['Dec 24 5pm to 9', [['2026-12-24T17:00:00.000-05:00', '2026-12-24T21:00:00.000-05:00']]],
    ['Dec 24 10pm to 6am', [['2026-12-24T22:00:00.000-05:00', '2026-12-25T06:00:00.000-05:00']]],
    ['from 2027-01-01T09:00 to 2027-01-02T17:00', [['2027-01-01T09:00:00.000-05:00', '2027-01-02T17:00:00.000-05:00']]],
    ['2027-01-01 - 2027-01-03', [['2027-01-01T00:00:00.000-05:00', '2027-01-04T00:00:00.000-05:00']]],
    ['from 2027-01-01T09:00Z to 2027-01-02T17:00+09:00', [['2027-01-01T04:00:00.000-05:00', '2027-01-02T03:00:00.000-05:00']]],
    ['from Friday 5pm to Monday 9am', [['2026-11-27T17:00:00.000-05:00', '2026-11-30T09:00:00.000-05:00']]],
    [
      'Dec 24, Dec 31 and Jan 1',
      [
        ['2026-12-24T00:00:00.000-05:00', '2026-12-25T00:00:00.000-05:00'],
        ['2026-12-31T00:00:00.000-05:00', '2027-01-01T00:00:00.000-05:00'],
        ['2027-01-01T00:00:00.000-05:00', '2027-01-02T00:00:00.000-05:00'],
      ],
    ],
  ])('reads "%s"', (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('parseWhen: a time of day on a date', () => {
  it.each([
    ['on Dec 31 from 12 to 5', '2026-12-31T12:00:00.000-05:00', '2026-12-31T17:00:00.000-05:00'],
    ['Dec 31 9 to 5', '2026-12-31T09:00:00.000-05:00', '2026-12-31T17:00:00.000-05:00'],
    ['Dec 31 from 12 to 1', '2026-12-31T12:00:00.000-05:00', '2026-12-31T13:00:00.000-05:00'],
    ['on Dec 31 between 12 and 1', '2026-12-31T12:00:00.000-05:00', '2026-12-31T13:00:00.000-05:00'],
    ['12-5pm on Dec 31', '2026-12-31T12:00:00.000-05:00', '2026-12-31T17:00:00.000-05:00'],
    ['Dec 31 from 10pm to 2am', '2026-12-31T22:00:00.000-05:00', '2027-01-01T02:00:00.000-05:00'],
    ['Dec 25 from 00:00 to 24:00', '2026-12-25T00:00:00.000-05:00', '2026-12-26T00:00:00.000-05:00'],
    ['Friday 12-1', '2026-11-27T12:00:00.000-05:00', '2026-11-27T13:00:00.000-05:00'],
    ['on 2027-03-14 from 1am to 4am', '2027-03-14T01:00:00.000-05:00', '2027-03-14T04:00:00.000-04:00'],
  ])('reads "%s"', (text, from, to) => {
    expect(ranges(text)).toEqual([[from, to]]);
  });
});

describe('parseWhen: spans from now', () => {
  it.each([
    ['now until 11pm', '2026-11-25T23:00:00.000-05:00'],
    ['until 3pm', '2026-11-26T15:00:00.000-05:00'],
    ['until tomorrow 9am', '2026-11-26T09:00:00.000-05:00'],
    ['until Monday', '2026-11-30T00:00:00.000-05:00'],
    ['until midnight', '2026-11-26T00:00:00.000-05:00'],
    ['for 2 hours', '2026-11-26T00:00:00.000-05:00'],
    ['for half an hour', '2026-11-25T22:30:00.000-05:00'],
    ['now for 1 hour 30 minutes', '2026-11-25T23:30:00.000-05:00'],
    ['for 1 day', '2026-11-26T22:00:00.000-05:00'],
  ])('reads "%s" as now to %s', (text, to) => {
    expect(ranges(text)).toEqual([['2026-11-25T22:00:00.000-05:00', to]]);
  });

  it('counts a day as a calendar day across a DST change', () => {
    const saturday = at('2027-03-13T09:00');
    expect(ranges('for 1 day', saturday)).toEqual([['2027-03-13T09:00:00.000-05:00', '2027-03-14T09:00:00.000-04:00']]);
  });
});

describe('parseWhen: weekly schedules and no time at all', () => {
  it('reads a weekly schedule', () => {
    expect(parseWhen('weekdays 12:00-13:00', wednesday)).toMatchObject({ ok: true, when: { kind: 'weekly', weekly: { monday: [{ from: 720, to: 780 }] } } });
  });

  it('reads nothing as no time condition', () => {
    expect(parseWhen('', wednesday)).toEqual({ ok: true, when: { kind: 'always' } });
  });
});

describe('parseWhen: what it refuses', () => {
  it.each([
    ['le 25 déc.', 'date-language', 'le 25 déc.'],
    ['Feb 30', 'date-impossible', 'Feb 30'],
    ['April 31 2027', 'date-impossible', 'April 31 2027'],
    ['Dec 32', 'date-impossible', 'Dec 32'],
    ['Feb 29 2027', 'date-impossible', 'Feb 29 2027'],
    ['2027-02-30', 'date-impossible', '2027-02-30'],
    ['Dec 26-24', 'range-ends-before-start', 'Dec 26-24'],
    ['from Dec 26 to Dec 24', 'range-ends-before-start', 'Dec 26 to Dec 24'],
    ['from Dec 24 5pm to Dec 24 9am', 'range-ends-before-start', 'from Dec 24 5pm to Dec 24 9am'],
    ['Dec 25 2025', 'date-in-past', 'Dec 25 2025'],
    ['yesterday', 'date-in-past', 'yesterday'],
    ['last Friday', 'date-in-past', 'last Friday'],
    ['today 8-9am', 'date-in-past', 'today 8-9am'],
    ['on Dec 25 please', 'leftover-words', 'please'],
    ['6/10', 'date-ambiguous', '6/10'],
    ['24/7', 'date-ambiguous', '24/7'],
    ['tomorrow morning', 'time-vague', 'tomorrow morning'],
    ['next week', 'date-vague', 'next week'],
    ['from 12 to 1', 'when-needs-day', 'from 12 to 1'],
    ['Dec 24 5pm', 'when-needs-end', 'Dec 24 5pm'],
    ['until 5', 'time-ambiguous', '5'],
    ['on Dec 31 from 1 to 5', 'time-ambiguous', 'from 1 to 5'],
    ['for a while', 'duration-unreadable', 'a while'],
    ['Dec 25 12', 'leftover-words', '12'],
    ['this weekend', 'date-vague', 'this weekend'],
    ['next Monday-2', 'date-unreadable', 'next Monday-2'],
    ['Dec 25 UTC', 'leftover-words', 'UTC'],
    ['Christmas', 'leftover-words', 'Christmas'],
  ])('refuses "%s" with %s', (text, code, fault) => {
    expect(parseWhen(text, wednesday)).toEqual({ ok: false, code, text: fault });
  });

  it('never reads "le 25 déc." as a December date', () => {
    expect(parseWhen('le 25 déc.', wednesday).ok).toBe(false);
  });

  it.each(['am 25. Dezember', '25 de diciembre', 'vendredi', 'el lunes', '12月25日'])('refuses "%s" as another language', (text) => {
    expect(parseWhen(text, wednesday)).toMatchObject({ ok: false, code: 'date-language' });
  });
});
