import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isInDateRanges } from '../../src/callflow/is-in-date-ranges.ts';
import type { DateRange } from '../../src/callflow/index.ts';

const ZONE = 'US/Eastern';
const BASE = DateTime.fromISO('2026-03-01T00:00', { zone: ZONE });

/** Ranges as company-local ISO strings, overlapping, touching, empty or reversed, over a month with a DST change. */
const rangesArbitrary = fc.array(
  fc.record({ start: fc.integer({ min: 0, max: 30 * 24 * 4 }), length: fc.integer({ min: -8, max: 5 * 24 * 4 }) }).map(({ start, length }): DateRange => {
    const from = BASE.plus({ minutes: start * 15 });
    return { from: from.toISO({ includeOffset: false })!, to: from.plus({ minutes: length * 15 }).toISO({ includeOffset: false })! };
  }),
  { maxLength: 40 },
);

/** What the index replaces: every range read and checked one by one. */
function inAnyRange(ranges: ReadonlyArray<DateRange>, at: DateTime): boolean {
  return ranges.some((range) => {
    const from = DateTime.fromISO(range.from, { zone: ZONE });
    const to = DateTime.fromISO(range.to, { zone: ZONE });
    return from <= at && at < to;
  });
}

describe('isInDateRanges', () => {
  it('agrees with checking every range one by one', () => {
    fc.assert(
      fc.property(rangesArbitrary, fc.array(fc.integer({ min: -4, max: 40 * 24 * 4 }), { minLength: 1, maxLength: 20 }), (ranges, probes) => {
        for (const probe of probes) {
          const at = BASE.plus({ minutes: probe * 15 });
          expect(isInDateRanges(ranges, ZONE, at)).toBe(inAnyRange(ranges, at));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same ranges again in another zone', () => {
    const ranges: ReadonlyArray<DateRange> = [{ from: '2026-12-25T00:00', to: '2026-12-26T00:00' }];
    const tokyoMorning = DateTime.fromISO('2026-12-25T08:00', { zone: 'Asia/Tokyo' });
    expect(isInDateRanges(ranges, 'Asia/Tokyo', tokyoMorning)).toBe(true);
    expect(isInDateRanges(ranges, ZONE, tokyoMorning)).toBe(false);
  });
});
