import type { Said } from '../i18n/index.ts';
import type { AuditEvent, ChangeRequest, OperationResult, RequestStatus, RequestUpdate } from '../store/index.ts';
import { currentTraceId } from '../trace-context.ts';
import { nowIso, type WorkflowContext } from './workflow-context.ts';

/**
 * Who hears about an ending, besides the audit trail: the audit channel for what reached (or was
 * meant to reach) RingCentral, and the requester for everything that decides their request.
 */
const RECIPIENTS: Readonly<Record<AuditEvent, ReadonlyArray<'audit' | 'requester'>>> = {
  applied: ['audit', 'requester'],
  recovered: ['audit', 'requester'],
  failed: ['audit', 'requester'],
  'rolled-back': ['audit', 'requester'],
  stale: ['requester'],
  rejected: ['requester'],
  expired: ['requester'],
  cancelled: ['audit'],
  // Not a request's ending: the drift watch writes its own entry and message.
  drift: [],
};

/**
 * Ends a request: moves it (compare-and-set) from its current status to its final one, then
 * appends the audit entry, records that entry on the request and queues the Slack message.
 * Returns undefined, writing nothing, when another process moved the request first.
 */
export async function recordOutcome(
  context: WorkflowContext,
  request: ChangeRequest,
  ending: {
    readonly to: RequestStatus;
    readonly event: AuditEvent;
    /** The ending in each language; the audit entry and the request keep its English line as they always did. */
    readonly summary: Said;
    readonly operations?: ReadonlyArray<OperationResult>;
    readonly update?: Omit<RequestUpdate, 'updatedAt'>;
  },
): Promise<ChangeRequest | undefined> {
  const ended = await context.requests.transition(request.id, request.status, request.version, ending.to, {
    ...ending.update,
    // The summary, unless the ending names its own reason (a rejecter's words, kept as typed).
    reason: ending.update?.reason ?? ending.summary.en,
    applyingOwner: null,
    applyingLeaseUntil: null,
    updatedAt: nowIso(context),
  });
  if (ended === undefined) return undefined;
  const approvals = await context.requests.approvals(request.id);
  const traceId = currentTraceId();
  const entry = await context.audit.append({
    event: ending.event,
    recordedAt: nowIso(context),
    requestId: request.id,
    requestedBy: request.requester,
    approvedBy: approvals.map((approval) => approval.approver),
    commandText: request.commandText,
    changes: request.changes,
    operations: ending.operations ?? [],
    summary: ending.summary.en,
    saidSummary: ending.summary,
    // Two interactions to trace: the one that asked for the change and the one that ended it (the
    // approval that applied it); none for the scheduler's endings (expiry, recovery).
    ...(request.traceId === undefined ? {} : { requestTraceId: request.traceId }),
    ...(traceId === undefined ? {} : { traceId }),
  });
  const audited = await context.requests.transition(ended.id, ended.status, ended.version, ended.status, {
    auditSeq: entry.seq,
    auditHash: entry.hash,
    updatedAt: nowIso(context),
  });
  for (const recipient of RECIPIENTS[ending.event]) {
    await context.outbox.enqueue({
      recipient: recipient === 'audit' ? 'audit' : `user:${request.requester}`,
      kind: `request-${ending.event}`,
      // The entry's number and hash as appended: the audit post shows them as the chain head. The
      // summary goes in each language (as JSON), so the message is said in its reader's.
      payload: { requestId: request.id, commandText: request.commandText, summary: ending.summary, auditSeq: entry.seq, auditHash: entry.hash, undoOf: request.undoOf },
      dedupeKey: `${recipient}:${entry.seq}`,
      createdAt: nowIso(context),
    });
  }
  if (ending.to === 'applied' && ending.update?.applied !== undefined && context.onApplied !== undefined) {
    try {
      await context.onApplied(ending.update.applied);
    } catch (error) {
      context.logger.warn({ err: error, requestId: request.id }, 'could not re-plan the notices after a change; the next drift check will');
    }
  }
  return audited ?? ended;
}
