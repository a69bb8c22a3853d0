import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  CREATED_AFTER_HOURS_RULE,
  END_OF_DAY_TIMES,
  detectIvrMode,
  isAllowedInIvrMode,
  isTakingCalls,
  usesOwnAnsweringRules,
  RINGCENTRAL_BEHAVIOURS,
  findDecidingRule,
  formatWeeklyTime,
  inEvaluationOrder,
  isAlwaysOpen,
  isCalledNumberMatch,
  isCallerIdMatch,
  isInWeeklySchedule,
  isSameQueueRinging,
  normalizePhoneNumber,
  parseDateRangeBound,
  parseWeeklyTime,
  parseWrittenWeeklyTime,
  resolveAfterHoursDestination,
  resolveAfterHoursRule,
  resolveFixedRingOrder,
  resolveMembersAfterBulkAssign,
  splitWeeklyRange,
  splitWrittenWeeklyRange,
  toStoredCallerId,
  withCreatedRule,
  type MinuteRange,
  type Weekday,
  type WeeklySchedule,
} from '../../src/callflow/index.ts';
import { NINE_TO_FIVE, between, company, customRule, greeting, greetingThenHangUp, openAllHours, toExt } from '../fixtures/call-handling.ts';

const ZONE = 'US/Eastern';
const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

describe('RINGCENTRAL_BEHAVIOURS', () => {
  it('lists each behaviour once, with a statement and at least one source', () => {
    const ids = RINGCENTRAL_BEHAVIOURS.map((behaviour) => behaviour.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'rule-order',
      'end-of-day',
      'overnight-range',
      'after-hours-rule',
      'queue-ring-order',
      'caller-id-match',
      'date-range-bounds',
      'multi-level-ivr',
      'extension-status',
      'new-call-handling',
    ]);
    for (const behaviour of RINGCENTRAL_BEHAVIOURS) {
      expect(behaviour.statement.length).toBeGreaterThan(0);
      expect(behaviour.sources.length).toBeGreaterThan(0);
      expect(behaviour.sources.every((source) => source.reference.length > 0)).toBe(true);
    }
  });

  it('names every behaviour beside a function that implements it', () => {
    const source = readFileSync(new URL('../../src/callflow/ringcentral-behaviour.ts', import.meta.url), 'utf8');
    for (const { id } of RINGCENTRAL_BEHAVIOURS) expect(source).toContain(`(behaviour \`${id}\``);
  });
});

describe('rule-order', () => {
  const rule = (id: string, enabled = true) => ({ id, enabled });

  it('puts custom rules first in list order, then the business-hours and after-hours rules, wherever the list has them', () => {
    const listed = [rule('after-hours-rule'), rule('7'), rule('business-hours-rule'), rule('3'), rule('9')];
    expect(inEvaluationOrder(listed).map((r) => r.id)).toEqual(['7', '3', '9', 'business-hours-rule', 'after-hours-rule']);
  });

  it('lets the first enabled custom rule that matches decide', () => {
    const rules = [rule('1', false), rule('2'), rule('3')];
    expect(findDecidingRule(rules, (r) => r.id !== '4')?.id).toBe('2');
    expect(findDecidingRule(rules, (r) => r.id === '3')?.id).toBe('3');
  });

  it('decides nothing when only a disabled rule matches', () => {
    expect(findDecidingRule([rule('1', false)], () => true)).toBeUndefined();
  });

  it('evaluates a created rule last', () => {
    expect(withCreatedRule([rule('1'), rule('2')], rule('new-1')).map((r) => r.id)).toEqual(['1', '2', 'new-1']);
  });
});

describe('end-of-day', () => {
  it('reads every end-of-day spelling as the end of the day (1440) when it ends a range', () => {
    for (const spelling of END_OF_DAY_TIMES) expect(parseWeeklyTime(spelling, 'to')).toBe(1440);
  });

  it('reads "00:00" and "23:59" as minutes of the day when they start a range', () => {
    expect(parseWeeklyTime('00:00', 'from')).toBe(0);
    expect(parseWeeklyTime('23:59', 'from')).toBe(1439);
  });

  it('does not read "24:00" or "23:59:59" as the start of a range', () => {
    expect(parseWeeklyTime('24:00', 'from')).toBeNull();
    expect(parseWeeklyTime('23:59:59', 'from')).toBeNull();
  });

  it('reads ordinary times as minutes after midnight, one-digit hours included', () => {
    expect(parseWeeklyTime('09:05', 'to')).toBe(545);
    expect(parseWeeklyTime(' 9:00 ', 'from')).toBe(540);
  });

  it('reads no seconds but those of "23:59:59", and no hour past 24', () => {
    expect(parseWeeklyTime('12:00:30', 'to')).toBeNull();
    expect(parseWeeklyTime('23:59:30', 'to')).toBeNull();
    expect(parseWeeklyTime('24:30', 'to')).toBeNull();
    expect(parseWeeklyTime('12:60', 'to')).toBeNull();
    expect(parseWeeklyTime('9am', 'from')).toBeNull();
  });

  it('takes in a request two-digit hh:mm and "23:59:59" as an end, and refuses "24:00"', () => {
    expect(parseWrittenWeeklyTime('00:00', 'to')).toBe(1440);
    expect(parseWrittenWeeklyTime('23:59', 'to')).toBe(1440);
    expect(parseWrittenWeeklyTime('23:59:59', 'to')).toBe(1440);
    expect(parseWrittenWeeklyTime('24:00', 'to')).toBeNull();
    expect(parseWrittenWeeklyTime('9:00', 'from')).toBeNull();
    expect(parseWrittenWeeklyTime(900, 'from')).toBeNull();
  });

  it('writes the end of the day as "00:00" and other minutes as hh:mm', () => {
    expect([0, 545, 1439, 1440].map(formatWeeklyTime)).toEqual(['00:00', '09:05', '23:59', '00:00']);
  });

  it('reads back what it writes, except an end at 23:59, which RingCentral spells like the end of the day', () => {
    for (let minute = 1; minute <= 1440; minute += 1) {
      expect(parseWeeklyTime(formatWeeklyTime(minute), 'to')).toBe(minute === 1439 ? 1440 : minute);
    }
  });

  it('puts the last seconds of a day ending "23:59" inside the range', () => {
    const monday: MinuteRange = { from: 1320, to: parseWeeklyTime('23:59', 'to')! };
    expect(isInWeeklySchedule({ monday: [monday] }, at('2026-03-09T23:59:30'), ZONE)).toBe(true);
    expect(isInWeeklySchedule({ monday: [monday] }, at('2026-03-10T00:00'), ZONE)).toBe(false);
  });
});

describe('overnight-range', () => {
  /** A weekly schedule from the spans of written ranges, the way the gateway builds it. */
  function scheduleOf(...written: Array<[Weekday, string, string]>): WeeklySchedule {
    const days: Partial<Record<Weekday, MinuteRange[]>> = {};
    for (const [day, from, to] of written) {
      for (const span of splitWeeklyRange(day, parseWeeklyTime(from, 'from')!, parseWeeklyTime(to, 'to')!)) {
        days[span.day] = [...(days[span.day] ?? []), span.range];
      }
    }
    return days;
  }

  it('keeps a range whose end is after its start on its day', () => {
    expect(splitWeeklyRange('monday', 540, 1020)).toEqual([{ day: 'monday', range: { from: 540, to: 1020 } }]);
  });

  it('reads "20:30" to "08:00" as the rest of the day and the next morning', () => {
    expect(splitWeeklyRange('monday', 1230, 480)).toEqual([
      { day: 'monday', range: { from: 1230, to: 1440 } },
      { day: 'tuesday', range: { from: 0, to: 480 } },
    ]);
  });

  it('runs a Sunday night into Monday morning', () => {
    expect(splitWeeklyRange('sunday', 1320, 360)).toEqual([
      { day: 'sunday', range: { from: 1320, to: 1440 } },
      { day: 'monday', range: { from: 0, to: 360 } },
    ]);
  });

  it('reads equal ends as a whole 24 hours, which the emulator refuses to take', () => {
    expect(splitWeeklyRange('friday', 720, 720)).toEqual([
      { day: 'friday', range: { from: 720, to: 1440 } },
      { day: 'saturday', range: { from: 0, to: 720 } },
    ]);
    expect(splitWrittenWeeklyRange('friday', 720, 720)).toBeNull();
    expect(splitWrittenWeeklyRange('friday', 1230, 480)).toEqual(splitWeeklyRange('friday', 1230, 480));
  });

  it('covers a night across the spring-forward change: the missing hour is skipped, the morning still ends at 08:00', () => {
    // US/Eastern springs forward at 02:00 on Sunday 2026-03-08.
    const schedule = scheduleOf(['saturday', '20:30', '08:00']);
    expect(isInWeeklySchedule(schedule, at('2026-03-07T20:29'), ZONE)).toBe(false);
    expect(isInWeeklySchedule(schedule, at('2026-03-07T23:59:59'), ZONE)).toBe(true);
    expect(isInWeeklySchedule(schedule, at('2026-03-08T00:00'), ZONE)).toBe(true);
    expect(isInWeeklySchedule(schedule, at('2026-03-08T03:30'), ZONE)).toBe(true);
    expect(isInWeeklySchedule(schedule, at('2026-03-08T08:00'), ZONE)).toBe(false);
  });

  it('covers both 01:30s of the fall-back night', () => {
    // US/Eastern falls back at 02:00 on Sunday 2026-11-01.
    const schedule = scheduleOf(['saturday', '20:30', '08:00']);
    const first = DateTime.fromISO('2026-11-01T05:30:00Z').setZone(ZONE);
    const second = DateTime.fromISO('2026-11-01T06:30:00Z').setZone(ZONE);
    expect([first.toFormat('HH:mm ZZ'), second.toFormat('HH:mm ZZ')]).toEqual(['01:30 -04:00', '01:30 -05:00']);
    expect(isInWeeklySchedule(schedule, first, ZONE)).toBe(true);
    expect(isInWeeklySchedule(schedule, second, ZONE)).toBe(true);
  });
});

describe('after-hours-rule', () => {
  const created = 'created';

  it('counts hours with no range, missing days and empty lists alike, as 24/7', () => {
    expect(isAlwaysOpen({})).toBe(true);
    expect(isAlwaysOpen(undefined)).toBe(true);
    expect(isAlwaysOpen({ monday: [], sunday: [] })).toBe(true);
    expect(isAlwaysOpen({ saturday: [{ from: '10:00', to: '14:00' }] })).toBe(false);
    expect(isAlwaysOpen(NINE_TO_FIVE)).toBe(false);
  });

  it('deletes the rule when hours become 24/7', () => {
    expect(resolveAfterHoursRule(NINE_TO_FIVE, {}, 'current', created)).toBeUndefined();
  });

  it('creates the rule anew when hours stop being 24/7, whatever it was before', () => {
    expect(resolveAfterHoursRule({}, NINE_TO_FIVE, undefined, created)).toBe(created);
    expect(resolveAfterHoursRule({}, NINE_TO_FIVE, 'stale', created)).toBe(created);
  });

  it('keeps the rule when hours change but stay limited', () => {
    expect(resolveAfterHoursRule(NINE_TO_FIVE, { monday: [between('10:00', '16:00')] }, 'current', created)).toBe('current');
  });

  it('creates the rule with the company greeting (Operator)', () => {
    expect(CREATED_AFTER_HOURS_RULE).toEqual({ destination: { kind: 'greeting' }, callHandlingAction: 'Operator' });
  });

  it('gives no after-hours destination at 24/7, the greeting when hours are set without one, else the one set', () => {
    expect(resolveAfterHoursDestination({ businessHours: {}, afterHoursDestination: toExt('300') })).toBeUndefined();
    expect(resolveAfterHoursDestination({ businessHours: NINE_TO_FIVE, afterHoursDestination: undefined })).toEqual({ kind: 'greeting' });
    expect(resolveAfterHoursDestination({ businessHours: NINE_TO_FIVE, afterHoursDestination: toExt('300') })).toEqual(toExt('300'));
  });
});

describe('queue-ring-order', () => {
  it('counts member order for a fixed order only', () => {
    expect(isSameQueueRinging({ ringMode: 'FixedOrder', memberIds: ['a', 'b'] }, { ringMode: 'FixedOrder', memberIds: ['b', 'a'] })).toBe(false);
    expect(isSameQueueRinging({ ringMode: 'Simultaneous', memberIds: ['a', 'b'] }, { ringMode: 'Simultaneous', memberIds: ['b', 'a'] })).toBe(true);
    expect(isSameQueueRinging({ ringMode: 'Rotating', memberIds: ['a', 'b'] }, { ringMode: 'Rotating', memberIds: ['b', 'a'] })).toBe(true);
  });

  it('tells queues apart by ring mode and by members', () => {
    expect(isSameQueueRinging({ ringMode: 'Rotating', memberIds: ['a'] }, { ringMode: 'Simultaneous', memberIds: ['a'] })).toBe(false);
    expect(isSameQueueRinging({ ringMode: 'Simultaneous', memberIds: ['a'] }, { ringMode: 'Simultaneous', memberIds: ['a', 'b'] })).toBe(false);
  });

  it('rings fixed-order agents by index, not by list position', () => {
    expect(resolveFixedRingOrder([{ id: 'b', index: 2 }, { id: 'a', index: 1 }], ['a', 'b'])).toEqual(['a', 'b']);
  });

  it('rings members the order leaves out after it, in member order, and drops agents who left', () => {
    expect(resolveFixedRingOrder([{ id: 'c', index: 1 }, { id: 'gone', index: 2 }], ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
    expect(resolveFixedRingOrder([], ['a', 'b'])).toEqual(['a', 'b']);
  });

  it('keeps members who stay in place and adds newcomers last, in the order given', () => {
    expect(resolveMembersAfterBulkAssign(['a', 'b', 'c'], ['e', 'd'], ['b'])).toEqual(['a', 'c', 'e', 'd']);
  });

  it('neither repeats a member added twice nor moves one added again', () => {
    expect(resolveMembersAfterBulkAssign(['a', 'b'], ['a', 'c', 'c'], [])).toEqual(['a', 'b', 'c']);
  });

  it('puts a member removed and added in the same assignment last', () => {
    expect(resolveMembersAfterBulkAssign(['a', 'b'], ['a'], ['a'])).toEqual(['b', 'a']);
  });
});

describe('caller-id-match', () => {
  it('compares numbers by their digits', () => {
    expect(normalizePhoneNumber('+1 (415) 555-0100')).toBe('14155550100');
    expect(isCalledNumberMatch('+1 650-555-0100', '16505550100')).toBe(true);
  });

  it('does not match a called number by prefix', () => {
    expect(isCalledNumberMatch('1650555', '16505550100')).toBe(false);
  });

  it('matches a partial caller ID (country and area code) by prefix', () => {
    expect(isCallerIdMatch('+1 415', '+14155550100')).toBe(true);
    expect(isCallerIdMatch('1415', '16505550100')).toBe(false);
  });

  it('matches no caller condition with a withheld caller ID', () => {
    expect(isCallerIdMatch('1415', undefined)).toBe(false);
    expect(isCallerIdMatch('1415', '')).toBe(false);
    expect(isCallerIdMatch('1415', 'Anonymous')).toBe(false);
  });

  it('matches nothing with a condition that has no digits', () => {
    expect(isCallerIdMatch('+', '14155550100')).toBe(false);
  });

  it('stores a caller ID without its leading "+" only', () => {
    expect(toStoredCallerId('+16501111111')).toBe('16501111111');
    expect(toStoredCallerId('16501111111')).toBe('16501111111');
    expect(toStoredCallerId('1+650')).toBe('1+650');
  });
});

describe('date-range-bounds', () => {
  const utc = (value: string) => parseDateRangeBound(value, ZONE)?.toUTC().toISO();

  it('reads a bound with Z or an offset as that instant, shown in the company zone', () => {
    expect(utc('2026-12-25T05:00:00Z')).toBe('2026-12-25T05:00:00.000Z');
    expect(utc('2026-12-25T00:00:00+0100')).toBe('2026-12-24T23:00:00.000Z');
    expect(parseDateRangeBound('2026-12-25T05:00:00Z', ZONE)?.zoneName).toBe(ZONE);
  });

  it('reads a bound without an offset as company-local time, on both sides of a daylight-saving change', () => {
    expect(utc('2026-03-08T01:00:00')).toBe('2026-03-08T06:00:00.000Z');
    expect(utc('2026-03-08T03:00:00')).toBe('2026-03-08T07:00:00.000Z');
    expect(utc('2026-12-31T23:59:59')).toBe('2027-01-01T04:59:59.000Z');
  });

  it('reads company-local midnight as the start of the local day', () => {
    expect(utc('2026-11-01T00:00:00')).toBe('2026-11-01T04:00:00.000Z');
    expect(utc('2026-11-02T00:00:00')).toBe('2026-11-02T05:00:00.000Z');
  });

  it('reads nothing from a value that is not an ISO date-time', () => {
    expect(parseDateRangeBound('Dec 25', ZONE)).toBeNull();
    expect(parseDateRangeBound('2026-12-25T00:00:00', 'Not/AZone')).toBeNull();
  });
});

describe('multi-level-ivr', () => {
  const mainMenu = toExt('500');

  it('reads business hours answered by an IVR menu, with no rule playing the greeting, as multi-level', () => {
    expect(detectIvrMode(company({ businessHoursDestination: mainMenu }))).toBe('multi-level');
    expect(detectIvrMode(company({ businessHoursDestination: mainMenu, afterHoursDestination: mainMenu }))).toBe('multi-level');
    expect(detectIvrMode(openAllHours({ businessHoursDestination: mainMenu }))).toBe('multi-level');
  });

  it('finds an IVR menu the extension list leaves out among the menus', () => {
    const menuOnly = company({ businessHoursDestination: mainMenu, extensions: company().extensions.filter((extension) => extension.type !== 'IvrMenu') });
    expect(detectIvrMode(menuOnly)).toBe('multi-level');
  });

  it('reads any rule that plays the greeting as proof of single-level', () => {
    expect(detectIvrMode(company({ businessHoursDestination: mainMenu, afterHoursDestination: greeting }))).toBe('single-level');
    const hangUpRule = customRule({ id: 'r1', name: 'Closed', destination: greetingThenHangUp });
    expect(detectIvrMode(company({ businessHoursDestination: mainMenu, customRules: [hangUpRule] }))).toBe('single-level');
  });

  it('reads business hours going elsewhere as single-level', () => {
    expect(detectIvrMode(company())).toBe('single-level');
    expect(detectIvrMode(company({ businessHoursDestination: toExt('200'), afterHoursDestination: mainMenu }))).toBe('single-level');
  });

  it('takes only extensions in multi-level mode, and everything in single-level', () => {
    expect(isAllowedInIvrMode('multi-level', mainMenu)).toBe(true);
    expect(isAllowedInIvrMode('multi-level', greeting)).toBe(false);
    expect(isAllowedInIvrMode('multi-level', greetingThenHangUp)).toBe(false);
    expect(isAllowedInIvrMode('single-level', greeting)).toBe(true);
  });
});

describe('extension-status', () => {
  it('lets Enabled and NotActivated extensions take calls, and no others', () => {
    expect(['Enabled', 'NotActivated', undefined].map((status) => isTakingCalls(status))).toEqual([true, true, true]);
    expect(['Disabled', 'Frozen', 'Unassigned'].map((status) => isTakingCalls(status))).toEqual([false, false, false]);
  });
});

describe('new-call-handling', () => {
  it('uses the own answering rules of call queues only', () => {
    expect(usesOwnAnsweringRules('Department')).toBe(true);
    expect(usesOwnAnsweringRules('User')).toBe(false);
  });
});
