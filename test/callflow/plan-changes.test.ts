import { describe, expect, it } from 'vitest';
import { applyPlanToModel, planChanges, type CallHandling, type CustomRule } from '../../src/callflow/index.ts';
import {
  MAIN_MENU,
  SUPPORT_QUEUE,
  allDayOn,
  between,
  company,
  customRule,
  greeting,
  greetingThenHangUp,
  onDates,
  openAllHours,
  toExt,
  weekdays,
  weekly,
} from '../fixtures/call-handling.ts';

const a = customRule({ id: 'a', name: 'Christmas', schedule: onDates(allDayOn('2026-12-25')), destination: toExt('300') });
const b = customRule({ id: 'b', name: 'Lunch', schedule: weekly(weekdays(between('12:00', '13:00'))), destination: toExt('200') });
const c = customRule({ id: 'c', name: 'VIP', callers: [{ callerId: '1415555' }], destination: toExt('101') });
const before = company({ customRules: [a, b, c] });

function withRules(...rules: CustomRule[]): CallHandling {
  return company({ customRules: rules });
}

function kinds(after: CallHandling, from: CallHandling = before): ReadonlyArray<string> {
  return planChanges(from, after).map((operation) =>
    operation.kind === 'delete-rule' ? `delete ${operation.ruleId}` : operation.kind === 'create-rule' ? `create ${operation.rule.name}` : operation.kind,
  );
}

describe('planChanges', () => {
  it('plans nothing for equal states', () => {
    expect(planChanges(before, withRules(a, b, c))).toEqual([]);
  });

  it('ignores the extensions, time zone, main number and operator, which are read-only', () => {
    const after = company({
      customRules: [a, b, c],
      timeZone: 'US/Pacific',
      mainNumber: '+12125550100',
      operator: { id: '2000', extensionNumber: '200' },
      extensions: [],
    });
    expect(planChanges(before, after)).toEqual([]);
  });

  it('updates one rule in place when only its destination changes', () => {
    const changed = { ...b, destination: greeting };
    expect(planChanges(before, withRules(a, changed, c))).toEqual([{ kind: 'update-rule', rule: changed }]);
  });

  it('appends a new rule with one create', () => {
    const d = customRule({ id: 'placeholder', name: 'New Year', schedule: onDates(allDayOn('2027-01-01')), destination: toExt('110') });
    const { id: _id, ...content } = d;
    expect(planChanges(before, withRules(a, b, c, d))).toEqual([{ kind: 'create-rule', rule: content }]);
  });

  it('deletes a removed rule with one delete', () => {
    expect(planChanges(before, withRules(a, c))).toEqual([{ kind: 'delete-rule', ruleId: 'b', name: 'Lunch' }]);
  });

  it('sets business hours with one write', () => {
    const hours = weekdays(between('08:00', '18:00'));
    expect(planChanges(before, company({ customRules: [a, b, c], businessHours: hours }))).toEqual([
      { kind: 'set-business-hours', businessHours: hours },
    ]);
  });

  it('sets the business-hours destination with one write', () => {
    expect(planChanges(before, company({ customRules: [a, b, c], businessHoursDestination: toExt('500') }))).toEqual([
      { kind: 'set-default-destination', rule: 'business-hours', destination: toExt('500') },
    ]);
  });

  it('sets the after-hours destination with one write', () => {
    expect(planChanges(before, company({ customRules: [a, b, c], afterHoursDestination: greetingThenHangUp }))).toEqual([
      { kind: 'set-default-destination', rule: 'after-hours', destination: greetingThenHangUp },
    ]);
  });

  it('only sets business hours when going 24/7, since RingCentral drops the after-hours rule', () => {
    expect(planChanges(company(), openAllHours())).toEqual([{ kind: 'set-business-hours', businessHours: {} }]);
  });

  it('only sets business hours when leaving 24/7 for after hours that go to the greeting', () => {
    expect(planChanges(openAllHours(), company({ afterHoursDestination: greeting }))).toEqual([
      { kind: 'set-business-hours', businessHours: company().businessHours },
    ]);
  });

  it('sets business hours before the after-hours destination when leaving 24/7', () => {
    expect(planChanges(openAllHours(), company())).toEqual([
      { kind: 'set-business-hours', businessHours: company().businessHours },
      { kind: 'set-default-destination', rule: 'after-hours', destination: toExt('300') },
    ]);
  });

  it('re-creates only the rule that moved to the end', () => {
    expect(kinds(withRules(a, c, b))).toEqual(['delete b', 'create Lunch']);
  });

  it('re-creates every rule behind the first one out of order', () => {
    // b stays first; a and c must be created after it, in that order.
    expect(kinds(withRules(b, a, c))).toEqual(['delete a', 'delete c', 'create Christmas', 'create VIP']);
  });

  it('re-creates the existing rules that a new rule is put in front of', () => {
    const d = customRule({ id: 'placeholder', name: 'Snow day' });
    expect(kinds(withRules(a, d, b, c))).toEqual(['delete b', 'delete c', 'create Snow day', 'create Lunch', 'create VIP']);
  });

  it('keeps the rules that stay in order while others are removed', () => {
    expect(kinds(withRules(a, c))).toEqual(['delete b']);
  });

  it('deletes before it updates and creates', () => {
    const d = customRule({ id: 'placeholder', name: 'Snow day' });
    expect(kinds(withRules({ ...a, enabled: false }, c, d))).toEqual(['delete b', 'update-rule', 'create Snow day']);
  });

  it('re-creates a moved rule with its new content', () => {
    const moved = { ...b, destination: greeting };
    const plan = planChanges(before, withRules(a, c, moved));
    const { id: _id, ...content } = moved;
    expect(plan).toEqual([
      { kind: 'delete-rule', ruleId: 'b', name: 'Lunch' },
      { kind: 'create-rule', rule: content },
    ]);
  });

  it('sets an IVR menu key list when a key changes', () => {
    const actions = MAIN_MENU.actions.map((action) => (action.input === '0' ? { input: '0', action: 'DoNothing' } : action));
    expect(planChanges(before, company({ customRules: [a, b, c], ivrMenus: [{ ...MAIN_MENU, actions }] }))).toEqual([
      { kind: 'set-ivr-actions', menuId: '5000', actions },
    ]);
  });

  it('does not rewrite an IVR menu whose keys are only listed in another order', () => {
    const reordered = company({ customRules: [a, b, c], ivrMenus: [{ ...MAIN_MENU, actions: [...MAIN_MENU.actions].reverse() }] });
    expect(planChanges(before, reordered)).toEqual([]);
  });

  it('adds and removes queue members with one bulk assignment', () => {
    const after = company({ callQueues: [{ ...SUPPORT_QUEUE, memberIds: ['1001', '1100'] }] });
    expect(planChanges(company(), after)).toEqual([{ kind: 'set-queue-members', queueId: '2000', addedIds: ['1100'], removedIds: ['1002'] }]);
  });

  it('sets a fixed ring order with the whole member list', () => {
    const after = company({ callQueues: [{ ...SUPPORT_QUEUE, ringMode: 'FixedOrder', memberIds: ['1002', '1001'] }] });
    expect(planChanges(company(), after)).toEqual([
      { kind: 'set-queue-ring-mode', queueId: '2000', ringMode: 'FixedOrder', memberIds: ['1002', '1001'] },
    ]);
  });

  it('does not rewrite a queue that rings all at once when only its member order differs', () => {
    const after = company({ callQueues: [{ ...SUPPORT_QUEUE, memberIds: ['1002', '1001'] }] });
    expect(planChanges(company(), after)).toEqual([]);
  });

  it('writes queues before the rule that sends calls to them', () => {
    const after = company({ businessHoursDestination: toExt('200'), callQueues: [{ ...SUPPORT_QUEUE, ringMode: 'Rotating' }] });
    expect(planChanges(company(), after).map((operation) => operation.kind)).toEqual(['set-queue-ring-mode', 'set-default-destination']);
  });
});

describe('applyPlanToModel', () => {
  it('gives created rules the ids new-1, new-2 in creation order', () => {
    const plan = planChanges(before, withRules(b, a, c));
    expect(applyPlanToModel(before, plan).customRules.map((rule) => rule.id)).toEqual(['b', 'new-1', 'new-2']);
  });

  it('skips a new id that is already in use', () => {
    const taken = withRules({ ...a, id: 'new-1' });
    const plan = planChanges(taken, withRules({ ...a, id: 'new-1' }, b));
    expect(applyPlanToModel(taken, plan).customRules.map((rule) => rule.id)).toEqual(['new-1', 'new-2']);
  });

  it('creates the after-hours rule with the company greeting when hours leave 24/7', () => {
    const hours = weekdays(between('09:00', '17:00'));
    expect(applyPlanToModel(openAllHours(), [{ kind: 'set-business-hours', businessHours: hours }]).afterHoursDestination).toEqual(greeting);
  });

  it('drops the after-hours rule when hours go 24/7', () => {
    expect(applyPlanToModel(company(), [{ kind: 'set-business-hours', businessHours: {} }]).afterHoursDestination).toBeUndefined();
  });

  it('keeps the after-hours destination when hours change but stay set', () => {
    const hours = weekdays(between('08:00', '18:00'));
    expect(applyPlanToModel(company(), [{ kind: 'set-business-hours', businessHours: hours }]).afterHoursDestination).toEqual(toExt('300'));
  });

  it('rings newcomers to a queue last, after the members who stay', () => {
    const fixed = company({ callQueues: [{ ...SUPPORT_QUEUE, ringMode: 'FixedOrder', memberIds: ['1002', '1001'] }] });
    const plan = [{ kind: 'set-queue-members', queueId: '2000', addedIds: ['1100'], removedIds: ['1001'] }] as const;
    expect(applyPlanToModel(fixed, plan).callQueues[0]?.memberIds).toEqual(['1002', '1100']);
  });

  it('sets a queue ring mode and order', () => {
    const plan = [{ kind: 'set-queue-ring-mode', queueId: '2000', ringMode: 'FixedOrder', memberIds: ['1002', '1001'] }] as const;
    expect(applyPlanToModel(company(), plan).callQueues).toEqual([{ ...SUPPORT_QUEUE, ringMode: 'FixedOrder', memberIds: ['1002', '1001'] }]);
  });

  it('throws on a plan that names a call queue the account does not have', () => {
    expect(() => applyPlanToModel(company(), [{ kind: 'set-queue-ring-mode', queueId: '9', ringMode: 'Rotating', memberIds: [] }])).toThrow(
      /call queue 9/,
    );
  });

  it('throws on a plan that names a rule the account does not have', () => {
    expect(() => applyPlanToModel(before, [{ kind: 'delete-rule', ruleId: 'zzz', name: 'Gone' }])).toThrow(/custom rule zzz/);
  });

  it('throws on a plan that sets after hours while the company is open 24/7', () => {
    expect(() =>
      applyPlanToModel(openAllHours(), [{ kind: 'set-default-destination', rule: 'after-hours', destination: greeting }]),
    ).toThrow(/24\/7/);
  });
});
