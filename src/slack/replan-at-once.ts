import type { DateTime } from 'luxon';
import type { CallHandling } from '../callflow/index.ts';
import { say, SLACK_MESSAGES, type Language } from '../i18n/index.ts';
import { fingerprintCallHandling, letsThroughWithoutApproval, type Actor, type WorkflowOutcome } from '../workflow/index.ts';
import { outcomeText, replanPreviewMessage, type SlackMessage } from './blocks/index.ts';
import type { SlackContext } from './slack-context.ts';

/**
 * `/ivr replan <id>` for a request of a kind the team lets through without approval: no approver
 * sees the new plan, so the requester does first, with an Apply button. Undefined for any other
 * request: its new plan waits for approvers, whose message shows it.
 */
export async function previewReplanAtOnce(context: SlackContext, actor: Actor, id: number, handling: CallHandling, now: DateTime, language: Language, lead?: string): Promise<SlackMessage | undefined> {
  const planned = await context.workflow.previewReplan(id, actor, handling, now);
  if (!planned.ok) return { text: outcomeText(planned.outcome, language), blocks: [] };
  const { kind } = planned.original.intent;
  if (!letsThroughWithoutApproval(context.policy, kind) || planned.plan.length === 0) return undefined;
  return replanPreviewMessage({
    requestId: id,
    commandText: planned.original.commandText,
    kind,
    changes: planned.changes,
    confirmValue: `${id}:${fingerprintCallHandling(handling)}`,
    language,
    ...(lead === undefined ? {} : { lead }),
  });
}

/**
 * The Apply button of that preview: re-plans only if RingCentral is still as it was when the
 * preview was made (the button carries the call handling's fingerprint); otherwise shows the new
 * preview in its place and changes nothing.
 */
export async function applyPreviewedReplan(context: SlackContext, actor: Actor, value: string, now: () => DateTime, language: Language): Promise<SlackMessage | WorkflowOutcome> {
  const parts = /^(\d{1,15}):([0-9a-f]{16})$/.exec(value);
  if (parts === null) return { text: say(language, SLACK_MESSAGES['replan-button-unreadable']), blocks: [] };
  const id = Number(parts[1]);
  const handling = await context.gateway.readCallHandling({ fresh: true });
  if (fingerprintCallHandling(handling) !== parts[2]) {
    const again = await previewReplanAtOnce(context, actor, id, handling, now().setZone(handling.timeZone), language, say(language, SLACK_MESSAGES['replan-ringcentral-changed']));
    if (again !== undefined) return again;
  }
  return context.workflow.replan(id, actor, handling, now().setZone(handling.timeZone));
}
