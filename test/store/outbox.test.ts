import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { createStores, type Outbox } from '../../src/store/index.ts';
import { TEST_AUDIT_KEY } from '../support/test-audit-key.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';

const CREATED = '2025-03-14T18:00:00.000Z';
const LEASE_MS = 60_000;

/** An ISO instant `ms` after CREATED. */
function after(ms: number): string {
  return new Date(Date.parse(CREATED) + ms).toISOString();
}

describeEachDatabase(
  'outbox',
  (database) => {
    function enqueue(dedupeKey: string, createdAt = CREATED) {
      return database().stores.outbox.enqueue({
        recipient: 'audit',
        kind: 'request-applied',
        payload: { requestId: 7, lines: ['After hours → greeting'] },
        dedupeKey,
        createdAt,
      });
    }

    it('stores a message due at once, with no attempts yet', async () => {
      const message = await enqueue('request-7-applied');

      expect(message).toEqual({
        id: message.id,
        recipient: 'audit',
        kind: 'request-applied',
        payload: { requestId: 7, lines: ['After hours → greeting'] },
        dedupeKey: 'request-7-applied',
        createdAt: CREATED,
        attempts: 0,
        nextAttemptAt: CREATED,
      });
    });

    it('keeps one message when the same dedupe key is enqueued twice', async () => {
      const first = await enqueue('request-7-applied');
      const second = await enqueue('request-7-applied', '2025-03-14T18:05:00.000Z');

      expect(second).toEqual(first);
      expect(await database().stores.outbox.due('2025-03-14T19:00:00.000Z', 10)).toHaveLength(1);
    });

    it('lists due messages oldest first, at most limit, leaving out those not yet due', async () => {
      await enqueue('b', '2025-03-14T18:02:00.000Z');
      await enqueue('a', '2025-03-14T18:01:00.000Z');
      await enqueue('c', '2025-03-14T18:03:00.000Z');
      await enqueue('later', '2025-03-14T20:00:00.000Z');

      const due = await database().stores.outbox.due('2025-03-14T19:00:00.000Z', 2);

      expect(due.map((message) => message.dedupeKey)).toEqual(['a', 'b']);
    });

    it('no longer lists a sent message', async () => {
      const { outbox } = database().stores;
      const message = await enqueue('sent-one');

      await outbox.markSent(message.id, '2025-03-14T18:00:05.000Z');

      expect(await outbox.due('2025-03-14T19:00:00.000Z', 10)).toEqual([]);
    });

    it('lists a failed message again once its next attempt is due, with the error and the attempt counted', async () => {
      const { outbox } = database().stores;
      const message = await enqueue('failing-one');

      await outbox.markFailed(message.id, 'Slack answered 503', '2025-03-14T18:10:00.000Z');

      expect(await outbox.due('2025-03-14T18:09:59.000Z', 10)).toEqual([]);
      expect(await outbox.due('2025-03-14T18:10:00.000Z', 10)).toEqual([
        { ...message, attempts: 1, lastError: 'Slack answered 503', nextAttemptAt: '2025-03-14T18:10:00.000Z' },
      ]);
    });

    it('never lists or claims a message given up as undeliverable again, and lists it among those given up', async () => {
      const { outbox } = database().stores;
      const givenUp = await enqueue('given-up');
      const other = await enqueue('still-due', after(1_000));

      await outbox.markUndeliverable(givenUp.id, 'not_in_channel', '2025-03-14T18:00:05.000Z');

      expect((await outbox.due('2026-01-01T00:00:00.000Z', 10)).map((message) => message.id)).toEqual([other.id]);
      expect((await outbox.claimDue('2026-01-01T00:00:00.000Z', LEASE_MS, 10)).map((message) => message.id)).toEqual([other.id]);
      expect(await outbox.undeliverable(10)).toEqual([{ ...givenUp, attempts: 1, lastError: 'not_in_channel', undeliverableAt: '2025-03-14T18:00:05.000Z' }]);
    });

    it('claims due messages oldest first, up to the limit, leasing them until now + lease', async () => {
      const { outbox } = database().stores;
      await enqueue('b', after(2_000));
      await enqueue('a', after(1_000));
      await enqueue('c', after(3_000));
      await enqueue('later', after(20_000));

      const claimed = await outbox.claimDue(after(10_000), LEASE_MS, 2);

      expect(claimed.map((message) => message.dedupeKey)).toEqual(['a', 'b']);
      expect(claimed.every((message) => message.nextAttemptAt === after(10_000 + LEASE_MS) && message.attempts === 0)).toBe(true);
      expect((await outbox.claimDue(after(10_000), LEASE_MS, 10)).map((message) => message.dedupeKey)).toEqual(['c']);
    });

    it('does not claim a claimed message again until its lease has passed, then does', async () => {
      const { outbox } = database().stores;
      const message = await enqueue('leased');
      await outbox.claimDue(CREATED, LEASE_MS, 10);

      expect(await outbox.claimDue(after(LEASE_MS - 1), LEASE_MS, 10)).toEqual([]);
      expect(await outbox.claimDue(after(LEASE_MS), LEASE_MS, 10)).toEqual([{ ...message, nextAttemptAt: after(2 * LEASE_MS) }]);
    });

    it('never claims a message marked sent', async () => {
      const { outbox } = database().stores;
      const message = await enqueue('sent-one');
      await outbox.claimDue(CREATED, LEASE_MS, 10);

      await outbox.markSent(message.id, after(5_000));

      expect(await outbox.claimDue(after(10 * LEASE_MS), LEASE_MS, 10)).toEqual([]);
    });

    it('claims a failed message at its retry time, which replaces the lease', async () => {
      const { outbox } = database().stores;
      const message = await enqueue('failing-one');
      await outbox.claimDue(CREATED, LEASE_MS, 10);

      // A retry sooner than the lease's end, and one later: each wins over the lease.
      await outbox.markFailed(message.id, 'Slack answered 503', after(10_000));
      expect(await outbox.claimDue(after(9_999), LEASE_MS, 10)).toEqual([]);
      expect(await outbox.claimDue(after(10_000), LEASE_MS, 10)).toHaveLength(1);

      await outbox.markFailed(message.id, 'Slack answered 503', after(10_000 + 3 * LEASE_MS));
      expect(await outbox.claimDue(after(10_000 + LEASE_MS), LEASE_MS, 10)).toEqual([]);
      expect(await outbox.claimDue(after(10_000 + 3 * LEASE_MS), LEASE_MS, 10)).toEqual([
        expect.objectContaining({ id: message.id, attempts: 2, lastError: 'Slack answered 503' }),
      ]);
    });

    it('gives a released message to the next claim at once, long before its lease would have ended', async () => {
      const { outbox } = database().stores;
      const message = await enqueue('released');
      const [claimed] = await outbox.claimDue(CREATED, LEASE_MS, 10);

      expect(await outbox.release(message.id, claimed!.nextAttemptAt, after(1_000))).toBe(true);

      expect(await outbox.claimDue(after(1_000), LEASE_MS, 10)).toEqual([{ ...message, nextAttemptAt: after(1_000 + LEASE_MS) }]);
    });

    it('does not release a message sent, retried or claimed again since the claim being released', async () => {
      const { outbox } = database().stores;
      const sent = await enqueue('sent-one');
      const retried = await enqueue('retried-one', after(1));
      const reclaimed = await enqueue('reclaimed-one', after(2));
      const leases = new Map((await outbox.claimDue(CREATED, LEASE_MS, 10)).map((message) => [message.id, message.nextAttemptAt]));
      await outbox.markSent(sent.id, after(1_000));
      await outbox.markFailed(retried.id, 'Slack answered 503', after(60_000));
      // Its lease ran out and another replica took it: that replica's claim is not this one's to end.
      await outbox.claimDue(after(LEASE_MS), LEASE_MS, 10);

      const released = await Promise.all([sent, retried, reclaimed].map((message) => outbox.release(message.id, leases.get(message.id)!, after(LEASE_MS + 1))));

      expect(released).toEqual([false, false, false]);
      expect(await outbox.due(after(LEASE_MS + 1), 10)).toEqual([]);
    });

    it('claims each of 200 due messages exactly once with two replicas claiming at the same time', async () => {
      const other = await database().openAnother();
      const replicas: ReadonlyArray<Outbox> = [database().stores.outbox, createStores(other, { auditKey: TEST_AUDIT_KEY }).outbox];
      for (let index = 0; index < 200; index += 1) await enqueue(`message-${index}`, after(index));

      const claimedBy = replicas.map(() => [] as number[]);
      async function replica(outbox: Outbox, claimed: number[]): Promise<void> {
        for (;;) {
          const batch = await outbox.claimDue(after(1_000), LEASE_MS, 5);
          if (batch.length === 0) return;
          for (const message of batch) {
            claimed.push(message.id);
            await sleep(1);
            await outbox.markSent(message.id, after(1_000));
          }
        }
      }
      await Promise.all(replicas.map((outbox, index) => replica(outbox, claimedBy[index]!)));

      const all = claimedBy.flat();
      expect(all).toHaveLength(200);
      expect(new Set(all).size).toBe(200);
      expect(claimedBy.every((claimed) => claimed.length > 0)).toBe(true);
    });
  },
  { freshForEachTest: true },
);
