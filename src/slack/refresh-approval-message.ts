import { describeStanding } from '../workflow/index.ts';
import { approvalRequestMessage, decidedRequestMessage } from './blocks/index.ts';
import type { DeliveryContext } from './slack-context.ts';

/** The approvals a request needs under the policy. */
export function approvalsRequired(context: Pick<DeliveryContext, 'policy'>): number {
  return context.policy.kind === 'team' ? context.policy.approvalsRequired : 1;
}

/**
 * Rewrites a request's message in the approval channel to show where it stands: still asking for
 * approval (with the approvals so far), or decided, with no buttons left to click. A failure is
 * logged, not thrown: the decision itself has been made and recorded.
 */
export async function refreshApprovalMessage(context: DeliveryContext, requestId: number): Promise<void> {
  const ref = await context.refs.find(requestId, 'approval');
  const request = await context.stores.requests.get(requestId);
  if (ref === undefined || request === undefined) return;
  const approvers = (await context.stores.requests.approvals(requestId)).map((approval) => approval.approver);
  // The approval channel is read by everyone: the company's language.
  const language = context.languages.companyLanguage();
  const message =
    request.status === 'pending'
      ? approvalRequestMessage(request, approvers, approvalsRequired(context), language)
      : decidedRequestMessage(request, describeStanding(request, approvers)[language], language);
  try {
    await context.client.chat.update({ channel: ref.channel, ts: ref.ts, ...message });
  } catch (error) {
    context.logger.warn({ err: error, requestId }, 'could not update the approval message');
  }
}
