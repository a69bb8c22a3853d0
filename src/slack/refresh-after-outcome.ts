import type { WorkflowOutcome } from '../workflow/index.ts';
import { refreshApprovalMessage } from './refresh-approval-message.ts';
import type { SlackContext } from './slack-context.ts';

/**
 * After any decision: the approval message shows where the request stands (buttons gone once it
 * is decided), and queued messages (the audit post, the requester's note) go out now.
 */
export async function afterWorkflowOutcome(context: SlackContext, outcome: WorkflowOutcome): Promise<void> {
  if (outcome.request !== undefined) await refreshApprovalMessage(context, outcome.request.id);
  context.deliverSoon();
}
