import { expect, it } from 'vitest';
import { isClosureRule } from '../../src/callflow/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { createScheduler, type Scheduler } from '../../src/scheduler/index.ts';
import { createJobQueue, type Job } from '../../src/store/index.ts';
import type { ChangeWorkflow } from '../../src/workflow/index.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { teamPolicy, TEST_NOW, useWorkflowHarness } from '../support/workflow-harness.ts';

const harness = useWorkflowHarness();

describeEachDatabase(
  'the automatic end of a closure',
  (database) => {
    let current = TEST_NOW.toJSDate();
    const clock = (): Date => current;
    const setClock = (iso: string): void => {
      current = new Date(iso);
    };

    /** A workflow whose applied changes re-plan the scheduler's jobs, as in the running bot. */
    function setUp(): { workflow: ChangeWorkflow; scheduler: Scheduler } {
      const { db, dialect, stores } = database();
      // `close` needs no approval here; the end of a closure never does.
      const { workflow } = harness.workflow(database(), {
        policy: teamPolicy({ noApprovalFor: ['close', 'open'] }),
        clock,
        onApplied: (handling) => scheduler.syncJobs(handling),
      });
      const scheduler = createScheduler({
        jobs: createJobQueue(db, dialect),
        outbox: stores.outbox,
        audit: stores.audit,
        readCallHandling: harness.readHandling,
        now: clock,
        owner: 'replica-a',
        leaseMs: 60_000,
        logger: silentLogger,
        endClosure: (command) => workflow.endClosure(command),
        closureRuleIds: () => workflow.closureRuleIds(),
      });
      return { workflow, scheduler };
    }

    async function closureRules(): Promise<ReadonlyArray<string>> {
      return (await harness.readHandling()).customRules.filter(isClosureRule).map((rule) => rule.name);
    }

    async function closureJobs(): Promise<ReadonlyArray<Job>> {
      const { db, dialect } = database();
      return (await createJobQueue(db, dialect).list(['scheduled'])).filter((job) => job.kind === 'closure-end');
    }

    it('removes the spent closure rule at its end, applied and audited without asking the approvers', async () => {
      setClock(TEST_NOW.toISO()!);
      const { workflow, scheduler } = setUp();
      expect((await harness.request(workflow, 'alice', 'close until 17:00')).code).toBe('applied');
      expect(await closureRules()).toEqual(['Closed until Nov 25, 17:00']);
      expect((await closureJobs()).map((job) => job.runAt)).toEqual(['2026-11-25T22:00:00.000Z']);

      setClock('2026-11-25T16:59:00-05:00');
      await scheduler.runDue();
      expect(await closureRules()).toEqual(['Closed until Nov 25, 17:00']);

      setClock('2026-11-25T17:00:20-05:00');
      await scheduler.runDue();
      expect(await closureRules()).toEqual([]);
      const [ended] = await database().stores.requests.list({ statuses: ['applied'], limit: 1 });
      expect(ended).toMatchObject({
        requester: 'Switchboard',
        decidedBy: 'the closure',
        commandText: 'open (the automatic end of "Closed until Nov 25, 17:00")',
      });
      const [entry] = await database().stores.audit.latest(1);
      expect(entry).toMatchObject({ event: 'applied', requestId: ended!.id, requestedBy: 'Switchboard' });
      // Ending it changed the rules, so the jobs were re-planned: nothing is left to end.
      expect(await closureJobs()).toEqual([]);
    });

    it('ends nothing when the closure was opened by hand before its end', async () => {
      setClock(TEST_NOW.toISO()!);
      const { workflow, scheduler } = setUp();
      await harness.request(workflow, 'alice', 'close until 17:00');
      expect(await closureJobs()).toHaveLength(1);
      expect((await harness.request(workflow, 'alice', 'open')).code).toBe('applied');
      expect(await closureJobs()).toEqual([]);

      setClock('2026-11-25T17:01:00-05:00');
      const appliedBefore = (await database().stores.requests.list({ statuses: ['applied'], limit: 100 })).length;
      expect(await scheduler.runDue()).toBe(0);
      expect(await database().stores.requests.list({ statuses: ['applied'], limit: 100 })).toHaveLength(appliedBefore);
    });

    /**
     * Puts a closure-named rule into RingCentral as a person would in the admin portal, ending at
     * 16:00 (before Switchboard's 17:00), so its end falls inside the test.
     */
    async function addHandMadeClosure(): Promise<void> {
      const state = structuredClone(await harness.emulatorState()) as { answeringRules: Array<Record<string, unknown>> };
      state.answeringRules.unshift({
        id: '990001',
        type: 'Custom',
        enabled: true,
        name: 'Closed until Nov 25, 16:00',
        schedule: { ranges: [{ from: '2026-11-25T11:00:00-05:00', to: '2026-11-25T16:00:00-05:00' }] },
        callHandlingAction: 'Disconnect',
      });
      await harness.putEmulatorState(state);
    }

    it('leaves a rule named "Closed until …" by hand at its end and after, and ends only its own closure', async () => {
      setClock(TEST_NOW.toISO()!);
      const { workflow, scheduler } = setUp();
      await addHandMadeClosure();
      expect((await harness.request(workflow, 'alice', 'close until 17:00')).code).toBe('applied');
      expect(await closureRules()).toEqual(['Closed until Nov 25, 16:00', 'Closed until Nov 25, 17:00']);
      // One closure-end job, for Switchboard's own rule; none for the hand-made one.
      expect((await closureJobs()).map((job) => job.runAt)).toEqual(['2026-11-25T22:00:00.000Z']);

      // Past the hand-made rule's end (only its switch notice runs).
      setClock('2026-11-25T16:30:00-05:00');
      await scheduler.runDue();
      expect(await closureRules()).toEqual(['Closed until Nov 25, 16:00', 'Closed until Nov 25, 17:00']);

      setClock('2026-11-25T17:00:20-05:00');
      await scheduler.runDue();
      expect(await closureRules()).toEqual(['Closed until Nov 25, 16:00']);
      const [ended] = await database().stores.requests.list({ statuses: ['applied'], limit: 1 });
      expect(ended?.plan).toEqual([{ kind: 'delete-rule', ruleId: expect.any(String), name: 'Closed until Nov 25, 17:00' }]);
      expect(await closureJobs()).toEqual([]);
    });

    it('opens by deleting only its own closure, not a rule named "Closed until …" by hand', async () => {
      setClock(TEST_NOW.toISO()!);
      const { workflow } = setUp();
      await addHandMadeClosure();
      await harness.request(workflow, 'alice', 'close until 17:00');
      const handling = await harness.readHandling();
      const preview = await workflow.draftChange({ text: 'open', intent: { kind: 'open' }, author: { id: 'alice' }, handling, at: TEST_NOW });
      expect(preview.ok && preview.plan).toEqual([{ kind: 'delete-rule', ruleId: expect.any(String), name: 'Closed until Nov 25, 17:00' }]);
      const opened = await harness.request(workflow, 'alice', 'open');
      expect(opened.code).toBe('applied');
      expect(opened.request?.plan).toEqual(preview.ok ? preview.plan : undefined);
      expect(await closureRules()).toEqual(['Closed until Nov 25, 16:00']);
      // With only the hand-made rule left, `open` has nothing to do.
      expect((await harness.request(workflow, 'alice', 'open')).code).toBe('no-change');
      expect(await closureRules()).toEqual(['Closed until Nov 25, 16:00']);
    });

    it('does not replace a rule named "Closed until …" by hand when closing', async () => {
      setClock(TEST_NOW.toISO()!);
      const { workflow } = setUp();
      await addHandMadeClosure();
      expect((await harness.request(workflow, 'alice', 'close until 17:00')).code).toBe('applied');
      expect((await harness.request(workflow, 'alice', 'close until 19:00')).code).toBe('applied');
      expect(await closureRules()).toEqual(['Closed until Nov 25, 16:00', 'Closed until Nov 25, 19:00']);
    });

    it('undoes a close by removing its rule, and leaves a rule named "Closed until …" by hand', async () => {
      setClock(TEST_NOW.toISO()!);
      const { workflow } = setUp();
      await addHandMadeClosure();
      const closed = await harness.request(workflow, 'alice', 'close until 17:00');
      const undone = await workflow.undo(closed.request!.id, { id: 'alice' }, await harness.readHandling());
      expect((await workflow.approve(undone.request!.id, { id: 'bob' })).code).toBe('applied');
      expect(await closureRules()).toEqual(['Closed until Nov 25, 16:00']);
      expect(await closureJobs()).toEqual([]);
    });

    it('ends a closure brought back by undoing its end, under the new id RingCentral gave it', async () => {
      setClock(TEST_NOW.toISO()!);
      const { workflow, scheduler } = setUp();
      await harness.request(workflow, 'alice', 'close until 17:00');
      const opened = await harness.request(workflow, 'alice', 'open');
      expect(await closureRules()).toEqual([]);
      const undone = await workflow.undo(opened.request!.id, { id: 'alice' }, await harness.readHandling());
      expect(undone.code).toBe('pending');
      expect((await workflow.approve(undone.request!.id, { id: 'bob' })).code).toBe('applied');
      expect(await closureRules()).toEqual(['Closed until Nov 25, 17:00']);
      expect((await closureJobs()).map((job) => job.runAt)).toEqual(['2026-11-25T22:00:00.000Z']);

      setClock('2026-11-25T17:00:20-05:00');
      await scheduler.runDue();
      expect(await closureRules()).toEqual([]);
    });

    it('keeps a closure extended before its first end until the new end', async () => {
      setClock(TEST_NOW.toISO()!);
      const { workflow, scheduler } = setUp();
      await harness.request(workflow, 'alice', 'close until 17:00');
      await harness.request(workflow, 'alice', 'close until 19:00');
      expect((await closureJobs()).map((job) => job.runAt)).toEqual(['2026-11-26T00:00:00.000Z']);

      setClock('2026-11-25T17:01:00-05:00');
      await scheduler.runDue();
      expect(await closureRules()).toEqual(['Closed until Nov 25, 19:00']);
      setClock('2026-11-25T19:00:30-05:00');
      await scheduler.runDue();
      expect(await closureRules()).toEqual([]);
    });
  },
  { freshForEachTest: true },
);
