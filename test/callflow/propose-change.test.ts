import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  CLOSURE_RULE_PREFIX,
  proposeChange,
  resolveCall,
  type CallHandling,
  type CallHandlingRequest,
  type ProposalRefusal,
  type ProposedChange,
} from '../../src/callflow/index.ts';
import {
  COMPANY_ZONE,
  MAIN_MENU,
  allDayOn,
  between,
  company,
  customRule,
  dateRange,
  greeting,
  onDates,
  openAllHours,
  toExt,
  weekdays,
  weekly,
} from '../fixtures/call-handling.ts';

// Thursday Nov 26, 2026, 10:00 in the company zone: "now" for every proposal.
const at = DateTime.fromISO('2026-11-26T10:00', { zone: COMPANY_ZONE });

function local(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: COMPANY_ZONE });
}

function propose(handling: CallHandling, request: CallHandlingRequest): ProposedChange {
  const result = proposeChange(handling, request, at);
  if (!result.ok) throw new Error(`Refused: ${result.code}`);
  return result;
}

function refusal(handling: CallHandling, request: CallHandlingRequest): ProposalRefusal['code'] | null {
  const result = proposeChange(handling, request, at);
  return result.ok ? null : result.code;
}

function planKinds(result: ProposedChange): ReadonlyArray<string> {
  return result.plan.map((operation) => operation.kind);
}

function warningCodes(result: ProposedChange): ReadonlyArray<string> {
  return result.warnings.map((warning) => warning.code);
}

/** Which rule takes a call at a local time, and where it goes. */
function probe(handling: CallHandling, localIso: string): { rule: string; destination: unknown } {
  const resolution = resolveCall(handling, { at: local(localIso) });
  const rule = resolution.rule.kind === 'custom' ? resolution.rule.name : resolution.rule.kind;
  return { rule, destination: resolution.destination };
}

const christmas: CallHandlingRequest = {
  kind: 'add-rule',
  proposedName: 'Dec 25 closed',
  name: 'Christmas',
  schedule: { kind: 'dates', ranges: [allDayOn('2026-12-25')] },
  callers: [],
  calledNumbers: [],
  target: toExt('110'),
};

describe('proposeChange', () => {
  describe('route', () => {
    it('sets the business-hours destination with one write', () => {
      const result = propose(company(), { kind: 'route', rule: 'business-hours', target: toExt('200') });
      expect(result.after.businessHoursDestination).toEqual(toExt('200'));
      expect(planKinds(result)).toEqual(['set-default-destination']);
      expect(result.changes.map((change) => change.kind)).toEqual(['business-hours-destination']);
      expect(probe(result.after, '2026-11-30T10:00')).toEqual({ rule: 'business-hours', destination: toExt('200') });
    });

    it('sets the after-hours destination with one write', () => {
      const result = propose(company(), { kind: 'route', rule: 'after-hours', target: toExt('200') });
      expect(result.after.afterHoursDestination).toEqual(toExt('200'));
      expect(planKinds(result)).toEqual(['set-default-destination']);
      expect(probe(result.after, '2026-11-28T10:00')).toEqual({ rule: 'after-hours', destination: toExt('200') });
    });

    it('refuses an after-hours route while open 24/7, since there is no after-hours rule yet', () => {
      expect(refusal(openAllHours(), { kind: 'route', rule: 'after-hours', target: toExt('300') })).toBe('after-hours-missing');
    });

    it('rings several users through the call queue that has exactly them as members', () => {
      const request: CallHandlingRequest = {
        kind: 'route',
        rule: 'business-hours',
        target: { kind: 'users', extensionIds: ['1002', '1001'], ringMode: 'Simultaneous' },
      };
      const result = propose(company(), request);
      expect(result.after.businessHoursDestination).toEqual(toExt('200'));
      expect(result.plan).toEqual([{ kind: 'set-default-destination', rule: 'business-hours', destination: toExt('200') }]);
    });

    it('changes the queue to ring in the order the users were named', () => {
      const request: CallHandlingRequest = {
        kind: 'route',
        rule: 'business-hours',
        target: { kind: 'users', extensionIds: ['1002', '1001'], ringMode: 'FixedOrder' },
      };
      const result = propose(company(), request);
      expect(result.plan).toEqual([
        { kind: 'set-queue-ring-mode', queueId: '2000', ringMode: 'FixedOrder', memberIds: ['1002', '1001'] },
        { kind: 'set-default-destination', rule: 'business-hours', destination: toExt('200') },
      ]);
      expect(result.changes.map((change) => change.text.en)).toContain(
        'Call queue "Support Queue" (ext 200): rings Bob Jones, Alice Smith in order instead of all at once',
      );
    });

    it('sends a new rule to the matching call queue', () => {
      const request: CallHandlingRequest = {
        kind: 'add-rule',
        proposedName: 'Lunch',
        schedule: { kind: 'weekly', weekly: weekdays(between('12:00', '13:00')) },
        callers: [],
        calledNumbers: [],
        target: { kind: 'users', extensionIds: ['1001', '1002'], ringMode: 'Rotating' },
      };
      const result = propose(company(), request);
      expect(planKinds(result)).toEqual(['set-queue-ring-mode', 'create-rule']);
      expect(result.after.customRules[0]?.destination).toEqual(toExt('200'));
    });

    it('refuses users that no call queue has as exactly its members', () => {
      const request: CallHandlingRequest = {
        kind: 'route',
        rule: 'business-hours',
        target: { kind: 'users', extensionIds: ['1001', '1100'], ringMode: 'Simultaneous' },
      };
      expect(refusal(company(), request)).toBe('no-matching-queue');
    });

    it('does not take a queue with more members than the users named', () => {
      const request: CallHandlingRequest = {
        kind: 'route',
        rule: 'business-hours',
        target: { kind: 'users', extensionIds: ['1001'], ringMode: 'Simultaneous' },
      };
      expect(refusal(company(), request)).toBe('no-matching-queue');
    });
  });

  describe('add-rule', () => {
    it('appends a new rule under a placeholder id and plans one create', () => {
      const existing = customRule({ id: '7', name: 'Lunch', schedule: weekly(weekdays(between('12:00', '13:00'))), destination: toExt('200') });
      const result = propose(company({ customRules: [existing] }), christmas);
      expect(result.after.customRules.map((rule) => [rule.id, rule.name])).toEqual([
        ['7', 'Lunch'],
        ['new-1', 'Christmas'],
      ]);
      expect(planKinds(result)).toEqual(['create-rule']);
      expect(result.changes.map((change) => change.kind)).toEqual(['rule-added']);
      expect(result.warnings).toEqual([]);
    });

    it('sends calls to the new destination only inside the new dates', () => {
      const before = company();
      const { after } = propose(before, christmas);
      expect(probe(before, '2026-12-25T10:00')).toEqual({ rule: 'business-hours', destination: greeting });
      expect(probe(after, '2026-12-24T23:59')).toEqual({ rule: 'after-hours', destination: toExt('300') });
      expect(probe(after, '2026-12-25T10:00')).toEqual({ rule: 'Christmas', destination: toExt('110') });
      expect(probe(after, '2026-12-26T00:00')).toEqual({ rule: 'after-hours', destination: toExt('300') });
    });

    it('uses the proposed name when the user gave none', () => {
      const { name: _name, ...unnamed } = christmas as Extract<CallHandlingRequest, { kind: 'add-rule' }>;
      expect(propose(company(), unnamed).after.customRules[0]?.name).toBe('Dec 25 closed');
    });

    it('keeps caller and called-number conditions', () => {
      const request: CallHandlingRequest = { ...christmas, schedule: { kind: 'always' }, callers: ['+1415555'], calledNumbers: ['+16505550111'] };
      const rule = propose(company(), request).after.customRules[0];
      expect(rule?.callers).toEqual([{ callerId: '+1415555' }]);
      expect(rule?.calledNumbers).toEqual(['+16505550111']);
    });

    it('replaces a rule of the same name in place, as an update', () => {
      const old = customRule({ id: '7', name: 'Christmas', schedule: onDates(allDayOn('2025-12-25')), destination: toExt('300') });
      const last = customRule({ id: '8', name: 'VIP', callers: [{ callerId: '1415555' }] });
      const result = propose(company({ customRules: [old, last] }), christmas);
      expect(result.after.customRules.map((rule) => rule.id)).toEqual(['7', '8']);
      expect(result.after.customRules[0]?.destination).toEqual(toExt('110'));
      expect(planKinds(result)).toEqual(['update-rule']);
    });

    it('picks a placeholder id that is not in use', () => {
      const taken = customRule({ id: 'new-1', name: 'Other', schedule: onDates(allDayOn('2026-12-31')) });
      expect(propose(company({ customRules: [taken] }), christmas).after.customRules[1]?.id).toBe('new-2');
    });

    it('refuses dates that are all over already', () => {
      const request: CallHandlingRequest = { ...christmas, schedule: { kind: 'dates', ranges: [allDayOn('2025-12-25')] } };
      expect(refusal(company(), request)).toBe('date-range-ended');
    });

    it('refuses a date range that ends before it starts', () => {
      const request: CallHandlingRequest = { ...christmas, schedule: { kind: 'dates', ranges: [dateRange('2026-12-26T00:00', '2026-12-25T00:00')] } };
      expect(refusal(company(), request)).toBe('date-range-invalid');
    });
  });

  describe('holidays', () => {
    const holidays: CallHandlingRequest = {
      kind: 'holidays',
      proposedName: 'US holidays 2026',
      holidays: [{ range: allDayOn('2026-12-25') }, { range: allDayOn('2026-12-31') }],
    };

    it('routes the holidays as after hours when no target is given', () => {
      const result = propose(company(), holidays);
      expect(result.after.customRules[0]).toMatchObject({ id: 'new-1', name: 'US holidays 2026', destination: toExt('300') });
      expect(planKinds(result)).toEqual(['create-rule']);
      expect(probe(result.after, '2026-12-31T10:00')).toEqual({ rule: 'US holidays 2026', destination: toExt('300') });
      expect(probe(result.after, '2027-01-01T00:00')).toEqual({ rule: 'after-hours', destination: toExt('300') });
    });

    it('routes the holidays to the company greeting when open 24/7 and no target is given', () => {
      const result = propose(openAllHours(), holidays);
      expect(result.after.customRules[0]?.destination).toEqual(greeting);
      expect(probe(result.after, '2026-12-24T23:59')).toEqual({ rule: 'business-hours', destination: greeting });
      expect(probe(result.after, '2026-12-25T10:00')).toEqual({ rule: 'US holidays 2026', destination: greeting });
      expect(probe(result.after, '2026-12-26T00:00')).toEqual({ rule: 'business-hours', destination: greeting });
    });

    it('sends the holidays to the given target', () => {
      const result = propose(company(), { ...holidays, target: toExt('110') });
      expect(probe(result.after, '2026-12-25T10:00')).toEqual({ rule: 'US holidays 2026', destination: toExt('110') });
    });

    it('updates the earlier import of the same holidays instead of adding a second rule', () => {
      const first = propose(company(), holidays).after;
      const imported = { ...first, customRules: first.customRules.map((rule) => ({ ...rule, id: '42' })) };
      const result = propose(imported, { ...holidays, holidays: [{ range: allDayOn('2026-12-25') }] });
      expect(result.after.customRules.map((rule) => rule.id)).toEqual(['42']);
      expect(planKinds(result)).toEqual(['update-rule']);
      expect(result.warnings).toEqual([]);
    });
  });

  describe('close and open', () => {
    const closeNow: CallHandlingRequest = { kind: 'close', range: { from: '2026-11-26T10:00:00-05:00', to: '2026-11-27T17:00:00-05:00' } };

    it('adds a closure rule named with the closure prefix, routed as after hours', () => {
      const result = propose(company(), closeNow);
      expect(result.after.customRules[0]).toMatchObject({ id: 'new-1', name: `${CLOSURE_RULE_PREFIX}Nov 27, 17:00`, destination: toExt('300') });
      expect(planKinds(result)).toEqual(['create-rule']);
      expect(probe(result.after, '2026-11-27T16:59')).toEqual({ rule: 'Closed until Nov 27, 17:00', destination: toExt('300') });
      expect(probe(result.after, '2026-11-27T17:00')).toEqual({ rule: 'after-hours', destination: toExt('300') });
      expect(probe(result.after, '2026-11-30T09:00')).toEqual({ rule: 'business-hours', destination: greeting });
    });

    it('replaces the closure in force rather than adding a second one', () => {
      const closed = company({ customRules: [customRule({ id: '9', name: 'Closed until Nov 26, 12:00', schedule: onDates(allDayOn('2026-11-26')) })] });
      const result = propose(closed, { ...closeNow, target: toExt('110'), closureRuleIds: ['9'] });
      expect(result.after.customRules).toHaveLength(1);
      expect(result.after.customRules[0]).toMatchObject({ id: '9', name: 'Closed until Nov 27, 17:00', destination: toExt('110') });
      expect(planKinds(result)).toEqual(['update-rule']);
    });

    it('refuses a closure that has already ended', () => {
      expect(refusal(company(), { kind: 'close', range: dateRange('2026-11-25T10:00', '2026-11-26T09:00') })).toBe('date-range-ended');
    });

    it('opens by deleting only the closure rules', () => {
      const keep = customRule({ id: '7', name: 'Christmas', schedule: onDates(allDayOn('2026-12-25')) });
      const closed = propose(company({ customRules: [keep] }), closeNow).after;
      const withIds = { ...closed, customRules: closed.customRules.map((rule, index) => ({ ...rule, id: String(7 + index) })) };
      const result = propose(withIds, { kind: 'open', closureRuleIds: ['8'] });
      expect(result.after.customRules.map((rule) => rule.name)).toEqual(['Christmas']);
      expect(result.plan).toEqual([{ kind: 'delete-rule', ruleId: '8', name: 'Closed until Nov 27, 17:00' }]);
      expect(probe(result.after, '2026-11-27T10:00')).toEqual({ rule: 'business-hours', destination: greeting });
    });

    it('opens without deleting a rule named "Closed until …" that Switchboard did not make', () => {
      const handMade = customRule({ id: '5', name: 'Closed until Dec 1, 09:00', schedule: onDates(allDayOn('2026-11-30')) });
      const own = customRule({ id: '8', name: 'Closed until Nov 27, 17:00', schedule: onDates(allDayOn('2026-11-27')) });
      const result = propose(company({ customRules: [handMade, own] }), { kind: 'open', closureRuleIds: ['8'] });
      expect(result.plan).toEqual([{ kind: 'delete-rule', ruleId: '8', name: 'Closed until Nov 27, 17:00' }]);
      expect(propose(company({ customRules: [handMade] }), { kind: 'open' }).plan).toEqual([]);
    });

    it('does not delete a rule Switchboard made for a closure once it was renamed', () => {
      const renamed = customRule({ id: '8', name: 'Board meeting', schedule: onDates(allDayOn('2026-11-27')) });
      expect(propose(company({ customRules: [renamed] }), { kind: 'open', closureRuleIds: ['8'] }).plan).toEqual([]);
    });

    it('closes beside a rule named "Closed until …" by hand rather than replacing it', () => {
      const handMade = customRule({ id: '5', name: 'Closed until Nov 26, 12:00', schedule: onDates(allDayOn('2026-11-26')) });
      const result = propose(company({ customRules: [handMade] }), closeNow);
      expect(result.after.customRules.map((rule) => rule.id).sort()).toEqual(['5', 'new-1']);
      expect(planKinds(result)).toEqual(['create-rule']);
    });

    it('warns that nothing changes when no closure is in force', () => {
      const result = propose(company(), { kind: 'open' });
      expect(result.plan).toEqual([]);
      expect(warningCodes(result)).toEqual(['no-change']);
    });
  });

  describe('set-business-hours', () => {
    it('replaces the weekly hours with one write', () => {
      const hours = weekdays(between('08:00', '18:00'));
      const result = propose(company(), { kind: 'set-business-hours', businessHours: hours });
      expect(result.after.businessHours).toEqual(hours);
      expect(planKinds(result)).toEqual(['set-business-hours']);
      expect(probe(result.after, '2026-11-30T08:30')).toEqual({ rule: 'business-hours', destination: greeting });
    });

    it('drops the after-hours destination when going 24/7', () => {
      const result = propose(company(), { kind: 'set-business-hours', businessHours: {} });
      expect(result.after.afterHoursDestination).toBeUndefined();
      expect(planKinds(result)).toEqual(['set-business-hours']);
    });

    it('starts after hours at the company greeting when leaving 24/7', () => {
      const result = propose(openAllHours(), { kind: 'set-business-hours', businessHours: weekdays(between('09:00', '17:00')) });
      expect(result.after.afterHoursDestination).toEqual(greeting);
      expect(planKinds(result)).toEqual(['set-business-hours']);
    });
  });

  describe('set-dial-zero', () => {
    it('replaces key 0 of an IVR menu and keeps the other keys', () => {
      const result = propose(company(), {
        kind: 'set-dial-zero',
        menu: { kind: 'ivr-menu', menuId: MAIN_MENU.id },
        action: { action: 'Connect', extensionId: '2000' },
      });
      expect(result.after.ivrMenus[0]?.actions).toEqual([
        { input: '1', action: 'Connect', extensionId: '2000' },
        { input: '2', action: 'Connect', extensionId: '1001' },
        { input: '0', action: 'Connect', extensionId: '2000' },
        { input: 'Star', action: 'Repeat' },
      ]);
      expect(planKinds(result)).toEqual(['set-ivr-actions']);
    });

    it('adds key 0 to a menu that has none', () => {
      const menu = { ...MAIN_MENU, actions: MAIN_MENU.actions.filter((action) => action.input !== '0') };
      const result = propose(company({ ivrMenus: [menu] }), { kind: 'set-dial-zero', menu: { kind: 'ivr-menu', menuId: menu.id }, action: { action: 'DoNothing' } });
      expect(result.after.ivrMenus[0]?.actions.at(-1)).toEqual({ input: '0', action: 'DoNothing' });
    });

    it('refuses the main site, which has no public API', () => {
      expect(refusal(company(), { kind: 'set-dial-zero', menu: { kind: 'main-site' }, action: { action: 'DoNothing' } })).toBe('unsupported-request');
    });

    it('refuses a menu that does not exist', () => {
      expect(refusal(company(), { kind: 'set-dial-zero', menu: { kind: 'ivr-menu', menuId: '999' }, action: { action: 'DoNothing' } })).toBe('menu-not-found');
    });
  });

  describe('change-rule', () => {
    const rule = customRule({ id: '7', name: 'Christmas', schedule: onDates(allDayOn('2026-12-25')), destination: toExt('110') });
    const withRule = company({ customRules: [rule] });

    it('disables a rule with an update, so calls fall through to the default rules', () => {
      const result = propose(withRule, { kind: 'change-rule', ruleId: '7', change: 'disable' });
      expect(result.after.customRules[0]?.enabled).toBe(false);
      expect(planKinds(result)).toEqual(['update-rule']);
      expect(probe(result.after, '2026-12-25T10:00')).toEqual({ rule: 'business-hours', destination: greeting });
    });

    it('enables a disabled rule with an update', () => {
      const disabled = company({ customRules: [{ ...rule, enabled: false }] });
      const result = propose(disabled, { kind: 'change-rule', ruleId: '7', change: 'enable' });
      expect(planKinds(result)).toEqual(['update-rule']);
      expect(probe(result.after, '2026-12-25T10:00')).toEqual({ rule: 'Christmas', destination: toExt('110') });
    });

    it('deletes a rule', () => {
      const result = propose(withRule, { kind: 'change-rule', ruleId: '7', change: 'delete' });
      expect(result.after.customRules).toEqual([]);
      expect(planKinds(result)).toEqual(['delete-rule']);
    });

    it('refuses a rule that does not exist', () => {
      expect(refusal(withRule, { kind: 'change-rule', ruleId: '8', change: 'delete' })).toBe('rule-not-found');
    });
  });

  describe('set-ring-mode', () => {
    it('changes how the queue rings and nothing else', () => {
      const result = propose(company(), { kind: 'set-ring-mode', queueId: '2000', ringMode: 'Rotating' });
      expect(result.plan).toEqual([{ kind: 'set-queue-ring-mode', queueId: '2000', ringMode: 'Rotating', memberIds: ['1001', '1002'] }]);
      expect(result.changes.map((change) => change.text.en)).toEqual([
        'Call queue "Support Queue" (ext 200): rings Alice Smith, Bob Jones longest idle instead of all at once',
      ]);
    });

    it('warns that nothing changes when the queue already rings that way', () => {
      const result = propose(company(), { kind: 'set-ring-mode', queueId: '2000', ringMode: 'Simultaneous' });
      expect(result.plan).toEqual([]);
      expect(warningCodes(result)).toEqual(['no-change']);
    });

    it('refuses a queue the account does not have', () => {
      expect(refusal(company(), { kind: 'set-ring-mode', queueId: '9999', ringMode: 'Rotating' })).toBe('queue-not-found');
    });
  });

  describe('warnings', () => {
    it('warns when an earlier unconditional rule already covers the new dates', () => {
      const december = customRule({ id: '7', name: 'December', schedule: onDates(dateRange('2026-12-01T00:00', '2027-01-01T00:00')) });
      const result = propose(company({ customRules: [december] }), christmas);
      expect(warningCodes(result)).toEqual(['shadowed-by-earlier-rule']);
      expect(result.warnings[0]?.text.en).toContain('"December"');
    });

    it('warns when an earlier always-on rule hides a new weekly rule', () => {
      const always = customRule({ id: '7', name: 'Everything' });
      const lunch: CallHandlingRequest = { ...christmas, name: 'Lunch', schedule: { kind: 'weekly', weekly: weekdays(between('12:00', '13:00')) } };
      expect(warningCodes(propose(company({ customRules: [always] }), lunch))).toEqual(['shadowed-by-earlier-rule']);
    });

    it('counts coverage by several ranges of one earlier rule', () => {
      const split = customRule({
        id: '7',
        name: 'Split',
        schedule: onDates(dateRange('2026-12-24T00:00', '2026-12-25T12:00'), dateRange('2026-12-25T12:00', '2026-12-27T00:00')),
      });
      expect(warningCodes(propose(company({ customRules: [split] }), christmas))).toEqual(['shadowed-by-earlier-rule']);
    });

    it('does not call a rule shadowed when the earlier rule only applies to some callers', () => {
      const vip = customRule({ id: '7', name: 'VIP', callers: [{ callerId: '1415555' }] });
      expect(warningCodes(propose(company({ customRules: [vip] }), christmas))).toEqual([]);
    });

    it('warns about an existing rule whose dates overlap the new ones', () => {
      const eve = customRule({ id: '7', name: 'Eve', schedule: onDates(dateRange('2026-12-24T12:00', '2026-12-25T12:00')) });
      const result = propose(company({ customRules: [eve] }), christmas);
      expect(warningCodes(result)).toEqual(['overlaps-rule']);
      expect(result.warnings[0]?.text.en).toBe('Rule "Christmas" overlaps rule "Eve" on Dec 25, 2026 (all day)');
    });

    it('does not warn about a rule whose dates only touch the new ones', () => {
      const eve = customRule({ id: '7', name: 'Eve', schedule: onDates(allDayOn('2026-12-24')) });
      expect(warningCodes(propose(company({ customRules: [eve] }), christmas))).toEqual([]);
    });

    it('names the daylight-saving day a new range contains', () => {
      const request: CallHandlingRequest = { ...christmas, schedule: { kind: 'dates', ranges: [dateRange('2027-03-13T00:00', '2027-03-16T00:00')] } };
      const result = propose(company(), request);
      expect(warningCodes(result)).toEqual(['dst-change-day']);
      expect(result.warnings[0]?.text.en).toContain('Mar 14, 2027');
    });

    it('names the daylight-saving day a closure spans', () => {
      const request: CallHandlingRequest = { kind: 'close', range: dateRange('2026-11-26T10:00', '2027-03-15T09:00') };
      expect(propose(company(), request).warnings.map((warning) => warning.text.en)).toEqual([expect.stringContaining('Mar 14, 2027')]);
    });

    it('warns when a range starts on a daylight-saving day', () => {
      const request: CallHandlingRequest = { ...christmas, schedule: { kind: 'dates', ranges: [dateRange('2027-11-07T09:00', '2027-11-08T09:00')] } };
      expect(propose(company(), request).warnings.map((warning) => warning.text.en)).toEqual([expect.stringContaining('Nov 7, 2027')]);
    });

    it('warns when a range ends on a daylight-saving day', () => {
      const request: CallHandlingRequest = { ...christmas, schedule: { kind: 'dates', ranges: [dateRange('2027-11-06T09:00', '2027-11-07T09:00')] } };
      expect(propose(company(), request).warnings.map((warning) => warning.text.en)).toEqual([expect.stringContaining('Nov 7, 2027')]);
    });

    it('does not warn about a range that ends at the midnight starting a daylight-saving day', () => {
      const request: CallHandlingRequest = { ...christmas, schedule: { kind: 'dates', ranges: [allDayOn('2027-03-13')] } };
      expect(warningCodes(propose(company(), request))).toEqual([]);
    });

    it('warns that nothing changes when the request matches the current state', () => {
      const result = propose(company(), { kind: 'route', rule: 'after-hours', target: toExt('300') });
      expect(result.plan).toEqual([]);
      expect(result.changes).toEqual([]);
      expect(warningCodes(result)).toEqual(['no-change']);
    });
  });
});
