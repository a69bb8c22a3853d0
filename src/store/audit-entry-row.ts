import type { Selectable } from 'kysely';
import type { Said } from '../i18n/index.ts';
import type { AuditEntry, AuditEvent, NewAuditEntry } from './audit-and-outbox-store.ts';
import { CURRENT_HASH_SCHEME, hashAuditEntry } from './audit-hash.ts';
import type { AuditEntryTable } from './database-schema.ts';

/** The `prevHash` of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The entry with its number and link, hashed under `key` (the current scheme), holding exactly the
 * contract's fields: a caller's extra properties would be hashed but not stored, and the entry
 * would then never verify.
 */
export function chainAuditEntry(entry: NewAuditEntry, seq: number, prevHash: string, key: string): AuditEntry {
  const content = {
    seq,
    prevHash,
    event: entry.event,
    recordedAt: entry.recordedAt,
    requestId: entry.requestId,
    requestedBy: entry.requestedBy,
    approvedBy: entry.approvedBy,
    commandText: entry.commandText,
    changes: entry.changes,
    operations: entry.operations,
    summary: entry.summary,
    // Hashed like the rest, so a trace id can't be rewritten to point at other log lines; absent
    // ones are left out of the canonical JSON, so entries without them hash as they always did.
    ...optional('requestTraceId', entry.requestTraceId),
    ...optional('traceId', entry.traceId),
    // Hashed when present, as the trace ids are: entries written before it hash as they always did.
    ...optional('saidSummary', entry.saidSummary),
  };
  return { ...content, hash: hashAuditEntry(content, CURRENT_HASH_SCHEME, key) };
}

/** The row that stores an entry chained by `chainAuditEntry`. */
export function toAuditEntryRow(entry: AuditEntry): AuditEntryTable {
  return {
    seq: entry.seq,
    event: entry.event,
    recorded_at: entry.recordedAt,
    request_id: entry.requestId ?? null,
    requested_by: entry.requestedBy,
    approved_by: JSON.stringify(entry.approvedBy),
    command_text: entry.commandText,
    changes: JSON.stringify(entry.changes),
    operations: JSON.stringify(entry.operations),
    summary: entry.summary,
    prev_hash: entry.prevHash,
    hash: entry.hash,
    hash_scheme: CURRENT_HASH_SCHEME,
    request_trace_id: entry.requestTraceId ?? null,
    trace_id: entry.traceId ?? null,
    said_summary: entry.saidSummary === undefined ? null : JSON.stringify(entry.saidSummary),
  };
}

/**
 * The entry a row stores, as written: no schema check, because `verify` must see what is in the
 * table (a hand-edited row shows up as a hash mismatch). Throws when a JSON column is not JSON.
 */
export function toAuditEntry(row: Selectable<AuditEntryTable>): AuditEntry {
  return {
    seq: Number(row.seq),
    prevHash: row.prev_hash,
    event: row.event as AuditEvent,
    recordedAt: row.recorded_at,
    requestId: row.request_id === null ? undefined : Number(row.request_id),
    requestedBy: row.requested_by,
    approvedBy: JSON.parse(row.approved_by),
    commandText: row.command_text,
    changes: JSON.parse(row.changes),
    operations: JSON.parse(row.operations),
    summary: row.summary,
    ...optional('requestTraceId', row.request_trace_id ?? undefined),
    ...optional('traceId', row.trace_id ?? undefined),
    // As written, not checked: `verify` must hash what the row holds.
    ...optional('saidSummary', row.said_summary === null ? undefined : (JSON.parse(row.said_summary) as Said)),
    hash: row.hash,
  };
}

/** `{ [key]: value }`, or nothing when the value is absent, so an entry without trace ids has no such keys. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
