import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { teamPolicy, useWorkflowHarness } from '../support/workflow-harness.ts';

const harness = useWorkflowHarness();
const DAY = 24 * 3_600_000;

describeEachDatabase(
  'deciding on a request',
  (database) => {
    it('refuses self-approval unless the policy allows it, and changes nothing meanwhile', async () => {
      const { workflow } = harness.workflow(database());
      const requested = await harness.request(workflow, 'bob', 'route to voicemail on Dec 25');
      const id = requested.request!.id;
      const refused = await workflow.approve(id, { id: 'BOB' });
      expect(refused.code).toBe('self-approval');
      expect(refused.message.en).toContain('someone else has to approve it');
      expect((await database().stores.requests.get(id))?.status).toBe('pending');
      expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(false);

      const lenient = harness.workflow(database(), { policy: teamPolicy({ allowSelfApproval: true }) }).workflow;
      expect((await lenient.approve(id, { id: 'bob' })).code).toBe('applied');
      expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(true);
    });

    it('lets only approvers approve, and only requesters request; unknown users read nothing', async () => {
      const { workflow } = harness.workflow(database());
      expect((await harness.request(workflow, 'mallory', 'route to voicemail on Dec 25')).code).toBe('not-allowed');
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      const outcome = await workflow.approve(id, { id: 'mallory' });
      expect(outcome.code).toBe('not-allowed');
      expect(outcome.message.en).toContain('SWITCHBOARD_APPROVERS');
      expect((await workflow.pending({ id: 'mallory' })).ok).toBe(false);
      expect((await workflow.history({ id: 'mallory' }, 5)).ok).toBe(false);
      expect((await workflow.checkReader({ id: 'alice' })).ok).toBe(true);
    });

    it('tells a late approver that the request was rejected, and by whom', async () => {
      const { workflow } = harness.workflow(database());
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      const rejected = await workflow.reject(id, { id: 'carol' }, 'too risky before the holidays');
      expect(rejected.code).toBe('rejected');
      const late = await workflow.approve(id, { id: 'bob' });
      expect(late.code).toBe('already-decided');
      expect(late.message.en).toMatch(/rejected by carol .*too risky before the holidays/);
      expect((await database().stores.audit.latest(1))[0]).toMatchObject({ event: 'rejected', requestId: id, requestedBy: 'alice' });
    });

    it('expires a request past its time: approving it then changes nothing', async () => {
      let now = new Date('2026-11-25T17:00:00Z');
      const { workflow } = harness.workflow(database(), { clock: () => now });
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      now = new Date(now.getTime() + DAY + 1);
      const outcome = await workflow.approve(id, { id: 'bob' });
      expect(outcome.code).toBe('expired');
      expect((await database().stores.requests.get(id))?.status).toBe('expired');
      expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(false);
      expect((await workflow.approve(id, { id: 'carol' })).code).toBe('already-decided');
    });

    it('answers an unknown request id with how to find the right one', async () => {
      const { workflow } = harness.workflow(database());
      const outcome = await workflow.approve(424242, { id: 'bob' });
      expect(outcome).toMatchObject({ code: 'not-found' });
      expect(outcome.message.en).toContain('"requests" lists the pending ones');
    });

    it('lets only the requester cancel, and queues messages for approvers and the audit channel', async () => {
      const { workflow } = harness.workflow(database());
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      expect((await workflow.cancel(id, { id: 'bob' })).code).toBe('not-allowed');
      expect((await workflow.cancel(id, { id: 'alice' })).code).toBe('cancelled');
      const messages = await database().stores.outbox.due('2999-01-01T00:00:00Z', 100);
      const kinds = messages.filter((message) => (message.payload as { requestId?: number }).requestId === id).map((message) => `${message.recipient} ${message.kind}`);
      expect(kinds).toEqual(['approvals request-pending', 'audit request-cancelled']);
    });

    it('applies at once what the policy lets through without approval, still audited', async () => {
      const { workflow } = harness.workflow(database(), { policy: teamPolicy({ noApprovalFor: ['add-rule'] }) });
      const outcome = await harness.request(workflow, 'alice', 'route to voicemail on Dec 25');
      expect(outcome.code).toBe('applied');
      expect(outcome.request?.decidedBy).toBe('policy');
      expect((await database().stores.audit.latest(1))[0]).toMatchObject({ event: 'applied', requestId: outcome.request!.id });
    });
  },
  { freshForEachTest: true },
);
