import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Outbox, OutboxMessage } from './audit-and-outbox-store.ts';
import type { Database, Dialect, OutboxMessageTable } from './database-schema.ts';

/**
 * The outbox over the `outbox_messages` table; the unique dedupe key makes a retried enqueue a no-op.
 *
 * A claim leases a message by moving its `next_attempt_at` to the end of the lease rather than
 * through a lease column of its own: "not due before this time" is exactly what a lease says, and
 * markSent and markFailed already end it (a sent message is never due again; a retry time replaces
 * the lease). No migration, and no second condition for a claim to get wrong. An owner, as jobs
 * have, would buy nothing here: a replica whose lease ran out has already posted to Slack or not,
 * and refusing its markSent would only post the message a third time. The lease end itself tells
 * a release (a replica shutting down) whether the claim is still the one it made.
 */
export function createOutbox(db: Kysely<Database>, dialect: Dialect): Outbox {
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
        .where('undeliverable_at', 'is', null)
        .where('next_attempt_at', '<=', now)
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toOutboxMessage);
    },

    async claimDue(now, leaseMs, limit): Promise<ReadonlyArray<OutboxMessage>> {
      if (limit <= 0) return [];
      const leaseUntil = new Date(Date.parse(now) + leaseMs).toISOString();
      const rows = await db
        .updateTable('outbox_messages')
        .set({ next_attempt_at: leaseUntil })
        .where('id', 'in', (eb) => {
          const due = dueIds(eb, now, limit);
          // SKIP LOCKED: rows another replica is claiming right now are passed over, not waited for;
          // FOR UPDATE rechecks the condition on the newest row version, so a message claimed and
          // committed meanwhile (its next attempt now at the end of that lease) is not taken again.
          // SQLite is single-process (DESIGN) and knows no FOR UPDATE: one statement is atomic, and
          // its write lock keeps even another process on the same file from claiming the same rows.
          return dialect === 'postgres' ? due.forUpdate().skipLocked() : due;
        })
        .returningAll()
        .execute();
      // RETURNING follows no ORDER BY, so the oldest-first order is restored here.
      return rows.map(toOutboxMessage).sort(byCreatedAt);
    },

    async markSent(id, sentAt): Promise<void> {
      await db
        .updateTable('outbox_messages')
        .set((eb) => ({ sent_at: sentAt, attempts: eb('attempts', '+', 1), last_error: null }))
        .where('id', '=', id)
        .execute();
    },

    async release(id, leasedUntil, now): Promise<boolean> {
      const result = await db
        .updateTable('outbox_messages')
        .set({ next_attempt_at: now })
        .where('id', '=', id)
        .where('sent_at', 'is', null)
        .where('undeliverable_at', 'is', null)
        .where('next_attempt_at', '=', leasedUntil)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async markFailed(id, error, nextAttemptAt): Promise<void> {
      await db
        .updateTable('outbox_messages')
        .set((eb) => ({ last_error: error, next_attempt_at: nextAttemptAt, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },

    async markUndeliverable(id, error, at): Promise<void> {
      await db
        .updateTable('outbox_messages')
        .set((eb) => ({ last_error: error, undeliverable_at: at, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },

    async undeliverable(limit): Promise<ReadonlyArray<OutboxMessage>> {
      const rows = await db.selectFrom('outbox_messages').selectAll().where('undeliverable_at', 'is not', null).orderBy('undeliverable_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toOutboxMessage);
    },
  };
}

/** The ids of up to `limit` unsent messages due at `now`, oldest first. */
function dueIds(eb: ExpressionBuilder<Database, 'outbox_messages'>, now: string, limit: number) {
  return eb
    .selectFrom('outbox_messages')
    .select('id')
    .where('sent_at', 'is', null)
    .where('undeliverable_at', 'is', null)
    .where('next_attempt_at', '<=', now)
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit);
}

function byCreatedAt(a: OutboxMessage, b: OutboxMessage): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id;
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
    ...(row.undeliverable_at === null ? {} : { undeliverableAt: row.undeliverable_at }),
  };
}
