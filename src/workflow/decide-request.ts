import { REQUEST_MESSAGES, inEachLanguage, say, sayEach } from '../i18n/index.ts';
import type { ChangeRequest } from '../store/index.ts';
import { canApprove, type Actor } from './approval-policy.ts';
import { applyApprovedRequest } from './apply-request.ts';
import { describeDecided, describeInstant, notFound } from './describe-request.ts';
import { recordOutcome } from './record-outcome.ts';
import { nowIso, type WorkflowContext } from './workflow-context.ts';
import type { WorkflowOutcome } from './workflow-outcome.ts';

/** How often an approval retries after losing a race to another approval of the same request. */
const MAX_APPROVAL_ATTEMPTS = 8;

/**
 * Approves a pending request. Approvals are compare-and-set on the request's version: of two
 * approvers clicking at once, a double click or a retried request, the approval is counted once,
 * and the change is applied once; everyone else is told who won.
 */
export async function approveRequest(context: WorkflowContext, id: number, approver: Actor): Promise<WorkflowOutcome> {
  if (!(await canApprove(context.policy, approver, context.groups))) return notAllowedToApprove(approver);
  const required = requiredApprovals(context);
  for (let attempt = 0; attempt < MAX_APPROVAL_ATTEMPTS; attempt += 1) {
    const approvable = await checkApprovable(context, id, approver);
    if (!approvable.ok) return approvable.outcome;
    const { request } = approvable;
    const result = await context.requests.addApproval(id, request.version, approver.id, nowIso(context), required);
    if (!result.ok && result.reason === 'already-approved') return alreadyApproved(id, required, request);
    if (!result.ok) continue;
    if (result.status === 'pending') {
      const current = await context.requests.get(id);
      return { code: 'approval-recorded', message: sayEach(REQUEST_MESSAGES['approval-recorded'], { id, count: result.approvals.length, required }), ...(current ? { request: current } : {}) };
    }
    const approved = await context.requests.get(id);
    if (approved === undefined) return notFound(id);
    return applyApprovedRequest(context, approved);
  }
  return describeDecided(context, id);
}

/** What approving a request would do, shown before it is done: its changes, and whether this approval completes it. */
export type ApprovalPreview =
  | {
      readonly ok: true;
      readonly request: ChangeRequest;
      /** Approvals counted so far, and how many the policy requires. */
      readonly approvals: number;
      readonly required: number;
      /** True when this approval would be the last one needed, so the change would be applied. */
      readonly completes: boolean;
    }
  | { readonly ok: false; readonly outcome: WorkflowOutcome };

/**
 * What `approveRequest` would do, refusing exactly as it would (not allowed, unknown, decided,
 * self-approval, already approved) but recording no approval and applying nothing. A request past
 * its time is expired, as any read of pending requests does.
 */
export async function previewApproval(context: WorkflowContext, id: number, approver: Actor): Promise<ApprovalPreview> {
  if (!(await canApprove(context.policy, approver, context.groups))) return { ok: false, outcome: notAllowedToApprove(approver) };
  const required = requiredApprovals(context);
  const approvable = await checkApprovable(context, id, approver);
  if (!approvable.ok) return approvable;
  const { request } = approvable;
  const approvals = await context.requests.approvals(id);
  // As the store counts them: one approval per approver id.
  if (approvals.some((approval) => approval.approver === approver.id)) return { ok: false, outcome: alreadyApproved(id, required, request) };
  return { ok: true, request, approvals: approvals.length, required, completes: approvals.length + 1 >= required };
}

function notAllowedToApprove(approver: Actor): WorkflowOutcome {
  return { code: 'not-allowed', message: sayEach(REQUEST_MESSAGES['not-allowed-to-approve'], { who: approver.name ?? approver.id }) };
}

function requiredApprovals(context: WorkflowContext): number {
  return context.policy.kind === 'team' ? context.policy.approvalsRequired : 1;
}

/**
 * The request as read now, when this approver may approve it; else why not (unknown, already
 * decided, expired, their own). Approving and its preview refuse alike.
 */
async function checkApprovable(
  context: WorkflowContext,
  id: number,
  approver: Actor,
): Promise<{ readonly ok: true; readonly request: ChangeRequest } | { readonly ok: false; readonly outcome: WorkflowOutcome }> {
  const request = await context.requests.get(id);
  if (request === undefined) return { ok: false, outcome: notFound(id) };
  if (request.status !== 'pending') return { ok: false, outcome: await describeDecided(context, id) };
  if (isExpired(context, request)) return { ok: false, outcome: await expireRequest(context, request) };
  const selfAllowed = context.policy.kind === 'local-admin' || context.policy.allowSelfApproval;
  if (!selfAllowed && isSameUser(request.requester, approver)) {
    return { ok: false, outcome: { code: 'self-approval', message: sayEach(REQUEST_MESSAGES['self-approval'], { id }), request } };
  }
  return { ok: true, request };
}

function alreadyApproved(id: number, required: number, request: ChangeRequest): WorkflowOutcome {
  return { code: 'already-approved', message: sayEach(REQUEST_MESSAGES['already-approved'], { id, required }), request };
}

/** Rejects a pending request; only an approver may. */
export async function rejectRequest(context: WorkflowContext, id: number, approver: Actor, reason: string | undefined): Promise<WorkflowOutcome> {
  if (!(await canApprove(context.policy, approver, context.groups))) {
    return { code: 'not-allowed', message: sayEach(REQUEST_MESSAGES['not-allowed-to-reject'], { who: approver.name ?? approver.id }) };
  }
  const request = await context.requests.get(id);
  if (request === undefined) return notFound(id);
  if (request.status !== 'pending') return describeDecided(context, id);
  if (isExpired(context, request)) return expireRequest(context, request);
  const summary = sayEach(REQUEST_MESSAGES.rejected, { id, by: approver.id, reason: reason ?? '' });
  const done = await recordOutcome(context, request, { to: 'rejected', event: 'rejected', summary, update: { decidedBy: approver.id, reason: reason ?? '' } });
  return done === undefined ? describeDecided(context, id) : { code: 'rejected', message: summary, request: done };
}

/** Withdraws a pending request; only the person who asked for it may. */
export async function cancelRequest(context: WorkflowContext, id: number, requester: Actor): Promise<WorkflowOutcome> {
  const request = await context.requests.get(id);
  if (request === undefined) return notFound(id);
  if (!isSameUser(request.requester, requester)) {
    return { code: 'not-allowed', message: sayEach(REQUEST_MESSAGES['cancel-not-yours'], { id, requester: request.requester }), request };
  }
  if (request.status !== 'pending') return describeDecided(context, id);
  const summary = sayEach(REQUEST_MESSAGES.cancelled, { id, by: requester.id });
  const done = await recordOutcome(context, request, { to: 'cancelled', event: 'cancelled', summary, update: { decidedBy: requester.id } });
  return done === undefined ? describeDecided(context, id) : { code: 'cancelled', message: summary, request: done };
}

/** Moves every pending request past its time to `expired`; returns how many. */
export async function expireDueRequests(context: WorkflowContext): Promise<number> {
  const pending = await context.requests.list({ statuses: ['pending'], limit: 1000 });
  let expired = 0;
  for (const request of pending) {
    if (isExpired(context, request) && (await expireRequest(context, request)).code === 'expired') expired += 1;
  }
  return expired;
}

async function expireRequest(context: WorkflowContext, request: ChangeRequest): Promise<WorkflowOutcome> {
  const summary = inEachLanguage((language) => say(language, REQUEST_MESSAGES.expired, { id: request.id, at: describeInstant(request.expiresAt, language) }));
  const done = await recordOutcome(context, request, { to: 'expired', event: 'expired', summary });
  return done === undefined ? describeDecided(context, request.id) : { code: 'expired', message: summary, request: done };
}

function isExpired(context: WorkflowContext, request: ChangeRequest): boolean {
  return Date.parse(request.expiresAt) <= context.now().getTime();
}

/** Requesters are stored by id; an approver is the same person when their id or name matches. */
export function isSameUser(requester: string, actor: Actor): boolean {
  const folded = requester.toLowerCase();
  return folded === actor.id.toLowerCase() || (actor.name !== undefined && folded === actor.name.toLowerCase());
}
