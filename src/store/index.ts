/**
 * store/: the Kysely schema, its migrations, and the workflow's stores over SQLite (the default)
 * or PostgreSQL (for several replicas).
 */
import type { Kysely } from 'kysely';
import type { AuditLog, Outbox } from './audit-and-outbox-store.ts';
import { createAuditLog } from './audit-log.ts';
import { createChangeRequestRepository } from './change-request-repository.ts';
import type { ChangeRequestStore } from './change-request-store.ts';
import type { Database } from './database-schema.ts';
import { createOutbox } from './outbox.ts';

export * from './audit-and-outbox-store.ts';
export * from './change-request-store.ts';
export type { Database, Dialect } from './database-schema.ts';
export { openDatabase, type OpenedDatabase } from './open-database.ts';
export { canonicalJson } from './canonical-json.ts';
export { isStoreError, StoreError, type StoreErrorCode } from './store-error.ts';
export { createSlackMessageRefs, type SlackMessageRef, type SlackMessageRefs } from './slack-message-refs.ts';
export { createWatchStateStore, type WatchedState, type WatchStateStore } from './watch-state.ts';
export { createJobQueue, type Job, type JobQueue, type JobStatus, type PlannedJob } from './job-queue.ts';

/** The stores the workflow needs. */
export interface Stores {
  readonly requests: ChangeRequestStore;
  readonly audit: AuditLog;
  readonly outbox: Outbox;
}

/** The workflow's stores over one open database. */
export function createStores(db: Kysely<Database>): Stores {
  return { requests: createChangeRequestRepository(db), audit: createAuditLog(db), outbox: createOutbox(db) };
}
