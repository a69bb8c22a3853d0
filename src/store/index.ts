/**
 * store/: the Kysely schema, its migrations, and the workflow's stores over SQLite (the default)
 * or PostgreSQL (for several replicas).
 */
import type { AuditLog, Outbox } from './audit-and-outbox-store.ts';
import { createAuditLog } from './audit-log.ts';
import { createChangeDraftRepository } from './change-draft-repository.ts';
import type { ChangeDraftStore } from './change-draft-store.ts';
import { createChangeRequestRepository } from './change-request-repository.ts';
import type { ChangeRequestStore } from './change-request-store.ts';
import { createJobQueue, type JobQueue } from './job-queue.ts';
import type { OpenedDatabase } from './opened-database.ts';
import { createOutbox } from './outbox.ts';
import { createWatchStateStore, type WatchStateStore } from './watch-state.ts';

export * from './audit-and-outbox-store.ts';
export { auditSummary } from './audit-summary.ts';
export * from './change-request-store.ts';
export * from './change-draft-store.ts';
export type { RequestedChange } from './requested-change-schema.ts';
export type { Database, Dialect } from './database-schema.ts';
export { openDatabase } from './open-database.ts';
export type { OpenedDatabase } from './opened-database.ts';
export { canonicalJson } from './canonical-json.ts';
export { isStoreError, StoreError, type StoreErrorCode } from './store-error.ts';
export { createSlackMessageRefs, type SlackMessageRef, type SlackMessageRefs } from './slack-message-refs.ts';
export { createWatchStateStore, type WatchedState, type WatchStateStore } from './watch-state.ts';
export { createJobQueue, type Job, type JobQueue, type JobStatus, type PlannedJob } from './job-queue.ts';
export { readOperationalCounts, type OperationalCounts } from './operational-counts.ts';
export { pingDatabase } from './ping-database.ts';

/** The stores over one open database: the workflow's, and the scheduler's. */
export interface Stores {
  readonly requests: ChangeRequestStore;
  readonly drafts: ChangeDraftStore;
  readonly audit: AuditLog;
  readonly outbox: Outbox;
  readonly jobs: JobQueue;
  readonly watchState: WatchStateStore;
}

/**
 * The stores over one open database; the dialect picks the row locking of the claims, and
 * `auditKey` (SWITCHBOARD_AUDIT_KEY) keys the audit trail's hashes.
 */
export function createStores(database: Pick<OpenedDatabase, 'db' | 'dialect'>, options: { readonly auditKey: string }): Stores {
  const { db, dialect } = database;
  return {
    requests: createChangeRequestRepository(db),
    drafts: createChangeDraftRepository(db),
    audit: createAuditLog(db, options.auditKey),
    outbox: createOutbox(db, dialect),
    jobs: createJobQueue(db, dialect),
    watchState: createWatchStateStore(db),
  };
}
