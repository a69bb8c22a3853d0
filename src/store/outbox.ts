import type { Kysely, Selectable } from 'kysely';
import type { Outbox, OutboxMessage } from './audit-and-outbox-store.ts';
import type { Database, OutboxMessageTable } from './database-schema.ts';

/** The outbox over the `outbox_messages` table; the unique dedupe key makes a retried enqueue a no-op. */
export function createOutbox(db: Kysely<Database>): Outbox {
  return {
    async enqueue(message): Promise<OutboxMessage> {
      await db
        .insertInto('outbox_messages')
        .values({
          recipient: message.recipient,
          kind: message.kind,
          payload: JSON.stringify(message.payload),
          dedupe_key: message.dedupeKey,
          created_at: message.createdAt,
          attempts: 0,
          next_attempt_at: message.createdAt,
        })
        .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
        .execute();
      // Select rather than RETURNING: when the key already existed, the stored message is the answer.
      const row = await db.selectFrom('outbox_messages').selectAll().where('dedupe_key', '=', message.dedupeKey).executeTakeFirstOrThrow();
      return toOutboxMessage(row);
    },

    async due(now, limit): Promise<ReadonlyArray<OutboxMessage>> {
      const rows = await db
        .selectFrom('outbox_messages')
        .selectAll()
        .where('sent_at', 'is', null)
        .where('next_attempt_at', '<=', now)
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toOutboxMessage);
    },

    async markSent(id, sentAt): Promise<void> {
      await db
        .updateTable('outbox_messages')
        .set((eb) => ({ sent_at: sentAt, attempts: eb('attempts', '+', 1), last_error: null }))
        .where('id', '=', id)
        .execute();
    },

    async markFailed(id, error, nextAttemptAt): Promise<void> {
      await db
        .updateTable('outbox_messages')
        .set((eb) => ({ last_error: error, next_attempt_at: nextAttemptAt, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },
  };
}

function toOutboxMessage(row: Selectable<OutboxMessageTable>): OutboxMessage {
  return {
    id: Number(row.id),
    recipient: row.recipient,
    kind: row.kind,
    payload: JSON.parse(row.payload),
    dedupeKey: row.dedupe_key,
    createdAt: row.created_at,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    ...(row.sent_at === null ? {} : { sentAt: row.sent_at }),
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
  };
}
