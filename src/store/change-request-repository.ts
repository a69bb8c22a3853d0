import type { Kysely } from 'kysely';
import type { AddApprovalResult, Approval, ChangeRequest, ChangeRequestStore, RequestStatus } from './change-request-store.ts';
import { toChangeRequest, toNewChangeRequestRow, toRequestUpdateColumns } from './change-request-row.ts';
import type { Database } from './database-schema.ts';

/** Thrown inside the approval transaction to roll back the version bump when the approver already approved. */
class AlreadyApproved extends Error {}

/**
 * Change requests over the `change_requests` and `approvals` tables. Each status change is one
 * `UPDATE … WHERE id AND status AND version` whose row count says whether this caller won.
 */
export function createChangeRequestRepository(db: Kysely<Database>): ChangeRequestStore {
  return {
    async insert(request): Promise<ChangeRequest> {
      const row = await db.insertInto('change_requests').values(toNewChangeRequestRow(request)).returningAll().executeTakeFirstOrThrow();
      return toChangeRequest(row);
    },

    async get(id): Promise<ChangeRequest | undefined> {
      const row = await db.selectFrom('change_requests').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : toChangeRequest(row);
    },

    async list({ statuses = [], limit }): Promise<ReadonlyArray<ChangeRequest>> {
      let query = db.selectFrom('change_requests').selectAll();
      if (statuses.length > 0) query = query.where('status', 'in', [...statuses]);
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toChangeRequest);
    },

    async transition(id, from, expectedVersion, to, update): Promise<ChangeRequest | undefined> {
      const row = await db
        .updateTable('change_requests')
        .set((eb) => ({ ...toRequestUpdateColumns(update), status: to, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .where('status', '=', from)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst();
      return row === undefined ? undefined : toChangeRequest(row);
    },

    async addApproval(id, expectedVersion, approver, approvedAt, required): Promise<AddApprovalResult> {
      try {
        return await db.transaction().execute(async (trx) => {
          // The compare-and-set comes first: in SQLite the transaction then holds the write lock from
          // its first statement, so it never fails upgrading a read lock that another writer outran.
          const claimed = await trx
            .updateTable('change_requests')
            .set((eb) => ({ version: eb('version', '+', 1), updated_at: approvedAt }))
            .where('id', '=', id)
            .where('status', '=', 'pending' satisfies RequestStatus)
            .where('version', '=', expectedVersion)
            .executeTakeFirst();
          if (Number(claimed.numUpdatedRows) === 0) return { ok: false, reason: 'conflict' } as const;

          const inserted = await trx
            .insertInto('approvals')
            .values({ request_id: id, approver, approved_at: approvedAt })
            .onConflict((conflict) => conflict.columns(['request_id', 'approver']).doNothing())
            .executeTakeFirst();
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw new AlreadyApproved();

          const approvals = await selectApprovals(trx, id);
          if (approvals.length < required) return { ok: true, status: 'pending', version: expectedVersion + 1, approvals } as const;
          await trx
            .updateTable('change_requests')
            .set({ status: 'approved' satisfies RequestStatus, decided_by: approver })
            .where('id', '=', id)
            .execute();
          return { ok: true, status: 'approved', version: expectedVersion + 1, approvals } as const;
        });
      } catch (error) {
        if (error instanceof AlreadyApproved) return { ok: false, reason: 'already-approved' };
        throw error;
      }
    },

    approvals: (id) => selectApprovals(db, id),
  };
}

/** A request's approvals in the order they were given. */
async function selectApprovals(db: Kysely<Database>, requestId: number): Promise<ReadonlyArray<Approval>> {
  const rows = await db
    .selectFrom('approvals')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('approved_at')
    .orderBy('approver')
    .execute();
  return rows.map((row) => ({ requestId: Number(row.request_id), approver: row.approver, approvedAt: row.approved_at }));
}
