import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { weekOfChange } from '../../src/workflow/index.ts';
import { allDayOn, company, COMPANY_ZONE, customRule, onDates, toExt } from '../fixtures/call-handling.ts';

// Wednesday Nov 25, 2026, noon in the company's zone.
const NOW = DateTime.fromISO('2026-11-25T12:00', { zone: COMPANY_ZONE });
const before = company();
const withRuleOn = (date: string) => company({ customRules: [customRule({ id: '9', name: 'Closed', schedule: onDates(allDayOn(date)), destination: toExt('300') })] });

/** Which legend entry (destination and rule) the hour `hour` of `date` shows in a week. */
function routeAt(week: ReturnType<typeof weekOfChange>['before'], date: string, hour: number): string | undefined {
  const key = week.days.find((day) => day.date === date)?.cells[hour]?.legendKey;
  const entry = week.legend.find((candidate) => candidate.key === key);
  return entry === undefined ? undefined : `${entry.destination} by ${entry.rule}`;
}

describe('weekOfChange', () => {
  it('draws the first week in which an hour routes differently: Christmas week for a Dec 25 rule previewed in November', () => {
    const { before: shownBefore, after } = weekOfChange({ before, intended: withRuleOn('2026-12-25') }, NOW, 'en');

    expect(shownBefore.days.map((day) => day.date)).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27']);
    expect(after.days.map((day) => day.date)).toEqual(shownBefore.days.map((day) => day.date));
    expect(routeAt(shownBefore, '2026-12-25', 10)).toMatch(/greeting/);
    expect(routeAt(after, '2026-12-25', 10)).toMatch(/Main Voicemail.*Closed/);
    // Nov 25 is not in the week drawn, so neither week has a "now".
    expect([shownBefore.now, after.now]).toEqual([undefined, undefined]);
  });

  it('draws this week, with its now, when the change shows this week', () => {
    const { before: shownBefore, after } = weekOfChange({ before, intended: withRuleOn('2026-11-27') }, NOW, 'en');

    expect(shownBefore.days[0]?.date).toBe('2026-11-23');
    expect(after.now).toEqual({ dayIndex: 2, minuteOfDay: 720 });
    expect(routeAt(after, '2026-11-27', 10)).toMatch(/Closed/);
  });

  it('draws this week when no hour of the coming year routes differently', () => {
    const { before: shownBefore, after } = weekOfChange({ before, intended: withRuleOn('2028-06-01') }, NOW, 'en');

    expect([shownBefore.days[0]?.date, after.days[0]?.date]).toEqual(['2026-11-23', '2026-11-23']);
  });
});
