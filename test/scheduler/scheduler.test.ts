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
            text: expect.objectContaining({ en: 'Tomorrow at 00:00 EST, "Christmas" starts: calls will go to Main Voicemail (ext 300) until Dec 26, 00:00 EST.' }),
            ruleId: 'r-christmas',
            at: '2026-12-24T00:00:00-05:00',
            // In each language, so the Slack side says it in its readers'.
            plannedFor: { en: 'Dec 24, 00:00 EST', fr: '24 déc. à 0 h 00 HNE' },
          },
        },
        {
          recipient: 'managers',
          kind: 'notice-switch-on',
          payload: {
            text: expect.objectContaining({ en: 'Holiday routing "Christmas" is now on: calls go to Main Voicemail (ext 300) until Dec 26, 00:00 EST.' }),
            ruleId: 'r-christmas',
            at: '2026-12-25T00:00:00-05:00',
            plannedFor: expect.objectContaining({ en: 'Dec 25, 00:00 EST' }),
          },
        },
        {
          recipient: 'managers',
          kind: 'notice-switch-off',
          payload: {
            text: expect.objectContaining({ en: '"Christmas" is now off: calls go to Main Voicemail (ext 300) again (after hours).' }),
            ruleId: 'r-christmas',
            at: '2026-12-26T00:00:00-05:00',
            plannedFor: expect.objectContaining({ en: 'Dec 26, 00:00 EST' }),
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
      expect((on?.payload as { text: { en: string } }).text.en).toContain('Alice Smith');
    });

    it('runs a notice due while the process was down when it comes back, with its planned time', async () => {
      reset();
      await scheduler().syncJobs(handling);
      clock.set('2026-12-24T00:00:00-05:00');
      await scheduler().runDue();

      clock.set('2026-12-25T03:00:00-05:00');
      expect(await scheduler().runDue()).toBe(1);

      // The delivery says "Late:" from `at` (tested with Slack); the payload carries the facts.
      expect((await messages()).at(-1)).toMatchObject({
        kind: 'notice-switch-on',
        payload: {
          text: expect.objectContaining({ en: 'Holiday routing "Christmas" is now on: calls go to Main Voicemail (ext 300) until Dec 26, 00:00 EST.' }),
          at: '2026-12-25T00:00:00-05:00',
          plannedFor: expect.objectContaining({ en: 'Dec 25, 00:00 EST' }),
        },
      });
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
      expect((await messages()).map((message) => [message.kind, (message.payload as { at: string }).at])).toEqual([
        ['notice-reminder', '2026-12-24T00:00:00-05:00'],
        ['notice-switch-on', '2026-12-25T00:00:00-05:00'],
      ]);
    });

    it('runs a year of holiday notices in order, each once, with a clock that jumps from job to job', async () => {
      const holidays = ['2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-07-05', '2027-09-06', '2027-11-25', '2027-11-26', '2027-12-24'];
      handling = company({ customRules: [customRule({ id: 'r-us', name: 'US holidays', schedule: onDates(...holidays.map((day) => allDayOn(day))), destination: toExt('300') })] });
      ringCentralDown = false;
      clock.set('2026-12-30T09:00:00-05:00');
      await scheduler().syncJobs(handling);
      const jobs = createJobQueue(database().db, database().dialect);

      for (let next = (await jobs.list(['scheduled']))[0]; next !== undefined; next = (await jobs.list(['scheduled']))[0]) {
        clock.set(next.runAt);
        expect(await scheduler().runDue()).toBeGreaterThan(0);
      }

      const posted = await messages();
      // Thanksgiving and the day after merge into one span: one on, one off, one reminder.
      expect(posted).toHaveLength(3 * (holidays.length - 1));
      const times = posted.map((message) => Date.parse((message.payload as { at: string }).at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(posted.map((message) => message.dedupeKey)).size).toBe(posted.length);
      expect(posted.filter((message) => message.kind === 'notice-switch-on').map((message) => (message.payload as { plannedFor: { en: string } }).plannedFor.en)).toEqual([
        'Jan 1, 00:00 EST', 'Jan 18, 00:00 EST', 'Feb 15, 00:00 EST', 'May 31, 00:00 EDT', 'Jul 5, 00:00 EDT', 'Sep 6, 00:00 EDT', 'Nov 25, 00:00 EST', 'Dec 24, 00:00 EST',
      ]);
    });

    it('drops a notice run after what it announces was over: no "is now on" for a holiday already past', async () => {
      reset();
      await scheduler().syncJobs(handling);
      // No replica ran from before the reminder until after Christmas.
      clock.set('2026-12-26T03:00:00-05:00');
      while ((await scheduler().runDue()) > 0);
      expect((await messages()).map((message) => message.kind)).toEqual(['notice-switch-off']);
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
