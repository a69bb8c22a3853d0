import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { createJobQueue, type Job, type JobQueue, type PlannedJob } from '../../src/store/index.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';

const T0 = '2025-12-24T05:00:00.000Z';
const LEASE_MS = 30_000;

/** An ISO instant `ms` after T0. */
function after(ms: number): string {
  return new Date(Date.parse(T0) + ms).toISOString();
}

function planned(key: string, runAt = T0, payload: unknown = { key }): PlannedJob {
  return { key, kind: key.split(':')[0] ?? key, payload, runAt };
}

/** `count` jobs due at T0, with distinct run_at so the claim order is known. */
function dueJobs(count: number): PlannedJob[] {
  return Array.from({ length: count }, (_, index) => planned(`switch-on:rule-${index}:${T0}`, after(-count + index)));
}

describeEachDatabase(
  'job queue',
  (database) => {
    function queue(): JobQueue {
      return createJobQueue(database().db, database().dialect);
    }

    /**
     * Two replicas: on PostgreSQL, two queues over two independent connections (as two processes
     * would have); on SQLite, which is single-process, two queues over the one connection.
     */
    async function twoReplicas(): Promise<[JobQueue, JobQueue]> {
      const { dialect } = database();
      if (dialect === 'sqlite') return [queue(), queue()];
      const other = await database().openAnother();
      return [queue(), createJobQueue(other.db, other.dialect)];
    }

    it('stores a planned job once however often it is planned, with the latest run_at and payload', async () => {
      await queue().upsert([planned('reminder:xmas:2025', T0, { v: 1 })]);
      await queue().upsert([planned('reminder:xmas:2025', after(60_000), { v: 2 })]);

      expect(await queue().list()).toEqual([
        { id: expect.any(Number), key: 'reminder:xmas:2025', kind: 'reminder', payload: { v: 2 }, runAt: after(60_000), status: 'scheduled', attempts: 0 },
      ]);
    });

    it('does not re-run a done job nor touch a running one when it is planned again', async () => {
      await queue().upsert([planned('switch-on:a', T0), planned('switch-on:b', after(1))]);
      const [first] = await queue().claimDue(T0, 'replica-a', LEASE_MS, 1);
      expect(await queue().complete(first!.id, 'replica-a', T0)).toBe(true);
      await queue().claimDue(after(1), 'replica-a', LEASE_MS, 1);

      await queue().upsert([planned('switch-on:a', after(5_000), { again: true }), planned('switch-on:b', after(5_000), { again: true })]);

      expect(await queue().find('switch-on:a')).toMatchObject({ status: 'done', runAt: T0, payload: { key: 'switch-on:a' } });
      expect(await queue().find('switch-on:b')).toMatchObject({ status: 'running', runAt: after(1), payload: { key: 'switch-on:b' } });
      expect(await queue().claimDue(after(10_000), 'replica-a', LEASE_MS, 10)).toEqual([]);
    });

    it('normalizes instants so a run_at without milliseconds compares correctly', async () => {
      await queue().upsert([planned('reminder:a', '2025-12-24T05:00:00Z')]);

      expect(await queue().claimDue('2025-12-24T04:59:59.999Z', 'replica-a', LEASE_MS, 10)).toEqual([]);
      expect(await queue().claimDue('2025-12-24T05:00:00.000Z', 'replica-a', LEASE_MS, 10)).toHaveLength(1);
    });

    it('drops the scheduled jobs of the given kinds that are no longer planned, and schedules a dropped key planned again', async () => {
      await queue().upsert([
        planned('switch-on:kept', after(60_000)),
        planned('switch-on:deleted', after(60_000)),
        planned('switch-off:deleted', after(60_000)),
        planned('reminder:other-kind', after(60_000)),
      ]);

      expect(await queue().dropMissing('switch-', ['switch-on:kept'])).toBe(2);
      expect(await queue().dropMissing(['reminder'], [])).toBe(1);
      expect(await queue().dropMissing('switch-', ['switch-on:kept'])).toBe(0);

      const statuses = Object.fromEntries((await queue().list()).map((job) => [job.key, job.status]));
      expect(statuses).toEqual({ 'switch-on:kept': 'scheduled', 'switch-on:deleted': 'dropped', 'switch-off:deleted': 'dropped', 'reminder:other-kind': 'dropped' });
      expect(await queue().claimDue(after(120_000), 'replica-a', LEASE_MS, 10)).toEqual([expect.objectContaining({ key: 'switch-on:kept' })]);

      await queue().upsert([planned('reminder:other-kind', after(90_000))]);
      expect(await queue().find('reminder:other-kind')).toMatchObject({ status: 'scheduled', runAt: after(90_000) });
    });

    it('claims due jobs oldest first, up to the limit, and leaves jobs not yet due', async () => {
      await queue().upsert([planned('c', after(-1_000)), planned('not-due', after(1)), planned('a', after(-3_000)), planned('b', after(-2_000))]);

      const first = await queue().claimDue(T0, 'replica-a', LEASE_MS, 2);
      const second = await queue().claimDue(T0, 'replica-a', LEASE_MS, 2);

      expect(first.map((job) => job.key)).toEqual(['a', 'b']);
      expect(first[0]).toMatchObject({ status: 'running', attempts: 1, leaseOwner: 'replica-a', leaseUntil: after(LEASE_MS) });
      expect(second.map((job) => job.key)).toEqual(['c']);
      expect(await queue().countDue(T0)).toBe(0);
      expect(await queue().find('not-due')).toMatchObject({ status: 'scheduled', attempts: 0 });
    });

    it('puts a failed job back with its error and claims it again at the retry time', async () => {
      await queue().upsert([planned('reminder:a')]);
      const [job] = await queue().claimDue(T0, 'replica-a', LEASE_MS, 1);

      expect(await queue().fail(job!.id, 'replica-b', 'not mine', after(1_000))).toBe(false);
      expect(await queue().fail(job!.id, 'replica-a', 'Slack is down', after(60_000))).toBe(true);

      expect(await queue().claimDue(after(59_999), 'replica-a', LEASE_MS, 1)).toEqual([]);
      expect(await queue().claimDue(after(60_000), 'replica-a', LEASE_MS, 1)).toEqual([
        expect.objectContaining({ key: 'reminder:a', attempts: 2, lastError: 'Slack is down' }),
      ]);
    });

    it('gives a job whose lease ended to another replica, and refuses the first owner’s late completion', async () => {
      await queue().upsert([planned('switch-on:a')]);
      const [job] = await queue().claimDue(T0, 'replica-a', LEASE_MS, 1);

      expect(await queue().claimDue(after(LEASE_MS), 'replica-b', LEASE_MS, 1)).toEqual([]);
      const [takenOver] = await queue().claimDue(after(LEASE_MS + 1), 'replica-b', LEASE_MS, 1);

      expect(takenOver).toMatchObject({ id: job!.id, attempts: 2, leaseOwner: 'replica-b' });
      expect(await queue().complete(job!.id, 'replica-a', after(LEASE_MS + 2))).toBe(false);
      expect(await queue().complete(job!.id, 'replica-b', after(LEASE_MS + 2))).toBe(true);
      expect(await queue().find('switch-on:a')).toMatchObject({ status: 'done', doneAt: after(LEASE_MS + 2), leaseOwner: 'replica-b' });
    });

    it('hands the jobs a replica still holds to another at once when it releases them, and only its own', async () => {
      const [a, b] = await twoReplicas();
      await a.upsert(dueJobs(4));
      const [started, ...notStarted] = await a.claimDue(T0, 'replica-a', LEASE_MS, 3);
      expect(await a.complete(started!.id, 'replica-a', T0)).toBe(true);
      const heldByB = await b.claimDue(T0, 'replica-b', LEASE_MS, 1);

      expect(await a.releaseHeld('replica-a')).toBe(2);

      // Long before A's lease ends, B takes over the two A claimed and never ran, at their own run_at.
      const takenOver = await b.claimDue(after(1), 'replica-b', LEASE_MS, 10);
      expect(takenOver.map((job) => job.id).sort((x, y) => x - y)).toEqual(notStarted.map((job) => job.id).sort((x, y) => x - y));
      expect(takenOver.map((job) => job.runAt)).toEqual(notStarted.map((job) => job.runAt));
      expect(await a.find(started!.key)).toMatchObject({ status: 'done', leaseOwner: 'replica-a' });
      expect(await a.find(heldByB[0]!.key)).toMatchObject({ status: 'running', leaseOwner: 'replica-b' });
      expect(await a.releaseHeld('replica-a')).toBe(0);
    });

    it('runs each of 200 due jobs exactly once with two replicas claiming at the same time', async () => {
      const [a, b] = await twoReplicas();
      await a.upsert(dueJobs(200));
      const ran: number[] = [];
      const ranBy = { 'replica-a': 0, 'replica-b': 0 };

      async function replica(jobs: JobQueue, owner: 'replica-a' | 'replica-b'): Promise<void> {
        for (;;) {
          const claimed = await jobs.claimDue(T0, owner, LEASE_MS, 10);
          if (claimed.length === 0) return;
          for (const job of claimed) {
            ran.push(job.id);
            ranBy[owner] += 1;
            await sleep(1);
            expect(await jobs.complete(job.id, owner, T0)).toBe(true);
          }
        }
      }
      await Promise.all([replica(a, 'replica-a'), replica(b, 'replica-b')]);

      const all = await a.list();
      expect(ran).toHaveLength(200);
      expect(new Set(ran).size).toBe(200);
      expect(new Set(ran)).toEqual(new Set(all.map((job) => job.id)));
      expect(all.every((job) => job.status === 'done' && job.attempts === 1)).toBe(true);
      expect(ranBy['replica-a']).toBeGreaterThan(0);
      expect(ranBy['replica-b']).toBeGreaterThan(0);
    });

    it('loses none of 200 due jobs when a replica dies holding 20 of them: another takes them over after the lease', async () => {
      const [a, b] = await twoReplicas();
      await a.upsert(dueJobs(200));

      // Replica A claims 20 and dies: it never completes them.
      const heldByDeadA = await a.claimDue(T0, 'replica-a', LEASE_MS, 20);
      expect(heldByDeadA).toHaveLength(20);

      const ranByB: number[] = [];
      async function runB(now: string): Promise<ReadonlyArray<Job>> {
        const claimedAll: Job[] = [];
        for (;;) {
          const claimed = await b.claimDue(now, 'replica-b', LEASE_MS, 10);
          if (claimed.length === 0) return claimedAll;
          for (const job of claimed) {
            ranByB.push(job.id);
            await sleep(0);
            expect(await b.complete(job.id, 'replica-b', now)).toBe(true);
          }
          claimedAll.push(...claimed);
        }
      }

      // While A's lease lasts, B runs the other 180 and leaves A's alone.
      expect(await runB(T0)).toHaveLength(180);
      expect(await b.countDue(after(LEASE_MS))).toBe(0);

      // Past A's lease, B takes A's 20 over.
      const takenOver = await runB(after(LEASE_MS + 1));
      expect(takenOver.map((job) => job.id).sort((x, y) => x - y)).toEqual(heldByDeadA.map((job) => job.id).sort((x, y) => x - y));
      expect(takenOver.every((job) => job.attempts === 2)).toBe(true);

      // A comes back late: its completions are refused, so nothing counts twice.
      for (const job of heldByDeadA) expect(await a.complete(job.id, 'replica-a', after(LEASE_MS + 2))).toBe(false);

      const all = await b.list();
      expect(all).toHaveLength(200);
      expect(all.every((job) => job.status === 'done' && job.leaseOwner === 'replica-b')).toBe(true);
      expect(ranByB).toHaveLength(200);
      expect(new Set(ranByB).size).toBe(200);
    });
  },
  { freshForEachTest: true },
);
