import type { CallHandling, CallHandlingChange, ChangeOperation, ChangePlan, ProposalWarning } from '../callflow/index.ts';
import type { RequestedChange } from './requested-change-schema.ts';

/** Where a change request is in its life. Only the arrows in DESIGN are allowed; see `REQUEST_TRANSITIONS`. */
export const REQUEST_STATUSES = [
  'pending',
  'approved',
  'applying',
  'applied',
  'failed',
  'rejected',
  'expired',
  'stale',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The states a request never leaves. */
export const FINAL_STATUSES: ReadonlySet<RequestStatus> = new Set(['applied', 'failed', 'rejected', 'expired', 'stale', 'cancelled']);

/** One RingCentral write and what came of it, as kept in a request's outcome and in the audit trail. */
export interface OperationResult {
  readonly operation: ChangeOperation;
  /** `done`: RingCentral applied it; `failed`: it refused or did not answer; `skipped`: never sent. */
  readonly result: 'done' | 'failed' | 'skipped';
  readonly error?: string;
  /** For a `create-rule` that was done: the id RingCentral gave the rule. */
  readonly createdRuleId?: string;
}

/** What applying a request did, kept on the request once it leaves `applying`. */
export interface ApplyOutcome {
  readonly operations: ReadonlyArray<OperationResult>;
  /** The writes that rolled a failed apply back, when there were any. */
  readonly rollback?: ReadonlyArray<OperationResult>;
  /** One line a person reads: what happened and what is live now. */
  readonly summary: string;
}

/** What a new request holds when it is created. */
export interface NewChangeRequest {
  readonly commandText: string;
  readonly requester: string;
  /** What the request asks for; what `proposeChange` needs to plan it again, and its kind for the policy. */
  readonly intent: RequestedChange;
  readonly plan: ChangePlan;
  /** The differences in words, as shown to the requester and approvers. */
  readonly changes: ReadonlyArray<CallHandlingChange>;
  readonly warnings: ReadonlyArray<ProposalWarning>;
  /** The call handling the plan was made against, and its fingerprint. */
  readonly before: CallHandling;
  readonly fingerprint: string;
  /** The call handling the plan leads to (new rules carry placeholder ids `new-N`). */
  readonly intended: CallHandling;
  /** The request this one undoes, if it is an undo. */
  readonly undoOf?: number;
  /** The request this one re-plans after it went stale. */
  readonly replanOf?: number;
  /** The trace id of the interaction that opened it (trace-context.ts), kept for its audit entry. */
  readonly traceId?: string;
  /** ISO instants in UTC. */
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** A stored change request. `version` grows by one on every write; decisions compare-and-set on it. */
export interface ChangeRequest extends NewChangeRequest {
  readonly id: number;
  readonly status: RequestStatus;
  readonly version: number;
  readonly updatedAt: string;
  /** Who moved it to its current status (approver, rejecter, canceller, or `policy` when no approval was needed). */
  readonly decidedBy?: string;
  /** Reject reason, or why it failed, went stale or expired. */
  readonly reason?: string;
  /** Which process is applying it (`host:pid`) and until when its claim holds. */
  readonly applyingOwner?: string;
  readonly applyingLeaseUntil?: string;
  /** RingCentral as read right before the writes, and right after they succeeded. */
  readonly preApply?: CallHandling;
  readonly applied?: CallHandling;
  readonly outcome?: ApplyOutcome;
  /** The audit entry that records how it ended, once audited. */
  readonly auditSeq?: number;
  readonly auditHash?: string;
}

/** One approval of a request. */
export interface Approval {
  readonly requestId: number;
  readonly approver: string;
  readonly approvedAt: string;
}

/** The fields a status change may write besides `status`; unset fields are left as they are. */
export interface RequestUpdate {
  readonly decidedBy?: string;
  readonly reason?: string;
  readonly applyingOwner?: string | null;
  readonly applyingLeaseUntil?: string | null;
  readonly preApply?: CallHandling;
  readonly applied?: CallHandling;
  readonly outcome?: ApplyOutcome;
  readonly auditSeq?: number;
  readonly auditHash?: string;
  /** ISO instant in UTC; always written. */
  readonly updatedAt: string;
}

/** What `addApproval` did. */
export type AddApprovalResult =
  /** The approval was recorded; `status` is the request's new status (`approved` once enough approvals are in). */
  | { readonly ok: true; readonly status: 'pending' | 'approved'; readonly version: number; readonly approvals: ReadonlyArray<Approval> }
  /** The request was not at `expectedVersion` or not pending: someone else moved first. Nothing was written. */
  | { readonly ok: false; readonly reason: 'conflict' }
  /** This approver has already approved this request. Nothing was written. */
  | { readonly ok: false; readonly reason: 'already-approved' };

/**
 * Change requests and their approvals. Every status change is an atomic compare-and-set on
 * (status, version), so concurrent deciders (two approvers, a double click, a retried request,
 * several replicas) cannot both win.
 */
export interface ChangeRequestStore {
  /** Inserts a pending request (version 1) and returns it with its new id. */
  insert(request: NewChangeRequest): Promise<ChangeRequest>;
  get(id: number): Promise<ChangeRequest | undefined>;
  /** Requests with the given statuses (all when empty), newest first, at most `limit`. */
  list(options: { readonly statuses?: ReadonlyArray<RequestStatus>; readonly limit: number }): Promise<ReadonlyArray<ChangeRequest>>;
  /**
   * Moves the request from `from` at `expectedVersion` to `to`, writing `update` and version + 1.
   * Returns the updated request, or undefined when the request was not in that status and version.
   */
  transition(
    id: number,
    from: RequestStatus,
    expectedVersion: number,
    to: RequestStatus,
    update: RequestUpdate,
  ): Promise<ChangeRequest | undefined>;
  /**
   * In one transaction: records `approver`'s approval of a pending request at `expectedVersion`,
   * bumps the version, and moves it to `approved` when the approvals reach `required`.
   */
  addApproval(id: number, expectedVersion: number, approver: string, approvedAt: string, required: number): Promise<AddApprovalResult>;
  approvals(id: number): Promise<ReadonlyArray<Approval>>;
}
