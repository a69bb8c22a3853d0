import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { resolveCall, resolveWeek, type CallHandling, type WeekRouting } from '../../src/callflow/index.ts';
import {
  COMPANY_ZONE,
  SALES_NUMBER,
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

const at = (local: string, zone: string = COMPANY_ZONE): DateTime => DateTime.fromISO(local, { zone });

/** Acme with a holiday on Thu Oct 29, 2026 and a hand-made closure over the night of Fri Oct 30. */
const withHolidayAndClosure = company({
  customRules: [
    customRule({ id: 'r-vip', name: 'VIP callers', callers: [{ callerId: '1415555' }], schedule: { kind: 'business-hours' }, destination: toExt('200') }),
    customRule({ id: 'r-holiday', name: 'Company day', schedule: onDates(allDayOn('2026-10-29')), destination: toExt('110') }),
    customRule({ id: 'r-closed', name: 'Closed until Oct 31, 09:00', schedule: onDates(dateRange('2026-10-30T15:00', '2026-10-31T09:00')), destination: toExt('300') }),
    customRule({ id: 'r-sales', name: 'Sales line', calledNumbers: [SALES_NUMBER], schedule: weekly(week(['monday'], [between('00:00', '24:00')])), destination: toExt('102') }),
  ],
});

function cellAt(routing: WeekRouting, date: string, hour: number): WeekRouting['days'][number]['cells'][number] {
  const cell = routing.days.find((day) => day.date === date)?.cells[hour];
  if (cell === undefined) throw new Error(`no cell ${date} ${hour}:00`);
  return cell;
}

function legendOf(routing: WeekRouting, key: string | undefined): string {
  const entry = routing.legend.find((candidate) => candidate.key === key);
  return entry === undefined ? 'none' : `${entry.destination} / ${entry.rule}`;
}

describe('resolveWeek', () => {
  const now = at('2026-10-29T10:20');
  const routing = resolveWeek(withHolidayAndClosure, { weekOf: at('2026-10-28T15:00'), now });

  it('covers Monday to Sunday of the week containing the date, 24 local hours a day', () => {
    expect(routing.days.map((day) => day.date)).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01']);
    expect(routing.days.map((day) => day.label)).toEqual(['Mon Oct 26', 'Tue Oct 27', 'Wed Oct 28', 'Thu Oct 29', 'Fri Oct 30', 'Sat Oct 31', 'Sun Nov 1']);
    expect(routing.days.every((day) => day.cells.map((cell) => cell.hour).join() === Array.from({ length: 24 }, (_, hour) => hour).join())).toBe(true);
    expect(routing.timeZone).toBe(COMPANY_ZONE);
    expect(routing.title).toBe('Where calls to +16505550100 go, week of Mon Oct 26, 2026 (US/Eastern)');
  });

  it('takes a Sunday to the week that ends on it, in the company zone', () => {
    // Sunday 23:30 in New York is already Monday in UTC.
    const sunday = resolveWeek(withHolidayAndClosure, { weekOf: DateTime.fromISO('2026-11-02T04:30Z'), now });
    expect(sunday.days[0]?.date).toBe('2026-10-26');
  });

  it('resolves every cell with resolveCall at the start of its hour, in the words of its summary', () => {
    for (const day of routing.days) {
      for (const cell of day.cells) {
        const { summary } = resolveCall(withHolidayAndClosure, { at: DateTime.fromISO(cell.at ?? '', { zone: COMPANY_ZONE }) });
        const entry = routing.legend.find((candidate) => candidate.key === cell.legendKey);
        expect(`${entry?.rule} sends the call to ${entry?.destination}`, cell.at).toBe(summary);
      }
    }
  });

  it('names each (destination, rule) pair once, in the order first met, as test words them', () => {
    expect(routing.legend).toEqual([
      { key: 'A', destination: 'Main Voicemail (ext 300)', rule: 'The after-hours rule' },
      { key: 'B', destination: 'the company greeting', rule: 'The business-hours rule' },
      { key: 'C', destination: 'Holiday Message (ext 110)', rule: 'Custom rule "Company day"' },
      { key: 'D', destination: 'Main Voicemail (ext 300)', rule: 'Custom rule "Closed until Oct 31, 09:00"' },
    ]);
  });

  it('marks the days a dated rule decides, saying which', () => {
    expect(routing.days.map((day) => day.unusual)).toEqual([[], [], [], ['Date rule "Company day"'], ['Closure "Closed until Oct 31, 09:00"'], ['Closure "Closed until Oct 31, 09:00"'], []]);
  });

  it('places now on its day and minute, and nowhere in another week', () => {
    expect(routing.now).toEqual({ dayIndex: 3, minuteOfDay: 10 * 60 + 20 });
    expect(resolveWeek(withHolidayAndClosure, { weekOf: at('2026-11-04T12:00'), now }).now).toBeUndefined();
  });

  it('resolves the repeated hour of a DST end at its first occurrence', () => {
    expect(cellAt(routing, '2026-11-01', 1).at).toBe('2026-11-01T01:00:00-04:00');
    expect(cellAt(routing, '2026-11-01', 2).at).toBe('2026-11-01T02:00:00-05:00');
  });

  it('leaves the hour a DST start skips without a value', () => {
    const spring = resolveWeek(company(), { weekOf: at('2026-03-08T12:00'), now });
    expect(cellAt(spring, '2026-03-08', 2)).toEqual({ hour: 2, at: undefined, legendKey: undefined });
    expect(cellAt(spring, '2026-03-08', 3).at).toBe('2026-03-08T03:00:00-04:00');
    expect(spring.days.flatMap((day) => day.cells).filter((cell) => cell.at === undefined)).toHaveLength(1);
  });

  it('draws the week for one caller and one called number', () => {
    const vip = resolveWeek(withHolidayAndClosure, { weekOf: at('2026-10-28'), now, caller: '+14155550100' });
    expect(legendOf(vip, cellAt(vip, '2026-10-27', 10).legendKey)).toBe('Support Queue (ext 200) / Custom rule "VIP callers"');
    expect(vip.caller).toBe('+14155550100');
    expect(vip.title).toContain('Where calls from +14155550100 to +16505550100 go');

    const sales = resolveWeek(withHolidayAndClosure, { weekOf: at('2026-10-28'), now, calledNumber: SALES_NUMBER });
    expect(legendOf(sales, cellAt(sales, '2026-10-26', 3).legendKey)).toBe('Bob Jones (ext 102) / Custom rule "Sales line"');
    expect(legendOf(routing, cellAt(routing, '2026-10-26', 3).legendKey)).toBe('Main Voicemail (ext 300) / The after-hours rule');
    expect(sales.calledNumber).toBe(SALES_NUMBER);
  });

  it('tells apart two custom rules of the same name', () => {
    const twins: CallHandling = company({
      customRules: [
        customRule({ id: 'one', name: 'Twin', schedule: weekly(week(['monday'], [between('09:00', '10:00')])), destination: toExt('110') }),
        customRule({ id: 'two', name: 'Twin', schedule: weekly(week(['monday'], [between('10:00', '11:00')])), destination: toExt('300') }),
      ],
    });
    const monday = resolveWeek(twins, { weekOf: at('2026-10-26'), now }).days[0];
    expect(new Set([monday?.cells[9]?.legendKey, monday?.cells[10]?.legendKey]).size).toBe(2);
  });
});
