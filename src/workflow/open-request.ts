import { REQUEST_MESSAGES, sayEach } from '../i18n/index.ts';
import type { CallHandling } from '../callflow/index.ts';
import type { ChangeRequest, NewChangeRequest } from '../store/index.ts';
import { currentTraceId } from '../trace-context.ts';
import { DEFAULT_REQUEST_TTL_MS, needsApproval } from './approval-policy.ts';
import { applyApprovedRequest } from './apply-request.ts';
import { nowIso, type WorkflowContext } from './workflow-context.ts';
import type { WorkflowOutcome } from './workflow-outcome.ts';


/**
 * Stores a new request and, when the policy needs no approval for it (the local admin, or a kind
 * the team lets through), approves and applies it at once; otherwise queues the message that asks
 * the approvers.
 */
export async function openRequest(
  context: WorkflowContext,
  request: Omit<NewChangeRequest, 'createdAt' | 'expiresAt'>,
  options: {
    /** Who approved it before it was made (the end of a closure, approved with the closure); else the policy decides. */
    readonly approvedInAdvanceBy?: string;
    /** RingCentral as read a moment ago (a draft's check): applied at once, the request is checked against it instead of a second read. */
    readonly live?: CallHandling;
  } = {},
): Promise<WorkflowOutcome> {
  const { approvedInAdvanceBy } = options;
  const createdAt = context.now();
  const ttl = context.policy.kind === 'team' ? context.policy.requestTtlMs : DEFAULT_REQUEST_TTL_MS;
  const traceId = currentTraceId();
  const stored = await context.requests.insert({
    ...request,
    // The interaction that asked for it, so its audit entry can name it beside the one that applied it.
    ...(traceId === undefined ? {} : { traceId }),
    createdAt: createdAt.toISOString(),
    expiresAt: new Date(createdAt.getTime() + ttl).toISOString(),
  });
  if (approvedInAdvanceBy === undefined && needsApproval(context.policy, request.intent.kind)) {
    await context.outbox.enqueue({
      recipient: 'approvals',
      kind: 'request-pending',
      payload: { requestId: stored.id, requester: stored.requester, commandText: stored.commandText, changes: stored.changes, warnings: stored.warnings },
      dedupeKey: `pending:${stored.id}`,
      createdAt: nowIso(context),
    });
    return { code: 'pending', message: sayEach(REQUEST_MESSAGES.pending, { id: stored.id }), request: stored };
  }
  return approveWithoutApprovers(context, stored, approvedInAdvanceBy ?? (context.policy.kind === 'local-admin' ? stored.requester : 'policy'), options.live);
}

async function approveWithoutApprovers(context: WorkflowContext, stored: ChangeRequest, decidedBy: string, live: CallHandling | undefined): Promise<WorkflowOutcome> {
  const approved = await context.requests.transition(stored.id, 'pending', stored.version, 'approved', { decidedBy, updatedAt: nowIso(context) });
  if (approved === undefined) throw new Error(`Request ${stored.id} changed before it could be approved by policy`);
  return applyApprovedRequest(context, approved, live);
}
