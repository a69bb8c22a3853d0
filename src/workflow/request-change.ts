import { inEachLanguage, REQUEST_MESSAGES, sayEach } from '../i18n/index.ts';
import type { DateTime } from 'luxon';
import { proposalRefusalMessage, proposeChange, type CallHandling } from '../callflow/index.ts';
import type { ChangeIntent } from '../language/index.ts';
import type { Actor } from './approval-policy.ts';
import { fingerprintCallHandling } from './fingerprint.ts';
import { openRequest } from './open-request.ts';
import { readOwnClosureRuleIds } from './own-closure-rule-ids.ts';
import type { WorkflowContext } from './workflow-context.ts';
import type { WorkflowOutcome } from './workflow-outcome.ts';

/** Who asks for the changes the scheduler makes, and who approved them in advance. */
export const SCHEDULER_REQUESTER = 'Switchboard';
const CLOSURE_APPROVAL = 'the closure';

/**
 * Ends an emergency closure at the end it was approved with: removes its closure rule, and only it
 * (RingCentral already stopped applying it at the end of its range), as a request approved in
 * advance, so it is applied, checked for staleness and audited like any change, without asking the
 * approvers again. A rule Switchboard did not make itself is never removed, whatever its name.
 */
export async function endClosure(
  context: WorkflowContext,
  command: { readonly ruleId: string; readonly ruleName: string; readonly handling: CallHandling; readonly at: DateTime },
): Promise<WorkflowOutcome> {
  const intent: ChangeIntent = { kind: 'open' };
  const own = await readOwnClosureRuleIds(context.requests);
  if (!own.includes(command.ruleId)) return { code: 'no-change', message: sayEach(REQUEST_MESSAGES['not-own-closure'], { name: command.ruleName }) };
  const proposal = proposeChange(command.handling, { kind: 'open', closureRuleIds: [command.ruleId] }, command.at);
  if (!proposal.ok) {
    const { code, id } = proposal;
    return { code: 'refused', message: inEachLanguage((language) => proposalRefusalMessage(code, id, language)) };
  }
  if (proposal.plan.length === 0) return { code: 'no-change', message: sayEach(REQUEST_MESSAGES['no-closure-in-force']) };
  return openRequest(
    context,
    {
      commandText: `open (the automatic end of "${command.ruleName}")`,
      requester: SCHEDULER_REQUESTER,
      intent,
      plan: proposal.plan,
      changes: proposal.changes,
      warnings: proposal.warnings,
      before: command.handling,
      fingerprint: fingerprintCallHandling(command.handling),
      intended: proposal.after,
    },
    { approvedInAdvanceBy: CLOSURE_APPROVAL },
  );
}

/** The refusal for someone the policy does not let ask for changes. */
export function notAllowedToRequest(actor: Actor): WorkflowOutcome {
  return { code: 'not-allowed', message: sayEach(REQUEST_MESSAGES['not-allowed-to-request'], { who: actor.name ?? actor.id }) };
}
