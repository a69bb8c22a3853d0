import type { DateTime } from 'luxon';
import type { CallHandling } from '../callflow/index.ts';
import type { AuditEntry, AuditVerification, ChangeRequest } from '../store/index.ts';
import { canRead, type Actor } from './approval-policy.ts';
import { approveRequest, cancelRequest, expireDueRequests, rejectRequest } from './decide-request.ts';
import { recoverInterruptedRequests } from './recover-interrupted.ts';
import type { ChangeIntent } from '../language/index.ts';
import { endClosure, requestChange } from './request-change.ts';
import { planUndo, replanRequest, undoRequest } from './undo-request.ts';
import type { WorkflowContext } from './workflow-context.ts';
import type { WorkflowOutcome } from './workflow-outcome.ts';

/** A read that the policy may refuse. */
export type Readout<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** The change workflow every adapter (Slack, console, CLI) drives: one object per process. */
export interface ChangeWorkflow {
  requestChange(command: {
    readonly text: string;
    readonly intent: ChangeIntent;
    readonly requester: Actor;
    readonly handling: CallHandling;
    readonly at: DateTime;
  }): Promise<WorkflowOutcome>;
  /** Removes the closure rule at the end its closure was approved with (the scheduler's job); no approval asked. */
  endClosure(command: { readonly ruleName: string; readonly handling: CallHandling; readonly at: DateTime }): Promise<WorkflowOutcome>;
  approve(id: number, approver: Actor): Promise<WorkflowOutcome>;
  reject(id: number, approver: Actor, reason?: string): Promise<WorkflowOutcome>;
  cancel(id: number, requester: Actor): Promise<WorkflowOutcome>;
  undo(id: number, requester: Actor, handling: CallHandling): Promise<WorkflowOutcome>;
  /** What `undo` would change, without asking for it (the console's preview). */
  previewUndo(id: number, handling: CallHandling): ReturnType<typeof planUndo>;
  replan(id: number, requester: Actor, handling: CallHandling, at: DateTime): Promise<WorkflowOutcome>;
  /** Pending requests, oldest first (expired ones are expired first). */
  pending(reader: Actor): Promise<Readout<ReadonlyArray<ChangeRequest>>>;
  /** The newest audit entries, newest first. */
  history(reader: Actor, limit: number): Promise<Readout<ReadonlyArray<AuditEntry>>>;
  verifyAudit(reader: Actor): Promise<Readout<AuditVerification>>;
  /** Whether the policy lets someone read call handling, requests and history. */
  checkReader(reader: Actor): Promise<Readout<true>>;
  /** Settles requests a dead process left in `applying`; run at start. */
  recoverInterrupted(): Promise<ReadonlyArray<string>>;
  /** Expires pending requests past their time; returns how many. */
  expireDue(): Promise<number>;
}

/** Builds the workflow over a context. */
export function createChangeWorkflow(context: WorkflowContext): ChangeWorkflow {
  const readable = async <T>(reader: Actor, read: () => Promise<T>): Promise<Readout<T>> =>
    (await canRead(context.policy, reader, context.groups))
      ? { ok: true, value: await read() }
      : { ok: false, message: `${reader.name ?? reader.id} may not read requests or history; ask an admin to add you to SWITCHBOARD_REQUESTERS or SWITCHBOARD_APPROVERS.` };
  return {
    requestChange: (command) => requestChange(context, command),
    endClosure: (command) => endClosure(context, command),
    approve: (id, approver) => approveRequest(context, id, approver),
    reject: (id, approver, reason) => rejectRequest(context, id, approver, reason),
    cancel: (id, requester) => cancelRequest(context, id, requester),
    undo: (id, requester, handling) => undoRequest(context, id, requester, handling),
    previewUndo: (id, handling) => planUndo(context, id, handling),
    replan: (id, requester, handling, at) => replanRequest(context, id, requester, handling, at),
    pending: (reader) =>
      readable(reader, async () => {
        await expireDueRequests(context);
        return [...(await context.requests.list({ statuses: ['pending'], limit: 200 }))].reverse();
      }),
    history: (reader, limit) => readable(reader, () => context.audit.latest(limit)),
    verifyAudit: (reader) => readable(reader, () => context.audit.verify()),
    checkReader: (reader) => readable(reader, async () => true as const),
    recoverInterrupted: () => recoverInterruptedRequests(context),
    expireDue: () => expireDueRequests(context),
  };
}
