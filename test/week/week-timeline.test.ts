import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { resolveWeek, type WeekRouting } from '../../src/callflow/index.ts';
import { weekLegendLines, weekTimeline } from '../../src/week/index.ts';
import { COMPANY_ZONE, allDayOn, company, customRule, onDates, toExt } from '../fixtures/call-handling.ts';

const at = (local: string): DateTime => DateTime.fromISO(local, { zone: COMPANY_ZONE });
const withHoliday = company({ customRules: [customRule({ id: 'r-x', name: 'Christmas', schedule: onDates(allDayOn('2026-12-25')), destination: toExt('110') })] });
const christmasWeek: WeekRouting = resolveWeek(withHoliday, { weekOf: at('2026-12-23'), now: at('2026-12-21T10:20') });

const ESCAPE = /\u001b\[/;

describe('weekTimeline', () => {
  it('gives the title, an hour ruler, one line per day of two characters per hour, the legend and why a day is unusual', () => {
    expect(weekTimeline(christmasWeek, { color: false })).toEqual([
      'Where calls to +16505550100 go, week of Mon Dec 21, 2026 (US/Eastern)',
      '             00    03    06    09    12    15    18    21',
      `Mon Dec 21   ${'██'.repeat(9)}${'░░'.repeat(8)}${'██'.repeat(7)}  ◀ now 10:20`,
      `Tue Dec 22   ${'██'.repeat(9)}${'░░'.repeat(8)}${'██'.repeat(7)}`,
      `Wed Dec 23   ${'██'.repeat(9)}${'░░'.repeat(8)}${'██'.repeat(7)}`,
      `Thu Dec 24   ${'██'.repeat(9)}${'░░'.repeat(8)}${'██'.repeat(7)}`,
      `Fri Dec 25 ★ ${'▓▓'.repeat(24)}`,
      `Sat Dec 26   ${'██'.repeat(24)}`,
      `Sun Dec 27   ${'██'.repeat(24)}`,
      '██ A  Main Voicemail (ext 300) — The after-hours rule',
      '░░ B  the company greeting — The business-hours rule',
      '▓▓ C  Holiday Message (ext 110) — Custom rule "Christmas"',
      '★ Fri Dec 25: Date rule "Christmas"',
    ]);
  });

  it('colours each run of hours once, in the picture colour of its entry, only when asked', () => {
    const lines = weekTimeline(christmasWeek, { color: true });
    expect(lines[2]).toBe(
      `Mon Dec 21   \u001b[38;2;86;180;233m${'██'.repeat(9)}\u001b[39m\u001b[38;2;230;159;0m${'░░'.repeat(8)}\u001b[39m\u001b[38;2;86;180;233m${'██'.repeat(7)}\u001b[39m  ◀ now 10:20`,
    );
    expect(weekTimeline(christmasWeek, { color: false }).some((line) => ESCAPE.test(line))).toBe(false);
  });

  it('shows an hour DST skips as dots and says why', () => {
    const spring = weekTimeline(resolveWeek(company(), { weekOf: at('2026-03-04'), now: at('2026-12-21T10:20') }), { color: false });
    expect(spring.find((line) => line.startsWith('Sun Mar 8'))).toBe(`Sun Mar 8 ${'██'.repeat(2)}··${'██'.repeat(21)}`);
    expect(spring).toContain('··    No such hour: the clocks go forward');
  });

  it('tells entries apart by their keys once the glyphs run out', () => {
    const hourly = company({
      customRules: Array.from({ length: 20 }, (_, hour) =>
        customRule({ id: `r${hour}`, name: `Hour ${hour}`, schedule: onDates({ from: at('2026-12-21').set({ hour }).toISO() ?? '', to: at('2026-12-21').set({ hour: hour + 1 }).toISO() ?? '' }), destination: toExt('300') }),
      ),
    });
    const monday = weekTimeline(resolveWeek(hourly, { weekOf: at('2026-12-21'), now: at('2026-12-28T10:00') }), { color: false })[2] ?? '';
    expect(monday.slice(13 + 2 * 16, 13 + 2 * 20)).toBe('Q R S T ');
  });
});

describe('weekLegendLines', () => {
  it('says each entry and each unusual day in plain words, for a screen reader', () => {
    expect(weekLegendLines(christmasWeek)).toEqual([
      'A: Main Voicemail (ext 300), by the after-hours rule',
      'B: the company greeting, by the business-hours rule',
      'C: Holiday Message (ext 110), by Custom rule "Christmas"',
      'Fri Dec 25 is unusual: Date rule "Christmas".',
    ]);
  });
});
