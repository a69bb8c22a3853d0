import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ChangeRequest, NewChangeRequest, RequestStatus, RequestUpdate } from './change-request-store.ts';
import type { ChangeRequestTable } from './database-schema.ts';
import { CHANGE_REQUEST_SCHEMA_VERSION, parseRequestedChange } from './parse-requested-change.ts';
import { requestedChangeSchema } from './requested-change-schema.ts';
import { parseStoredTexts } from './stored-texts.ts';

/**
 * The row for a new pending request at version 1, in the current schema version. The intent goes
 * through its schema so that only what that version holds is stored (a parsed Intent carries more).
 */
export function toNewChangeRequestRow(request: NewChangeRequest): Insertable<ChangeRequestTable> {
  return {
    status: 'pending' satisfies RequestStatus,
    version: 1,
    schema_version: CHANGE_REQUEST_SCHEMA_VERSION,
    command_text: request.commandText,
    requester: request.requester,
    intent: JSON.stringify(requestedChangeSchema.parse(request.intent)),
    plan: JSON.stringify(request.plan),
    changes: JSON.stringify(request.changes),
    warnings: JSON.stringify(request.warnings),
    before: JSON.stringify(request.before),
    fingerprint: request.fingerprint,
    intended: JSON.stringify(request.intended),
    undo_of: request.undoOf ?? null,
    replan_of: request.replanOf ?? null,
    trace_id: request.traceId ?? null,
    created_at: request.createdAt,
    expires_at: request.expiresAt,
    updated_at: request.createdAt,
  };
}

/** The columns a status change writes: `updatedAt` always, the rest only when given (null clears the lease). */
export function toRequestUpdateColumns(update: RequestUpdate): Updateable<ChangeRequestTable> {
  const columns: Updateable<ChangeRequestTable> = { updated_at: update.updatedAt };
  if (update.decidedBy !== undefined) columns.decided_by = update.decidedBy;
  if (update.reason !== undefined) columns.reason = update.reason;
  if (update.applyingOwner !== undefined) columns.applying_owner = update.applyingOwner;
  if (update.applyingLeaseUntil !== undefined) columns.applying_lease_until = update.applyingLeaseUntil;
  if (update.preApply !== undefined) columns.pre_apply = JSON.stringify(update.preApply);
  if (update.applied !== undefined) columns.applied = JSON.stringify(update.applied);
  if (update.outcome !== undefined) columns.outcome = JSON.stringify(update.outcome);
  if (update.auditSeq !== undefined) columns.audit_seq = update.auditSeq;
  if (update.auditHash !== undefined) columns.audit_hash = update.auditHash;
  return columns;
}

/**
 * The request a row stores. The intent is read by its row's schema version, as it must outlive
 * the command language that made it. The other JSON columns are parsed without a schema: only
 * this module writes them, always from typed values, and the callflow types have no zod schemas
 * to check against. Throws a StoreError (`unreadable-row`) for an intent it cannot read.
 */
export function toChangeRequest(row: Selectable<ChangeRequestTable>): ChangeRequest {
  const id = Number(row.id);
  return {
    id,
    status: row.status as RequestStatus,
    version: Number(row.version),
    commandText: row.command_text,
    requester: row.requester,
    intent: parseRequestedChange({ id, schemaVersion: Number(row.schema_version), intent: row.intent }),
    plan: JSON.parse(row.plan),
    changes: parseStoredTexts(row.changes),
    warnings: parseStoredTexts(row.warnings),
    before: JSON.parse(row.before),
    fingerprint: row.fingerprint,
    intended: JSON.parse(row.intended),
    ...optional('undoOf', row.undo_of === null ? undefined : Number(row.undo_of)),
    ...optional('replanOf', row.replan_of === null ? undefined : Number(row.replan_of)),
    ...optional('traceId', row.trace_id ?? undefined),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    updatedAt: row.updated_at,
    ...optional('decidedBy', row.decided_by ?? undefined),
    ...optional('reason', row.reason ?? undefined),
    ...optional('applyingOwner', row.applying_owner ?? undefined),
    ...optional('applyingLeaseUntil', row.applying_lease_until ?? undefined),
    ...optional('preApply', row.pre_apply === null ? undefined : JSON.parse(row.pre_apply)),
    ...optional('applied', row.applied === null ? undefined : JSON.parse(row.applied)),
    ...optional('outcome', row.outcome === null ? undefined : JSON.parse(row.outcome)),
    ...optional('auditSeq', row.audit_seq === null ? undefined : Number(row.audit_seq)),
    ...optional('auditHash', row.audit_hash ?? undefined),
  };
}

/** `{ [key]: value }`, or nothing when the value is absent, so unset optional fields stay unset rather than `undefined`. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
