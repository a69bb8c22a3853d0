import type { CallHandlingChange } from '../callflow/index.ts';
import type { Said } from '../i18n/index.ts';
import type { OperationResult } from './change-request-store.ts';

/** What happened, in the audit trail's words. */
export const AUDIT_EVENTS = ['applied', 'failed', 'rolled-back', 'stale', 'rejected', 'expired', 'cancelled', 'recovered', 'drift'] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

/** The content of one audit entry, before it is chained. */
export interface NewAuditEntry {
  readonly event: AuditEvent;
  /** ISO instant in UTC. */
  readonly recordedAt: string;
  readonly requestId: number | undefined;
  readonly requestedBy: string;
  /** Everyone who approved, in order; empty when no approval was needed or it never got one. */
  readonly approvedBy: ReadonlyArray<string>;
  readonly commandText: string;
  /** The change in words. */
  readonly changes: ReadonlyArray<CallHandlingChange>;
  /** The RingCentral operations and their results (empty when nothing was sent). */
  readonly operations: ReadonlyArray<OperationResult>;
  /** One line: the outcome, e.g. "Applied 2 operations" or the failure, in English as entries always held it. */
  readonly summary: string;
  /**
   * The same line in each language, for the entries written since summaries were said in French
   * (migration 010); older entries have only `summary`. Read it with `auditSummary`.
   */
  readonly saidSummary?: Said;
  /** The trace id of the interaction that opened the change request (a /ivr command, a click), when it had one. */
  readonly requestTraceId?: string;
  /** The trace id of the interaction that led to this entry (the approval that applied it), when one did. */
  readonly traceId?: string;
}

/**
 * A change as an audit entry holds it: entries are read exactly as written (their hash covers the
 * text), and those written before texts were said in French hold one English string.
 */
export type RecordedChange = Omit<CallHandlingChange, 'text'> & { readonly text: string | Said };

/** An entry as stored: numbered from 1 without gaps, and chained by hash to the one before. */
export interface AuditEntry extends Omit<NewAuditEntry, 'changes'> {
  /** The change in words. */
  readonly changes: ReadonlyArray<RecordedChange>;
  readonly seq: number;
  /** The previous entry's hash; 64 zeros for the first entry. */
  readonly prevHash: string;
  /**
   * HMAC-SHA256 (hex), keyed by SWITCHBOARD_AUDIT_KEY, of prevHash and the entry's canonical JSON
   * (every field above but `hash`); plain SHA-256 for entries written before the key (audit-hash.ts).
   */
  readonly hash: string;
}

/** The first problem `verify` found, or that the chain is intact. */
export type AuditVerification =
  | {
      readonly ok: true;
      readonly entries: number;
      readonly headHash: string;
      /** How many entries, from the first, carry the unkeyed hash of a trail written before the key. */
      readonly unkeyed: number;
    }
  | {
      readonly ok: false;
      readonly entries: number;
      /** The entry where the chain breaks (for a missing entry, the number that is missing). */
      readonly seq: number;
      readonly problem: 'edited' | 'missing' | 'out-of-chain' | 'request-mismatch';
      /** One line a person reads, e.g. "Audit entry 7 was edited: its hash does not match its content." */
      readonly message: string;
    };

/**
 * An entry as a copy kept outside the database shows it (each audit post in Slack): its number and
 * the first characters of its hash.
 */
export interface AuditAnchor {
  readonly seq: number;
  readonly hashPrefix: string;
}

/** Whether the trail agrees with the anchors kept outside the database, or the first disagreement. */
export type AnchorComparison =
  | { readonly ok: true; readonly anchors: number }
  | {
      readonly ok: false;
      readonly seq: number;
      /** 'rewritten': the entry's hash is not the one kept outside; 'removed': the entry is gone from the database. */
      readonly problem: 'rewritten' | 'removed';
      /** One line a person reads. */
      readonly message: string;
    };

/**
 * The append-only audit trail. Appends from several processes never fork the chain: each append
 * claims the next number, and a clash on that number retries from the new head.
 */
export interface AuditLog {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first, at most `limit`. */
  latest(limit: number): Promise<ReadonlyArray<AuditEntry>>;
  /** The entry with this number, if there is one. */
  entry(seq: number): Promise<AuditEntry | undefined>;
  /**
   * Walks the whole chain: numbering, each hash, each link; and checks that every request that
   * records an audit entry (seq and hash) still finds that exact entry, so a removed tail shows.
   */
  verify(): Promise<AuditVerification>;
  /**
   * Compares the trail with anchors kept outside the database: an entry whose hash differs was
   * rewritten, and an anchored entry the database no longer has was removed. Only this notices a
   * cut tail that nothing in the database refers to any more.
   */
  compareWithAnchors(anchors: ReadonlyArray<AuditAnchor>): Promise<AnchorComparison>;
}

/** A message meant for Slack, kept until it is delivered. */
export interface OutboxMessage {
  readonly id: number;
  /** Who it is for: `audit`, `approvals`, `managers`, or `user:<id>`. */
  readonly recipient: string;
  /** What it is about (e.g. `request-applied`); the Slack adapter picks its layout from this. */
  readonly kind: string;
  readonly payload: unknown;
  /** Enqueuing the same key twice keeps one message (retries stay idempotent). */
  readonly dedupeKey: string;
  readonly createdAt: string;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly sentAt?: string;
  readonly lastError?: string;
  /** Set when delivery was given up (`markUndeliverable`); such a message is never due again. */
  readonly undeliverableAt?: string;
}

/** Messages for Slack: a Slack outage delays them but loses none. */
export interface Outbox {
  /** Adds a message unless one with the same dedupe key exists; returns the stored one. */
  enqueue(message: { recipient: string; kind: string; payload: unknown; dedupeKey: string; createdAt: string }): Promise<OutboxMessage>;
  /** Unsent messages due at `now`, oldest first, at most `limit`, without claiming them (to look, not to deliver). */
  due(now: string, limit: number): Promise<ReadonlyArray<OutboxMessage>>;
  /**
   * Atomically claims, oldest first, at most `limit` unsent messages due at `now`, leasing each
   * until now + leaseMs: no other caller gets it before then, unless markFailed sets an earlier
   * retry. A claimer that dies mid-delivery leaves the message to another after the lease, so a
   * message is delivered at least once, and twice only if a delivery outlasts its lease.
   */
  claimDue(now: string, leaseMs: number, limit: number): Promise<ReadonlyArray<OutboxMessage>>;
  markSent(id: number, sentAt: string): Promise<void>;
  /**
   * Ends a claim before its lease: the message is due again at `now`, for any replica. Only while
   * the claim is the one made (its next attempt still `leasedUntil`, as claimDue returned it):
   * false, changing nothing, when it was sent, retried, given up or claimed again since.
   */
  release(id: number, leasedUntil: string, now: string): Promise<boolean>;
  /** Records a failed delivery and when to try again. */
  markFailed(id: number, error: string, nextAttemptAt: string): Promise<void>;
  /** Gives up on a message no retry could deliver (a channel the bot is not in, archived, or gone), with why. */
  markUndeliverable(id: number, error: string, at: string): Promise<void>;
  /** The messages given up on, newest first, at most `limit` (for `doctor`). */
  undeliverable(limit: number): Promise<ReadonlyArray<OutboxMessage>>;
}
