import { expect, it } from 'vitest';
import type { OpenedDatabase } from '../../src/store/index.ts';
import type { WorkflowOutcome } from '../../src/workflow/index.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { teamPolicy, useWorkflowHarness } from '../support/workflow-harness.ts';

const harness = useWorkflowHarness();
const APPROVERS = Array.from({ length: 50 }, (_, index) => `approver-${index + 1}`);
const policy = teamPolicy({ approvers: APPROVERS.map((id) => ({ kind: 'user', id })) });

async function ruleWrites(): Promise<number> {
  return (await harness.requestLog()).filter((entry) => entry.method === 'POST' && entry.path.endsWith('/answering-rule')).length;
}

describeEachDatabase(
  'approving at once',
  (database) => {
    it('applies a change exactly once when 50 approvers on 5 replicas click at the same moment', async () => {
      // Five replicas, each with its own connection (on SQLite one connection serves the process).
      const connections: OpenedDatabase[] =
        database().dialect === 'postgres' ? await Promise.all(Array.from({ length: 5 }, () => database().openAnother())) : [database()];
      const replicas = Array.from({ length: 5 }, (_, index) => harness.workflow(connections[index % connections.length]!, { policy }).workflow);
      const requested = await harness.request(replicas[0]!, 'alice', 'route to voicemail on Dec 25');
      expect(requested.code).toBe('pending');
      const id = requested.request!.id;
      const writesBefore = await ruleWrites();

      const outcomes: WorkflowOutcome[] = await Promise.all(
        APPROVERS.map((approver, index) => replicas[index % replicas.length]!.approve(id, { id: approver })),
      );

      const applied = outcomes.filter((outcome) => outcome.code === 'applied');
      expect(applied).toHaveLength(1);
      expect(new Set(outcomes.map((outcome) => outcome.code))).toEqual(new Set(['applied', 'already-decided']));
      const winner = (await database().stores.requests.approvals(id)).map((approval) => approval.approver);
      expect(winner).toHaveLength(1);
      // Every loser is told who won.
      for (const outcome of outcomes.filter((candidate) => candidate.code === 'already-decided')) {
        expect(outcome.message.en).toContain(`approved by ${winner[0]}`);
      }
      expect((await ruleWrites()) - writesBefore).toBe(1);
      const rules = (await harness.readHandling()).customRules.filter((rule) => rule.name === 'Dec 25, 2026');
      expect(rules).toHaveLength(1);
      const entries = (await database().stores.audit.latest(100)).filter((entry) => entry.requestId === id);
      expect(entries.map((entry) => entry.event)).toEqual(['applied']);
      expect((await database().stores.requests.get(id))?.status).toBe('applied');
    }, 30_000);

    it('counts a double click (or a retried request) once', async () => {
      const { workflow } = harness.workflow(database(), { policy: teamPolicy({ approvalsRequired: 2 }) });
      const requested = await harness.request(workflow, 'alice', 'route to voicemail on Dec 26');
      const id = requested.request!.id;
      const clicks = await Promise.all(Array.from({ length: 10 }, () => workflow.approve(id, { id: 'bob' })));
      expect(clicks.filter((outcome) => outcome.code === 'approval-recorded')).toHaveLength(1);
      expect(clicks.filter((outcome) => outcome.code !== 'approval-recorded').every((outcome) => outcome.code === 'already-approved')).toBe(true);
      expect((await database().stores.requests.get(id))?.status).toBe('pending');
      const second = await workflow.approve(id, { id: 'carol' });
      expect(second.code).toBe('applied');
      expect(await database().stores.audit.verify()).toMatchObject({ ok: true });
    }, 30_000);
  },
  { freshForEachTest: true },
);
