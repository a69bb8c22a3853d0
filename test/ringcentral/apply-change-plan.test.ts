import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyPlanToModel, type CallHandling, type ChangePlan, type CustomRule } from '../../src/callflow/index.ts';
import { createDemoState, type RunningEmulator } from '../../src/emulator/index.ts';
import type { RingCentralGateway } from '../../src/ringcentral/index.ts';
import { clearRequests, createTestGateway, describeRequests, emulatorRequests, isTokenRequest, putState, startTestEmulator } from './emulator-harness.ts';

const SUPPORT_QUEUE = '62000000200';
const VOICEMAIL = '62000000300';
const ANNOUNCEMENT = '62000000400';
const ALICE = '62000000101';
const BOB = '62000000102';
const CHLOE = '62000000103';
const SALES_QUEUE = '62000000201';
const VIP_RULE = '33000000001';

/** What RingCentral should hold after the plan: the model's own prediction, with RingCentral's new rule ids. */
function expectedAfter(before: CallHandling, plan: ChangePlan, createdRuleIds: ReadonlyArray<string>): CallHandling {
  const predicted = applyPlanToModel(before, plan);
  return {
    ...predicted,
    customRules: predicted.customRules.map((rule): CustomRule => {
      const match = /^new-(\d+)$/.exec(rule.id);
      return match ? { ...rule, id: createdRuleIds[Number(match[1]) - 1]! } : rule;
    }),
  };
}

describe('applyPlan', () => {
  let emulator: RunningEmulator;
  let gateway: RingCentralGateway;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });
  beforeEach(async () => {
    await putState(emulator, createDemoState());
    gateway = createTestGateway(emulator);
  });
  afterEach(async () => {
    await gateway.close();
  });

  it('applies every kind of operation, one request each, and reads back the expected model', async () => {
    const before = await gateway.readCallHandling();
    const plan: ChangePlan = [
      {
        kind: 'set-business-hours',
        businessHours: {
          monday: [{ from: 480, to: 720 }, { from: 780, to: 1080 }],
          friday: [{ from: 480, to: 1440 }],
          saturday: [{ from: 600, to: 840 }],
        },
      },
      { kind: 'set-default-destination', rule: 'business-hours', destination: { kind: 'extension', extensionId: SUPPORT_QUEUE } },
      { kind: 'set-default-destination', rule: 'after-hours', destination: { kind: 'greeting-then-hang-up' } },
      {
        kind: 'create-rule',
        rule: {
          name: 'Christmas',
          enabled: true,
          // Company-local midnight to midnight across the December offset (-05:00).
          schedule: { kind: 'dates', ranges: [{ from: '2026-12-25T05:00:00.000Z', to: '2026-12-26T05:00:00.000Z' }] },
          callers: [],
          calledNumbers: [],
          destination: { kind: 'extension', extensionId: ANNOUNCEMENT },
        },
      },
      {
        kind: 'create-rule',
        rule: {
          name: 'Lunch',
          enabled: true,
          schedule: { kind: 'weekly', weekly: { monday: [{ from: 720, to: 780 }], tuesday: [{ from: 720, to: 780 }] } },
          callers: [],
          calledNumbers: ['+16505550100'],
          destination: { kind: 'extension', extensionId: VOICEMAIL },
        },
      },
      {
        kind: 'update-rule',
        rule: {
          id: VIP_RULE,
          name: 'VIP callers',
          enabled: true,
          schedule: { kind: 'always' },
          callers: [{ callerId: '14155550100', name: 'Big Customer' }, { callerId: '1212' }],
          calledNumbers: [],
          destination: { kind: 'greeting' },
        },
      },
      {
        kind: 'set-ivr-actions',
        menuId: '62000000600',
        actions: [
          { input: '1', action: 'Connect', extensionId: SUPPORT_QUEUE },
          { input: '0', action: 'Connect', extensionId: ALICE },
          { input: '9', action: 'Transfer', phoneNumber: '+16505550199' },
          { input: 'Star', action: 'Repeat' },
        ],
      },
    ];
    await clearRequests(emulator);
    const result = await gateway.applyPlan(plan);
    expect(result).toEqual({ ok: true, createdRuleIds: [expect.any(String), expect.any(String)] });
    if (!result.ok) return;
    expect(describeRequests((await emulatorRequests(emulator)).filter((request) => !isTokenRequest(request)))).toEqual([
      'PUT /restapi/v1.0/account/~/business-hours',
      'PUT /restapi/v1.0/account/~/answering-rule/business-hours-rule',
      'PUT /restapi/v1.0/account/~/answering-rule/after-hours-rule',
      'POST /restapi/v1.0/account/~/answering-rule',
      'POST /restapi/v1.0/account/~/answering-rule',
      `PUT /restapi/v1.0/account/~/answering-rule/${VIP_RULE}`,
      'PUT /restapi/v1.0/account/~/ivr-menus/62000000600',
    ]);
    expect(await gateway.readCallHandling()).toEqual(expectedAfter(before, plan, result.createdRuleIds));
  });

  it('sets a queue to ring in a fixed order, one PUT of its own business-hours rule', async () => {
    const before = await gateway.readCallHandling();
    const plan: ChangePlan = [{ kind: 'set-queue-ring-mode', queueId: SUPPORT_QUEUE, ringMode: 'FixedOrder', memberIds: [BOB, ALICE] }];
    await clearRequests(emulator);
    expect(await gateway.applyPlan(plan)).toEqual({ ok: true, createdRuleIds: [] });
    expect(describeRequests((await emulatorRequests(emulator)).filter((request) => !isTokenRequest(request)))).toEqual([
      `PUT /restapi/v1.0/account/~/extension/${SUPPORT_QUEUE}/answering-rule/business-hours-rule`,
    ]);
    const after = await gateway.readCallHandling();
    expect(after).toEqual(expectedAfter(before, plan, []));
    expect(after.callQueues.find((queue) => queue.id === SUPPORT_QUEUE)).toMatchObject({ ringMode: 'FixedOrder', memberIds: [BOB, ALICE] });
  });

  it('sets a queue to ring the longest idle member', async () => {
    const before = await gateway.readCallHandling();
    const plan: ChangePlan = [{ kind: 'set-queue-ring-mode', queueId: SALES_QUEUE, ringMode: 'Rotating', memberIds: [CHLOE] }];
    expect(await gateway.applyPlan(plan)).toEqual({ ok: true, createdRuleIds: [] });
    expect(await gateway.readCallHandling()).toEqual(expectedAfter(before, plan, []));
  });

  it('changes queue members with one bulk assignment; newcomers ring last in a fixed order', async () => {
    const before = await gateway.readCallHandling();
    const plan: ChangePlan = [{ kind: 'set-queue-members', queueId: SALES_QUEUE, addedIds: [ALICE, BOB], removedIds: [] }];
    await clearRequests(emulator);
    expect(await gateway.applyPlan(plan)).toEqual({ ok: true, createdRuleIds: [] });
    expect(describeRequests((await emulatorRequests(emulator)).filter((request) => !isTokenRequest(request)))).toEqual([
      `POST /restapi/v1.0/account/~/call-queues/${SALES_QUEUE}/bulk-assign`,
    ]);
    const after = await gateway.readCallHandling();
    expect(after).toEqual(expectedAfter(before, plan, []));
    expect(after.callQueues.find((queue) => queue.id === SALES_QUEUE)?.memberIds).toEqual([CHLOE, ALICE, BOB]);
  });

  it('deletes a custom rule', async () => {
    const before = await gateway.readCallHandling();
    const plan: ChangePlan = [{ kind: 'delete-rule', ruleId: VIP_RULE, name: 'VIP callers' }];
    expect(await gateway.applyPlan(plan)).toEqual({ ok: true, createdRuleIds: [] });
    const after = await gateway.readCallHandling();
    expect(after).toEqual(expectedAfter(before, plan, []));
    expect(after.customRules).toEqual([]);
  });

  it('goes 24/7, which removes the after-hours rule, and back, which recreates it with the greeting', async () => {
    const before = await gateway.readCallHandling();
    const toAllWeek: ChangePlan = [{ kind: 'set-business-hours', businessHours: {} }];
    expect((await gateway.applyPlan(toAllWeek)).ok).toBe(true);
    const allWeek = await gateway.readCallHandling();
    expect(allWeek).toEqual(expectedAfter(before, toAllWeek, []));
    expect(allWeek.afterHoursDestination).toBeUndefined();

    const back: ChangePlan = [{ kind: 'set-business-hours', businessHours: { wednesday: [{ from: 0, to: 1440 }] } }];
    expect((await gateway.applyPlan(back)).ok).toBe(true);
    const after = await gateway.readCallHandling();
    expect(after).toEqual(expectedAfter(allWeek, back, []));
    expect(after.afterHoursDestination).toEqual({ kind: 'greeting' });
  });

  it('stops at the first failure and reports what was applied before it, without rolling back', async () => {
    await gateway.readCallHandling();
    const create: ChangePlan[number] = {
      kind: 'create-rule',
      rule: {
        name: 'Callers from 212',
        enabled: true,
        schedule: { kind: 'after-hours' },
        callers: [{ callerId: '1212' }],
        calledNumbers: [],
        destination: { kind: 'greeting-then-hang-up' },
      },
    };
    const failing: ChangePlan[number] = { kind: 'set-default-destination', rule: 'after-hours', destination: { kind: 'extension', extensionId: '999' } };
    const never: ChangePlan[number] = { kind: 'delete-rule', ruleId: VIP_RULE, name: 'VIP callers' };
    await clearRequests(emulator);
    const result = await gateway.applyPlan([create, failing, never]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.done).toEqual([create]);
    expect(result.createdRuleIds).toHaveLength(1);
    expect(result.failed.operation).toEqual(failing);
    expect(result.failed.error).toMatchObject({ code: 'invalid-request', status: 400, rcErrorCode: 'CMN-102' });
    expect(describeRequests((await emulatorRequests(emulator)).filter((request) => !isTokenRequest(request)))).toEqual([
      'POST /restapi/v1.0/account/~/answering-rule',
      'PUT /restapi/v1.0/account/~/answering-rule/after-hours-rule',
    ]);
    const after = await gateway.readCallHandling();
    expect(after.customRules.map((rule) => rule.id)).toEqual([VIP_RULE, result.createdRuleIds[0]]);
  });
});
