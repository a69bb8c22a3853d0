import type { ChangeRequest } from '../store/index.ts';
import type { WorkflowContext } from './workflow-context.ts';
import type { WorkflowOutcome } from './workflow-outcome.ts';

/** "2026-12-24 15:02 UTC": instants in workflow messages are in UTC, the zone of the store. */
export function describeInstant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Where a request stands, in one sentence that names who decided. */
export function describeStanding(request: ChangeRequest, approvers: ReadonlyArray<string>): string {
  const by = approvers.length > 0 ? approvers.join(' and ') : request.decidedBy === undefined ? 'policy' : request.decidedBy;
  const at = describeInstant(request.updatedAt);
  switch (request.status) {
    case 'pending':
      return `Request ${request.id} is waiting for approval (${approvers.length} so far); it expires ${describeInstant(request.expiresAt)}.`;
    case 'approved':
    case 'applying':
      return `Request ${request.id} was approved by ${by} and is being applied.`;
    case 'applied':
      return `Request ${request.id} was approved by ${by} and applied at ${at}.`;
    case 'failed':
      return `Request ${request.id} was approved by ${by} but failed at ${at}: ${request.reason ?? 'no reason recorded.'}`;
    case 'rejected':
      return `Request ${request.id} was rejected by ${request.decidedBy ?? 'an approver'} at ${at}${request.reason ? `: ${request.reason}` : '.'}`;
    case 'cancelled':
      return `Request ${request.id} was cancelled by ${request.decidedBy ?? 'its requester'} at ${at}.`;
    case 'expired':
      return `Request ${request.id} expired at ${describeInstant(request.expiresAt)} without enough approvals.`;
    case 'stale':
      return request.reason ?? `Request ${request.id} is stale.`;
  }
}

/** The outcome for someone who acted on a request another person (or process) had already decided. */
export async function describeDecided(context: WorkflowContext, id: number): Promise<WorkflowOutcome> {
  const request = await context.requests.get(id);
  if (request === undefined) return notFound(id);
  const approvals = await context.requests.approvals(id);
  return { code: 'already-decided', message: describeStanding(request, approvals.map((approval) => approval.approver)), request };
}

/** The outcome for an id no request has. */
export function notFound(id: number): WorkflowOutcome {
  return { code: 'not-found', message: `There is no request ${id}; "requests" lists the pending ones and "history" the recent changes.` };
}
