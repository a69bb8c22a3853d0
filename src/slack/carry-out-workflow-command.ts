import type { DateTime } from 'luxon';
import type { CallHandling } from '../callflow/index.ts';
import { REQUEST_RECORD_MESSAGES, say, type Language } from '../i18n/index.ts';
import type { WorkflowIntent } from '../language/index.ts';
import { describeAuditEntry, describePendingRequest, type Actor, type WorkflowOutcome } from '../workflow/index.ts';
import { answerAuditVerify } from './answer-audit-verify.ts';
import { answerMessage, approvalRequestMessage, outcomeText } from './blocks/index.ts';
import { afterWorkflowOutcome } from './refresh-after-outcome.ts';
import { previewReplanAtOnce } from './replan-at-once.ts';
import type { SlackContext } from './slack-context.ts';

/** How many audit entries `/ivr history` shows when not told. */
const DEFAULT_HISTORY = 10;

/** `/ivr requests | history | audit verify | approve | reject | cancel | undo | replan`, answered ephemerally. */
export async function carryOutWorkflowCommand(
  context: SlackContext,
  actor: Actor,
  intent: WorkflowIntent,
  handling: CallHandling,
  now: DateTime,
  language: Language,
): Promise<{ text: string; blocks?: unknown[] }> {
  const { workflow } = context;
  switch (intent.kind) {
    case 'list-requests': {
      const pending = await workflow.pending(actor);
      if (!pending.ok) return { text: pending.message[language] };
      return answerMessage(pending.value.length === 0 ? [say(language, REQUEST_RECORD_MESSAGES['no-pending-requests'])] : pending.value.flatMap((request) => describePendingRequest(request, language)), language);
    }
    case 'history': {
      const entries = await workflow.history(actor, intent.limit ?? DEFAULT_HISTORY);
      if (!entries.ok) return { text: entries.message[language] };
      return answerMessage(entries.value.length === 0 ? [say(language, REQUEST_RECORD_MESSAGES['no-recorded-changes'])] : entries.value.flatMap((entry) => describeAuditEntry(entry, language)), language);
    }
    case 'audit-verify':
      return { text: await answerAuditVerify(context, actor, language) };
  }
  if (intent.kind === 'approve') return showForApproval(context, actor, intent.requestId, language);
  if (intent.kind === 'replan') {
    const preview = await previewReplanAtOnce(context, actor, intent.requestId, handling, now, language);
    if (preview !== undefined) return { text: preview.text, blocks: [...preview.blocks] };
  }
  const outcome = await decide(context, actor, intent, handling, now);
  await afterWorkflowOutcome(context, outcome);
  return { text: outcomeText(outcome, language) };
}

/**
 * A typed `/ivr approve 12` approves nothing by itself: nothing applies without being shown, so the
 * answer is the request as the approval channel shows it, changes and all, with its Approve and
 * Reject buttons. A request this person may not approve is refused as the approval would be.
 */
async function showForApproval(context: SlackContext, actor: Actor, id: number, language: Language): Promise<{ text: string; blocks?: unknown[] }> {
  const preview = await context.workflow.previewApprove(id, actor);
  if (!preview.ok) return { text: outcomeText(preview.outcome, language) };
  const approvers = (await context.stores.requests.approvals(id)).map((approval) => approval.approver);
  const message = approvalRequestMessage(preview.request, approvers, preview.required, language);
  return { text: message.text, blocks: [...message.blocks] };
}

function decide(context: SlackContext, actor: Actor, intent: Exclude<WorkflowIntent, { kind: 'list-requests' | 'history' | 'audit-verify' | 'approve' }>, handling: CallHandling, now: DateTime): Promise<WorkflowOutcome> {
  switch (intent.kind) {
    case 'reject':
      return context.workflow.reject(intent.requestId, actor, intent.reason);
    case 'cancel':
      return context.workflow.cancel(intent.requestId, actor);
    case 'undo':
      return context.workflow.undo(intent.requestId, actor, handling);
    case 'replan':
      return context.workflow.replan(intent.requestId, actor, handling, now);
  }
}
