import { expect, it } from 'vitest';
import { saidFromStored } from '../../src/i18n/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { appliedSinceFrom, createScheduler, type Scheduler, type SchedulerDeps } from '../../src/scheduler/index.ts';
import { createJobQueue, createWatchStateStore, type AuditEntry, type Job } from '../../src/store/index.ts';
import { createCapturingLogger } from '../ringcentral/emulator-harness.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { teamPolicy, TEST_NOW, useWorkflowHarness } from '../support/workflow-harness.ts';

const harness = useWorkflowHarness();

describeEachDatabase(
  'drift watch',
  (database) => {
    let current = TEST_NOW.plus({ hours: 1 }).toJSDate();
    const clock = (): Date => current;
    const advance = (ms: number): void => {
      current = new Date(current.getTime() + ms);
    };

    function scheduler(overrides: Partial<SchedulerDeps> = {}): Scheduler {
      const { db, dialect, stores } = database();
      return createScheduler({
        jobs: createJobQueue(db, dialect),
        outbox: stores.outbox,
        audit: stores.audit,
        readCallHandling: harness.readHandling,
        now: clock,
        owner: 'replica-a',
        leaseMs: 30_000,
        logger: silentLogger,
        watchState: createWatchStateStore(db),
        appliedSince: appliedSinceFrom(stores.requests),
        driftIntervalMs: 5 * 60_000,
        ...overrides,
      });
    }

    async function driftJob(): Promise<Job | undefined> {
      return createJobQueue(database().db, database().dialect).find('drift-check');
    }

    async function driftEntries(): Promise<ReadonlyArray<AuditEntry>> {
      return (await database().stores.audit.latest(100)).filter((entry) => entry.event === 'drift');
    }

    async function renameInPortal(from: string, to: string): Promise<void> {
      const state = structuredClone(await harness.emulatorState()) as { answeringRules: Array<{ name?: string }> };
      const rule = state.answeringRules.find((candidate) => candidate.name === from);
      if (rule === undefined) throw new Error(`no rule ${from}`);
      rule.name = to;
      await harness.putEmulatorState(state);
    }

    it('reports a rule changed in RingCentral behind Switchboard’s back exactly once', async () => {
      expect(await scheduler().checkDrift()).toEqual({ outcome: 'first-save' });
      expect(await driftEntries()).toEqual([]);

      await renameInPortal('VIP callers', 'VIP callers (portal)');
      advance(5 * 60_000);
      expect(await scheduler().checkDrift()).toMatchObject({ outcome: 'drift', changes: 1 });
      advance(5 * 60_000);
      expect(await scheduler().checkDrift()).toEqual({ outcome: 'unchanged' });

      const entries = await driftEntries();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        requestId: undefined,
        requestedBy: 'RingCentral',
        approvedBy: [],
        commandText: 'changed in RingCentral, not through Switchboard',
        operations: [],
        summary: 'Changed in RingCentral, not through Switchboard: 1 change.',
      });
      expect(entries[0]!.changes.map((change) => saidFromStored(change.text).en).join('\n')).toContain('VIP callers (portal)');
      const outbox = await database().stores.outbox.due('9999-01-01T00:00:00.000Z', 100);
      expect(outbox.filter((message) => message.kind === 'drift')).toEqual([
        expect.objectContaining({ recipient: 'audit', dedupeKey: `drift:${entries[0]!.seq}` }),
      ]);
      expect((await database().stores.audit.verify()).ok).toBe(true);
    });

    it('reports nothing for a change applied through Switchboard, and re-plans its notices', async () => {
      expect(await scheduler().checkDrift()).toMatchObject({ outcome: expect.stringMatching(/first-save|unchanged/) });
      const before = (await driftEntries()).length;

      advance(60_000);
      const { workflow } = harness.workflow(database(), { clock, policy: teamPolicy({ allowSelfApproval: true }) });
      const requested = await harness.request(workflow, 'bob', 'route to voicemail on Dec 25');
      expect((await workflow.approve(requested.request!.id, { id: 'carol' })).code).toBe('applied');
      advance(5 * 60_000);

      expect(await scheduler().checkDrift()).toEqual({ outcome: 'unchanged' });
      expect(await driftEntries()).toHaveLength(before);
      const jobs = await createJobQueue(database().db, database().dialect).list(['scheduled']);
      expect(jobs.map((job) => job.key)).toEqual(expect.arrayContaining([expect.stringMatching(/^notice:switch-on:.*2026-12-25T00:00:00-05:00$/)]));
    });

    it('reports nothing while RingCentral is down', async () => {
      await scheduler().checkDrift();
      const before = (await driftEntries()).length;
      await renameInPortal('VIP callers', 'VIP callers (down)');
      await harness.setFaults([{ path: '/restapi', status: 503, times: 1000 }]);
      advance(60_000);

      expect(await scheduler().checkDrift()).toEqual({ outcome: 'unavailable' });
      expect(await driftEntries()).toHaveLength(before);

      // Back up: the next poll reports the change, once.
      await harness.setFaults([]);
      advance(60_000);
      expect(await scheduler().checkDrift()).toMatchObject({ outcome: 'drift', changes: 1 });
      expect(await driftEntries()).toHaveLength(before + 1);
    });

    it('waits while a request is being applied: a half-applied change is not drift', async () => {
      await scheduler().checkDrift();
      await renameInPortal('VIP callers', 'VIP callers (mid-apply)');
      advance(60_000);
      expect(await scheduler({ isApplying: async () => true }).checkDrift()).toEqual({ outcome: 'busy' });
      expect(await driftEntries()).toEqual([]);
      // Nothing was saved while busy, so the next look still sees (and reports) the change.
      expect(await scheduler().checkDrift()).toMatchObject({ outcome: 'drift', changes: 1 });
    });

    it('yields to people while little of the rate limit is left, saying so at debug level, and looks again a minute later', async () => {
      const { logger, text } = createCapturingLogger();
      let reads = 0;
      let lightLeft = 12;
      const watch = scheduler({
        readCallHandling: () => {
          reads += 1;
          return harness.readHandling();
        },
        readBudget: () => [
          { group: 'Light', remaining: lightLeft, limit: 50 },
          { group: 'Medium', remaining: 35, limit: 40 },
        ],
        logger,
      });
      expect(await watch.checkDrift()).toEqual({ outcome: 'yielded' });
      await watch.startDriftWatch();
      expect(await watch.runDue()).toBe(1);
      expect(reads).toBe(0);
      expect(await driftJob()).toMatchObject({ status: 'scheduled', runAt: new Date(current.getTime() + 60_000).toISOString() });
      expect(text()).toMatch(/"level":20,.*"budget":\["Light 12 of 50 left"\].*"msg":"drift watch: RingCentral rate limit low; looking later"/);

      // The budget has refilled a window later: the watch reads again.
      lightLeft = 50;
      advance(60_000);
      expect(await watch.runDue()).toBe(1);
      expect(reads).toBe(1);
      expect(await driftJob()).toMatchObject({ runAt: new Date(current.getTime() + 5 * 60_000).toISOString() });
    });

    it('runs as one recurring job: every interval, on one replica of two, backing off while RingCentral is down', async () => {
      const replicaA = scheduler({ owner: 'replica-a' });
      const replicaB = scheduler({ owner: 'replica-b' });
      await Promise.all([replicaA.startDriftWatch(), replicaB.startDriftWatch()]);
      expect(await Promise.all([replicaA.runDue(), replicaB.runDue()])).toEqual(expect.arrayContaining([1, 0]));
      expect(await driftJob()).toMatchObject({ status: 'scheduled', runAt: new Date(current.getTime() + 5 * 60_000).toISOString() });

      await renameInPortal('VIP callers', 'VIP callers (portal)');
      advance(4 * 60_000);
      expect(await Promise.all([replicaA.runDue(), replicaB.runDue()])).toEqual([0, 0]);
      advance(60_000);
      expect((await Promise.all([replicaA.runDue(), replicaB.runDue()])).sort()).toEqual([0, 1]);
      expect(await driftEntries()).toHaveLength(1);

      await harness.setFaults([{ path: '/restapi', status: 503, times: 1000 }]);
      const retries: number[] = [];
      for (let look = 0; look < 5; look += 1) {
        advance(5 * 60_000);
        const before = current.getTime();
        expect(await replicaA.runDue()).toBe(1);
        retries.push((Date.parse((await driftJob())!.runAt) - before) / 1000);
      }
      // The first failing look was due on time; then 30 s, 60 s, 120 s, 240 s, never over the 5-minute interval.
      expect(retries).toEqual([30, 60, 120, 240, 300]);
      expect(await driftEntries()).toHaveLength(1);
      await harness.setFaults([]);
    });
  },
  { freshForEachTest: true },
);
