import { expect, it } from 'vitest';
import type { CallHandling } from '../../src/callflow/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { createScheduler, type Scheduler, type SchedulerDeps } from '../../src/scheduler/index.ts';
import { createJobQueue, type OutboxMessage } from '../../src/store/index.ts';
import { allDayOn, company, customRule, onDates, toExt } from '../fixtures/call-handling.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';

const christmas = customRule({ id: 'r-christmas', name: 'Christmas', schedule: onDates(allDayOn('2026-12-25')), destination: toExt('300') });

/** A clock a test moves by hand. */
function fakeClock(iso: string): { now: () => Date; set: (iso: string) => void } {
  let current = new Date(iso);
  return { now: () => current, set: (next) => (current = new Date(next)) };
}

describeEachDatabase(
  'scheduler notices',
  (database) => {
    let handling: CallHandling = company({ customRules: [christmas] });
    let ringCentralDown = false;
    const clock = fakeClock('2026-12-01T09:00:00-05:00');

    function scheduler(overrides: Partial<SchedulerDeps> = {}): Scheduler {
      const { db, dialect, stores } = database();
      return createScheduler({
        jobs: createJobQueue(db, dialect),
        outbox: stores.outbox,
        audit: stores.audit,
        readCallHandling: async () => {
          if (ringCentralDown) throw new Error('RingCentral is down');
          return handling;
        },
        now: clock.now,
        owner: 'replica-a',
        leaseMs: 30_000,
        logger: silentLogger,
        ...overrides,
      });
    }

    async function messages(): Promise<ReadonlyArray<OutboxMessage>> {
      return database().stores.outbox.due('9999-01-01T00:00:00.000Z', 100);
    }

    function reset(): void {
      handling = company({ customRules: [christmas] });
      ringCentralDown = false;
      clock.set('2026-12-01T09:00:00-05:00');
    }

    it('posts the Christmas reminder, the on notice at local midnight and the off notice at the next', async () => {
      reset();
      await scheduler().syncJobs(handling);

      clock.set('2026-12-23T23:59:59-05:00');
      expect(await scheduler().runDue()).toBe(0);
      clock.set('2026-12-24T00:00:00-05:00');
      expect(await scheduler().runDue()).toBe(1);
      clock.set('2026-12-25T00:00:00-05:00');
      expect(await scheduler().runDue()).toBe(1);
      clock.set('2026-12-26T00:00:00-05:00');
      expect(await scheduler().runDue()).toBe(1);
      expect(await scheduler().runDue()).toBe(0);

      expect((await messages()).map((message) => ({ recipient: message.recipient, kind: message.kind, payload: message.payload }))).toEqual([
        {
          recipient: 'managers',
          kind: 'notice-reminder',
          payload: {
            text: 'Tomorrow at 00:00 EST, "Christmas" starts: calls will go to Main Voicemail (ext 300) until Dec 26, 00:00 EST.',
            ruleId: 'r-christmas',
            at: '2026-12-24T00:00:00-05:00',
            late: false,
          },
        },
        {
          recipient: 'managers',
          kind: 'notice-switch-on',
          payload: {
            text: 'Holiday routing "Christmas" is now on: calls go to Main Voicemail (ext 300) until Dec 26, 00:00 EST.',
            ruleId: 'r-christmas',
            at: '2026-12-25T00:00:00-05:00',
            late: false,
          },
        },
        {
          recipient: 'managers',
          kind: 'notice-switch-off',
          payload: {
            text: '"Christmas" is now off: calls go to Main Voicemail (ext 300) again (after hours).',
            ruleId: 'r-christmas',
            at: '2026-12-26T00:00:00-05:00',
            late: false,
          },
        },
      ]);
    });

    it('posts no notice for a rule deleted before it starts', async () => {
      reset();
      await scheduler().syncJobs(handling);
      clock.set('2026-12-10T09:00:00-05:00');
      handling = company({ customRules: [] });
      await scheduler().syncJobs(handling);

      clock.set('2026-12-27T00:00:00-05:00');
      expect(await scheduler().runDue()).toBe(0);
      expect(await messages()).toEqual([]);
      expect((await createJobQueue(database().db, database().dialect).list()).every((job) => job.status === 'dropped')).toBe(true);
    });

    it('drops at fire time a notice whose rule was deleted after the last sync', async () => {
      reset();
      await scheduler().syncJobs(handling);
      handling = company({ customRules: [] });

      clock.set('2026-12-24T00:00:00-05:00');
      expect(await scheduler().runDue()).toBe(1);
      expect(await messages()).toEqual([]);
    });

    it('says what is true now when the rule changed after the last sync', async () => {
      reset();
      await scheduler().syncJobs(handling);
      handling = company({ customRules: [{ ...christmas, destination: toExt('101') }] });

      clock.set('2026-12-25T00:00:00-05:00');
      await scheduler().runDue();
      const on = (await messages()).find((message) => message.kind === 'notice-switch-on');
      expect((on?.payload as { text: string }).text).toContain('Alice Smith');
    });

    it('marks late a notice due while the process was down', async () => {
      reset();
      await scheduler().syncJobs(handling);
      clock.set('2026-12-24T00:00:00-05:00');
      await scheduler().runDue();

      clock.set('2026-12-25T03:00:00-05:00');
      expect(await scheduler().runDue()).toBe(1);

      const late = (await messages()).filter((message) => (message.payload as { late: boolean }).late);
      expect(late).toHaveLength(1);
      expect(late[0]).toMatchObject({ kind: 'notice-switch-on' });
      expect((late[0]!.payload as { text: string }).text).toBe(
        'Late: Holiday routing "Christmas" is now on: calls go to Main Voicemail (ext 300) until Dec 26, 00:00 EST. (planned for Dec 25, 00:00 EST)',
      );
    });

    it('still posts, late, a notice missed while no replica ran, even after a re-plan meanwhile', async () => {
      reset();
      await scheduler().syncJobs(handling);
      clock.set('2026-12-24T00:00:00-05:00');
      await scheduler().runDue();

      // No replica ran over Christmas Day, but a change from the console re-planned the jobs.
      clock.set('2026-12-25T03:00:00-05:00');
      await scheduler().syncJobs(handling);
      expect(await scheduler().runDue()).toBe(1);
      expect((await messages()).map((message) => [message.kind, (message.payload as { late: boolean }).late])).toEqual([
        ['notice-reminder', false],
        ['notice-switch-on', true],
      ]);
    });

    it('posts nothing while RingCentral is down and runs the job later', async () => {
      reset();
      await scheduler().syncJobs(handling);
      clock.set('2026-12-24T00:00:00-05:00');
      ringCentralDown = true;
      expect(await scheduler().runDue()).toBe(0);
      expect(await messages()).toEqual([]);

      ringCentralDown = false;
      expect(await scheduler().runDue()).toBe(0);
      clock.set('2026-12-24T00:01:00-05:00');
      expect(await scheduler().runDue()).toBe(1);
      expect((await messages()).map((message) => message.kind)).toEqual(['notice-reminder']);
    });
  },
  { freshForEachTest: true },
);
