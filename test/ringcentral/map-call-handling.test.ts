import { describe, expect, it } from 'vitest';
import type { CustomRule } from '../../src/callflow/index.ts';
import { buildCustomRuleRequest, buildCustomRuleUpdate, toCustomRule } from '../../src/ringcentral/map-custom-rule.ts';
import { buildDestinationFields, toDestination } from '../../src/ringcentral/map-destination.ts';
import { formatWeeklyTime } from '../../src/callflow/index.ts';
import { buildDateRange, buildWeeklyRanges, toDateRange, toMinute, toWeeklySchedule } from '../../src/ringcentral/map-schedule.ts';
import { toCallHandling, type CallHandlingWireParts } from '../../src/ringcentral/map-call-handling.ts';
import { RingCentralApiError } from '../../src/ringcentral/ringcentral-api-error.ts';
import type { WireAnsweringRule } from '../../src/ringcentral/ringcentral-wire-schema.ts';

const ZONE = 'US/Eastern';

describe('toMinute and formatWeeklyTime', () => {
  it('reads "00:00" as the end of the day when it ends a range', () => {
    expect(toMinute('00:00', 'to')).toBe(1440);
    expect(toMinute('00:00', 'from')).toBe(0);
    expect(toMinute('24:00', 'to')).toBe(1440);
  });

  it('writes the end of the day as "00:00"', () => {
    expect(formatWeeklyTime(1440)).toBe('00:00');
    expect(formatWeeklyTime(0)).toBe('00:00');
    expect(formatWeeklyTime(9 * 60 + 5)).toBe('09:05');
  });

  it('refuses values that are not hh:mm', () => {
    expect(() => toMinute('9am', 'from')).toThrow(/not an hh:mm time/);
    expect(() => toMinute('12:60', 'to')).toThrow();
  });
});

describe('toWeeklySchedule', () => {
  it('keeps days with ranges in minutes and drops empty days', () => {
    expect(
      toWeeklySchedule({ monday: [{ from: '13:00', to: '17:30' }, { from: '08:30', to: '12:00' }], tuesday: [], sunday: [{ from: '20:00', to: '00:00' }] }),
    ).toEqual({ monday: [{ from: 510, to: 720 }, { from: 780, to: 1050 }], sunday: [{ from: 1200, to: 1440 }] });
  });

  it('splits a range that crosses midnight into its day and the next', () => {
    expect(toWeeklySchedule({ sunday: [{ from: '22:00', to: '02:00' }] })).toEqual({
      monday: [{ from: 0, to: 120 }],
      sunday: [{ from: 1320, to: 1440 }],
    });
  });

  it('round-trips through buildWeeklyRanges', () => {
    const schedule = { friday: [{ from: 540, to: 1440 }], saturday: [{ from: 0, to: 60 }] };
    expect(buildWeeklyRanges(schedule)).toEqual({ friday: [{ from: '09:00', to: '00:00' }], saturday: [{ from: '00:00', to: '01:00' }] });
    expect(toWeeklySchedule({ friday: [{ from: '09:00', to: '00:00' }], saturday: [{ from: '00:00', to: '01:00' }] })).toEqual(schedule);
  });
});

describe('date ranges', () => {
  it('reads a value with Z or an offset as an instant', () => {
    expect(toDateRange({ from: '2026-12-25T05:00:00Z', to: '2026-12-26T00:00:00-05:00' }, ZONE)).toEqual({
      from: '2026-12-25T05:00:00.000Z',
      to: '2026-12-26T05:00:00.000Z',
    });
  });

  it('reads a value without an offset as company-local time, across daylight saving', () => {
    expect(toDateRange({ from: '2026-03-08T00:00:00', to: '2026-03-08T12:00:00' }, ZONE)).toEqual({
      from: '2026-03-08T05:00:00.000Z',
      to: '2026-03-08T16:00:00.000Z',
    });
  });

  it('writes instants with the company-local offset, or Z when the zone is UTC', () => {
    const range = { from: '2026-12-25T05:00:00.000Z', to: '2026-07-04T04:00:00.000Z' };
    expect(buildDateRange(range, ZONE)).toEqual({ from: '2026-12-25T00:00:00.000-05:00', to: '2026-07-04T00:00:00.000-04:00' });
    expect(buildDateRange(range, 'UTC')).toEqual({ from: '2026-12-25T05:00:00.000Z', to: '2026-07-04T04:00:00.000Z' });
  });
});

describe('destinations', () => {
  it('maps the three call-handling actions both ways', () => {
    expect(toDestination({ callHandlingAction: 'Operator' })).toEqual({ kind: 'greeting' });
    expect(toDestination({ callHandlingAction: 'Disconnect' })).toEqual({ kind: 'greeting-then-hang-up' });
    expect(toDestination({ callHandlingAction: 'Bypass', extension: { id: '42' } })).toEqual({ kind: 'extension', extensionId: '42' });
    expect(buildDestinationFields({ kind: 'greeting' })).toEqual({ callHandlingAction: 'Operator' });
    expect(buildDestinationFields({ kind: 'greeting-then-hang-up' })).toEqual({ callHandlingAction: 'Disconnect' });
    expect(buildDestinationFields({ kind: 'extension', extensionId: '42' })).toEqual({ callHandlingAction: 'Bypass', extension: { id: '42' } });
  });

  it('reads a rule without an action as the company greeting (the spec default)', () => {
    expect(toDestination({})).toEqual({ kind: 'greeting' });
  });

  it('refuses a Bypass rule without an extension', () => {
    expect(() => toDestination({ callHandlingAction: 'Bypass' })).toThrow(/no extension/);
  });
});

describe('custom rules', () => {
  const holiday: CustomRule = {
    id: '7',
    name: 'Holidays',
    enabled: true,
    schedule: { kind: 'dates', ranges: [{ from: '2026-12-25T05:00:00.000Z', to: '2026-12-26T05:00:00.000Z' }] },
    callers: [],
    calledNumbers: [],
    destination: { kind: 'extension', extensionId: '400' },
  };

  it('builds a POST body without empty conditions', () => {
    expect(buildCustomRuleRequest(holiday, ZONE)).toEqual({
      type: 'Custom',
      name: 'Holidays',
      enabled: true,
      schedule: { ranges: [{ from: '2026-12-25T00:00:00.000-05:00', to: '2026-12-26T00:00:00.000-05:00' }] },
      callHandlingAction: 'Bypass',
      extension: { id: '400' },
    });
  });

  it('builds a PUT body that clears conditions the rule no longer has', () => {
    const vip: CustomRule = { ...holiday, schedule: { kind: 'always' }, callers: [{ callerId: '1415' }], destination: { kind: 'greeting' } };
    expect(buildCustomRuleUpdate(vip, ZONE)).toEqual({
      name: 'Holidays',
      enabled: true,
      callers: [{ callerId: '1415' }],
      calledNumbers: [],
      schedule: {},
      callHandlingAction: 'Operator',
    });
  });

  it('reads every schedule kind', () => {
    const read = (schedule: NonNullable<WireAnsweringRule['schedule']>) => toCustomRule({ id: '1', callers: [{ callerId: '1' }], schedule }, ZONE).schedule;
    expect(read({ ref: 'BusinessHours' })).toEqual({ kind: 'business-hours' });
    expect(read({ ref: 'AfterHours' })).toEqual({ kind: 'after-hours' });
    expect(read({})).toEqual({ kind: 'always' });
    expect(read({ weeklyRanges: { monday: [{ from: '12:00', to: '13:00' }] } })).toEqual({ kind: 'weekly', weekly: { monday: [{ from: 720, to: 780 }] } });
  });
});

describe('toCallHandling', () => {
  const parts: CallHandlingWireParts = {
    account: { mainNumber: '+16505550100', operator: { id: '101', extensionNumber: '101' }, regionalSettings: { timezone: { name: ZONE } } },
    businessHours: { schedule: {} },
    businessHoursRule: { id: 'business-hours-rule', callHandlingAction: 'Operator' },
    afterHoursRule: undefined,
    customRules: [],
    extensions: [
      { id: '1', extensionNumber: '101', name: 'Alice', type: 'User', status: 'Enabled' },
      { id: '2', extensionNumber: '102', name: 'Fax', type: 'FaxUser', status: 'Enabled' },
      { id: '3', extensionNumber: '103', name: 'Gone', type: 'User', status: 'Disabled' },
    ],
    ivrMenus: [],
    callQueues: [],
  };

  it('reads empty business hours as 24/7 with no after-hours destination', () => {
    const handling = toCallHandling(parts);
    expect(handling.businessHours).toEqual({});
    expect(handling.afterHoursDestination).toBeUndefined();
  });

  it('keeps routable extensions only and marks disabled ones', () => {
    expect(toCallHandling(parts).extensions).toEqual([
      { id: '1', extensionNumber: '101', name: 'Alice', type: 'User', enabled: true },
      { id: '3', extensionNumber: '103', name: 'Gone', type: 'User', enabled: false },
    ]);
  });

  it('reports an unknown time zone as an invalid response from the account endpoint', () => {
    const broken = { ...parts, account: { ...parts.account, regionalSettings: { timezone: { name: 'Mars/Olympus' } } } };
    const error = (() => {
      try {
        toCallHandling(broken);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RingCentralApiError);
    expect(error).toMatchObject({ code: 'invalid-response', path: '/restapi/v1.0/account/~' });
  });

  it('reads a real account\'s CompanyExtension as nothing calls go to, and a NotActivated voicemail as taking calls', () => {
    const extensions = [
      { id: '1', extensionNumber: '1', name: 'Northwind Traders', type: 'CompanyExtension', status: 'Enabled' },
      { id: '300', extensionNumber: '300', name: 'Company Voicemail', type: 'Voicemail', status: 'NotActivated' },
    ];
    expect(toCallHandling({ ...parts, extensions }).extensions).toEqual([
      { id: '300', extensionNumber: '300', name: 'Company Voicemail', type: 'Voicemail', enabled: true },
    ]);
  });

  it('reads the IVR mode from the rules: multi-level when business hours go straight to an IVR menu', () => {
    const menu = { id: '600', name: 'Main Menu', extensionNumber: '600', actions: [] };
    const toMenu = { id: 'business-hours-rule', callHandlingAction: 'Bypass' as const, extension: { id: '600' } };
    expect(toCallHandling(parts).ivrMode).toBe('single-level');
    expect(toCallHandling({ ...parts, ivrMenus: [menu], businessHoursRule: toMenu }).ivrMode).toBe('multi-level');
  });
});
