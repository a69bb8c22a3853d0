import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Timestamps are ISO-8601 UTC text; structured values are JSON
 * text (the same on both dialects, so a row reads back identically from SQLite and PostgreSQL).
 */
export interface Database {
  change_requests: ChangeRequestTable;
  approvals: ApprovalTable;
  audit_entries: AuditEntryTable;
  outbox_messages: OutboxMessageTable;
  slack_messages: SlackMessageTable;
  jobs: JobTable;
  watch_state: WatchStateTable;
  change_drafts: ChangeDraftTable;
}

/** A previewed change until its author requests it (see ChangeDraft); JSON columns as in change_requests. */
export interface ChangeDraftTable {
  id: string;
  author: string;
  command_text: string;
  intent: string;
  read_at: string;
  plan: string;
  changes: string;
  warnings: string;
  before: string;
  intended: string;
  created_at: string;
  expires_at: string;
  requested_at: string | null;
}

/** The last call handling the drift watch saw (`id` e.g. `call-handling`). */
export interface WatchStateTable {
  id: string;
  /** JSON: CallHandling. */
  handling: string;
  saved_at: string;
}

/**
 * A durable scheduled job (a switch notice, a reminder, an auto-revert); `key` is unique so
 * re-planning the same job keeps one row. A running job is leased: `lease_owner` holds it until
 * `lease_until`, after which another replica may take it over.
 */
export interface JobTable {
  id: Generated<number>;
  /** e.g. `switch-on:<rule>:<start>`. */
  key: string;
  kind: string;
  /** JSON: whatever the planner stored. */
  payload: string;
  run_at: string;
  /** `scheduled`, `running`, `done` or `dropped`. */
  status: string;
  attempts: number;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  done_at: string | null;
}

/** A Slack message posted about a request (its approval message), so a later decision can update it in place. */
export interface SlackMessageTable {
  request_id: number;
  /** `approval` (the message in the approval channel). */
  purpose: string;
  channel: string;
  ts: string;
}

/** One change request; `version` grows on every write so decisions can compare-and-set on it. */
export interface ChangeRequestTable {
  id: Generated<number>;
  status: string;
  version: number;
  /**
   * The shape of the row's JSON columns (see parse-requested-change.ts); rows from before the
   * column existed are at 1.
   */
  schema_version: number;
  command_text: string;
  requester: string;
  /** JSON: RequestedChange (at schema version 1, the language's Intent as it was then). */
  intent: string;
  /** JSON: ChangePlan. */
  plan: string;
  /** JSON: CallHandlingChange[]. */
  changes: string;
  /** JSON: ProposalWarning[]. */
  warnings: string;
  /** JSON: CallHandling. */
  before: string;
  fingerprint: string;
  /** JSON: CallHandling. */
  intended: string;
  undo_of: number | null;
  replan_of: number | null;
  created_at: string;
  expires_at: string;
  updated_at: string;
  decided_by: string | null;
  reason: string | null;
  applying_owner: string | null;
  applying_lease_until: string | null;
  /** JSON: CallHandling. */
  pre_apply: string | null;
  /** JSON: CallHandling. */
  applied: string | null;
  /** JSON: ApplyOutcome. */
  outcome: string | null;
  audit_seq: number | null;
  audit_hash: string | null;
  /** The trace id of the interaction that opened the request (null before migration 009, and outside Slack). */
  trace_id: string | null;
}

/** One approver's approval of one request; the primary key (request_id, approver) makes a second one clash. */
export interface ApprovalTable {
  request_id: number;
  approver: string;
  approved_at: string;
}

/** The append-only audit trail; `seq` is claimed by the appender (not generated) so numbering has no gaps. */
export interface AuditEntryTable {
  seq: number;
  event: string;
  recorded_at: string;
  request_id: number | null;
  requested_by: string;
  /** JSON: string[]. */
  approved_by: string;
  command_text: string;
  /** JSON: CallHandlingChange[]. */
  changes: string;
  /** JSON: OperationResult[]. */
  operations: string;
  summary: string;
  prev_hash: string;
  hash: string;
  /** How `hash` was made (AuditHashScheme); read as stored, so `verify` sees an edited value too. */
  hash_scheme: string;
  /** Trace ids of the interaction that opened the change request and of the one this entry records; null when there was none. */
  request_trace_id: string | null;
  trace_id: string | null;
  /** JSON: the summary in each language (Said); null for entries written before migration 010. */
  said_summary: string | null;
}

/** A Slack message waiting for delivery; `dedupe_key` is unique so a retried enqueue keeps one. */
export interface OutboxMessageTable {
  id: Generated<number>;
  recipient: string;
  kind: string;
  /** JSON: whatever the sender enqueued. */
  payload: string;
  dedupe_key: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  sent_at: string | null;
  last_error: string | null;
  /** When delivery was given up for good: Slack refused the message in a way no retry changes (not in the channel, archived). */
  undeliverable_at: string | null;
}

/** Which database engine a connection talks to. */
export type Dialect = 'sqlite' | 'postgres';
