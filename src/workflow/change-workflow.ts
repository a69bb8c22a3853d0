import { REQUEST_MESSAGES, sayEach, type Said } from '../i18n/index.ts';
import type { DateTime } from 'luxon';
import type { CallHandling, ProposalRefusal } from '../callflow/index.ts';
import type { AuditEntry, AuditVerification, ChangeRequest } from '../store/index.ts';
import { canRead, type Actor } from './approval-policy.ts';
import { approveRequest, cancelRequest, expireDueRequests, previewApproval, rejectRequest, type ApprovalPreview } from './decide-request.ts';
import { recoverInterruptedRequests, releaseApplyingClaims } from './recover-interrupted.ts';
import { readOwnClosureRuleIds } from './own-closure-rule-ids.ts';
import { draftChange, readDraftStates, requestDraft, type ChangeCommand, type DraftStates } from './draft-change.ts';
import { endClosure } from './request-change.ts';
import { planUndo, previewReplan, previewUndo, replanRequest, undoRequest, type ReplanPreview } from './undo-request.ts';
import type { WorkflowContext } from './workflow-context.ts';
import type { DraftedChange, WorkflowOutcome } from './workflow-outcome.ts';

/** A read that the policy may refuse. */
export type Readout<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: Said };

/** The change workflow every adapter (Slack, console, CLI) drives: one object per process. */
export interface ChangeWorkflow {
  /**
   * What a change command would do, against the call handling just read, kept as a draft that its
   * author can request for 15 minutes (`draftId`; none when nothing would change). The preview
   * every adapter shows; `open` deletes only the closure rules Switchboard made.
   */
  draftChange(command: ChangeCommand): Promise<DraftedChange | ProposalRefusal>;
  /**
   * Asks for exactly what a draft previewed, as `requester` (its author); refused in one line when
   * the draft is unknown, someone else's, already requested or expired, and `draft-changed` with
   * a new preview when RingCentral changed what it touches.
   */
  requestDraft(draftId: string, requester: Actor): Promise<WorkflowOutcome>;
  /**
   * A draft's call handling before and after its plan, for its author to look at (the week after
   * the change); refused in one line to someone the policy does not let read, and for a draft
   * that is unknown, someone else's or expired.
   */
  draftStates(draftId: string, reader: Actor): Promise<Readout<DraftStates>>;
  /** Removes one closure rule Switchboard made, at the end its closure was approved with (the scheduler's job); no approval asked. */
  endClosure(command: { readonly ruleId: string; readonly ruleName: string; readonly handling: CallHandling; readonly at: DateTime }): Promise<WorkflowOutcome>;
  /** The ids of the closure rules Switchboard made (applied `close` requests and undos that brought them back). */
  closureRuleIds(): Promise<ReadonlyArray<string>>;
  approve(id: number, approver: Actor): Promise<WorkflowOutcome>;
  /** What `approve` would do (the request's changes, whether it completes the approvals), refused as `approve` would; records nothing. */
  previewApprove(id: number, approver: Actor): Promise<ApprovalPreview>;
  reject(id: number, approver: Actor, reason?: string): Promise<WorkflowOutcome>;
  cancel(id: number, requester: Actor): Promise<WorkflowOutcome>;
  undo(id: number, requester: Actor, handling: CallHandling): Promise<WorkflowOutcome>;
  /** What `undo` would change, refused as `undo` would, without asking for it (the console's and `run`'s preview). */
  previewUndo(id: number, requester: Actor, handling: CallHandling): ReturnType<typeof planUndo>;
  replan(id: number, requester: Actor, handling: CallHandling, at: DateTime): Promise<WorkflowOutcome>;
  /** The new plan `replan` would ask for, against the call handling as it is now, refused as `replan` would; asks for nothing. */
  previewReplan(id: number, requester: Actor, handling: CallHandling, at: DateTime): Promise<ReplanPreview>;
  /** Pending requests, oldest first (expired ones are expired first). */
  pending(reader: Actor): Promise<Readout<ReadonlyArray<ChangeRequest>>>;
  /** The newest audit entries, newest first. */
  history(reader: Actor, limit: number): Promise<Readout<ReadonlyArray<AuditEntry>>>;
  verifyAudit(reader: Actor): Promise<Readout<AuditVerification>>;
  /** Whether the policy lets someone read call handling, requests and history. */
  checkReader(reader: Actor): Promise<Readout<true>>;
  /** Settles requests a dead process left in `applying`; run at start. */
  recoverInterrupted(): Promise<ReadonlyArray<string>>;
  /** Lets another process settle at once the requests this one is still applying (a shutdown giving up on them); returns how many. */
  releaseApplyingClaims(): Promise<number>;
  /** Expires pending requests past their time; returns how many. */
  expireDue(): Promise<number>;
}

/** Builds the workflow over a context. */
export function createChangeWorkflow(context: WorkflowContext): ChangeWorkflow {
  const readable = async <T>(reader: Actor, read: () => Promise<T>): Promise<Readout<T>> =>
    (await canRead(context.policy, reader, context.groups))
      ? { ok: true, value: await read() }
      : { ok: false, message: sayEach(REQUEST_MESSAGES['not-allowed-to-read'], { who: reader.name ?? reader.id }) };
  return {
    draftChange: (command) => draftChange(context, command),
    requestDraft: (draftId, requester) => requestDraft(context, draftId, requester),
    draftStates: async (draftId, reader) => {
      const allowed = await readable(reader, async () => true as const);
      return allowed.ok ? readDraftStates(context, draftId, reader) : allowed;
    },
    endClosure: (command) => endClosure(context, command),
    closureRuleIds: () => readOwnClosureRuleIds(context.requests),
    approve: (id, approver) => approveRequest(context, id, approver),
    previewApprove: (id, approver) => previewApproval(context, id, approver),
    reject: (id, approver, reason) => rejectRequest(context, id, approver, reason),
    cancel: (id, requester) => cancelRequest(context, id, requester),
    undo: (id, requester, handling) => undoRequest(context, id, requester, handling),
    previewUndo: (id, requester, handling) => previewUndo(context, id, requester, handling),
    replan: (id, requester, handling, at) => replanRequest(context, id, requester, handling, at),
    previewReplan: (id, requester, handling, at) => previewReplan(context, id, requester, handling, at),
    pending: (reader) =>
      readable(reader, async () => {
        await expireDueRequests(context);
        return [...(await context.requests.list({ statuses: ['pending'], limit: 200 }))].reverse();
      }),
    history: (reader, limit) => readable(reader, () => context.audit.latest(limit)),
    verifyAudit: (reader) => readable(reader, () => context.audit.verify()),
    checkReader: (reader) => readable(reader, async () => true as const),
    recoverInterrupted: () => recoverInterruptedRequests(context),
    releaseApplyingClaims: () => releaseApplyingClaims(context),
    expireDue: () => expireDueRequests(context),
  };
}
