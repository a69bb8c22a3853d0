import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/use-test-databases.ts';

const CREATED = '2025-03-14T18:00:00.000Z';

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
  },
  { freshForEachTest: true },
);
