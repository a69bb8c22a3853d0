import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { resolveWeek, type CallHandling, type WeekRouting } from '../../src/callflow/index.ts';
import { renderWeekPng, renderWeekSvg, weekSvgSize } from '../../src/week/index.ts';
import { questionAnswerLines } from '../../src/workflow/index.ts';
import { COMPANY_ZONE, allDayOn, between, company, customRule, onDates, toExt, week, weekly } from '../fixtures/call-handling.ts';

/** A cell as the SVG states it. */
interface DrawnCell {
  readonly date: string;
  readonly hour: number;
  readonly legendKey: string | undefined;
  readonly x: number;
  readonly width: number;
  readonly fill: string;
}

/** The hour cells of an SVG, read back from their data attributes. */
function drawnCells(svg: string): DrawnCell[] {
  return [...svg.matchAll(/<rect ([^>]*data-hour="[^"]*"[^>]*)\/>/g)].map(([, attributes]) => {
    const attribute = (name: string): string | undefined => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(attributes ?? '')?.[1];
    return {
      date: attribute('data-date') ?? '',
      hour: Number(attribute('data-hour')),
      legendKey: attribute('data-legend-key'),
      x: Number(attribute('x')),
      width: Number(attribute('width')),
      fill: attribute('fill') ?? '',
    };
  });
}

/**
 * The first instant of a local hour found by walking UTC quarter-hours over the day, independently
 * of how resolveWeek computes it; undefined when the day has no such wall-clock hour.
 */
function firstInstantOf(date: string, hour: number, zone: string): DateTime | undefined {
  const start = DateTime.fromISO(date, { zone: 'UTC' }).minus({ hours: 18 });
  for (let step = 0; step < 48 * 4; step += 1) {
    const at = start.plus({ minutes: 15 * step }).setZone(zone);
    if (at.toISODate() === date && at.hour === hour && at.minute === 0) return at;
  }
  return undefined;
}

/** What `test` answers for a call at that instant: the sentence after the colon. */
function testAnswer(handling: CallHandling, at: DateTime): string {
  const [line] = questionAnswerLines({ kind: 'test', at: at.toISO() ?? '' }, handling, at);
  return /: (.*)\.$/.exec(line ?? '')?.[1] ?? '';
}

function expectAgreesWithTest(handling: CallHandling, routing: WeekRouting): void {
  const cells = drawnCells(renderWeekSvg([routing]));
  expect(cells).toHaveLength(7 * 24);
  for (const cell of cells) {
    const at = firstInstantOf(cell.date, cell.hour, handling.timeZone);
    if (at === undefined) {
      expect(cell.legendKey, `${cell.date} ${cell.hour}:00 does not exist`).toBeUndefined();
      continue;
    }
    const entry = routing.legend.find((candidate) => candidate.key === cell.legendKey);
    expect(`${entry?.rule} sends the call to ${entry?.destination}`, `${cell.date} ${cell.hour}:00`).toBe(testAnswer(handling, at));
  }
}

const holiday = (date: string, name: string): ReturnType<typeof customRule> =>
  customRule({ id: `r-${date}`, name, schedule: onDates(allDayOn(date)), destination: toExt('110') });
const lunch = customRule({ id: 'r-lunch', name: 'Lunch', schedule: weekly(week(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'sunday'], [between('01:00', '02:00'), between('12:00', '13:00')])), destination: toExt('200') });
const at = (local: string): DateTime => DateTime.fromISO(local, { zone: COMPANY_ZONE });

describe('the week picture', () => {
  it('agrees with test at every hour of a week where DST ends (Sun Nov 1) and a holiday falls', () => {
    // Only the first of the two 01:00s (daylight time) falls in this range.
    const firstOneAm = customRule({ id: 'r-edt', name: 'Last daylight hour', schedule: onDates({ from: '2026-11-01T01:00:00-04:00', to: '2026-11-01T02:00:00-04:00' }), destination: toExt('300') });
    const handling = company({ customRules: [firstOneAm, lunch, holiday('2026-10-29', 'Founders day')] });
    const routing = resolveWeek(handling, { weekOf: at('2026-10-28'), now: at('2026-10-28T10:00') });
    expectAgreesWithTest(handling, routing);
    const oneAm = drawnCells(renderWeekSvg([routing])).find((cell) => cell.date === '2026-11-01' && cell.hour === 1);
    expect(routing.legend.find((entry) => entry.key === oneAm?.legendKey)?.rule).toBe('Custom rule "Last daylight hour"');
  });

  it('agrees with test at every hour of a week where DST starts (Sun Mar 8) and a holiday falls, leaving 02:00 out', () => {
    const handling = company({ customRules: [lunch, holiday('2026-03-05', 'Founders day')] });
    const routing = resolveWeek(handling, { weekOf: at('2026-03-02'), now: at('2026-03-02T10:00') });
    expectAgreesWithTest(handling, routing);
    const svg = renderWeekSvg([routing]);
    expect(drawnCells(svg).filter((cell) => cell.legendKey === undefined).map((cell) => `${cell.date} ${cell.hour}`)).toEqual(['2026-03-08 2']);
    expect(svg).toContain('No such hour: the clocks go forward');
  });

  it('fills each legend entry with its own colour, stars the unusual days and names each entry', () => {
    const handling = company({ customRules: [holiday('2026-10-29', 'Founders day')] });
    const routing = resolveWeek(handling, { weekOf: at('2026-10-28'), now: at('2026-10-28T10:00') });
    const svg = renderWeekSvg([routing]);
    const fills = new Map(drawnCells(svg).map((cell) => [cell.legendKey, cell.fill]));
    expect(fills.size).toBe(3);
    expect(new Set(fills.values()).size).toBe(3);
    expect(svg).toContain('>Thu Oct 29 ★</text>');
    expect(svg).not.toContain('>Wed Oct 28 ★</text>');
    expect(svg).toContain('>Thu Oct 29: Date rule &quot;Founders day&quot;</text>');
    expect(svg).toContain('>Holiday Message (ext 110) — Custom rule &quot;Founders day&quot;</text>');
    for (let hour = 0; hour < 24; hour += 1) expect(svg).toContain(`>${String(hour).padStart(2, '0')}</text>`);
  });

  it('draws now inside the cell of its hour on its day, and no now line for another week', () => {
    const handling = company();
    const routing = resolveWeek(handling, { weekOf: at('2026-10-28'), now: at('2026-10-28T10:30') });
    const svg = renderWeekSvg([routing]);
    const x = Number(/<line class="now" x1="([\d.]+)"/.exec(svg)?.[1]);
    const cell = drawnCells(svg).find((candidate) => candidate.date === '2026-10-28' && candidate.hour === 10);
    expect(x).toBe((cell?.x ?? 0) + (cell?.width ?? 0) / 2);
    expect(svg).toContain('>Now: Wed Oct 28, 10:30</text>');
    expect(renderWeekSvg([resolveWeek(handling, { weekOf: at('2026-11-04'), now: at('2026-10-28T10:30') })])).not.toContain('class="now"');
  });

  it('escapes names for XML', () => {
    const handling = company({ customRules: [holiday('2026-10-29', `Tom & Jerry's <"day">`)] });
    const svg = renderWeekSvg([resolveWeek(handling, { weekOf: at('2026-10-28'), now: at('2026-10-28T10:00') })]);
    expect(svg).toContain('Tom &amp; Jerry&apos;s &lt;&quot;day&quot;&gt;');
    expect(svg).not.toContain('<"day">');
  });

  it('draws weeks side by side, the same destination and rule in the same colour', () => {
    const handling = company();
    const changed = company({ customRules: [holiday('2026-10-29', 'Founders day')] });
    const options = { weekOf: at('2026-10-28'), now: at('2026-10-28T10:00') };
    const [before, after] = [resolveWeek(handling, options), resolveWeek(changed, options)];
    const svg = renderWeekSvg([before, after]);
    const cells = drawnCells(svg);
    expect(cells).toHaveLength(2 * 7 * 24);
    const fillOf = (index: number, date: string, hour: number): string | undefined => cells.filter((cell) => cell.date === date && cell.hour === hour)[index]?.fill;
    expect(fillOf(1, '2026-10-28', 10)).toBe(fillOf(0, '2026-10-28', 10));
    expect(fillOf(1, '2026-10-29', 10)).not.toBe(fillOf(0, '2026-10-29', 10));
    expect(weekSvgSize([before, after]).width).toBeGreaterThan(2 * weekSvgSize([before]).width - 100);
  });
});

describe('the week PNG', () => {
  it('is a PNG of the size the SVG states', async () => {
    const handling = company({ customRules: [holiday('2026-10-29', 'Founders day')] });
    const routing = resolveWeek(handling, { weekOf: at('2026-10-28'), now: at('2026-10-28T10:00') });
    const svg = renderWeekSvg([routing]);
    const stated = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
    const png = Buffer.from(await renderWeekPng([routing]));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(stated?.[1]), Number(stated?.[2])]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([weekSvgSize([routing]).width, weekSvgSize([routing]).height]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  it('draws its text with the bundled font: a name alone changes the pixels', async () => {
    // resvg draws no text at all when it finds no font, so two names would give the same image.
    const named = async (name: string): Promise<Buffer> =>
      Buffer.from(await renderWeekPng([resolveWeek(company({ customRules: [holiday('2026-10-29', name)] }), { weekOf: at('2026-10-28'), now: at('2026-10-28T10:00') })]));
    const [first, again, other] = [await named('Founders day'), await named('Founders day'), await named('Founders eve')];
    expect(first.equals(again)).toBe(true);
    expect(first.equals(other)).toBe(false);
  });
});
