import { expect, it } from 'vitest';
import { planChanges, type CallHandling } from '../../src/callflow/index.ts';
import { fingerprintCallHandling } from '../../src/workflow/index.ts';
import { openRequest } from '../../src/workflow/open-request.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { TEST_NOW, useWorkflowHarness, type WorkflowHarness } from '../support/workflow-harness.ts';

const harness = useWorkflowHarness();

/** A change of three writes: business hours, the after-hours destination, and a new rule. */
async function requestThreeSteps(workflow: ReturnType<WorkflowHarness['workflow']>): Promise<number> {
  const before = await harness.readHandling();
  const holidayMessage = before.extensions.find((extension) => extension.name === 'Holiday Message')!;
  const intended: CallHandling = {
    ...before,
    businessHours: { monday: [{ from: 480, to: 1080 }], tuesday: [{ from: 480, to: 1080 }] },
    afterHoursDestination: { kind: 'extension', extensionId: holidayMessage.id },
    customRules: [
      ...before.customRules,
      { id: 'new-1', name: 'Inventory day', enabled: true, schedule: { kind: 'dates', ranges: [{ from: '2026-12-30T00:00:00.000-05:00', to: '2026-12-31T00:00:00.000-05:00' }] }, callers: [], calledNumbers: [], destination: { kind: 'greeting-then-hang-up' } },
    ],
  };
  const plan = planChanges(before, intended);
  expect(plan.map((operation) => operation.kind)).toEqual(['set-business-hours', 'set-default-destination', 'create-rule']);
  const outcome = await openRequest(workflow.context, {
    commandText: 'three-step change',
    requester: 'alice',
    intent: { kind: 'set-business-hours', businessHours: intended.businessHours },
    plan,
    changes: [],
    warnings: [],
    before,
    fingerprint: fingerprintCallHandling(before),
    intended,
  });
  expect(outcome.code).toBe('pending');
  return outcome.request!.id;
}

describeEachDatabase(
  'applying safely',
  (database) => {
    it('refuses as stale a request whose rule someone changed meanwhile, and re-plans it on request', async () => {
      const { workflow } = harness.workflow(database());
      const id = (await harness.request(workflow, 'alice', 'disable rule VIP callers')).request!.id;
      await harness.editBehindTheBack((handling) => ({
        ...handling,
        customRules: handling.customRules.map((rule) => (rule.name === 'VIP callers' ? { ...rule, name: 'VIP customers' } : rule)),
      }));
      const stateBefore = await harness.emulatorState();

      const outcome = await workflow.approve(id, { id: 'bob' });

      expect(outcome.code).toBe('stale');
      expect(outcome.message.en).toContain('rule "VIP customers"');
      expect(outcome.message.en).toContain(`replan ${id}`);
      expect(await harness.emulatorState()).toEqual(stateBefore);
      expect((await database().stores.requests.get(id))?.status).toBe('stale');
      const again = await workflow.approve(id, { id: 'carol' });
      expect(again.code).toBe('already-decided');
      expect(again.message.en).toContain('is stale');
      const toRequester = await database().stores.outbox.due('2999-01-01T00:00:00Z', 100);
      expect(toRequester.some((message) => message.recipient === 'user:alice' && message.kind === 'request-stale')).toBe(true);

      const replanned = await workflow.replan(id, { id: 'alice' }, await harness.readHandling(), TEST_NOW);
      expect(replanned.code).toBe('pending');
      expect(replanned.request?.replanOf).toBe(id);
      expect((await workflow.approve(replanned.request!.id, { id: 'bob' })).code).toBe('applied');
      const rule = (await harness.readHandling()).customRules.find((candidate) => candidate.name === 'VIP customers');
      expect(rule?.enabled).toBe(false);
    });

    it('applies a request when the edit made meanwhile touches something else, and keeps that edit', async () => {
      const { workflow } = harness.workflow(database());
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      await harness.editBehindTheBack((handling) => ({ ...handling, businessHours: { monday: [{ from: 600, to: 960 }] } }));
      expect((await workflow.approve(id, { id: 'bob' })).code).toBe('applied');
      const handling = await harness.readHandling();
      expect(handling.businessHours).toEqual({ monday: [{ from: 600, to: 960 }] });
      expect(handling.customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(true);
    });

    it('rolls back step 1 when step 2 of 3 fails, and never reports success', async () => {
      const { workflow, context } = harness.workflow(database());
      const id = await requestThreeSteps({ workflow, context });
      const stateBefore = await harness.emulatorState();
      await harness.setFaults([{ method: 'PUT', path: '/after-hours-rule', status: 500, errorCode: 'CMN-101', times: 5 }]);

      const outcome = await workflow.approve(id, { id: 'bob' });

      expect(outcome.code).toBe('failed');
      expect(outcome.message.en).toContain('RingCentral refused step 2 of 3');
      expect(outcome.message.en).toContain('rolled back');
      expect(await harness.emulatorState()).toEqual(stateBefore);
      const stored = await database().stores.requests.get(id);
      expect(stored?.status).toBe('failed');
      expect(stored?.outcome?.operations.map((operation) => operation.result)).toEqual(['done', 'failed', 'skipped']);
      expect(stored?.outcome?.rollback?.map((operation) => `${operation.operation.kind} ${operation.result}`)).toEqual(['set-business-hours done']);
      const entry = (await database().stores.audit.latest(1))[0];
      expect(entry).toMatchObject({ event: 'failed', requestId: id });
      expect(entry?.operations).toHaveLength(4);
    });

    it.each([
      ['route to voicemail on Dec 25', 'POST', '/answering-rule', 'delete-rule'],
      ['hours Mon-Fri 8-6', 'PUT', '/business-hours', 'set-business-hours'],
    ])('takes back "%s" when RingCentral carried it out but the answer was lost', async (text, method, path, undoneBy) => {
      const { workflow } = harness.workflow(database());
      const requested = await harness.request(workflow, 'alice', text);
      const stateBefore = await harness.emulatorState();
      await harness.setFaults([{ method, path, loseAnswer: true }]);

      const outcome = await workflow.approve(requested.request!.id, { id: 'bob' });

      expect(outcome.code).toBe('failed');
      expect(outcome.message.en).toContain('rolled back');
      expect(await harness.emulatorState()).toEqual(stateBefore);
      const stored = await database().stores.requests.get(requested.request!.id);
      expect(stored?.outcome?.rollback?.map((operation) => `${operation.operation.kind} ${operation.result}`)).toEqual([`${undoneBy} done`]);
    });

    it('says nothing changed when a write failed before RingCentral acted', async () => {
      const { workflow } = harness.workflow(database());
      const requested = await harness.request(workflow, 'alice', 'hours Mon-Fri 8-6');
      const stateBefore = await harness.emulatorState();
      await harness.setFaults([{ method: 'PUT', path: '/business-hours', drop: true }]);

      const outcome = await workflow.approve(requested.request!.id, { id: 'bob' });

      expect(outcome).toMatchObject({ code: 'failed', message: { en: expect.stringContaining('nothing changed') } });
      expect(outcome.message.en).not.toContain('rolled back');
      expect(await harness.emulatorState()).toEqual(stateBefore);
    });

    it('says exactly what is live when the rollback fails too', async () => {
      const { workflow, context } = harness.workflow(database());
      const id = await requestThreeSteps({ workflow, context });
      await harness.setFaults([
        { method: 'PUT', path: '/after-hours-rule', status: 500, times: 5 },
        // The first business-hours PUT (step 1) passes; the rollback's one fails.
        { method: 'PUT', path: '/business-hours', skip: 1, status: 503, times: 5 },
      ]);

      const outcome = await workflow.approve(id, { id: 'bob' });

      expect(outcome.code).toBe('failed');
      expect(outcome.message.en).toContain('Rolling back failed too');
      expect(outcome.message.en).toMatch(/Now live, compared with before: Business hours/i);
      expect((await database().stores.requests.get(id))?.status).toBe('failed');
      expect((await harness.readHandling()).businessHours.monday).toEqual([{ from: 480, to: 1080 }]);
    });

    it('fails without sending anything when RingCentral cannot be read before applying', async () => {
      const { workflow } = harness.workflow(database());
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      await harness.setFaults([{ method: 'GET', path: '/answering-rule', status: 503, times: 10 }]);
      const outcome = await workflow.approve(id, { id: 'bob' });
      expect(outcome.code).toBe('failed');
      expect(outcome.message.en).toContain('Nothing changed');
      expect((await database().stores.requests.get(id))?.status).toBe('failed');
    });
  },
  { freshForEachTest: true },
);
