import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { intentSchema, parseCommand, type Intent } from '../../src/language/index.ts';
import { companyContext } from './fixtures/company-context.ts';

// Zones with DST, half-hour and 45-minute offsets, a half-hour DST shift (Lord Howe) and a
// midnight DST change (Santiago, where some days start at 01:00).
const ZONES = ['America/New_York', 'Europe/London', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Chatham'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'January', 'March', 'December'];
const pad = (value: number): string => String(value).padStart(2, '0');

const zone = fc.constantFrom(...ZONES);
// Any minute from 2026 to 2030: year ends, Feb 29 2028 and every DST change come up.
const nowMillis = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 31) }).map((ms) => ms - (ms % 60_000));
const dayNumber = fc.integer({ min: 1, max: 31 });
const time = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom('am', 'pm', ' am', ' pm')).map(([hour, meridiem]) => `${hour}${meridiem}`),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([hour, minute]) => `${pad(hour)}:${pad(minute)}`),
  fc.integer({ min: 7, max: 12 }).map(String),
);
const date = fc.oneof(
  fc.tuple(fc.constantFrom(...MONTHS), dayNumber).map(([month, day]) => `${month} ${day}`),
  fc.tuple(dayNumber, fc.constantFrom(...MONTHS)).map(([day, month]) => `${day} ${month}`),
  fc.tuple(fc.integer({ min: 2026, max: 2031 }), fc.integer({ min: 1, max: 12 }), dayNumber).map(([year, month, day]) => `${year}-${pad(month)}-${pad(day)}`),
  fc.constantFrom('today', 'tomorrow', 'Friday', 'next Monday', 'Feb 29', 'Dec 31', 'Jan 1', '12/25'),
);
const days = fc.constantFrom('weekdays', 'on weekends', 'every Saturday', 'Mon, Wed', 'Mon-Fri', 'every day', 'Fri-Mon', 'Sundays');
const when = fc.oneof(
  date.map((day) => `on ${day}`),
  fc.tuple(date, dayNumber).map(([day, end]) => `${day}-${end}`),
  fc.tuple(date, time, date, time).map(([start, at, end, until]) => `from ${start} ${at} to ${end} ${until}`),
  fc.tuple(date, date).map(([start, end]) => `between ${start} and ${end}`),
  fc.tuple(date, time, time).map(([day, from, to]) => `on ${day} from ${from} to ${to}`),
  fc.tuple(days, time, time).map(([weekly, from, to]) => `${weekly} ${from}-${to}`),
  days,
  time.map((at) => `now until ${at}`),
  fc.integer({ min: 1, max: 72 }).map((hours) => `for ${hours} hours`),
);
const target = fc.constantFrom('voicemail', 'Alice', 'ext 102', 'greeting', 'Sales', 'Alice, Bob and Chloé in order', 'greeting then hang up');
const command = fc.oneof(
  fc.tuple(target, when).map(([to, at]) => `route to ${to} ${at}`),
  fc.tuple(target, when).map(([to, at]) => `send calls to ${to} ${at} when +1 415 calls`),
  target.map((to) => `route to ${to} after hours`),
  fc.tuple(days, time, time).map(([weekly, from, to]) => `hours ${weekly} ${from}-${to}`),
  fc.tuple(fc.constantFrom('US', 'CA-QC', 'GB-ENG'), fc.integer({ min: 2026, max: 2030 })).map(([code, year]) => `holidays ${code} ${year}`),
  fc.oneof(time, date).map((at) => `close now until ${at}`),
  fc.oneof(time, date).map((at) => `status at ${at}`),
  fc.tuple(date, time).map(([day, at]) => `test ${day} ${at} from +1 415 555 0100`),
  fc.constantFrom('open', 'rules', 'rule Lunch off', 'ring Sales in order', 'dial 0 to Alice in Support Menu', 'close now'),
);

function contextAt(millis: number, timeZone: string) {
  return companyContext(DateTime.fromMillis(millis, { zone: timeZone }), { timeZone });
}

// Every instant an Intent carries, wherever it sits.
function instantsOf(intent: Intent): ReadonlyArray<string> {
  switch (intent.kind) {
    case 'add-rule':
      return intent.schedule.kind === 'dates' ? intent.schedule.ranges.flatMap((range) => [range.from, range.to]) : [];
    case 'holidays':
      return intent.holidays.flatMap((holiday) => [holiday.range.from, holiday.range.to]);
    case 'close':
      return [intent.range.from, intent.range.to];
    case 'status':
      return intent.at === undefined ? [] : [intent.at];
    case 'test':
      return [intent.at];
    default:
      return [];
  }
}

describe('parseCommand properties', () => {
  it('never throws on any text, however odd or long', () => {
    const context = companyContext();
    const words = fc.constantFrom('route', 'to', 'on', 'Dec', '25', '-', 'from', 'until', 'between', 'and', ',', 'weekdays', '9-5', 'é', '\u0000', '"', 'named', 'when', 'calls', '+1', 'hours', 'holidays', 'US', 'close', 'dial', '0', 'in', 'rule');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 600 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ minLength: 400, maxLength: 3000 }),
      fc.array(words, { maxLength: 40 }).map((parts) => parts.join(' ')),
      fc.tuple(command, fc.string({ maxLength: 20 })).map(([valid, noise]) => `${valid}${noise}`),
    );
    fc.assert(
      fc.property(text, (input) => {
        const result = parseCommand(input, context);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 600 },
    );
  });

  it('places every accepted date in the company zone, at that zone\'s offset for the instant', () => {
    fc.assert(
      fc.property(command, nowMillis, zone, (input, millis, timeZone) => {
        const result = parseCommand(input, contextAt(millis, timeZone));
        if (!result.ok) return;
        for (const iso of instantsOf(result.intent)) {
          const written = DateTime.fromISO(iso, { setZone: true });
          expect(written.isValid).toBe(true);
          expect(written.offset).toBe(written.setZone(timeZone).offset);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepts no dated rule that is already over, nor one that ends before it starts', () => {
    fc.assert(
      fc.property(command, nowMillis, zone, (input, millis, timeZone) => {
        const result = parseCommand(input, contextAt(millis, timeZone));
        if (!result.ok || result.intent.kind !== 'add-rule' || result.intent.schedule.kind !== 'dates') return;
        for (const range of result.intent.schedule.ranges) {
          expect(Date.parse(range.to)).toBeGreaterThan(millis);
          expect(Date.parse(range.to)).toBeGreaterThan(Date.parse(range.from));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any accepted Intent through JSON and the schema unchanged', () => {
    fc.assert(
      fc.property(command, nowMillis, zone, (input, millis, timeZone) => {
        const result = parseCommand(input, contextAt(millis, timeZone));
        if (!result.ok) return;
        expect(intentSchema.parse(JSON.parse(JSON.stringify(result.intent)))).toStrictEqual(result.intent);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a good share of the generated commands, so the properties above test something', () => {
    const accepted = fc
      .sample(fc.tuple(command, nowMillis, zone), { numRuns: 300, seed: 7 })
      .filter(([input, millis, timeZone]) => parseCommand(input, contextAt(millis, timeZone)).ok).length;
    expect(accepted).toBeGreaterThan(100);
  });
});
