import { inEachLanguage, REQUEST_MESSAGES, REQUEST_RECORD_MESSAGES, say, sayEach, type Language, type Said } from '../i18n/index.ts';
import type { ChangeRequest, RequestStatus } from '../store/index.ts';
import type { WorkflowContext } from './workflow-context.ts';
import type { WorkflowOutcome } from './workflow-outcome.ts';

/** "2026-12-24 15:02 UTC": instants in workflow messages are in UTC, the zone of the store. */
export function describeInstant(iso: string, language: Language = 'en'): string {
  return say(language, REQUEST_RECORD_MESSAGES.instant, { iso });
}

const STANDINGS: Readonly<Record<RequestStatus, (typeof REQUEST_RECORD_MESSAGES)['standing-pending']>> = {
  pending: REQUEST_RECORD_MESSAGES['standing-pending'],
  approved: REQUEST_RECORD_MESSAGES['standing-applying'],
  applying: REQUEST_RECORD_MESSAGES['standing-applying'],
  applied: REQUEST_RECORD_MESSAGES['standing-applied'],
  failed: REQUEST_RECORD_MESSAGES['standing-failed'],
  rejected: REQUEST_RECORD_MESSAGES['standing-rejected'],
  cancelled: REQUEST_RECORD_MESSAGES['standing-cancelled'],
  expired: REQUEST_RECORD_MESSAGES['standing-expired'],
  stale: REQUEST_RECORD_MESSAGES['standing-stale'],
};

/** Where a request stands, in one sentence that names who decided. */
export function describeStanding(request: ChangeRequest, approvers: ReadonlyArray<string>): Said {
  return inEachLanguage((language) =>
    say(language, STANDINGS[request.status], {
      id: request.id,
      approvers,
      at: describeInstant(request.updatedAt, language),
      expiresAt: describeInstant(request.expiresAt, language),
      decidedBy: request.decidedBy,
      reason: request.reason,
    }),
  );
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
  return { code: 'not-found', message: sayEach(REQUEST_MESSAGES['not-found'], { id }) };
}
